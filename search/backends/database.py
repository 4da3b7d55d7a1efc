"""
Wagtail's database backend, with each object analysed in its own language.

SQLite: every word's Snowball stem and the parts of Norwegian compounds are written into the FTS5
index beside the text itself (``search.database_analysis``), and queries are stemmed the same way.
PostgreSQL: each object's text goes through its language's text-search configuration
(``norwegian``, ``english``), and the parts of Norwegian compounds are added to its vectors.
Searches pick the configuration of the reader's language through ``for_language``.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as vendor_backend


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name in a backend module
    """The language-aware backend for the database in use; Wagtail's own for any other database."""
    if connection.vendor == "postgresql":
        from .postgres import PostgresLanguageBackend

        return PostgresLanguageBackend(params)
    backend = vendor_backend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from .sqlite import SQLiteLanguageBackend

        if isinstance(backend, SQLiteSearchBackend):  # FTS5 is there
            return SQLiteLanguageBackend(params)
    return backend
