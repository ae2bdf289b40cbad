# Sourced by ./platform and .ci/run: exports JAVA_HOME as a JDK 21 or newer (JAVA_HOME when it is one,
# else the newest under /usr/lib/jvm or /opt/java).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  JAVA_HOME=""
  best=0
  for candidate in /usr/lib/jvm/*/ /opt/java/*/ ; do
    candidate="${candidate%/}"
    [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best" ]; then best="$major"; JAVA_HOME="$candidate"; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "A JDK 21 or newer is needed: install one or set JAVA_HOME to it." >&2
    exit 1
  fi
fi
export JAVA_HOME
