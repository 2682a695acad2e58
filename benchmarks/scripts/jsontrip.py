import json

people = [{"id": i, "name": f"person{i}", "tags": [f"t{i % 7}", f"u{i % 11}"], "active": i % 3 == 0, "score": i % 100,
           "address": {"city": f"city{i % 50}", "zip": 10000 + i}} for i in range(50000)]
size = 0
digest = 0
for rnd in range(3):
    text = json.dumps(people, separators=(",", ":"))
    back = json.loads(text)
    size += len(text)
    digest = (digest + sum(p["score"] + p["address"]["zip"] for p in back if p["active"]) + rnd) % 1000000007
print(f"jsontrip {size} {digest}")
