#!/usr/bin/env bash
# `make serve`: the site with production settings under gunicorn, and the worker that runs its
# background tasks (search indexing after a save), and scheduled publishing. Before serving: migrations, the cache table,
# and collectstatic. The environment is the operator's (README, "Production").
#
# Without SECRET_KEY it is a trial on this machine instead: a generated key, SQLite and media
# under var/serve/ (SERVE_DIR), the demo content, http://127.0.0.1:8000 (plain HTTP, so no HTTPS redirect).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
export DJANGO_SETTINGS_MODULE=config.settings.production

trial=
if [ -z "${SECRET_KEY:-}" ]; then
    trial=1
    dir=${SERVE_DIR:-$PWD/var/serve}
    mkdir -p "$dir"
    [ -s "$dir/secret-key" ] ||
        "$PY" -c "from django.core.management.utils import get_random_secret_key as k; print(k())" >"$dir/secret-key"
    SECRET_KEY=$(cat "$dir/secret-key")
    export SECRET_KEY
    export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
    export DATABASE_URL=${DATABASE_URL:-sqlite:///$dir/db.sqlite3} ALLOW_SQLITE=true
    export MEDIA_ROOT=${MEDIA_ROOT:-$dir/media} STATIC_ROOT=${STATIC_ROOT:-$dir/static}
    export SECURE_SSL_REDIRECT=false WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:8000}
    echo "== No SECRET_KEY: a trial with production settings on this machine ($dir, demo content)"
fi

echo "== Migrations, cache table, static files"
"$PY" manage.py migrate --no-input -v0
"$PY" manage.py createcachetable
"$PY" manage.py collectstatic --no-input -v0

if [ -n "$trial" ]; then
    echo "== Demo content"
    DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py load_demo_content
    DJANGO_SETTINGS_MODULE=config.settings.dev "$PY" manage.py update_index -v0
fi

echo "== Serving on http://${BIND:-127.0.0.1:8000}, with the task worker (Ctrl-C stops both)"
"$PY" manage.py db_worker --interval 1 &
worker=$!
# Scheduled publishing: pages whose "go live" time has come are published every minute.
while sleep "${PUBLISH_SCHEDULED_INTERVAL:-60}"; do "$PY" manage.py publish_scheduled -v0; done &
scheduler=$!
"$VENV/bin/gunicorn" --config config/gunicorn.py config.wsgi &
server=$!
trap 'kill "$worker" "$server" "$scheduler" 2>/dev/null || true; wait' EXIT
# If either stops, the other is stopped too: a site whose indexing silently stopped is worse.
wait -n "$worker" "$server"
