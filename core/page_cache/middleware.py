"""
``PageCacheMiddleware``: anonymous GETs served from the shared store, and the caching headers.

It sits after ``LocaleMiddleware`` (the language is part of the key) and ``CommonMiddleware``, and
before CSRF, authentication and everything that reads a user: a stored page is returned before
any of them runs. What it stores is what it served, headers included (the security headers of
the middleware after it), except what the middleware before it adds again on every response.
"""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, get_conditional_response, has_vary_header, patch_cache_control
from django.utils.http import http_date

from . import store

logger = logging.getLogger(__name__)

# The only Vary a stored page may carry: the language is in the key.
KEYED_VARY_HEADERS = {"accept-language"}


def bypass_reason(request):
    """Why this request is never served from the store nor stored, or None when it may be."""
    if not settings.PAGE_CACHE_ENABLED:
        return "disabled"
    if request.method not in ("GET", "HEAD"):
        return "method"
    if getattr(request, "is_dummy", False):
        return "preview"  # Wagtail's preview request, made without the editor's cookies at times
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return "session"  # a signed-in editor (or one who was): their pages are their own
    if "HTTP_AUTHORIZATION" in request.META:
        return "authorization"
    path = request.path_info
    if path.startswith(reverse("wagtailadmin_home")) or any(
        path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS
    ):
        return "path"
    return None


def refusal_reason(request, response):
    """Why this response to a cacheable request must not be stored, or None when it may be."""
    if request.method != "GET":
        return "method"
    if response.status_code != 200 or response.streaming:
        return "status"  # 404s and redirects: unbounded addresses, and Wagtail's redirects change
    if getattr(request, "is_preview", False):
        return "preview"
    if response.cookies:
        return "cookie"  # a form's CSRF token comes with its cookie (CsrfViewMiddleware, inside this one)
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return "csrf"  # a form's token, should CsrfViewMiddleware ever come before this one
    session = getattr(request, "session", None)
    if session is not None and (session.accessed or session.modified):
        # The page looked at the session (request.user): SessionMiddleware, before this one, will
        # say Vary: Cookie, or set the cookie.
        return "session"
    if has_vary_header(response, "Cookie"):
        return "vary-cookie"
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    if vary - KEYED_VARY_HEADERS:
        return "vary"
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return "view"  # the view said so
    if "'nonce-" in response.get("Content-Security-Policy", ""):
        return "nonce"  # a nonce is for one response only
    match = request.resolver_match
    if match is not None and match.namespace in settings.PAGE_CACHE_EXCLUDED_NAMESPACES:
        return "namespace"
    return None


def with_validators(request, response, etag, last_modified):
    """``ETag`` and ``Last-Modified`` on a stored page; a 304 when the reader's copy is current."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    return get_conditional_response(request, etag=etag, last_modified=int(last_modified), response=response)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = bypass_reason(request)
        if reason == "disabled":
            return self.get_response(request)
        generation = key = None
        if reason is None:
            try:
                generation = store.current_generation()  # before the view reads any content
                request.content_generation = generation  # core.routing remembers sites under it
                key = store.page_key(request, generation)
                value = store.page_cache().get(key)
            except Exception:
                logger.exception("The page cache could not be read; serving without it.")
                reason = "unavailable"
            else:
                if value is not None:
                    stored = store.StoredPage.from_cache(value)
                    response = with_validators(request, stored.to_response(), stored.etag, stored.last_modified)
                    response["X-Cache"] = "hit"
                    return response

        response = self.get_response(request)

        if reason is None:
            reason = refusal_reason(request, response)
        if reason is not None:
            if "Cache-Control" not in response:
                add_never_cache_headers(response)
            response["X-Cache"] = "bypass"
            return response

        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_S_MAXAGE,
        )
        stored = store.StoredPage.from_response(response, generation)
        try:
            store.page_cache().set(key, stored.to_cache())
        except Exception:
            logger.exception("The page cache could not store a page.")
        response["X-Cache"] = "miss"
        return with_validators(request, response, stored.etag, stored.last_modified)
