#!/usr/bin/env bash
# `make scale-check`: the site on several machines, played on this one with real parts. nginx
# (deploy/nginx.conf) in front of two gunicorn app servers, one PostgreSQL, one Redis (the shared
# cache: page cache, the engine's pause, renditions), a two-node OpenSearch cluster (one replica of
# every index) and one task worker. Then:
#   1. a page published through app server 1 is served changed at once by app server 2 and by
#      nginx (the page cache invalidated everywhere), and search finds it, on the engine;
#   2. app server 1 stops while wrk reads through nginx: no request fails;
#   3. one OpenSearch node stops: search still answers from the engine, out of the replica.
# Prints each check's result and figures; exits non-zero if one fails. Everything runs under
# var/scale/ (SCALE_DIR) and on private ports, and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$PWD/$VENV/bin/python"
[ -x "$PY" ] || PY="$VENV/bin/python"
RUN=${SCALE_DIR:-$PWD/var/scale}
NGINX_PORT=8830 APP_PORTS=(8831 8832) REDIS_PORT=6390 ENGINE_PORTS=(9231 9232)
export NEWSROOM_PG_PORT=54358 NEWSROOM_PG_DIR=/tmp/newsroom-scale-postgres
ARTICLE=/en/news/eu-funding-for-digital-cancer-research/  # the newest: first in the news list
MARKER="Zephyrine$(date +%s)"  # a word no page has: the published change and its search

for package in nginx redis-server wrk; do
    command -v "$package" >/dev/null || [ -x "/usr/sbin/$package" ] || missing="${missing:-} $package"
done
if [ -n "${missing:-}" ]; then
    echo "Installing Debian's$missing..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

rm -rf "$RUN"
mkdir -p "$RUN/media"
groups=()
cleanup() {
    local status=$?
    set +e
    for group in "${groups[@]}"; do kill -TERM -- "-$group" 2>/dev/null; done
    [ -f "$RUN/nginx.pid" ] && kill -QUIT "$(cat "$RUN/nginx.pid")" 2>/dev/null
    [ -f "$RUN/redis.pid" ] && kill -TERM "$(cat "$RUN/redis.pid")" 2>/dev/null
    for port in "${ENGINE_PORTS[@]}"; do NEWSROOM_OPENSEARCH_PORT=$port scripts/search-node.sh opensearch stop; done
    scripts/postgres.sh stop >/dev/null 2>&1
    wait 2>/dev/null
    exit "$status"
}
trap cleanup EXIT
failures=0
check() {  # check NAME CONDITION-COMMAND...
    local name=$1
    shift
    if "$@"; then echo "PASS  $name"; else echo "FAIL  $name"; failures=$((failures + 1)); fi
}
started() {  # started COMMAND...: in a process group of its own, logged under $RUN
    setsid "$@" &
    groups+=($!)
}

echo "== PostgreSQL, Redis, two OpenSearch nodes in one cluster" >&2
DATABASE_URL=$(scripts/postgres.sh start)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$RUN/redis.pid" --logfile "$RUN/redis.log"
scripts/search-node.sh opensearch build
for port in "${ENGINE_PORTS[@]}"; do
    NEWSROOM_CLUSTER_PORTS="$(IFS=,; echo "${ENGINE_PORTS[*]}")" NEWSROOM_OPENSEARCH_PORT=$port \
        scripts/search-node.sh opensearch start >"$RUN/engine-$port.out" &
done
wait
nodes=$(curl -s "http://127.0.0.1:${ENGINE_PORTS[0]}/_cat/nodes" | wc -l)
[ "$nodes" = 2 ] || { echo "the OpenSearch cluster has $nodes nodes, not 2" >&2; exit 1; }

export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="scale-check-only-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false TRUSTED_PROXIES=1
export DATABASE_URL REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0" TASKS_BACKEND=database
export SEARCH_URL="opensearch://127.0.0.1:${ENGINE_PORTS[0]},127.0.0.1:${ENGINE_PORTS[1]}" SEARCH_INDEX_PREFIX=scale
export MEDIA_ROOT="$RUN/media" STATIC_ROOT="$RUN/static" SERVE_MEDIA=false

echo "== The site: migrations, static files, demo content, indexes" >&2
"$PY" manage.py migrate --no-input -v0
"$PY" manage.py createcachetable
"$PY" manage.py collectstatic --no-input -v0
DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py load_demo_content >/dev/null
DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py update_index -v0
replicas=$(curl -s "http://127.0.0.1:${ENGINE_PORTS[0]}/_cat/shards/scale_*?h=prirep,state" | grep -c "^r *STARTED" || true)
echo "   replica shards started: $replicas" >&2

echo "== Two app servers, the task worker, nginx on http://127.0.0.1:$NGINX_PORT" >&2
for port in "${APP_PORTS[@]}"; do
    started "$VENV/bin/gunicorn" --config config/gunicorn.py --bind "127.0.0.1:$port" --workers 2 config.wsgi \
        >"$RUN/app-$port.log" 2>&1
done
app_group=${groups[0]}
started "$PY" manage.py db_worker --interval 0.5 >"$RUN/worker.log" 2>&1
sed -e "s|@RUN_DIR@|$RUN|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@MEDIA_ROOT@|$MEDIA_ROOT|g" \
    -e "s|@APP_PORT_1@|${APP_PORTS[0]}|g" -e "s|@APP_PORT_2@|${APP_PORTS[1]}|g" deploy/nginx.conf >"$RUN/nginx.conf"
[ "$(id -u)" = 0 ] && sed -i '1i user root;' "$RUN/nginx.conf"  # the check's files are root's
nginx -c "$RUN/nginx.conf" -p "$RUN"
for port in "${APP_PORTS[@]}" "$NGINX_PORT"; do
    for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
done

one="http://127.0.0.1:${APP_PORTS[0]}" two="http://127.0.0.1:${APP_PORTS[1]}" front="http://127.0.0.1:$NGINX_PORT"
READ_PATHS="$ARTICLE|/en/news/|/nb/|/en/events/cancer-crosslinks-2025/"
# A fresh site makes its image renditions on first view (seconds for a gallery): once, before timing.
IFS='|' read -ra read_paths <<<"$READ_PATHS"
for path in "${read_paths[@]}"; do curl -s -o /dev/null "$front$path"; done
page_has() {  # the whole page first: grep -q stops early, and pipefail would count curl's broken pipe
    local page
    page=$(curl -s "$1")
    grep -q "$2" <<<"$page"
}
cache_state() { curl -s -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" {print $2}'; }
engine_finds() {  # engine_finds BASE WORD: the search page lists it and says nothing of a fallback
    local page
    page=$(curl -s "$1/en/search/?q=$2")
    grep -q "$2" <<<"$page" && ! grep -q 'class="notice" role="status"' <<<"$page"
}

echo "== 1. Publish through app server 1, read through app server 2 and nginx" >&2
curl -s -o /dev/null "$two$ARTICLE"
check "app server 2 serves the article from the page cache before the change" [ "$(cache_state "$two$ARTICLE")" = hit ]
publish="from wagtail.models import Page
page = Page.objects.get(url_path='/home/news/eu-funding-for-digital-cancer-research/', locale__language_code='en').specific
page.title = '$MARKER: ' + page.title
page.save_revision().publish()"
"$PY" manage.py shell -v0 -c "$publish"
check "app server 2 serves the new title at once" page_has "$two$ARTICLE" "$MARKER"
check "nginx serves the new title at once" page_has "$front$ARTICLE" "$MARKER"
check "the news list on app server 2 shows it" page_has "$two/en/news/" "$MARKER"
found=
started_at=$(date +%s.%N)
for _ in $(seq 60); do engine_finds "$two" "$MARKER" && { found=1; break; }; sleep 0.5; done
indexed_after=$(echo "$(date +%s.%N) - $started_at" | bc)
check "search on app server 2 finds it on the engine (after ${indexed_after} s)" [ -n "$found" ]

echo "== 2. App server 1 stops under read load through nginx" >&2
PATHS="$READ_PATHS" wrk -t2 -c16 -d20s --timeout 10s \
    -s scripts/load/report.lua "$front" >"$RUN/wrk.txt" &
load=$!
sleep 5
kill -TERM -- "-$app_group"
wait "$load"
result=$(tail -1 "$RUN/wrk.txt")
echo "   wrk through nginx, app server 1 stopped after 5 of 20 s: $result"
errors=$("$PY" -c 'import json, sys; print(json.loads(sys.argv[1])["errors"])' "$result")
check "no request failed while app server 1 stopped" [ "$errors" = 0 ]
check "app server 1 is gone" bash -c "! curl -fs -o /dev/null $one/robots.txt"

echo "== 3. One OpenSearch node stops" >&2
NEWSROOM_OPENSEARCH_PORT=${ENGINE_PORTS[0]} scripts/search-node.sh opensearch stop
answered=0
for _ in 1 2 3 4 5 6; do engine_finds "$front" "$MARKER" && answered=$((answered + 1)); done
check "search answers from the engine's replica with one node stopped ($answered of 6)" [ "$answered" = 6 ]

echo
if [ "$failures" = 0 ]; then echo "scale-check: every check passed"; else echo "scale-check: $failures failed (logs in $RUN)"; exit 1; fi
