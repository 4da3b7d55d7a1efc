"""
Faster rankings for Wagtail's database backends, on SQLite (FTS5) and on PostgreSQL.

modelsearch's SQLite compiler orders results by a correlated subquery that repeats the FTS5
match for every matching row (modelsearch/backends/database/sqlite/sqlite.py,
``SQLiteSearchQueryCompiler.search``); at 10,000 pages a common word took 20-30 s. This ranks in
one query with the compiler's own pieces (its MATCH expression) and FTS5's bm25 with the title
column weighted well above the body, then keeps the pages the caller's queryset allows.
Remove it when modelsearch ranks in one query.

On PostgreSQL, modelsearch's query loads the matching pages whole, each with its title and body
vectors, and filters on ``title || body``, computed for every entry. This asks the index entries
alone for the object ids, in the same order (modelsearch's own tsquery and rank, then the highest
id first), with the filter answered by the GIN index on ``title || body`` (search migration 0002).
"""

import functools

from django.db import connection
from django.db.models import CharField, F, FloatField, Func, IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page

from .upstream import postgres_query_and_rank, sqlite_match_expression

# bm25() takes one weight per column of the FTS5 table, in the table's own column order. It
# saturates term frequency and divides by column length, so a word in a title adds little unless
# weighted heavily: at 100, a page with the word in its title ranks above one with it only in the
# body (measured on the demo content, where 10 let short biographies outrank the event recap).
COLUMN_WEIGHTS = {"title": 100.0, "body": 1.0}


@functools.cache
def _weights(table):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({table})")
        columns = [row[1] for row in cursor.fetchall()]
    return ", ".join(str(COLUMN_WEIGHTS.get(column, 0.0)) for column in columns)


def ranks(backend):
    """Whether ``backend`` is modelsearch's SQLite or PostgreSQL backend (or ours on one), which these rankings replace."""
    # modelsearch's SQLite and PostgreSQL modules cannot even be imported on another database.
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return isinstance(backend, SQLiteSearchBackend)
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return isinstance(backend, PostgresSearchBackend)
    return False


def ranked_page_ids(backend, queryset, query, limit):
    """Ids of the pages in ``queryset`` matching ``query`` (a Wagtail search query on ``backend``), best first."""
    if connection.vendor == "postgresql":
        return postgres_ranked_page_ids(backend, queryset, query, limit)
    return sqlite_ranked_page_ids(backend, queryset, query, limit)


class WeightedBM25(Func):
    output_field = FloatField()

    def __init__(self, table):
        super().__init__(template=f"bm25({table}, {_weights(table)})")


def sqlite_ranked_page_ids(backend, queryset, query, limit):
    """Ids of the pages in ``queryset`` matching ``query`` (a Wagtail search query on ``backend``), best first."""
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.models import SQLiteFTSIndexEntry

    match = sqlite_match_expression(backend, queryset, query)
    allowed = queryset.annotate(text_pk=Cast("pk", CharField())).values("text_pk")  # object_id is text
    ranked = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(Page))
        .filter(index_entry__object_id__in=allowed)
        .annotate(score=WeightedBM25(SQLiteFTSIndexEntry._meta.db_table))
        .order_by("score")
        .values_list("index_entry__object_id", flat=True)
    )
    return [int(object_id) for object_id in ranked[:limit]]


class TitleAndBody(Func):
    """An index entry's title and body vectors as one, ``(title || body)``: what the GIN index (search/0002) is on."""

    template = "(%(expressions)s)"
    arg_joiner = " || "

    def __init__(self):
        super().__init__(F("title"), F("body"))


def postgres_matching_entries(tsquery):
    """The index entries whose title and body match ``tsquery``."""
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.annotate(vector=TitleAndBody()).filter(vector=tsquery)


def postgres_ranked_page_ids(backend, queryset, query, limit):
    from modelsearch.utils import get_descendants_content_types_pks

    tsquery, rank = postgres_query_and_rank(backend, queryset, query)
    allowed = queryset.annotate(text_pk=Cast("pk", CharField(max_length=50))).values("text_pk")
    ranked = (
        postgres_matching_entries(tsquery)
        .filter(content_type__in=get_descendants_content_types_pks(Page), object_id__in=allowed)
        .annotate(score=rank, page_id=Cast("object_id", IntegerField()))
        .order_by("-score", "-page_id")
        .values_list("page_id", flat=True)
    )
    return list(dict.fromkeys(ranked[:limit]))
