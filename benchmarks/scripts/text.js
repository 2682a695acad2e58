const vocab = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat".split(" ");
const n = 1000000;
const parts = [];
for (let i = 0; i < n; i++) parts.push(vocab[(i * 7919 + Math.trunc(i / 13)) % vocab.length]);
const text = parts.join(" ");
const words = text.split(" ");
const counts = new Map();
for (const w of words) {
  if (!counts.has(w)) counts.set(w, []);
  counts.get(w).push(w);
}
const ranked = [...counts].map(([w, ws]) => ({ word: w, count: ws.length })).sort((a, b) => b.count - a.count);
const long = words.filter(w => w.length > 6).length;
const top = ranked.slice(0, 3).map(e => `${e.word}=${e.count}`).join(",");
console.log(`text ${text.length} ${words.length} ${ranked.length} ${long} ${top} ${text.toUpperCase().indexOf("MAGNA")}`);
