s = 0
i = 0
while i < 70000000:
    s += i % 7
    i += 1
print(f"loop {s}")
