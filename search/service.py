"""
The site search: one ranked list of matches from the reader's language backend, then facets,
sorting and pagination done over that list in the database, so every backend behaves the same.
"""

import datetime
import logging
from dataclasses import dataclass, field
from itertools import zip_longest

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from core.listing import paginate, parse_page_number, parse_year
from events.models import EventRecapPage
from news.models import NewsPage, NewsPageTopic, Topic
from people.models import PersonPage

from . import database_ranking
from .engines import PAUSE_SECONDS, engine_paused, pause_engine
from .highlight import highlight
from .query import clean_query, database_query, engine_query, query_terms
from .suggestions import suggest

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_MATCHES = 1000  # facets and sorting look at the best this many matches
FEW_MATCHES = 3  # below this, offer matches in the other language
DATABASE_BACKEND = "default"

CONTENT_TYPES = {"news": NewsPage, "events": EventRecapPage, "people": PersonPage}
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
            content_type=content_type if content_type in CONTENT_TYPES else "",
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
class Facet:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    request: SearchRequest
    page: object = None  # a Paginator page of specific pages
    total: int = 0
    results: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    corrected_query: str = ""  # what was searched instead, when the query as typed found nothing
    other_language: str = ""
    other_language_results: list = field(default_factory=list)
    degraded: bool = False
    terms: list = field(default_factory=list)


# -- choosing and calling a backend ----------------------------------------------------------------


def backend_for(language):
    """The engine backend for ``language`` when one is configured and answering, else the database."""
    if language in settings.WAGTAILSEARCH_BACKENDS and not engine_paused():
        return language
    return DATABASE_BACKEND


def ranked_page_ids(queryset, query, language, operator="and", limit=MAX_MATCHES):
    """
    Ids of the pages in ``queryset`` matching ``query``, best first, and whether the database
    backend answered (by design, or standing in for an engine that failed).
    """
    backend_name = backend_for(language)
    if backend_name != DATABASE_BACKEND:
        try:
            backend = get_search_backend(backend_name)
            results = backend.search(engine_query(query, operator), queryset)
            pks = backend.ranked_pks(results, limit)
            # The index can lag behind the database (an update missed while the engine was away):
            # only what the database says is searchable now is shown.
            allowed = set(queryset.filter(pk__in=pks).values_list("pk", flat=True))
            return [pk for pk in pks if pk in allowed], False
        except Exception:
            logger.exception("Search engine failed; using the database backend for %s s", PAUSE_SECONDS)
            pause_engine()
    built = database_query(query, operator, language)
    if database_ranking.applies():
        return database_ranking.sqlite_ranked_page_ids(queryset, built, limit), True
    return [page.pk for page in queryset.search(built, backend=DATABASE_BACKEND)[:limit]], True


def searchable_pages(request, languages):
    """Live, public news, recaps and people of this request's site, in ``languages``."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
    in_site = Q()
    for path in roots:
        in_site |= Q(path__startswith=path)
    locales = list(Locale.objects.filter(language_code__in=languages).values_list("pk", flat=True))
    return Page.objects.live().public().filter(in_site, locale__in=locales, content_type__in=list(_content_type_ids()))


def _content_type_ids():
    """Content type id -> facet key, for the page types search covers (cached by Django)."""
    return {ContentType.objects.get_for_model(model).pk: key for key, model in CONTENT_TYPES.items()}


# -- the search ---------------------------------------------------------------------------------


def run_search(request, search):
    outcome = SearchOutcome(request=search)
    if not search.query:
        return outcome
    outcome.terms = query_terms(search.query)

    ids, used_database = _match(request, search.query, search.languages, search.language)
    outcome.degraded = used_database and any(code in settings.WAGTAILSEARCH_BACKENDS for code in search.languages)
    if not ids:
        corrected = suggest(search.query, search.language)
        if corrected:
            corrected_ids, _ = _match(request, corrected, search.languages, search.language)
            if corrected_ids:
                ids, outcome.corrected_query = corrected_ids, corrected
                outcome.terms = query_terms(corrected)

    attributes = _attributes(ids)
    outcome.facets = _facets(search, ids, attributes)
    matching = [pk for pk in ids if pk in attributes and _passes(search, attributes[pk])]
    if search.sort == "date":
        matching.sort(key=lambda pk: attributes[pk]["date"] or datetime.date.min, reverse=True)
    outcome.total = len(matching)

    outcome.page = paginate(matching, search.page_number, RESULTS_PER_PAGE)
    outcome.results = _specific_in_order(outcome.page.object_list)
    for page in outcome.results:
        page.snippet = highlight(page.search_snippet_texts(), outcome.terms)

    if not search.all_languages and outcome.total < FEW_MATCHES:
        other = next(code for code, _name in settings.LANGUAGES if code != search.language)
        other_ids, _ = _match(request, outcome.corrected_query or search.query, [other], other, limit=FEW_MATCHES)
        outcome.other_language = other
        outcome.other_language_results = _specific_in_order(other_ids)
    return outcome


def _match(request, query, languages, reader_language, limit=MAX_MATCHES):
    """
    All matches, each language searched with its own backend; every word first, then any word.
    Scores from two indexes do not compare, so several languages are interleaved, the reader's first.
    """
    used_database = False
    for operator in ("and", "or"):
        per_language = []
        for language in sorted(languages, key=lambda code: code != reader_language):
            found, database_answered = ranked_page_ids(
                searchable_pages(request, [language]), query, language, operator, limit
            )
            per_language.append(found)
            used_database = used_database or database_answered
        ids = [pk for group in zip_longest(*per_language) for pk in group if pk is not None]
        if ids:
            return ids[:limit], used_database
    return [], used_database


def _attributes(ids):
    """Type, year, date and topics of each matching page, in three queries."""
    content_types = _content_type_ids()
    attributes = {
        pk: {"type": content_types.get(content_type_id), "date": None, "topics": set()}
        for pk, content_type_id in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id")
    }
    for pk, date in NewsPage.objects.filter(pk__in=ids).values_list("pk", "date"):
        attributes[pk]["date"] = date
    for pk, date in EventRecapPage.objects.filter(pk__in=ids).values_list("pk", "start_date"):
        attributes[pk]["date"] = date
    for pk, slug in NewsPageTopic.objects.filter(page_id__in=ids).values_list("page_id", "topic__slug"):
        attributes[pk]["topics"].add(slug)
    for values in attributes.values():
        values["year"] = values["date"].year if values["date"] else None
    return attributes


def _passes(search, values, ignore=None):
    return (
        (ignore == "type" or not search.content_type or values["type"] == search.content_type)
        and (ignore == "topic" or not search.topic or search.topic in values["topics"])
        and (ignore == "year" or not search.year or values["year"] == search.year)
    )


def _facets(search, ids, attributes):
    """Counts for each facet value, among the matches that pass the other facets' filters."""

    def counts(facet, values_of):
        tally = {}
        for pk in ids:
            if pk in attributes and _passes(search, attributes[pk], ignore=facet):
                for value in values_of(attributes[pk]):
                    tally[value] = tally.get(value, 0) + 1
        return tally

    type_counts = counts("type", lambda values: [values["type"]] if values["type"] else [])
    year_counts = counts("year", lambda values: [values["year"]] if values["year"] else [])
    topic_counts = counts("topic", lambda values: values["topics"])
    topic_names = dict(
        Topic.objects.filter(locale__language_code=search.language, slug__in=topic_counts).values_list("slug", "name")
    )
    return {
        "type": [
            Facet(key, model._meta.verbose_name_plural, type_counts[key], key == search.content_type)
            for key, model in CONTENT_TYPES.items()
            if key in type_counts
        ],
        "topic": sorted(
            (
                Facet(slug, topic_names.get(slug, slug), count, slug == search.topic)
                for slug, count in topic_counts.items()
            ),
            key=lambda facet: (-facet.count, str(facet.label)),
        ),
        "year": [
            Facet(str(year), str(year), count, year == search.year)
            for year, count in sorted(year_counts.items(), reverse=True)
        ],
    }


def _specific_in_order(ids):
    """The pages with ``ids`` as their specific types, in that order, each told its language code."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    for page in pages.values():
        page.language_code = language_codes[page.locale_id]
        page.type_label = page._meta.verbose_name
    return [pages[pk] for pk in ids if pk in pages]
