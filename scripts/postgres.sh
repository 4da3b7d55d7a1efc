#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: installs Debian's package if missing,
# runs on a private port and socket, and is removed on `stop`. random_page_cost=1.1 as for any
# server on SSDs (README, "Database"): with the default 4 the planner reads every search index entry
# for a common word instead of the GIN index.
#   scripts/postgres.sh start   -> prints the DATABASE_URL to use
#   scripts/postgres.sh stop
set -euo pipefail

PORT="${NEWSROOM_PG_PORT:-54329}"
BASE="${NEWSROOM_PG_DIR:-/tmp/newsroom-postgres-$PORT}"
DATA="$BASE/data"
LOG="$BASE/server.log"

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "PostgreSQL server not found; installing Debian's postgresql package..." >&2
        if [ "$(id -u)" -ne 0 ]; then
            echo "Need root to apt-get install postgresql (or install it yourself)." >&2
            exit 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$dir"
}

# PostgreSQL refuses to run as root: run it as the postgres user in that case.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin
    bin=$(pg_bin)
    stop >/dev/null 2>&1 || true
    rm -rf "$BASE"
    mkdir -p "$BASE"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$BASE"; fi
    as_owner "$bin/initdb" -D "$DATA" -U newsroom --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
        -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c random_page_cost=1.1" \
        start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U newsroom newsroom
    echo "postgres://newsroom@127.0.0.1:$PORT/newsroom"
}

stop() {
    local bin
    bin=$(pg_bin)
    if [ -d "$DATA" ]; then
        as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$BASE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
