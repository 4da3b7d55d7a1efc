#!/usr/bin/env bash
# Back up and restore the site's data: the PostgreSQL database (pg_dump, custom format) and the
# uploaded files (MEDIA_ROOT). The search indexes are not backed up: restore rebuilds them.
#
#   scripts/site-data.sh backup [DIRECTORY]        -> DIRECTORY/site-data-<UTC time>/ (default ./backups)
#   scripts/site-data.sh restore [--force] BACKUP  -> into DATABASE_URL's database and MEDIA_ROOT
#
# DATABASE_URL must name the PostgreSQL database (postgres://user:password@host:port/name);
# MEDIA_ROOT, SEARCH_URL and DJANGO_SETTINGS_MODULE are read by Django as the site reads them.
# Restore refuses a database that has tables, or a MEDIA_ROOT with files, unless --force
# (which replaces what is there). README, "Backups".
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/${VENV:-.venv}/bin/python}"

fail() {
    echo "site-data: $*" >&2
    exit 1
}

manage() {
    "$PY" "$ROOT/manage.py" "$@"
}

database_url() {
    case "${DATABASE_URL:-}" in
        postgres://* | postgresql://*) echo "$DATABASE_URL" ;;
        "") fail "DATABASE_URL is not set: it must name the site's PostgreSQL database." ;;
        *) fail "DATABASE_URL is not a PostgreSQL address (postgres://...): only PostgreSQL is backed up here." ;;
    esac
}

media_root() {
    local root
    root=$(manage shell -c "from django.conf import settings; print(settings.MEDIA_ROOT)" 2>&1) ||
        fail "could not read MEDIA_ROOT from the Django settings: $root"
    echo "$root" | tail -n 1
}

# The PostgreSQL client binaries for the server's major version (pg_dump refuses a newer server):
# Debian's postgresql-client-N puts them in /usr/lib/postgresql/N/bin.
pg_bin() {
    local url=$1 psql server dir
    psql=$(ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$psql" ] || psql=$(command -v psql || true)
    [ -n "$psql" ] || fail "psql not found: install Debian's postgresql-client (apt-get install postgresql-client)."
    server=$("$psql" "$url" -XAtqc "SHOW server_version_num" 2>&1) ||
        fail "cannot connect to the database at DATABASE_URL: $server"
    server=$((server / 10000))
    if [ -x "/usr/lib/postgresql/$server/bin/pg_dump" ]; then
        dir="/usr/lib/postgresql/$server/bin"
    else
        dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        [ -n "$dir" ] || dir=$(dirname "$(command -v pg_dump || echo /nonexistent/pg_dump)")
        [ -x "$dir/pg_dump" ] || fail "pg_dump not found: install Debian's postgresql-client-$server."
        local client
        client=$("$dir/pg_dump" --version | grep -oE '[0-9]+' | head -n 1)
        [ "$client" -ge "$server" ] ||
            fail "the server is PostgreSQL $server but pg_dump is $client: install postgresql-client-$server."
    fi
    echo "$dir"
}

backup() {
    local parent=${1:-$ROOT/backups} url bin media target started
    url=$(database_url)
    bin=$(pg_bin "$url")
    media=$(media_root)
    [ -d "$media" ] || fail "MEDIA_ROOT ($media) is not a directory."
    mkdir -p "$parent" || fail "cannot create $parent."
    target="$(cd "$parent" && pwd)/site-data-$(date -u +%Y%m%dT%H%M%SZ)"
    [ ! -e "$target" ] || fail "$target exists already."
    mkdir "$target"
    # A half-written backup must not look like a good one.
    trap 'rm -rf "$target"; echo "site-data: backup failed; nothing kept." >&2' ERR
    started=$SECONDS

    "$bin/pg_dump" --format=custom --no-owner --no-privileges --file="$target/database.dump" "$url"
    tar -czf "$target/media.tar.gz" -C "$media" .
    {
        echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "database: $("$bin/psql" "$url" -XAtqc "SELECT current_database() || ' on PostgreSQL ' || version()")"
        echo "media_root: $media"
        echo "migrations: $(manage showmigrations --plan | grep -c '\[X\]') applied"
    } >"$target/MANIFEST"
    trap - ERR

    echo "Database: $target/database.dump ($(du -h "$target/database.dump" | cut -f1))"
    echo "Media:    $target/media.tar.gz ($(du -h "$target/media.tar.gz" | cut -f1)) from $media"
    echo "Backup complete in $((SECONDS - started)) s: $target"
}

restore() {
    local force=0 source url bin media tables started
    while [ $# -gt 0 ]; do
        case "$1" in
            --force) force=1 ;;
            -*) fail "unknown option $1" ;;
            *) source=$1 ;;
        esac
        shift
    done
    [ -n "${source:-}" ] || fail "usage: $0 restore [--force] BACKUP_DIRECTORY"
    [ -f "$source/database.dump" ] || fail "$source/database.dump not found: not a backup made by this script."
    [ -f "$source/media.tar.gz" ] || fail "$source/media.tar.gz not found: the backup has no media."
    url=$(database_url)
    bin=$(pg_bin "$url")
    media=$(media_root)
    started=$SECONDS

    tables=$("$bin/psql" "$url" -XAtqc \
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
    if [ "$tables" -gt 0 ] && [ $force -eq 0 ]; then
        fail "the database has $tables tables already. Restore into an empty database, or give --force to replace its contents."
    fi
    if [ -d "$media" ] && [ -n "$(ls -A "$media")" ] && [ $force -eq 0 ]; then
        fail "MEDIA_ROOT ($media) is not empty. Restore into an empty one, or give --force to add the backup's files to it."
    fi

    echo "Restoring the database from $source/database.dump..."
    local clean=()
    if [ "$tables" -gt 0 ]; then clean=(--clean --if-exists); fi
    "$bin/pg_restore" --no-owner --no-privileges --exit-on-error "${clean[@]}" --dbname="$url" \
        "$source/database.dump" || fail "pg_restore failed (see above); the database may be half restored."

    echo "Restoring the media into $media..."
    mkdir -p "$media"
    tar -xzf "$source/media.tar.gz" -C "$media" || fail "extracting the media into $media failed."

    echo "Applying migrations (a backup from an older release is brought up to date)..."
    manage migrate --no-input -v0 || fail "manage.py migrate failed."
    echo "Rebuilding the search indexes..."
    manage update_index -v0 || fail "manage.py update_index failed: the data is restored, the search indexes are not."
    echo "Restore complete in $((SECONDS - started)) s."
}

case "${1:-}" in
    backup) shift && backup "$@" ;;
    restore) shift && restore "$@" ;;
    *) echo "usage: $0 backup [DIRECTORY] | restore [--force] BACKUP_DIRECTORY" >&2; exit 2 ;;
esac
