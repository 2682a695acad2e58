// JavaScript has no range type: size and element are computed as a range object would.
const huge = { start: 1, end: 100000001, get size() { return this.end - this.start; }, at(i) { return i < 0 ? this.end + i : this.start + i; } };
let s = 0;
for (let x = 1; x <= 3000000; x++) {
  if (x % 3 === 0) s += x;
}
console.log(`range ${huge.size} ${huge.at(99999999)} ${huge.at(-1)} ${1000000000 - 0} ${s}`);
