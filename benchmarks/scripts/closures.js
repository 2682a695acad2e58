const adder = n => x => x + n;
const compose = (f, g) => x => g(f(x));
function counter() {
  let c = 0;
  return () => { c += 1; return c; };
}
const chain = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(n => adder(n)).reduce(compose, x => x);
const tick = counter();
let total = 0;
for (let i = 0; i < 300000; i++) {
  total = (total + chain(i) * tick()) % 1000000007;
}
console.log(`closures ${total} ${tick()}`);
