#!/usr/bin/env bash
# Regenerates requirements/*.txt from the ranges in pyproject.toml (`make lock` runs it).
# dev.txt resolves every group together (runtime, both engine clients, demo, dev tools); each other
# file is resolved with dev.txt as a constraint, so a package has the same version in every file.
# Versions already pinned are kept where the ranges allow; UPGRADE=1 moves everything to the newest.
set -euo pipefail
cd "$(dirname "$0")/.."

UV=${UV:-.venv/bin/uv}
PYTHON=${PYTHON:-python3}
upgrade=()
[ -n "${UPGRADE:-}" ] && upgrade=(--upgrade)

scheme="# Locked by \`make lock\` (scripts/lock.sh): dev.txt resolves every group at once, the other files use it as a constraint, so versions match across files."

compile() {  # compile OUTPUT "FIRST LINE" UV-ARGUMENTS...
    local output=requirements/$1 first=$2
    shift 2
    "$UV" pip compile --quiet --python "$PYTHON" --no-header --annotation-style line "$@" -o "$output"
    printf '%s\n%s\n%s\n' "$first" "$scheme" "$(cat "$output")" >"$output"
}

extra() {  # the requirements of one optional-dependencies group of pyproject.toml, one a line
    "$PYTHON" -c 'import sys, tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"][sys.argv[1]]))' "$1"
}

compile dev.txt "# Development and CI (make test): the site, both engine clients, the demo content, tests and linters." \
    pyproject.toml --all-extras "${upgrade[@]}"
constraint=(-c requirements/dev.txt)
compile base.txt "# The site itself, with the database search backend: pip install -r requirements/base.txt" \
    pyproject.toml "${constraint[@]}"
compile opensearch.txt "# The OpenSearch client, for SEARCH_URL=opensearch…: pip install -r requirements/base.txt -r requirements/opensearch.txt" \
    - "${constraint[@]}" < <(extra opensearch)
compile elasticsearch.txt "# The Elasticsearch client, for SEARCH_URL=elasticsearch…: pip install -r requirements/base.txt -r requirements/elasticsearch.txt" \
    - "${constraint[@]}" < <(extra elasticsearch)
compile s3.txt "# Media in S3-compatible object storage, for MEDIA_STORAGE_URL=s3…: pip install -r requirements/base.txt -r requirements/s3.txt" \
    - "${constraint[@]}" < <(extra s3)
compile demo.txt "# The demo content (manage.py load_demo_content): pip install -r requirements/base.txt -r requirements/demo.txt" \
    - "${constraint[@]}" < <(extra demo)
