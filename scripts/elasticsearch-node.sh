#!/usr/bin/env bash
# A single-node Elasticsearch on loopback, built from Maven Central artifacts (see scripts/elasticsearch/).
#   scripts/elasticsearch-node.sh start   -> builds if needed, starts, waits until healthy, prints SEARCH_URL
#   scripts/elasticsearch-node.sh stop
#   scripts/elasticsearch-node.sh run     -> in the foreground (Ctrl-C stops it)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PROJECT="$HERE/elasticsearch"
PORT="${NEWSROOM_ELASTICSEARCH_PORT:-9202}"
BASE="${NEWSROOM_ELASTICSEARCH_DIR:-/tmp/newsroom-elasticsearch-$PORT}"
PIDFILE="$BASE/node.pid"
HEAP="${NEWSROOM_ELASTICSEARCH_HEAP:-512m}"

build() {
    if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then
        echo "Installing Java 17 and Maven from Debian's packages..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >&2
    fi
    if [ ! -d "$PROJECT/target/lib" ] || [ "$PROJECT/pom.xml" -nt "$PROJECT/target/lib" ] \
        || [ -n "$(find "$PROJECT/src" -newer "$PROJECT/target/lib" -print -quit)" ]; then
        echo "Building the Elasticsearch launcher (Maven caches artifacts in ~/.m2)..." >&2
        rm -rf "$PROJECT/target"
        mvn -q -B -f "$PROJECT/pom.xml" package -DskipTests >&2
    fi
}

command_line() {
    echo java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseSerialGC -Dlog4j2.disable.jmx=true \
        -cp "$PROJECT/target/classes:$PROJECT/target/lib/*" newsroom.elasticsearch.SingleNode "$BASE" "$PORT"
}

healthy() {
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
            echo "elasticsearch://127.0.0.1:$PORT"
            return 0
        fi
        if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
            echo "Elasticsearch exited while starting; its log:" >&2
            tail -n 40 "$BASE/node.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "Elasticsearch did not become healthy within 120 s; see $BASE/node.log" >&2
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

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    run) build; mkdir -p "$BASE"; exec $(command_line) ;;
    *) echo "usage: $0 start|stop|run" >&2; exit 2 ;;
esac
