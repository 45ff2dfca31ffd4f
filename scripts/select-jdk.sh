# Sourced by ./mvnw, ./relaypay and .ci/run (POSIX sh): exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if new enough, then the `java` on PATH, then the newest JDK under /usr/lib/jvm.

relaypay_java_major() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

relaypay_select_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major="$(relaypay_java_major "$JAVA_HOME/bin/java")"
        if [ "${major:-0}" -ge 21 ]; then return 0; fi
    fi
    if command -v java >/dev/null 2>&1; then
        candidate="$(readlink -f "$(command -v java)")"
        major="$(relaypay_java_major "$candidate")"
        if [ "${major:-0}" -ge 21 ] && [ -x "$(dirname "$candidate")/javac" ]; then
            JAVA_HOME="$(dirname "$(dirname "$candidate")")"
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] && [ -x "$(dirname "$candidate")/javac" ] || continue
        major="$(relaypay_java_major "$candidate")"
        if [ "${major:-0}" -gt "$best_major" ]; then
            best_major="$major"
            best="$(dirname "$(dirname "$candidate")")"
        fi
    done
    if [ "$best_major" -ge 21 ]; then
        JAVA_HOME="$best"
        export JAVA_HOME
        return 0
    fi
    echo "relaypay: no JDK 21 or newer found; install one or set JAVA_HOME" >&2
    return 1
}

relaypay_select_jdk || return 1
export PATH="$JAVA_HOME/bin:$PATH"
