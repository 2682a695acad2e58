#!/usr/bin/env bash
# Issue 10, kill soak (dev.lingo.benchmarks.soak.KillSoakMain): kill -9 at 20 seeded random points of a
# 1,000-call `bin/lingo run`, `lingo cache verify` after each kill, reruns counted against the
# fake server's per-prompt log: a call whose answer was in the cache must never be asked again.
# Build first (from the repository root):  bin/mvn -B -q -DskipTests package
# Usage: benchmarks/run-kill-soak.sh [--items=1000] [--kills=20] [--seed=1] [--latency-ms=30] [--out=FILE]
SOAK_MAIN=KillSoakMain exec "$(dirname "$0")/run-soak.sh" "$@"
