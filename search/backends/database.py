"""
Wagtail's database backend, with each object analysed in its own language.

SQLite: every word's Snowball stem and the parts of Norwegian compounds are written into the FTS5
index beside the text itself (``search.database_analysis``), and queries are stemmed the same way.
PostgreSQL: each object's text goes through its language's text-search configuration
(``norwegian``, ``english``), and the parts of Norwegian compounds are added to its vectors.
Searches pick the configuration of the reader's language through ``for_language``.
"""

import copy

from django.db import connection
from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer, SQLiteIndex, SQLiteSearchBackend
from modelsearch.utils import get_content_type_pk

from ..database_analysis import compound_terms, stemmed_terms
from ..upstream import refresh_title_norms
from .engine import language_of

POSTGRES_CONFIGS = {"nb": "norwegian", "en": "english"}


class SQLiteLanguageIndex(SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        columns = {}
        for obj in objs:
            indexer = ObjectIndexer(obj, self.backend)
            language = language_of(obj)
            columns[indexer.id] = {
                "title": _with_terms(indexer.title, language),
                "autocomplete": indexer.autocomplete,
                "body": _with_terms(indexer.body, language),
            }
        if not columns:
            return
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        existing = list(entries.filter(object_id__in=columns))
        for entry in existing:
            for column, value in columns.pop(entry.object_id).items():
                setattr(entry, column, value)
        self.entries.bulk_update(existing, ["title", "autocomplete", "body"])
        self.entries.bulk_create(
            entries.model(content_type_id=get_content_type_pk(model), object_id=object_id, **values)
            for object_id, values in columns.items()
        )
        refresh_title_norms(self)


def _with_terms(text, language):
    terms = stemmed_terms(text, language) if language else ""
    return f"{text} {terms}" if terms else text


class SQLiteLanguageBackend(SQLiteSearchBackend):
    index_class = SQLiteLanguageIndex
    stems_queries = True  # the index holds stems, so queries must be stemmed before they are sent

    def for_language(self, language):
        return self


class PostgresLanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_language = {}
        for obj in objs:
            by_language.setdefault(language_of(obj), []).append(obj)
        for language, group in by_language.items():
            PostgresIndex(self.backend.for_language(language)).add_items(model, group)
        if by_language.get("nb"):
            self._add_compound_parts(model, by_language["nb"], "nb")

    def _add_compound_parts(self, model, objs, language):
        """Adds the parts of the compounds in each entry's title and body to its vectors."""
        entries = self.entries.filter(
            content_type_id=get_content_type_pk(model), object_id__in=[str(obj.pk) for obj in objs]
        )
        updates = []
        for pk, title_text, body_text in entries.values_list("pk", "title_text", "body_text"):
            title_parts, body_parts = compound_terms(title_text, language), compound_terms(body_text, language)
            if title_parts or body_parts:
                updates.append((title_parts, body_parts, pk))
        if not updates:
            return
        config = POSTGRES_CONFIGS[language]
        table = self.entries.model._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {table} SET "  # noqa: S608 - the table name is the model's, values are parameters
                f"title = title || setweight(to_tsvector('{config}', %s), 'A'), "
                f"body = body || setweight(to_tsvector('{config}', %s), 'D') WHERE id = %s",
                updates,
            )


class PostgresLanguageBackend(PostgresSearchBackend):
    index_class = PostgresLanguageIndex
    stems_queries = False  # PostgreSQL stems queries with the configuration itself

    def for_language(self, language):
        """This backend with ``language``'s text-search configuration, for indexing and searching."""
        if language not in POSTGRES_CONFIGS:
            return self
        backend = copy.copy(self)
        backend.config = POSTGRES_CONFIGS[language]
        return backend


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name in a backend module
    """The language-aware backend for the database in use; Wagtail's own for any other database."""
    if connection.vendor == "postgresql":
        return PostgresLanguageBackend(params)
    backend = vendor_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return SQLiteLanguageBackend(params)
    return backend
