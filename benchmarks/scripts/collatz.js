function chain(start) {
  let n = start;
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps += 1;
  }
  return steps;
}

let best = 0;
let bestStart = 0;
let total = 0;
for (let start = 1; start < 500000; start++) {
  const steps = chain(start);
  total += steps;
  if (steps > best) {
    best = steps;
    bestStart = start;
  }
}
console.log(`collatz ${bestStart} ${best} ${total}`);
