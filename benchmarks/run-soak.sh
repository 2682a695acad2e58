#!/usr/bin/env bash
# Issue 10, fault soak (dev.lingo.benchmarks.soak.FaultSoakMain): `bin/lingo run` of 10,000
# extract/classify/check calls against a fake OpenAI server injecting timeouts, trickles, resets,
# 429s, 5xx, truncation and malformed answers on a seeded schedule; checks every printed outcome
# against the server's log. Exit 1 on a hang, a lost answer or an untyped error.
# Build first (from the repository root):  bin/mvn -B -q -DskipTests package
# Usage: benchmarks/run-soak.sh [--items=10000] [--seed=1] [--scale=1] [--timeout-s=2] [--bound-s=900] [--out=FILE]
# (run-kill-soak.sh runs the kill soak through this script with SOAK_MAIN=KillSoakMain)
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
  -cp "$target/classes:$target/lib/*" "dev.lingo.benchmarks.soak.${SOAK_MAIN:-FaultSoakMain}" --lingo="$root/bin/lingo" "$@"
