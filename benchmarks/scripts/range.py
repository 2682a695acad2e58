huge = range(1, 100000001)
s = 0
for x in range(1, 3000001):
    if x % 3 == 0:
        s += x
print(f"range {len(huge)} {huge[99999999]} {huge[-1]} {len(range(0, 1000000000))} {s}")
