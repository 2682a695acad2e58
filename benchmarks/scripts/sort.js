let seed = 42;
function next() {
  seed = (seed * 48271) % 2147483647;
  return seed;
}
const xs = [];
for (let i = 0; i < 300000; i++) xs.push(next());
const sorted = [...xs].sort((a, b) => a - b);
let digest = 0;
sorted.forEach((x, i) => { if (i % 1000 === 0) digest = (digest * 31 + x) % 1000000007; });
const people = [];
for (let i = 0; i < 100000; i++) people.push({ name: `n${next() % 100000}`, age: i % 90 });
const byName = [...people].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(`sort ${sorted[0]} ${sorted[sorted.length - 1]} ${digest} ${byName[0].name} ${byName[byName.length - 1].name} ${byName[50000].age}`);
