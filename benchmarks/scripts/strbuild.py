# Inside a function: at module level CPython 3.11 cannot append in place and `s +=` is quadratic.
def build():
    s = ""
    for i in range(2000000):
        s += f"{i},"
    return s

s = build()
print(f"strbuild {len(s)} {s[-16:]}")
