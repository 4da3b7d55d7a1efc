#!/usr/bin/env python
"""
Queries each page costs, by table: prints figures, asserts nothing.

    DATABASE_URL=sqlite:////tmp/site.sqlite3 .venv/bin/python scripts/query_counts.py /nb/ /en/news/

Each path is fetched twice with Django's test client (dev settings unless DJANGO_SETTINGS_MODULE
says otherwise); the second, warm request is counted.
"""

import collections
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

TABLE = re.compile(r'FROM "(\w+)"')


def main(paths):
    client = Client(HTTP_HOST="localhost")
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        tables = collections.Counter(
            match.group(1) if (match := TABLE.search(query["sql"])) else query["sql"][:20]
            for query in captured.captured_queries
        )
        print(f"{response.status_code} {len(captured.captured_queries):3d} queries  {path}  {dict(tables)}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["/nb/"])
