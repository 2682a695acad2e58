#!/usr/bin/env bash
# Recall latency of memory("…")'s store on a large synthetic memory (issue 12: 100,000 chunks, p50 <= 20 ms).
# Build first (from the repository root):  bin/mvn -q -pl benchmarks -am package -DskipTests
# Usage: benchmarks/run-memory.sh [--chunks=100000] [--queries=500] [--k=10] [--seed=1]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../.ci/find-jdk.sh"
target="$here/target"
if [ ! -d "$target/lib" ]; then
  echo "error: benchmarks are not built; run: bin/mvn -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
exec java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx2g \
  -cp "$target/classes:$target/lib/*" dev.lingo.benchmarks.memory.RecallLatencyMain "$@"
