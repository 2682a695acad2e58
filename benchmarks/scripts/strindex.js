const s = "the quick brown fox jumps over the lazy dog ".repeat(3600);
let vowels = 0;
let spaces = 0;
for (let round = 0; round < 5; round++) {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") {
      vowels += 1;
    } else if (c === " ") {
      spaces += 1;
    }
    i += 1;
  }
}
console.log(`strindex ${s.length} ${vowels} ${spaces}`);
