const n = 1000000;
const items = [];
for (let i = 0; i < n; i++) items.push({ id: i, category: `c${i % 17}`, price: (i * 37) % 1000, qty: i % 5 + 1 });
const expensive = items.filter(r => r.price > 500);
const total = expensive.map(r => r.price * r.qty).reduce((a, b) => a + b, 0);
const groups = new Map();
for (const r of expensive) {
  if (!groups.has(r.category)) groups.set(r.category, []);
  groups.get(r.category).push(r);
}
let digest = 0;
for (const [name, group] of groups) digest = (digest * 31 + group.length) % 1000000007;
console.log(`records ${expensive.length} ${total} ${groups.size} ${digest}`);
