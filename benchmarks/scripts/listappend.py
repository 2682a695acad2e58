xs = []
for i in range(2000000):
    xs += [i * 3 % 1000]
print(f"listappend {len(xs)} {xs[1234567]} {sum(xs)}")
