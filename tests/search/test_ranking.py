"""
The rankings of our own for the database backends (``search.ranking``), and the facets' reading of
types and dates (``search.facets``): the same answers as the slower ways they replace.
"""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import ranking
from search.facets import attributes_of, types_and_dates
from search.query import database_query
from search.service import ranked_page_ids, searchable_pages
from search.upstream import postgres_query_and_rank

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL backend")
QUERIES = [
    ("nb", "kreft", "and"),
    ("nb", "kreftbehandling", "and"),
    ("nb", "behandling av kreft", "or"),
    ("en", "cancer treatment", "and"),
    ("en", "cancer research", "or"),
]


def pages_in(language):
    return searchable_pages(RequestFactory().get("/", HTTP_HOST="localhost"), [language])


@postgres_only
@pytest.mark.parametrize(("language", "query", "operator"), QUERIES)
def test_postgres_ranks_as_modelsearch_does_in_one_query(db, language, query, operator):
    pages = pages_in(language)
    backend = get_search_backend("default").for_language(language)
    built = database_query(query, operator, language, stemmed=False)
    expected = [page.pk for page in backend.search(built, pages)[:1000]]
    assert len(expected) > 1  # the control: the demo content has matches to order
    ranking.ranked_page_ids(backend, pages, built, 1000)  # content types read once per process
    with CaptureQueriesContext(connection) as queries:
        assert ranking.ranked_page_ids(backend, pages, built, 1000) == expected
        assert ranking.ranked_page_ids(backend, pages, built, 2) == expected[:2]
    assert len(queries) == 2


@postgres_only
def test_postgres_matches_are_found_through_the_title_and_body_index(db):
    backend = get_search_backend("default").for_language("nb")
    built = database_query("kreft", "and", "nb", stemmed=False)
    tsquery, _rank = postgres_query_and_rank(backend, pages_in("nb"), built)
    sql, params = ranking.postgres_matching_entries(tsquery).values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        # The demo content is small enough to scan, and which plan wins depends on the statistics
        # of the moment: with scans of the whole table or a whole index ruled out, the match must
        # still be answerable through the index, which it is only if the expressions agree.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_title_body_gin" in plan, plan


def test_facets_do_not_read_again_the_types_and_dates_an_engines_check_read(db):
    pages = pages_in("nb")
    ids, _database_answered = ranked_page_ids(pages, "kreft", "nb")
    assert len(ids) > 1
    known = types_and_dates(pages, ids)
    with CaptureQueriesContext(connection) as queries:
        attributes = attributes_of(ids, "nb", known)
    assert not [query for query in queries if '"wagtailcore_page"' in query["sql"]]
    assert attributes == attributes_of(ids, "nb")
    assert {values.type for values in attributes.values()} >= {"news"}
    assert all(values.date for values in attributes.values() if values.type == "news")
    assert set(types_and_dates(Page.objects.all(), ids)) == set(ids)
