"""
The shared store. Every response is stored under the *generation* current when its request
began; any content change replaces the generation with a new, never-used token. Every app server
reads the generation from the same cache at the start of each request, so a change made through
one server is seen by all of them at once, and a page rendered from content older than the
change can only ever be stored under the old token, which nothing reads again. Old entries are
not deleted: they expire with the cache alias's ``TIMEOUT``.

A lost generation (the cache culled it, Redis restarted) becomes a new token too, never an old one.
"""

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.http import quote_etag
from django.utils.translation import get_language

from ..tracking import without_tracking

logger = logging.getLogger(__name__)

GENERATION_KEY = "generation"
# Never stored with a page: they belong to one response, or the outer middleware adds them.
UNSTORED_HEADERS = {"set-cookie", "x-cache", "date", "content-length"}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


@dataclass(frozen=True)
class Generation:
    token: str
    changed_at: float  # seconds since the epoch: the Last-Modified of every page stored under it


def _fresh_generation():
    return (uuid.uuid4().hex, time.time())


def current_generation():
    """The generation now, starting one if the cache holds none."""
    cache = page_cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _fresh_generation()  # another process's, if it added first
    return Generation(*value)


def new_generation():
    """Start a new generation: nothing stored before it is served again, on any server."""
    try:
        page_cache().set(GENERATION_KEY, _fresh_generation(), timeout=None)
    except Exception:
        # Publishing must not fail because the cache is away; the pages stored before expire
        # with the alias's TIMEOUT. Logged as an error: an operator should know.
        logger.exception("The page cache could not start a new generation; cached pages may be stale.")


def page_key(request, generation):
    """
    The address (scheme, host, path, query) and the language the response was made in. A link
    shared with tracking parameters is the same page as the one without.
    """
    path, _, query = request.get_full_path().partition("?")
    query = without_tracking(query)
    address = f"{get_language()} {request.build_absolute_uri(f'{path}?{query}' if query else path)}"
    return f"page:{generation.token}:{hashlib.sha256(address.encode()).hexdigest()}"


@dataclass(frozen=True)
class StoredPage:
    content: bytes
    headers: list
    etag: str
    last_modified: float

    @classmethod
    def from_response(cls, response, generation):
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        return cls(response.content, headers, etag, generation.changed_at)

    def to_response(self):
        response = HttpResponse(self.content)
        for name, value in self.headers:
            response[name] = value
        return response

    def to_cache(self):
        # Plain values: an entry written by one release stays readable by the next.
        return (self.content, self.headers, self.etag, self.last_modified)

    @classmethod
    def from_cache(cls, value):
        return cls(*value)
