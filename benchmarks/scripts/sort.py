seed = 42
def next_value():
    global seed
    seed = (seed * 48271) % 2147483647
    return seed

xs = [next_value() for i in range(300000)]
ordered = sorted(xs)
digest = 0
for i, x in enumerate(ordered):
    if i % 1000 == 0:
        digest = (digest * 31 + x) % 1000000007
people = [{"name": f"n{next_value() % 100000}", "age": i % 90} for i in range(100000)]
by_name = sorted(people, key=lambda p: p["name"])
print(f"sort {ordered[0]} {ordered[-1]} {digest} {by_name[0]['name']} {by_name[-1]['name']} {by_name[50000]['age']}")
