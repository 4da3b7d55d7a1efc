#!/usr/bin/env python
"""
Search quality yardstick: prints figures, asserts nothing.

    .venv/bin/python scripts/evaluate_search.py                        # database backend on SQLite
    DATABASE_URL=$(scripts/postgres.sh start) .venv/bin/python scripts/evaluate_search.py
    SEARCH_URL=opensearch://127.0.0.1:9201 .venv/bin/python scripts/evaluate_search.py
    .venv/bin/python scripts/evaluate_search.py --top 5 --verbose

Each line of tests/search/data/query_set.tsv is a query a reader might type (inflected forms,
parts of compounds, typos, names, æøå typed without them), the language of the site it is typed
on, and the page the reader is looking for (its slug in that language). The query set was written
from the demo content before the search was tuned, and is not to be fitted to what the search finds.

The script builds a throwaway test database the way the test suite does (Django's test database
for DATABASE_URL, the demo content from ``DemoContentLoader``, the engine's indexes rebuilt when
SEARCH_URL names one, under their own prefix), asks the search page (``/nb/sok/``,
``/en/search/``) through Django's test client, reads the links of the first page of results,
and prints, for the backend in use, the share of queries whose page is among the first --top
results, per category and language, then every miss with what came first.
"""

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERY_SET = ROOT / "tests" / "search" / "data" / "query_set.tsv"
CATEGORIES = ("stem", "compound", "typo", "name", "æøå", "plain")
LANGUAGES = ("nb", "en")
RESULT_LINKS = ".search-results-area > .search-results .search-result__title a"


def read_query_set(path):
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=2):
        if row["language"] not in LANGUAGES or row["category"] not in CATEGORIES or not row["query"].strip():
            raise SystemExit(f"{path}:{number}: language must be nb or en, category one of {CATEGORIES}: {row}")
    return rows


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    # The engine's indexes get a prefix of their own: a test run going on at the same time keeps its.
    os.environ.setdefault("SEARCH_INDEX_PREFIX", "evaluate-search")
    import django

    django.setup()
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        # Not the test suite's test database, which a test run may be using.
        database.setdefault("TEST", {})["NAME"] = f"{database['NAME']}_evaluate_search"


def backend_label():
    from django.conf import settings
    from django.db import connection

    engines = [name for name in settings.WAGTAILSEARCH_BACKENDS if name != "default"]
    if engines:
        scheme = urlsplit(os.environ.get("SEARCH_URL", "")).scheme
        return f"engine {scheme} ({', '.join(engines)} indexes)"
    return f"database backend on {connection.vendor}"


def build_site():
    """The demo content in a fresh test database, indexed; returns what to undo afterwards."""
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import setup_databases, setup_test_environment

    from demo.loader import DemoContentLoader

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    DemoContentLoader(log=lambda message: None, create_admin=False).load()
    if any(name != "default" for name in settings.WAGTAILSEARCH_BACKENDS):
        call_command("update_index", verbosity=0)
    return old_config


def intended_paths(rows):
    """(language, slug) -> the page's path; every row must name exactly one live page."""
    from wagtail.models import Page

    paths = {}
    for row in rows:
        key = (row["language"], row["page"])
        if key in paths:
            continue
        pages = list(Page.objects.live().filter(slug=row["page"], locale__language_code=row["language"]))
        if len(pages) != 1:
            raise SystemExit(
                f"{len(pages)} live pages with slug {row['page']!r} in {row['language']!r}: fix the query set"
            )
        paths[key] = urlsplit(pages[0].get_url()).path
    return paths


def ask(client, language, query):
    """The search page's answer: result (path, title) pairs, the query searched instead, whether degraded."""
    from bs4 import BeautifulSoup
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        url = reverse("search:search")
    response = client.get(url, {"q": query})
    if response.status_code != 200:
        raise SystemExit(f"{url}?q={query} answered {response.status_code}")
    links = BeautifulSoup(response.content, "html.parser").select(RESULT_LINKS)
    results = [(urlsplit(link["href"]).path, link.get_text(strip=True)) for link in links]
    outcome = response.context.get("outcome") if response.context is not None else None
    return results, getattr(outcome, "corrected_query", ""), bool(getattr(outcome, "degraded", False))


def evaluate(rows, top, verbose):
    from django.test import Client

    paths = intended_paths(rows)
    client = Client()
    evaluated = []
    for row in rows:
        results, corrected, degraded = ask(client, row["language"], row["query"])
        wanted = paths[(row["language"], row["page"])]
        found = [path for path, _title in results]
        rank = found.index(wanted) + 1 if wanted in found else None
        evaluated.append({**row, "rank": rank, "results": results, "corrected": corrected, "degraded": degraded})
        if verbose:
            print(f"  {rank or '-':>2}  {row['language']}  {row['category']:<8}  {row['query']}")
    for entry in evaluated:
        entry["hit"] = entry["rank"] is not None and entry["rank"] <= top
    return evaluated


def share(entries):
    hits = sum(entry["hit"] for entry in entries)
    if not entries:
        return f"{'':>12}"
    return f"{hits:>3}/{len(entries):<3} {100 * hits / len(entries):>3.0f}%"


def report(evaluated, top, label, seconds):
    by = defaultdict(list)
    for entry in evaluated:
        for category in (entry["category"], "overall"):
            by[(category, entry["language"])].append(entry)
            by[(category, "all")].append(entry)
    print(f"\n{label}: {len(evaluated)} queries, a hit is the intended page among the first {top} results")
    print(f"{'':<10}{'nb':>14}{'en':>14}{'both':>14}")
    for category in (*CATEGORIES, "overall"):
        cells = "".join(f"{share(by[(category, language)]):>14}" for language in (*LANGUAGES, "all"))
        print(f"{category:<10}{cells}")

    misses = [entry for entry in evaluated if not entry["hit"]]
    print(f"\nMisses ({len(misses)}):")
    for entry in misses:
        where = f"at {entry['rank']}" if entry["rank"] else "not on the first page"
        first = f"{entry['results'][0][1]} ({entry['results'][0][0]})" if entry["results"] else "no results"
        instead = f" [searched instead: {entry['corrected']}]" if entry["corrected"] else ""
        print(f"  {entry['language']} {entry['category']:<8} {entry['query']!r}{instead}")
        print(f"      wanted {entry['page']} ({where}); first: {first}")
    degraded = sum(entry["degraded"] for entry in evaluated)
    if degraded:
        print(f"\nWARNING: the database backend stood in for the engine on {degraded} queries.")
    print(f"\n{len(evaluated)} queries in {seconds:.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].strip())
    parser.add_argument("--queries", type=Path, default=QUERY_SET, help="the query set (TSV)")
    parser.add_argument("--top", type=int, default=3, help="how high the intended page must come (default 3)")
    parser.add_argument("--verbose", action="store_true", help="print each query's rank as it is asked")
    args = parser.parse_args()
    rows = read_query_set(args.queries)

    setup_django()
    from django.core.cache import cache
    from django.test.utils import override_settings, teardown_databases, teardown_test_environment

    media = tempfile.mkdtemp(prefix="evaluate-search-media-")
    started = time.monotonic()
    try:
        with override_settings(MEDIA_ROOT=media):
            old_config = build_site()
            try:
                built = time.monotonic()
                print(f"demo content loaded and indexed in {built - started:.1f} s")
                cache.clear()  # the engine pause and the spelling vocabulary live in the cache
                evaluated = evaluate(rows, args.top, args.verbose)
                report(evaluated, args.top, backend_label(), time.monotonic() - built)
            finally:
                teardown_databases(old_config, verbosity=0)
                teardown_test_environment()
    finally:
        shutil.rmtree(media, ignore_errors=True)


if __name__ == "__main__":
    main()
