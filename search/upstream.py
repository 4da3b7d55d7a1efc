"""
The only place that reaches into private parts of Wagtail's search (the ``modelsearch`` package).

Each use is here because nothing public does the job; ``tests/search/test_upstream.py`` checks
that every name below still exists with the shape we call it with, so an upgrade that changes one
fails there, loudly, rather than in a reader's search.
"""


class FuzzyOptionsMixin:
    """
    Query compiler mixin for the engine backends: ``fuzzy_options`` added to every fuzzy match.
    modelsearch builds fuzzy queries with ``"fuzziness": "AUTO"`` in the private
    ``_compile_fuzzy_query`` and offers no setting for it.
    """

    fuzzy_options = {}

    def _compile_fuzzy_query(self, query, fields):
        compiled = super()._compile_fuzzy_query(query, fields)
        matches = [compiled["multi_match"]] if "multi_match" in compiled else compiled["match"].values()
        for options in matches:
            options.update(self.fuzzy_options)
        return compiled


def engine_hit_pks(results, index_name, limit):
    """
    The pks of the best ``limit`` hits of an engine search, in one request and without loading
    the objects. Wagtail's own slicing scrolls past 100 hits, 100 at a time, loading each batch
    from the database: most of the cost of a search that facets over the best 1,000 matches.
    """
    # The pk from its doc values, with no stored fields at all: loading each hit's stored fields
    # (its _id among them) cost more than the query itself for 1,000 hits (25 ms against 8).
    params = {
        "index": index_name,
        "_source": False,
        "stored_fields": "_none_",
        "docvalue_fields": ["pk"],
        "size": limit,
    }
    response = results._backend_do_search(results._get_es_body(), **params)
    return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]


def sqlite_match_expression(backend, queryset, query):
    """
    The FTS5 ``MATCH`` lookup that modelsearch's SQLite backend would filter with, for ``query``
    (a Wagtail search query) over its title and body columns.
    """
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    compiler = backend.query_compiler_class(queryset, query)
    return MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(query)))


def postgres_query_and_rank(backend, queryset, query):
    """
    The tsquery modelsearch's PostgreSQL backend matches ``query`` (a Wagtail search query) with,
    in ``backend``'s configuration, and the rank it orders by, written over an index entry's own
    columns (``title``, ``title_norm``, ``body``) where modelsearch writes them through the
    searched model's ``index_entries`` relation (``get_index_vectors``).
    """
    from django.db.models import F

    compiler = backend.query_compiler_class(queryset, query)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(query, config=config)
    rank = compiler.build_tsrank(F("title"), query, config=config) * F("title_norm") + compiler.build_tsrank(
        F("body"), query, config=config
    )
    return tsquery, rank


def refresh_title_norms(index):
    """Recomputes the title weights the database backends rank with, after entries were written."""
    index._refresh_title_norms()
