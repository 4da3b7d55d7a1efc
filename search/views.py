import dataclasses
import logging

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site

from core.listing import query_string_without_page
from core.localization import in_site
from core.queries import visible
from news.models import NewsIndexPage, Topic

from .models import SearchQueryStat
from .outage import PAUSE_SECONDS, pause_engine
from .query import clean_query
from .service import DATABASE_BACKEND, SearchRequest, backend_for, run_search, searchable_pages

logger = logging.getLogger(__name__)

AUTOCOMPLETE_LIMIT = 8


def _reader_language():
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@require_safe
def search(request):
    language = _reader_language()
    search_request = SearchRequest.from_params(request.GET, language)
    unknown_topic = ""
    if search_request.topic and not Topic.objects.filter(slug=search_request.topic).exists():
        # Topic slugs are the same in both languages; an unknown one is dropped and said so,
        # rather than filtering everything away and blaming the reader's spelling.
        unknown_topic, search_request = search_request.topic, dataclasses.replace(search_request, topic="")
    outcome = run_search(request, search_request)
    if outcome.page_out_of_range:
        raise Http404("No such page of results.")

    promotions = []
    if search_request.query:
        promotions = _promotions(request, search_request.query, language)
        if search_request.page_number == 1:
            SearchQueryStat.record(language, search_request.query, found_anything=bool(outcome.total))

    zero_results = bool(search_request.query) and not outcome.total
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search": search_request,
            "outcome": outcome,
            "promotions": promotions,
            "unknown_topic": unknown_topic,
            "filtered": bool(search_request.content_type or search_request.topic or search_request.year),
            "topics": Topic.objects.filter(locale__language_code=language) if zero_results else [],
            "news_index": NewsIndexPage.objects.live().filter(locale__language_code=language).first()
            if zero_results
            else None,
            "query_string_without_page": query_string_without_page(request.GET),
        },
    )


def _promotions(request, query, language):
    """Editors' picks for ``query``: external links, and pages of this site that readers of ``language`` can see."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string__iexact=query).select_related("page").order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    shown = set(
        visible(Page.objects.filter(pk__in=page_ids))
        .filter(in_site(Site.find_for_request(request)), locale__language_code=language)
        .values_list("pk", flat=True)
        if page_ids
        else []
    )
    return [promotion for promotion in promotions if promotion.page_id is None or promotion.page_id in shown]


TITLES = ["title"]  # bodies are autocomplete fields too, for the admin's page search


@require_safe
def autocomplete(request):
    """Titles starting with what the reader has typed, for the search box's suggestion list."""
    language = _reader_language()
    query = clean_query(request.GET.get("q", ""))
    suggestions = []
    if len(query) >= 2:
        pages = searchable_pages(request, [language])
        backend = backend_for(language)
        try:
            found = list(pages.autocomplete(query, fields=TITLES, backend=backend)[:AUTOCOMPLETE_LIMIT])
        except Exception:
            if backend == DATABASE_BACKEND:
                raise
            # The same breaker as search: one failure, and every process skips the engine a while.
            logger.exception("Autocomplete failed on the engine; using the database for %s s", PAUSE_SECONDS)
            pause_engine()
            found = list(pages.autocomplete(query, fields=TITLES, backend=DATABASE_BACKEND)[:AUTOCOMPLETE_LIMIT])
        suggestions = [{"title": page.title, "url": page.url} for page in found]
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["Cache-Control"] = "max-age=60"
    return response


OLD_ADDRESSES = {"": "search:search", "autocomplete/": "search:autocomplete"}


@require_safe
def old_search_address(request, rest):
    """``/nb/search/…``, the address before the Norwegian search moved to ``/nb/sok/``: a redirect."""
    if rest not in OLD_ADDRESSES:
        raise Http404("No such search address.")
    target = reverse(OLD_ADDRESSES[rest])
    if target == request.path:  # a language whose search lives here already
        raise Http404("No such search address.")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
