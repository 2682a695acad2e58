def build(depth, seed):
    if depth == 0:
        return {"op": "num", "value": seed % 10}
    op = {0: "add", 1: "sub"}.get(seed % 3, "mul")
    return {"op": op, "left": build(depth - 1, seed * 7 + 1), "right": build(depth - 1, seed * 3 + 2)}

def evaluate(e, x):
    match e["op"]:
        case "num":
            return e["value"] + x
        case "add":
            return (evaluate(e["left"], x) + evaluate(e["right"], x)) % 1000003
        case "sub":
            return (evaluate(e["left"], x) - evaluate(e["right"], x) + 1000003) % 1000003
        case _:
            return (evaluate(e["left"], x) * evaluate(e["right"], x)) % 1000003

tree = build(8, 5)
digest = 0
for x in range(4000):
    digest = (digest + evaluate(tree, x)) % 1000000007
print(f"interp {digest}")
