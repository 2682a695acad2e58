# Sourced by bin/mvn and bin/lingo: exports JAVA_HOME pointing at a JDK 25 or newer.
lingo_java_major() {
  local release="$1/release" v
  if [ -r "$release" ]; then
    local line # read by the shell itself: bin/lingo runs this on every start
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=\"[0-9]*) v="${line#JAVA_VERSION=\"}"; v="${v%%[!0-9]*}"; break ;; esac
    done < "$release"
  fi
  if [ -z "${v:-}" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  echo "${v:-0}"
}
lingo_jdk_ok() { [ -n "${1:-}" ] && [ -x "$1/bin/java" ] && [ "$(lingo_java_major "$1")" -ge 25 ] 2>/dev/null; }
if ! lingo_jdk_ok "${JAVA_HOME:-}"; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if lingo_jdk_ok "$candidate"; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if ! lingo_jdk_ok "${JAVA_HOME:-}"; then
  echo "error: Lingo needs JDK 25 or newer. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 2
fi
export PATH="$JAVA_HOME/bin:$PATH"
