#!/usr/bin/env bash
# The whole gate: linters and the import layers, Django's checks, then the test suite on SQLite,
# on PostgreSQL, and its search tests on OpenSearch and on Elasticsearch (each started here on
# private ports, stopped on exit). Test settings give the engine's indexes a "test-" prefix of
# their own.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
started=()
cleanup() {
    for service in "${started[@]}"; do
        # shellcheck disable=SC2086 # "search-node.sh opensearch" is a script and its engine
        scripts/$service stop || true
    done
}
trap cleanup EXIT

# Debian's packages the tests drive: chromium (browser tests), redis-server (the shared cache),
# nginx (the scale-out check) and wrk (the load tests).
missing=()
for package in chromium redis-server nginx wrk; do
    command -v "$package" >/dev/null || [ -x "/usr/sbin/$package" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing Debian's ${missing[*]} for the tests"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== Lint"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/djhtml" --check templates
"$VENV/bin/lint-imports"

echo "== Django checks"
DJANGO_SETTINGS_MODULE=config.settings.test "$PY" manage.py check --fail-level WARNING
DJANGO_SETTINGS_MODULE=config.settings.test "$PY" manage.py makemigrations --check --dry-run

# Tests marked "engine" need a search engine; they run in the last two steps. The others run in
# two processes (pytest-xdist), a test file to each at a time, each process with its own test
# database; the browser tests on their own afterwards, since Playwright's event loop would make
# Django refuse the next database test in the same process.
PARALLEL=(-n 2 --dist loadfile)
echo "== Tests on SQLite"
"$PY" -m pytest -q -m "not engine and not browser" "${PARALLEL[@]}"
echo "== Browser tests"
"$PY" -m pytest -q -m "browser"

echo "== Tests on PostgreSQL"
started+=("postgres.sh")
database_url=$(scripts/postgres.sh start)
# The browser tests run their own server on SQLite; once is enough.
DATABASE_URL="$database_url" "$PY" -m pytest -q -m "not engine and not browser" "${PARALLEL[@]}"

engine_suite() {  # engine_suite opensearch|elasticsearch NAME
    echo "== Search tests on $2"
    started+=("search-node.sh $1")
    if search_url=$(scripts/search-node.sh "$1" start); then
        # The frozen-engine load test (tests/search/test_frozen_engine.py) runs once, on OpenSearch.
        engine_pid=
        [ "$1" = opensearch ] && engine_pid=$(scripts/search-node.sh "$1" pid)
        SEARCH_URL="$search_url" ENGINE_PID="$engine_pid" REQUIRE_SEARCH_ENGINE=1 "$PY" -m pytest -q tests/search
    elif [ "${CI:-}" = "true" ]; then
        echo "$2 could not be started, and CI must run the engine tests." >&2
        exit 1
    else
        echo "$2 could not be started: the engine tests are skipped (see the reasons below)." >&2
        CI= "$PY" -m pytest -q -rs tests/search/test_engine.py
    fi
    scripts/search-node.sh "$1" stop  # one JVM at a time on a small machine
}
engine_suite opensearch OpenSearch
engine_suite elasticsearch Elasticsearch
