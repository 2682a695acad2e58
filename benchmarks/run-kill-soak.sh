#!/usr/bin/env bash
# Issue 10, kill soak (dev.lingo.benchmarks.soak.KillSoakMain): kill -9 at 20 seeded random points of a
# 1,000-call `bin/lingo run`, `lingo cache verify` after each kill, reruns counted against the
# fake server's per-prompt log: a call whose answer was in the cache must never be asked again.
# Build first (from the repository root):  bin/mvn -B -q -DskipTests package
# Usage: benchmarks/run-kill-soak.sh [--items=1000] [--kills=20] [--seed=1] [--latency-ms=30] [--out=FILE]
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
  -cp "$target/classes:$target/lib/*" dev.lingo.benchmarks.soak.KillSoakMain --lingo="$root/bin/lingo" "$@"
