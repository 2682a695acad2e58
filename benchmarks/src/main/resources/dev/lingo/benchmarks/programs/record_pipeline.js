// Build n records, filter, map to totals, sort by total, fold a checksum (RecordPipelineBenchmark).
function pipeline(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({id: i, name: "item" + i, price: (i * 37) % 101 + 1, qty: i % 7});
  }
  const totals = items.filter(r => r.qty > 0).map(r => ({name: r.name, total: r.price * r.qty}));
  const sorted = totals.slice().sort((a, b) => a.total - b.total);
  return sorted.reduce((acc, t) => (acc * 31 + t.total) % 1000000007, 0);
}
