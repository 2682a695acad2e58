def chain(start):
    n = start
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = 0
best_start = 0
total = 0
for start in range(1, 500000):
    steps = chain(start)
    total += steps
    if steps > best:
        best = steps
        best_start = start
print(f"collatz {best_start} {best} {total}")
