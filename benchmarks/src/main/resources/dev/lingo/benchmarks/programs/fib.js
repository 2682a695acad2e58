// Naive doubly recursive Fibonacci (FibBenchmark).
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
