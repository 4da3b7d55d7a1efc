"""Turns the SEARCH_URL setting into Wagtail's WAGTAILSEARCH_BACKENDS."""

from importlib.util import find_spec
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

from .analysis import INDEX_SETTINGS

DATABASE_BACKEND = "search.backends.database"

# scheme -> our backend module for that engine (search.backends: one index per language)
ENGINE_BACKENDS = {
    "opensearch": "search.backends.opensearch2",
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
    "elasticsearch": "search.backends.elasticsearch8",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
}

# The engine clients are optional (a site on the database backend needs neither): engine -> the
# module its backends import, its package, and the file of requirements/ that installs it.
ENGINE_CLIENTS = {
    "opensearch": ("opensearchpy", "opensearch-py", "requirements/opensearch.txt"),
    "elasticsearch": ("elasticsearch", "elasticsearch", "requirements/elasticsearch.txt"),
}

# Seconds to wait for the engine, connecting or reading. Background work (the task worker, update_index)
# waits the default; the web workers get a shorter default (SEARCH_TIMEOUT, set by config/gunicorn.py):
# a reader's request that meets a hanging engine gives up quickly and trips the breaker.
DEFAULT_TIMEOUT_SECONDS = 5


def search_backends_from_url(url, index_prefix="newsroom", languages=("nb", "en"), timeout=None):
    """
    ``""`` -> only the database backend (SQLite FTS5 or PostgreSQL full-text search, analysed per language).
    ``opensearch://host:9200``, ``opensearch3+https://user:pass@host``,
    ``elasticsearch9+https://host:9200?timeout=3``, ``opensearch://node1:9200,node2:9200`` (a
    cluster's nodes) -> that engine, over http unless ``+https``,
    as one backend per language (named by its language code, with that language's analyzers),
    beside the database backend, which stays ``default``: the admin searches it, and the site
    falls back to it when the engine is away. ``?timeout=`` in the URL wins over ``timeout``.
    """
    backends = {"default": {"BACKEND": DATABASE_BACKEND}}
    if not url:
        return backends

    parts = urlsplit(url)
    engine, _, transport = parts.scheme.partition("+")
    if engine not in ENGINE_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_URL scheme {parts.scheme!r} is not one of {', '.join(sorted(ENGINE_BACKENDS))} "
            "(optionally followed by +https)."
        )
    module, package, requirements = ENGINE_CLIENTS["opensearch" if engine.startswith("opensearch") else "elasticsearch"]
    if find_spec(module) is None:
        raise ImproperlyConfigured(
            f"SEARCH_URL {parts.scheme}://… needs the {package} client, which is not installed: "
            f"pip install -r {requirements}"
        )
    transport = transport or "http"
    if transport not in ("http", "https"):
        raise ImproperlyConfigured(f"SEARCH_URL transport {transport!r} must be http or https.")

    timeout = float(parse_qs(parts.query).get("timeout", [timeout or DEFAULT_TIMEOUT_SECONDS])[0])
    hosts = [{**address, "scheme": transport} for address in _cluster_addresses(parts.netloc)]
    # A node that refuses the connection is skipped for the next one in the cluster; a node that
    # does not answer in time is not tried again (the breaker takes over).
    options = {"max_retries": len(hosts) - 1, "retry_on_timeout": False}
    if engine.startswith("opensearch"):
        for host in hosts:
            host["use_ssl"] = transport == "https"
    if parts.username:
        # opensearch-py calls it http_auth, the elasticsearch client basic_auth.
        auth_option = "http_auth" if engine.startswith("opensearch") else "basic_auth"
        options[auth_option] = (parts.username, parts.password or "")
    for language in languages:
        backends[language] = {
            "BACKEND": ENGINE_BACKENDS[engine],
            "LANGUAGE": language,
            "HOSTS": hosts,
            "INDEX_PREFIX": f"{index_prefix}_{language}_",
            "INDEX_SETTINGS": INDEX_SETTINGS[language],
            "TIMEOUT": timeout,
            "OPTIONS": options,
            "ATOMIC_REBUILD": True,
        }
    return backends


def _cluster_addresses(netloc):
    """``user:pw@node1:9200,node2`` -> the nodes' hosts and ports (urlsplit reads one node only)."""
    nodes = netloc.rpartition("@")[2]
    addresses = []
    for node in nodes.split(",") if nodes else [""]:
        parts = urlsplit(f"//{node}")
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfigured(f"SEARCH_URL node {node!r} has no valid port.") from None
        addresses.append({"host": parts.hostname or "127.0.0.1", "port": port or 9200})
    return addresses
