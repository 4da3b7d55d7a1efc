"""
Wagtail search backends of our own, named by the backend they extend.

``database``: Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text search) that
analyses each page in its own language. ``opensearch2``, ``opensearch3``, ``elasticsearch8``,
``elasticsearch9``: one engine index per language, with that language's analyzers. The
``SEARCH_URL`` setting picks among them (``search.configuration``).
"""
