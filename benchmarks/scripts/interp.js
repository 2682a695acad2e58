function build(depth, seed) {
  if (depth === 0) return { op: "num", value: seed % 10 };
  const op = seed % 3 === 0 ? "add" : seed % 3 === 1 ? "sub" : "mul";
  return { op, left: build(depth - 1, seed * 7 + 1), right: build(depth - 1, seed * 3 + 2) };
}

function evaluate(e, x) {
  switch (e.op) {
    case "num": return e.value + x;
    case "add": return (evaluate(e.left, x) + evaluate(e.right, x)) % 1000003;
    case "sub": return (evaluate(e.left, x) - evaluate(e.right, x) + 1000003) % 1000003;
    default: return (evaluate(e.left, x) * evaluate(e.right, x)) % 1000003;
  }
}

const tree = build(8, 5);
let digest = 0;
for (let x = 0; x < 4000; x++) digest = (digest + evaluate(tree, x)) % 1000000007;
console.log(`interp ${digest}`);
