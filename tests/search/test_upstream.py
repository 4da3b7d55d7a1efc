"""
The private parts of Wagtail's search (modelsearch) that ``search.upstream`` and
``search.backends.database`` rely on. When an upgrade renames or reshapes one, these fail first.
"""

import inspect
import json

import pytest
from django.db import connection
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import ObjectIndexer as PostgresObjectIndexer
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchQueryCompiler
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchQueryCompiler, ElasticsearchBaseSearchResults
from wagtail.models import Page
from wagtail.search.query import Fuzzy, PlainText

from search.backends.elasticsearch8 import Elasticsearch8QueryCompiler
from search.backends.engine import FUZZINESS
from search.backends.opensearch2 import OpenSearch2QueryCompiler


def parameters(function):
    return list(inspect.signature(function).parameters)


def test_engine_fuzzy_queries_carry_our_fuzziness():
    assert parameters(ElasticsearchBaseSearchQueryCompiler._compile_fuzzy_query) == ["self", "query", "fields"]
    for compiler_class in (OpenSearch2QueryCompiler, Elasticsearch8QueryCompiler):
        compiled = json.dumps(compiler_class(Page.objects.all(), Fuzzy("kreft")).get_query())
        assert '"prefix_length": 1' in compiled
        assert f'"fuzziness": "{FUZZINESS["fuzziness"]}"' in compiled


def test_engine_results_can_be_asked_for_pks_only():
    assert parameters(ElasticsearchBaseSearchResults._backend_do_search) == ["self", "body", "kwargs"]
    assert parameters(ElasticsearchBaseSearchResults._get_es_body) == ["self", "for_count"]
    assert ElasticsearchBaseSearchResults.fields_param_name in ("stored_fields", "fields")


# modelsearch's SQLite modules cannot be imported when the database is another one.
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite backend")


@sqlite_only
def test_sqlite_match_expression_is_built_from_the_compilers_pieces():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    assert SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS == ["title", "body"]
    assert parameters(MatchExpression.__init__) == ["self", "columns", "query"]
    assert callable(normalize)


@sqlite_only
def test_the_sqlite_index_exposes_what_ours_reuses():
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer, SQLiteIndex

    assert parameters(SQLiteIndex._refresh_title_norms) == ["self", "full"]
    for attribute in ("title", "body", "autocomplete", "id"):
        assert hasattr(ObjectIndexer, attribute)


def test_the_postgres_index_writes_the_plain_text_ours_reads_back():
    # search.backends.postgres adds compound parts from the entries' title_text and body_text.
    assert parameters(PostgresIndex.add_items) == ["self", "model", "objs"]
    for attribute in ("title_text", "body_text"):
        assert hasattr(PostgresObjectIndexer, attribute)


def test_the_postgres_compiler_builds_the_query_and_rank_our_ranking_reuses():
    # search.ranking asks modelsearch's compiler for its tsquery and its rank of each vector, and
    # writes its rank of an entry as modelsearch does through index_entries: title times title_norm, plus body.
    assert parameters(PostgresSearchQueryCompiler.get_config) == ["self", "backend"]
    assert parameters(PostgresSearchQueryCompiler.build_tsquery) == ["self", "query", "config"]
    assert parameters(PostgresSearchQueryCompiler.build_tsrank) == ["self", "vector", "query", "config", "boost"]
    compiler = PostgresSearchQueryCompiler(Page.objects.all(), PlainText("kreft"))
    assert compiler.get_index_vectors(None) == [
        (F("index_entries__title"), F("index_entries__title_norm")),
        (F("index_entries__body"), 1.0),
    ]
