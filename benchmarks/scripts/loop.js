let s = 0;
let i = 0;
while (i < 70000000) {
  s += i % 7;
  i += 1;
}
console.log(`loop ${s}`);
