# Sourced by bin/mvn and bin/lingo: exports JAVA_HOME pointing at a JDK 25 or newer.
lingo_java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(lingo_java_version "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(lingo_java_version "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  echo "error: Lingo needs JDK 25 or newer. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 2
fi
export PATH="$JAVA_HOME/bin:$PATH"
