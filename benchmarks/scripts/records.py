n = 1000000
items = [{"id": i, "category": f"c{i % 17}", "price": (i * 37) % 1000, "qty": i % 5 + 1} for i in range(n)]
expensive = [r for r in items if r["price"] > 500]
total = sum(r["price"] * r["qty"] for r in expensive)
groups = {}
for r in expensive:
    groups.setdefault(r["category"], []).append(r)
digest = 0
for name, group in groups.items():
    digest = (digest * 31 + len(group)) % 1000000007
print(f"records {len(expensive)} {total} {len(groups)} {digest}")
