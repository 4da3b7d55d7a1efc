#!/usr/bin/env bash
# A single-node search engine on loopback, built from Maven Central artifacts by the Maven project
# of the same name (scripts/opensearch/, scripts/elasticsearch/):
#   scripts/search-node.sh opensearch|elasticsearch start  -> builds if needed, starts, waits until healthy, prints SEARCH_URL
#   scripts/search-node.sh opensearch|elasticsearch stop
#   scripts/search-node.sh opensearch|elasticsearch run    -> in the foreground (Ctrl-C stops it)
# Port, directory and heap: NEWSROOM_OPENSEARCH_PORT (9201), NEWSROOM_ELASTICSEARCH_PORT (9202),
# NEWSROOM_<ENGINE>_DIR, NEWSROOM_<ENGINE>_HEAP (512m).
# OpenSearch nodes join in one cluster when NEWSROOM_CLUSTER_PORTS lists all their ports
# ("9231,9232"): `build` once, then start them at the same time (each waits for the others).
set -euo pipefail

ENGINE="${1:-}"
case "$ENGINE" in
    opensearch) NAME=OpenSearch; DEFAULT_PORT=9201 ;;
    elasticsearch) NAME=Elasticsearch; DEFAULT_PORT=9202 ;;
    *) echo "usage: $0 opensearch|elasticsearch start|stop|run|pid|build" >&2; exit 2 ;;
esac
SETTINGS_PREFIX="NEWSROOM_${ENGINE^^}"
port_variable="${SETTINGS_PREFIX}_PORT" dir_variable="${SETTINGS_PREFIX}_DIR" heap_variable="${SETTINGS_PREFIX}_HEAP"

HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$HERE/$ENGINE"
PORT="${!port_variable:-$DEFAULT_PORT}"
BASE="${!dir_variable:-/tmp/newsroom-$ENGINE-$PORT}"
PIDFILE="$BASE/node.pid"
HEAP="${!heap_variable:-512m}"

build() {
    if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then
        echo "Installing Java 17 and Maven from Debian's packages..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >&2
    fi
    if [ ! -d "$PROJECT/target/lib" ] || [ "$PROJECT/pom.xml" -nt "$PROJECT/target/lib" ] \
        || [ -n "$(find "$PROJECT/src" -newer "$PROJECT/target/lib" -print -quit)" ]; then
        echo "Building the $NAME launcher (Maven caches artifacts in ~/.m2)..." >&2
        rm -rf "$PROJECT/target"
        mvn -q -B -f "$PROJECT/pom.xml" package -DskipTests >&2
    fi
}

command_line() {
    echo java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseSerialGC -Dlog4j2.disable.jmx=true \
        -cp "$PROJECT/target/classes:$PROJECT/target/lib/*" "newsroom.$ENGINE.SingleNode" "$BASE" "$PORT"
}

healthy() {
    # --max-time: a port held by something that accepts and never answers must not hang the start.
    curl -fsS --max-time 5 "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

start() {
    build
    stop >/dev/null 2>&1 || true
    rm -rf "$BASE"
    mkdir -p "$BASE"
    # shellcheck disable=SC2046
    nohup $(command_line) >"$BASE/node.log" 2>&1 &
    echo $! >"$PIDFILE"
    for _ in $(seq 1 120); do
        if healthy; then
            echo "$ENGINE://127.0.0.1:$PORT"
            return 0
        fi
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            echo "$NAME exited while starting; its log:" >&2
            tail -n 40 "$BASE/node.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "$NAME did not become healthy within 120 s; see $BASE/node.log" >&2
    return 1
}

stop() {
    if [ -f "$PIDFILE" ]; then
        local pid
        pid=$(cat "$PIDFILE")
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$BASE"
}

case "${2:-}" in
    start) start ;;
    stop) stop ;;
    pid) cat "$PIDFILE" ;;
    build) build ;;  # before starting several nodes at once  # the running node's process id (scripts/load.sh freezes it)
    # shellcheck disable=SC2046
    run) build; mkdir -p "$BASE"; exec $(command_line) ;;
    *) echo "usage: $0 $ENGINE start|stop|run|pid|build" >&2; exit 2 ;;
esac
