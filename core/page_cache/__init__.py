"""
The page cache for anonymous readers: whole responses kept in the shared cache
(``settings.PAGE_CACHE_ALIAS``) and served without touching the database, and purges of the
frontend cache (a CDN, Varnish, nginx) when content changes.

- ``store``: the generation every content change replaces, and the responses stored under it.
- ``middleware``: which requests are served from the store, which responses go in, the
  ``Cache-Control``, ``ETag`` and ``Last-Modified`` headers.
- ``invalidation``: the signal handlers that start a new generation (and purge the frontend cache).
- ``purging``: the addresses a page's change purges from the frontend cache.

README, "Page cache".
"""
