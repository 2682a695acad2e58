#!/usr/bin/env bash
# The long fuzzing profile of issue 10: Jazzer's own driver on the same property as the 30-second
# run in .ci/run (language/src/test/java/dev/lingo/language/fuzz/LingoFuzzTarget.java).
# Build first (from the repository root):  bin/mvn -q -pl language -am install -DskipTests
#   then compile the tests:               bin/mvn -q -o -pl language test-compile
# Usage: benchmarks/run-fuzz.sh [RUNS (default 1000000)] [extra libFuzzer flags, e.g. -seed=7]
# An input that takes over 60 s is a finding (a hang; the first input also pays for start-up and instrumentation). The corpus grows in benchmarks/target/fuzz-corpus;
# a finding is written to benchmarks/target/fuzz-findings/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
source "$root/.ci/find-jdk.sh"
runs="${1:-1000000}"
shift || true
language="$root/language"
if [ ! -d "$language/target/test-classes/dev/lingo/language/fuzz" ]; then
  echo "error: the fuzz target is not compiled; run: bin/mvn -q -pl language -am install -DskipTests && bin/mvn -q -o -pl language test-compile" >&2
  exit 2
fi
cp_file="$here/target/fuzz-classpath.txt"
mkdir -p "$here/target/fuzz-corpus" "$here/target/fuzz-findings"
(cd "$root" && bin/mvn -q -o -pl language dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
seeds="$language/src/test/resources/dev/lingo/language/fuzz/FrontEndFuzzTestInputs/anyTextEndsInAValueOrALingoError"
# Lingo's own modules from this checkout, not from ~/.m2 (which another checkout may be rewriting),
# copied first: a build running meanwhile rewrites target/classes under a long run's feet.
deps="$(tr ':' '\n' < "$cp_file" | grep -v '/dev/lingo/' | paste -sd:)"
snapshot="$here/target/fuzz-classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
for dir in "$language/target/test-classes" "$language/target/classes" "$root/vm/target/classes" "$root/stdlib/target/classes"; do
  cp -r "$dir/." "$snapshot/"
done
# Scripts compile the regular expressions they are given by design (spec 8.6): not a finding.
user_regexes=com.code_intelligence.jazzer.sanitizers.RegexInjection
exec java -XX:+EnableDynamicAgentLoading -Xss8m -Xmx2g --sun-misc-unsafe-memory-access=allow \
  -cp "$snapshot:$deps" \
  com.code_intelligence.jazzer.Jazzer \
  --target_class=dev.lingo.language.fuzz.LingoFuzzTarget \
  --instrumentation_includes='dev.lingo.**' --disabled_hooks="$user_regexes" --reproducer_path="$here/target/fuzz-findings" \
  -dict="$language/src/test/resources/dev/lingo/language/fuzz/lingo.dict" \
  -runs="$runs" -timeout=60 -artifact_prefix="$here/target/fuzz-findings/" -print_final_stats=1 "$@" \
  "$here/target/fuzz-corpus" "$seeds"
