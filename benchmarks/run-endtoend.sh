#!/usr/bin/env bash
# Issue 4's end-to-end harness (dev.lingo.benchmarks.endtoend.EndToEndMain) with the Truffle JIT on.
# Build first (from the repository root):  bin/mvn -q -pl benchmarks -am package -DskipTests
# Usage: benchmarks/run-endtoend.sh [--items=1000] [--latency-ms=300] [--cap=32] [--retry-after-ms=1000]
#          [--reps=3] [--loop-items=N] [--warmup-items=64] [--only=floor,lingo,warm,lc4j,loop,overload,packing,map,filter,for,cascade,chain,any]
#          [--schema-in-prompt=true|false] [--out=FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../.ci/find-jdk.sh"
target="$here/target"
if [ ! -d "$target/lib" ] || [ ! -d "$target/jvmci" ]; then
  echo "error: benchmarks are not built; run: bin/mvn -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
# Same JIT flags as run.sh (PLATFORM.md); a 2 GB heap keeps GC out of the way of a 1,000-call job.
exec java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$target/jvmci" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx2g \
  -cp "$target/classes:$target/lib/*" dev.lingo.benchmarks.endtoend.EndToEndMain "$@"
