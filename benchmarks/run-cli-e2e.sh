#!/usr/bin/env bash
# Issue 8, whole process (dev.lingo.benchmarks.endtoend.CliEndToEndMain): `bin/lingo run` of 1,000
# extracts from a fresh JVM and project, minus `bin/lingo run` of an empty script, against the bare
# HttpClient floor, interleaved in every round; one fake server (300 ms, cap 32) in the harness JVM.
# Build first (from the repository root):  bin/mvn -B -q -DskipTests package   (builds launcher/target/dist too)
# Usage: benchmarks/run-cli-e2e.sh [--rounds=3] [--lingo-java-opts="-Dpolyglot.lingo.Prefetch=false"] [--items=1000] [--latency-ms=300] [--cap=32] [--retry-after-ms=1000] [--out=FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$root/.ci/find-jdk.sh"
target="$here/target"
if [ ! -d "$target/lib" ] || ! compgen -G "$root/launcher/target/dist/lib/lingo-launcher-*.jar" > /dev/null; then
  echo "error: not built; run from the repository root: bin/mvn -B -q -DskipTests package" >&2
  exit 2
fi
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx1g \
  -cp "$target/classes:$target/lib/*" dev.lingo.benchmarks.endtoend.CliEndToEndMain --lingo="$root/bin/lingo" "$@"
