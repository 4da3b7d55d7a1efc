#!/usr/bin/env bash
# The whole gate: linters, Django's checks, then the test suite on SQLite and on PostgreSQL
# (started here on a private port, stopped on exit).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
PY="$VENV/bin/python"
started=()
cleanup() {
    for service in "${started[@]}"; do "scripts/$service" stop || true; done
}
trap cleanup EXIT

echo "== Lint"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/djhtml" --check templates

echo "== Django checks"
DJANGO_SETTINGS_MODULE=config.settings.test "$PY" manage.py check --fail-level WARNING
DJANGO_SETTINGS_MODULE=config.settings.test "$PY" manage.py makemigrations --check --dry-run

echo "== Tests on SQLite"
"$PY" -m pytest -q

echo "== Tests on PostgreSQL"
started+=(postgres.sh)
database_url=$(scripts/postgres.sh start)
DATABASE_URL="$database_url" "$PY" -m pytest -q
