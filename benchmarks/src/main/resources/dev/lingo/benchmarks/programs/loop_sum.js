// Sums 1..n in a while loop (LoopSumBenchmark).
function loopSum(n) {
  let sum = 0;
  let i = 1;
  while (i <= n) {
    sum += i;
    i += 1;
  }
  return sum;
}
