"""
Every public page type renders, uncached and for an anonymous reader, in a fixed number of SQL
queries within its budget, whatever the amount of content: the same with 2 and with 40 of every
kind of item (photos, gallery images, quotes, headings and paragraphs, authors, people mentioned,
related pages, topics, speakers, sponsors, cards, search results), with the renditions cache warm
and cold.

Cold means the "renditions" cache emptied: pages read their images' renditions with the images
(``core.preload``), so the cache is not asked at all. Deleting the Rendition rows instead makes
Wagtail create them again, a write per image and filter, once: that is work, not a read we could
save, and is not counted here.

Measured on the plain Django view (the page cache is off), after a first visit that fills the
process's caches (content types, the sites' root paths).
"""

import collections
import re

import pytest
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from tests.helpers import engine_backends, refresh_search_indexes, search_url

from .content import SEARCH_WORD, build

pytestmark = pytest.mark.django_db  # the budgets are measured in ``measured``, a module's fixture

SIZES = (2, 40)
ITEM_BUDGET = 10  # an article, a recap, a person
LISTING_BUDGET = 12  # a listing, the home page, search results


TABLE = re.compile(r'(?:FROM|UPDATE|INTO) "(\w+)"')


class Count(int):
    """A number of queries, which knows its tables (shown when a comparison fails)."""

    def __new__(cls, captured):
        count = super().__new__(cls, len(captured))
        count.tables = collections.Counter(
            match.group(1) if (match := TABLE.search(query["sql"])) else query["sql"][:30]
            for query in captured.captured_queries
        )
        return count

    def __repr__(self):
        return f"{int(self)} {dict(self.tables)}"


def count_queries(client, url):
    """``{"warm": n, "cold": n}``: queries to render ``url`` with the renditions cache full, then empty."""
    first = client.get(url)  # renditions made, process caches filled
    assert first.status_code == 200, url
    counts = {}
    for state in ("warm", "cold"):
        if state == "cold":
            caches["renditions"].clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[state] = Count(captured)
    return counts


def page_urls(built):
    from events.models import EventIndexPage
    from home.models import HomePage
    from news.models import NewsIndexPage
    from people.models import PeopleIndexPage

    locale = built.article.locale_id
    return {
        "article": built.article.url,
        "event recap": built.recap.url,
        "person": built.person.url,
        "news index": NewsIndexPage.objects.get(locale=locale).url,
        "events index": EventIndexPage.objects.get(locale=locale).url,
        "people index": PeopleIndexPage.objects.get(locale=locale).url,
        "home": HomePage.objects.get(locale=locale).url,
        # One type of page: search/results.py reads the results' own types with ``.specific()``, a
        # query per type among the results shown (at most three), so a mix costs more than one type.
        "search results": f"{search_url('en')}?q={SEARCH_WORD}&type=news",
    }


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """
    ``{page type: {size: {"warm": n, "cold": n}}}``: each page type measured once with content
    of each size (the content of both sizes built in one transaction, rolled back afterwards).
    """
    results, created = {}, []
    with override_settings(PAGE_CACHE_ENABLED=False), django_db_blocker.unblock(), transaction.atomic():
        client = Client()
        for size in SIZES:
            built = build(size)
            created += built.pages
            refresh_search_indexes()
            for page_type, url in page_urls(built).items():
                results.setdefault(page_type, {})[size] = count_queries(client, url)
        transaction.set_rollback(True)
    for backend in engine_backends():  # the engine's index is not rolled back
        for page in created:
            backend.delete(page)
    refresh_search_indexes()
    return results


BUDGETS = {
    "article": ITEM_BUDGET,
    "event recap": ITEM_BUDGET,
    "person": ITEM_BUDGET,
    "news index": LISTING_BUDGET,
    "events index": LISTING_BUDGET,
    "people index": LISTING_BUDGET,
    "home": LISTING_BUDGET,
}


@pytest.mark.parametrize("page_type", BUDGETS)
def test_page_renders_within_its_query_budget_whatever_the_amount_of_content(measured, page_type):
    counts = measured[page_type]
    small, large = counts[SIZES[0]], counts[SIZES[-1]]
    assert small == large, f"{page_type}: queries grow with the content: {counts}"
    assert max(large.values()) <= BUDGETS[page_type], f"{page_type}: over budget ({BUDGETS[page_type]}): {counts}"
    assert large["warm"] == large["cold"], f"{page_type}: a cold renditions cache costs queries: {counts}"


def test_search_results_cost_the_same_for_few_or_many_results(measured):
    counts = measured["search results"]
    assert counts[SIZES[0]] == counts[SIZES[-1]], counts
    assert counts[SIZES[-1]]["warm"] == counts[SIZES[-1]]["cold"], counts


@pytest.mark.skipif(bool(engine_backends()), reason="counts the database backend's search (SQLite or PostgreSQL)")
def test_search_results_render_within_the_listing_budget(measured):
    counts = measured["search results"]
    assert max(counts[SIZES[-1]].values()) <= LISTING_BUDGET, counts
