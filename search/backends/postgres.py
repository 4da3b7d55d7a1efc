"""Wagtail's PostgreSQL backend, with each language's text-search configuration and compound parts."""

import copy

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from modelsearch.utils import get_content_type_pk

from ..database_analysis import compound_terms
from .engine import language_of

POSTGRES_CONFIGS = {"nb": "norwegian", "en": "english"}


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
