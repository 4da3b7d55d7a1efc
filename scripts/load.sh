#!/usr/bin/env bash
# Load under faults: wrk at article, listing and search pages at once (CONNECTIONS in all, 32 by
# default) for DURATION seconds (60), first with the search engine up, then frozen (SIGSTOP: it
# accepts connections and never answers), then stopped. Prints, for each phase and kind of page,
# requests per second, failed requests (errors, timeouts, HTTP status >= 400) and latency
# percentiles; LOAD_JSON=file also writes them as JSON.
#
# The site is `make serve`'s trial (production settings, gunicorn with WEB_CONCURRENCY workers,
# the demo content) in var/load/. The engine is an OpenSearch node of its own on port 9211, or the
# one SEARCH_URL and ENGINE_PID name (then PHASES="up frozen": someone else's node is not stopped).
#
#   scripts/load.sh            # 60 s a phase
#   DURATION=10 scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${LOAD_PORT:-8811}
DIR=${LOAD_DIR:-$PWD/var/load}
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

rm -rf "$DIR"
mkdir -p "$DIR"
own_engine=
server=
cleanup() {
    local status=$?
    set +e
    [ -n "${ENGINE_PID:-}" ] && kill -CONT "$ENGINE_PID" 2>/dev/null
    [ -n "$server" ] && kill -TERM -- "-$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$own_engine" ] && NEWSROOM_OPENSEARCH_PORT=9211 scripts/search-node.sh opensearch stop
    exit "$status"
}
trap cleanup EXIT

if [ -z "${SEARCH_URL:-}" ]; then
    own_engine=1
    SEARCH_URL=$(NEWSROOM_OPENSEARCH_PORT=9211 scripts/search-node.sh opensearch start)
    ENGINE_PID=$(NEWSROOM_OPENSEARCH_PORT=9211 scripts/search-node.sh opensearch pid)
    PHASES=${PHASES:-up frozen stopped}
else
    : "${ENGINE_PID:?with SEARCH_URL, set ENGINE_PID to the process id of the node (to freeze it)}"
    PHASES=${PHASES:-up frozen}
fi

echo "== The site (make serve's trial) on $BASE, engine $SEARCH_URL" >&2
env -u SECRET_KEY -u DATABASE_URL -u MEDIA_ROOT -u STATIC_ROOT \
    SERVE_DIR="$DIR" BIND="127.0.0.1:$PORT" SEARCH_URL="$SEARCH_URL" SEARCH_INDEX_PREFIX=load VENV="$VENV" \
    setsid scripts/serve.sh >"$DIR/serve.log" 2>&1 &
server=$!
for _ in $(seq 300); do
    curl -fs -o /dev/null "$BASE/robots.txt" && break
    kill -0 "$server" 2>/dev/null || { tail -20 "$DIR/serve.log" >&2; exit 1; }
    sleep 1
done

# Each kind of page gets its share of the connections and its own wrk, all three at once.
declare -A PATHS=(
    [article]="/en/news/immunotherapy-explained-for-patients/|/nb/nyheter/immunterapi-forklart-for-pasienter/|/en/events/cancer-crosslinks-2025/"
    [listing]="/en/news/|/nb/nyheter/|/en/events/|/nb/"
    [search]="/nb/sok/?q=kreft|/en/search/?q=immunotherapy|/nb/sok/autocomplete/?q=immun|/en/search/?q=cell+therapy"
)
for kind in article listing search; do  # every address answers before the load starts
    IFS='|' read -ra addresses <<<"${PATHS[$kind]}"
    for address in "${addresses[@]}"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$address")
        [ "$status" = 200 ] || { echo "$address answered $status before any load" >&2; exit 1; }
    done
done

results="$DIR/results.jsonl"
: >"$results"
search_answered_by() {  # "engine", or "database" when the search page says it fell back
    # Read the whole page first: grep -q stops at its match, and under pipefail curl's broken pipe
    # would turn a found notice into "engine".
    local page
    page=$(curl -s "$BASE/en/search/?q=immunotherapy&probe=$RANDOM")
    if grep -q 'class="notice" role="status"' <<<"$page"; then
        echo database
    else
        echo engine
    fi
}
run_phase() {  # run_phase NAME
    local share=$((CONNECTIONS / 3)) kind
    for kind in article listing search; do
        local connections=$share
        [ "$kind" = article ] && connections=$((CONNECTIONS - 2 * share))
        PATHS="${PATHS[$kind]}" wrk -t1 -c"$connections" -d"${DURATION}s" --timeout 10s \
            -s scripts/load/report.lua "$BASE" >"$DIR/$1-$kind.txt" &
    done
    wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
    for kind in article listing search; do
        printf '{"phase": "%s", "kind": "%s", "result": %s}\n' "$1" "$kind" "$(tail -1 "$DIR/$1-$kind.txt")" >>"$results"
    done
}

for phase in $PHASES; do
    echo "== Phase: engine $phase, ${DURATION} s at $CONNECTIONS connections" >&2
    case $phase in
        up) ;;
        frozen) kill -STOP "$ENGINE_PID" ;;
        stopped) kill -CONT "$ENGINE_PID"; NEWSROOM_OPENSEARCH_PORT=9211 scripts/search-node.sh opensearch stop; own_engine= ;;
    esac
    run_phase "$phase"
    printf '{"phase": "%s", "search_answered_by": "%s"}\n' "$phase" "$(search_answered_by)" >>"$results"
    [ "$phase" = frozen ] && kill -CONT "$ENGINE_PID"
done

"$VENV/bin/python" scripts/load/summary.py "$results"
[ -n "${LOAD_JSON:-}" ] && cp "$results" "$LOAD_JSON"
true

