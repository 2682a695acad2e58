def adder(n):
    return lambda x: x + n

def compose(f, g):
    return lambda x: g(f(x))

def counter():
    c = 0
    def tick():
        nonlocal c
        c += 1
        return c
    return tick

chain = lambda x: x
for f in map(adder, range(1, 11)):
    chain = compose(chain, f)
tick = counter()
total = 0
for i in range(300000):
    total = (total + chain(i) * tick()) % 1000000007
print(f"closures {total} {tick()}")
