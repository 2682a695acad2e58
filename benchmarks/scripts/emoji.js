// JavaScript strings index UTF-16 units; code-point indexing needs an array of code points.
const s = Array.from("the quick 🦊 jumps over the lazy 🐶 ".repeat(4400));
let animals = 0;
let vowels = 0;
for (let round = 0; round < 5; round++) {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "🦊" || c === "🐶") {
      animals += 1;
    } else if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") {
      vowels += 1;
    }
    i += 1;
  }
}
console.log(`emoji ${s.length} ${animals} ${vowels}`);
