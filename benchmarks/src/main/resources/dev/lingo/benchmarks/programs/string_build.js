// Appends n pieces "{i}," to an immutable string variable (StringBuildBenchmark).
function buildString(n) {
  let s = "";
  let i = 0;
  while (i < n) {
    s += i + ",";
    i += 1;
  }
  return s;
}
