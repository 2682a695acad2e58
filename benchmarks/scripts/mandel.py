def escapes(cr, ci):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < 200:
        t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        if zr * zr + zi * zi > 4.0:
            return k
        k += 1
    return 200

size = 250
inside = 0
steps = 0
for y in range(size):
    for x in range(size):
        k = escapes(x * 3.0 / size - 2.0, y * 3.0 / size - 1.5)
        if k == 200:
            inside += 1
        steps += k
print(f"mandel {inside} {steps}")
