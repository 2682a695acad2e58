#!/usr/bin/env bash
# Runs the Lingo JMH benchmarks with the Truffle JIT on (Graal via JVMCI on a stock JDK 25).
# Build first (from the repository root):  bin/mvn -q -pl benchmarks -am package -DskipTests
# Usage: benchmarks/run.sh [JMH options]     e.g.  benchmarks/run.sh Fib -p impl=lingo,java
# Extra fork flags go in -jvmArgsAppend, e.g. -jvmArgsAppend -Dpolyglot.engine.TraceCompilation=true
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../.ci/find-jdk.sh"
target="$here/target"
if [ ! -d "$target/lib" ] || [ ! -d "$target/jvmci" ] || [ ! -f "$target/classes/META-INF/BenchmarkList" ]; then
  echo "error: benchmarks are not built; run: bin/mvn -q -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
# PLATFORM.md: these flags, in this order, give Truffle its optimizing runtime on a stock JDK.
jit_flags="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$target/jvmci"
jit_flags="$jit_flags --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
# The JMH host JVM only forks; each fork gets the flags prepended to its own JVM arguments.
exec java -cp "$target/classes:$target/lib/*" org.openjdk.jmh.Main -jvmArgsPrepend "$jit_flags" "$@"
