"""Wagtail's SQLite (FTS5) backend, with Snowball stems and compound parts indexed beside the words."""

from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer, SQLiteIndex, SQLiteSearchBackend
from modelsearch.utils import get_content_type_pk

from ..database_analysis import stemmed_terms
from ..upstream import refresh_title_norms
from .engine import language_of


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
