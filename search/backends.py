"""Turns the SEARCH_URL setting into Wagtail's WAGTAILSEARCH_BACKENDS."""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

DATABASE_BACKEND = "wagtail.search.backends.database"

# scheme -> Wagtail backend module
ENGINE_BACKENDS = {
    "opensearch": "wagtail.search.backends.opensearch2",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}

DEFAULT_TIMEOUT_SECONDS = 5


def search_backends_from_url(url, index_prefix="newsroom"):
    """
    ``""`` -> the database backend (SQLite FTS5 or PostgreSQL full-text search).
    ``opensearch://host:9200``, ``opensearch3+https://user:pass@host``,
    ``elasticsearch9+https://host:9200?timeout=3`` -> that engine, over http unless ``+https``.
    """
    if not url:
        return {"default": {"BACKEND": DATABASE_BACKEND}}

    parts = urlsplit(url)
    engine, _, transport = parts.scheme.partition("+")
    if engine not in ENGINE_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_URL scheme {parts.scheme!r} is not one of {', '.join(sorted(ENGINE_BACKENDS))} "
            "(optionally followed by +https)."
        )
    transport = transport or "http"
    if transport not in ("http", "https"):
        raise ImproperlyConfigured(f"SEARCH_URL transport {transport!r} must be http or https.")

    options = parse_qs(parts.query)
    timeout = float(options.get("timeout", [DEFAULT_TIMEOUT_SECONDS])[0])
    host = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 9200,
        "scheme": transport,
        "use_ssl": transport == "https",
    }
    if parts.username:
        host["http_auth"] = (parts.username, parts.password or "")
    return {
        "default": {
            "BACKEND": ENGINE_BACKENDS[engine],
            "HOSTS": [host],
            "INDEX_PREFIX": f"{index_prefix}_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        }
    }
