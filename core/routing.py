"""
Finding the page an address names in two queries, and the site and home page it belongs to
without any.

Wagtail's ``serve`` view first reads the request's Site, then the site's home page in the
reader's language and its specific type, then climbs the tree one query per level
(``HomePage.route`` already replaces the climb). The site and its home page in each language are
remembered here for as long as the page cache's generation lasts (``core.page_cache.store``):
every change to a Site, a Locale or a page starts a new one on every server, so what is
remembered is never older than what the page cache may serve. The page itself is always read
afresh (``core.queries.page_at``).

Wagtail offers no public way to hand its ``serve`` view a route found elsewhere; it keeps the
site and the route it finds on the request, under the attribute names ``remember_site`` and
``remember_route`` set (``RoutingMiddleware`` calls them before the view runs).
``tests/core/test_routing.py`` fails if Wagtail stops reading them.
"""

import logging

from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from .page_cache import store
from .queries import page_at

logger = logging.getLogger(__name__)

MAX_HOSTS = 100  # remembered sites per generation: a bound on what odd Host headers can fill


class GenerationMemo:
    """What one generation of the content says about sites: ``{(host, port): Site}`` and home pages."""

    def __init__(self, token):
        self.token = token
        self.sites = {}
        self.homes = {}  # (site pk, language code) -> (url_path, locale pk) of the live home page

    def site(self, request):
        key = (request.get_host(), request.get_port())  # CommonMiddleware has checked the host already
        if key in self.sites:
            remember_site(request, self.sites[key])
            return self.sites[key]
        site = Site.find_for_request(request)
        if len(self.sites) < MAX_HOSTS:
            self.sites[key] = site
        return site

    def home(self, site):
        key = (site.pk, get_language())
        if key not in self.homes:
            home = site.root_page.localized  # the live translation in the reader's language, or the root
            self.homes[key] = (home.url_path, home.locale_id)
        return self.homes[key]


_memo = GenerationMemo(None)


def memo_for(request):
    """The memo of the generation current for ``request``, or None when the cache cannot say which."""
    global _memo
    generation = getattr(request, "content_generation", None)
    if generation is None:
        try:
            generation = request.content_generation = store.current_generation()
        except Exception:
            logger.warning("The cache is unavailable; routing without the remembered sites.", exc_info=True)
            return None
    if _memo.token != generation.token:
        _memo = GenerationMemo(generation.token)
    return _memo


def route(request, path):
    """
    The route (Wagtail's ``RouteResult``) to the live page at ``path`` under the request's site,
    in the reader's language, or None to leave the address to Wagtail's own routing (no such
    page, or an address a page's own ``route`` answers, such as a listing's extra components).
    """
    memo = memo_for(request)
    if memo is None:
        return None
    site = memo.site(request)
    if site is None:
        return None
    home_path, locale_id = memo.home(site)
    components = [component for component in path.split("/") if component]
    page = page_at(home_path + "".join(f"{component}/" for component in components), locale_id)
    if page is None:
        return None
    return page.route(request, [])


class RoutingMiddleware:
    """Routes the requests for Wagtail's ``serve`` view with ``route`` before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and view_args:
            found = route(request, view_args[0])
            if found is not None:
                remember_route(request, found)


def remember_site(request, site):
    """What ``Site.find_for_request`` returns for this request from now on, without a query."""
    request._wagtail_site = site


def remember_route(request, route_result):
    """What ``Page.route_for_request`` (and so Wagtail's ``serve``) returns for this request."""
    request._wagtail_route_for_request = route_result
