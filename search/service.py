"""
The site search: one ranked list of matches from the reader's language backend, then facets,
sorting and pagination done over that list in the database, so every backend behaves the same.
"""

import datetime
import logging
import operator as operators
from dataclasses import dataclass, field
from functools import reduce
from itertools import zip_longest

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from core.listing import parse_page_number, parse_year

from . import ranking
from .content import content_type_keys, searchable_models
from .corrections import suggest
from .facets import attributes_of, facets_for, passes, types_and_dates
from .outage import PAUSE_SECONDS, engine_answered, engine_paused, pause_engine
from .query import clean_query, database_query, engine_query, query_terms
from .results import results_in_order

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_MATCHES = 1000  # facets and sorting look at the best this many matches
FEW_MATCHES = 3  # below this, offer matches in the other language
DATABASE_BACKEND = "default"
SORTS = ("relevance", "date")


@dataclass
class SearchRequest:
    query: str = ""
    language: str = settings.LANGUAGE_CODE
    all_languages: bool = False
    content_type: str = ""
    topic: str = ""
    year: int | None = None
    sort: str = "relevance"
    page_number: int = 1

    @classmethod
    def from_params(cls, params, language):
        """Read the query string; values we do not understand are dropped, never an error."""
        content_type = params.get("type", "")
        sort = params.get("sort", "relevance")
        return cls(
            query=clean_query(params.get("q", "")),
            language=language,
            all_languages=params.get("lang") == "all",
            content_type=content_type if content_type in searchable_models() else "",
            topic=params.get("topic", "")[:100],
            year=parse_year(params.get("year")),
            sort=sort if sort in SORTS else "relevance",
            page_number=parse_page_number(params.get("page")),
        )

    @property
    def languages(self):
        codes = [code for code, _name in settings.LANGUAGES]
        return codes if self.all_languages else [self.language]


@dataclass
class SearchOutcome:
    request: SearchRequest
    page: object = None  # a Paginator page of page ids
    total: int = 0
    results: list = field(default_factory=list)  # SearchResults
    facets: dict = field(default_factory=dict)
    corrected_query: str = ""  # what was searched instead, when the query as typed found nothing
    other_language: str = ""
    other_language_results: list = field(default_factory=list)
    degraded: bool = False
    page_out_of_range: bool = False  # a page number past the last page of results
    terms: list = field(default_factory=list)


# -- choosing and calling a backend ----------------------------------------------------------------


def backend_for(language):
    """The engine backend for ``language`` when one is configured and answering, else the database."""
    if language in settings.WAGTAILSEARCH_BACKENDS and not engine_paused():
        return language
    return DATABASE_BACKEND


def ranked_page_ids(queryset, query, language, operator="and", limit=MAX_MATCHES, known=None):
    """
    Ids of the pages in ``queryset`` matching ``query``, best first, and whether the database
    backend answered (by design, or standing in for an engine that failed). An engine's hits are
    checked against the database, which reads their types and dates into ``known`` (a dict) too.
    """
    backend_name = backend_for(language)
    if backend_name != DATABASE_BACKEND:
        try:
            backend = get_search_backend(backend_name)
            results = backend.search(engine_query(query, operator, language), queryset)
            pks = backend.ranked_pks(results, limit)
            # The index can lag behind the database (an update missed while the engine was away):
            # only what the database says is searchable now is shown.
            allowed = types_and_dates(queryset, pks)
            if known is not None:
                known.update(allowed)
            engine_answered()
            return [pk for pk in pks if pk in allowed], False
        except Exception:
            logger.exception("Search engine failed; using the database backend for %s s", PAUSE_SECONDS)
            pause_engine()
    return database_ranked_page_ids(queryset, query, language, operator, limit), True


def database_ranked_page_ids(queryset, query, language, operator, limit):
    backend = get_search_backend(DATABASE_BACKEND)
    if hasattr(backend, "for_language"):  # ours (search.backends.database), not a plain Wagtail backend
        backend = backend.for_language(language)
    built = database_query(query, operator, language, stemmed=getattr(backend, "stems_queries", False))
    if ranking.ranks(backend):
        return ranking.ranked_page_ids(backend, queryset, built, limit)
    return [page.pk for page in backend.search(built, queryset)[:limit]]


def locale_ids():
    """``{language code: locale pk}``, read once per process: locales are only ever added."""
    if not _locale_ids or set(_locale_ids) != {code for code, _name in settings.LANGUAGES}:
        _locale_ids.clear()
        _locale_ids.update(Locale.objects.values_list("language_code", "pk"))
    return _locale_ids


_locale_ids = {}


def searchable_pages(request, languages):
    """
    Live, public pages of the searchable types on this request's site, in ``languages``. The
    conditions are plain field lookups, which every search backend can apply in its index; what
    they need (the site's roots in every language, the locales, the view restrictions) is read
    once per request.
    """
    conditions = getattr(request, "_searchable_conditions", None)
    if conditions is None:
        site = Site.find_for_request(request)
        if site is None:
            return Page.objects.none()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
        in_site = reduce(operators.or_, (Q(path__startswith=path) for path in roots), Q(pk__in=[]))
        locales = locale_ids()
        restricted = Page.objects.all().private_q()  # what .public() excludes, read once
        conditions = request._searchable_conditions = (in_site, locales, restricted)
    in_site, locales, restricted = conditions
    return (
        Page.objects.live()
        .exclude(restricted)
        .filter(
            in_site,
            locale__in=[locales[code] for code in languages if code in locales],
            content_type__in=list(content_type_keys()),
        )
    )


# -- the search ---------------------------------------------------------------------------------


def run_search(request, search):
    outcome = SearchOutcome(request=search)
    if not search.query:
        return outcome
    outcome.terms = query_terms(search.query)

    known = {}  # types and dates of matches, read while an engine's matches were checked
    ids, used_database = _match(request, search.query, search.languages, search.language, known=known)
    outcome.degraded = used_database and any(code in settings.WAGTAILSEARCH_BACKENDS for code in search.languages)
    if not ids:
        corrected = suggest(search.query, searchable_pages(request, [search.language]))
        if corrected:
            corrected_ids, _ = _match(request, corrected, search.languages, search.language, known=known)
            if corrected_ids:
                ids, outcome.corrected_query = corrected_ids, corrected
                outcome.terms = query_terms(corrected)

    attributes = attributes_of(ids, search.language, known)
    outcome.facets = facets_for(search, ids, attributes)
    matching = [pk for pk in ids if pk in attributes and passes(search, attributes[pk])]
    if search.sort == "date":
        matching.sort(key=lambda pk: attributes[pk].date or datetime.date.min, reverse=True)
    outcome.total = len(matching)

    paginator = Paginator(matching, RESULTS_PER_PAGE, allow_empty_first_page=True)
    if not 1 <= search.page_number <= paginator.num_pages:
        outcome.page_out_of_range = True
        return outcome
    outcome.page = paginator.page(search.page_number)
    outcome.results = results_in_order(
        outcome.page.object_list,
        outcome.terms,
        types={pk: attributes[pk].type for pk in outcome.page.object_list},
        request=request,
    )

    if not search.all_languages and outcome.total < FEW_MATCHES:
        other = next(code for code, _name in settings.LANGUAGES if code != search.language)
        other_ids, _ = _match(request, outcome.corrected_query or search.query, [other], other, limit=FEW_MATCHES)
        outcome.other_language = other
        outcome.other_language_results = results_in_order(other_ids, request=request)
    return outcome


def _match(request, query, languages, reader_language, limit=MAX_MATCHES, known=None):
    """
    All matches, each language searched with its own backend; every word first, then any word.
    Scores from two indexes do not compare, so several languages are interleaved, the reader's first.
    """
    used_database = False
    for operator in ("and", "or"):
        per_language = []
        for language in sorted(languages, key=lambda code: code != reader_language):
            found, database_answered = ranked_page_ids(
                searchable_pages(request, [language]), query, language, operator, limit, known
            )
            per_language.append(found)
            used_database = used_database or database_answered
        ids = [pk for group in zip_longest(*per_language) for pk in group if pk is not None]
        if ids:
            return ids[:limit], used_database
    return [], used_database
