#!/usr/bin/env python
"""
Queries each page costs, by table: prints figures, asserts nothing.

    DATABASE_URL=sqlite:////tmp/site.sqlite3 .venv/bin/python scripts/query_counts.py /nb/ /en/news/
    .venv/bin/python scripts/query_counts.py -v /en/news/some-article/   # each query, and where it comes from

Each path is fetched twice with Django's test client (dev settings unless DJANGO_SETTINGS_MODULE
says otherwise), with the page cache off: the second, warm request is counted, then a third with
the "renditions" cache emptied (cold). Reads of a database cache (the default without REDIS_URL)
are queries too, and are counted; there the renditions and default caches share one table, so
emptying it costs the cold request the sites' root paths too. The budgets are tests:
tests/performance (measured with the tests' memory caches).
"""

import collections
import os
import re
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

TABLE = re.compile(r'FROM "(\w+)"')
COLUMNS = re.compile(r"SELECT .*? FROM", re.DOTALL)


def origin():
    """The innermost frame of this project's code (not a dependency's, not this script's)."""
    ours = [
        frame
        for frame in traceback.extract_stack()
        if frame.filename.startswith(str(ROOT)) and "/.venv/" not in frame.filename and frame.filename != __file__
    ]
    return f"{Path(ours[-1].filename).relative_to(ROOT)}:{ours[-1].lineno}" if ours else "?"


def measure(client, path, verbose):
    origins = []

    def record(execute, sql, params, many, context):
        origins.append((origin(), sql))
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(record):
        response = client.get(path)
    tables = collections.Counter(
        match.group(1) if (match := TABLE.search(query["sql"])) else query["sql"][:20]
        for query in captured.captured_queries
    )
    if verbose:
        for where, sql in origins:  # transaction statements (BEGIN, COMMIT) are counted but not listed
            print(f"    {where:32} {COLUMNS.sub('SELECT … FROM', sql, count=1)[:160]}")
    return response.status_code, len(captured.captured_queries), dict(tables)


def main(args):
    verbose = "-v" in args
    paths = [arg for arg in args if arg != "-v"] or ["/nb/"]
    client = Client(HTTP_HOST="localhost")
    with override_settings(PAGE_CACHE_ENABLED=False):
        for path in paths:
            client.get(path)
            status, warm, tables = measure(client, path, verbose)
            caches["renditions"].clear()
            _status, cold, _tables = measure(client, path, verbose)
            print(f"{status} {warm:3d} queries warm, {cold:3d} cold  {path}  {tables}")


if __name__ == "__main__":
    main(sys.argv[1:])
