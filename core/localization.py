"""Finding the same page in other languages, with a fixed number of queries."""

import operator
from functools import reduce

from django.conf import settings
from django.db.models import Q, Subquery
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import get_language_info
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from .queries import specific_pages, visible

# What a listing's query string keeps when the reader switches language: topic slugs are the same
# in both languages and years are years; a page number belongs to one language's listing.
QUERY_KEPT_ACROSS_LANGUAGES = ("topic", "year")


def in_site(site):
    """
    A filter for the pages of ``site`` in every language: those under its root page or under a
    translation of it. No query: Wagtail caches the sites' root paths (and reads them for every URL).
    """
    roots = [root.root_path for root in Site.get_site_root_paths() if site and root.site_id == site.pk]
    return reduce(operator.or_, (Q(url_path__startswith=path) for path in roots), Q(pk__in=[]))


class LocalizedPages(dict):
    """
    ``{page id: the page in the reader's language}``; ``originals`` maps the same ids to the pages
    themselves (a StreamField's page chooser takes them from there, ``core.preload``).
    """

    def __init__(self, localized, originals):
        super().__init__(localized)
        self.originals = originals


def localized_pages_by_id(page_ids, locale, site):
    """
    Map each of ``page_ids`` to its translation in ``locale`` (a Locale or its id), or to the page itself when it has
    none, among the pages any reader of ``site`` may see: live, public (no restriction of their
    own or of an ancestor's) and in ``site``. Other pages are left out.

    Page links (authors, speakers, related pages) are synchronised by wagtail-localize and so
    point at the source language's pages; this finds the reader's language, and each page's own
    type, in one query whatever the number and types of the pages (``core.queries``).
    """
    page_ids = list(page_ids)
    if not page_ids:
        return LocalizedPages({}, {})
    locale_id = getattr(locale, "pk", locale)
    source_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = specific_pages(
        visible(Page.objects.all())
        .filter(in_site(site))
        .filter(Q(pk__in=page_ids) | Q(locale_id=locale_id, translation_key__in=source_keys))
    )
    by_pk = {page.pk: page for page in candidates}
    in_locale = {page.translation_key: page for page in candidates if page.locale_id == locale_id}
    found = [page_id for page_id in page_ids if page_id in by_pk]
    return LocalizedPages(
        {page_id: in_locale.get(by_pk[page_id].translation_key, by_pk[page_id]) for page_id in found},
        {page_id: by_pk[page_id] for page_id in found},
    )


class LanguageLink:
    def __init__(self, language_code, url, page=None, is_current=False, is_fallback=False):
        self.language_code = language_code
        self.url = url
        self.page = page
        self.is_current = is_current
        self.is_fallback = is_fallback
        self.name = get_language_info(language_code)["name_local"]  # a language's own name, as switchers show it
        self.translated_name = dict(settings.LANGUAGES)[language_code]  # in the reader's language


def query_for_other_language(params, keep=QUERY_KEPT_ACROSS_LANGUAGES):
    """The part of a query string (a QueryDict) that still means the same in another language."""
    kept = params.copy()
    for key in list(kept):
        if key not in keep:
            del kept[key]
    return kept.urlencode()


class LanguagePrefixCaseMiddleware:
    """
    ``/EN/…`` and ``/Nb/…`` redirect to the lower-case language prefix, keeping the rest of the
    address. Django's LocaleMiddleware would otherwise activate the language code as typed
    ("EN"), which finds no catalogue of its own: the 404 came out half Norwegian, half English.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code.lower() for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        prefix, slash, rest = request.path_info.lstrip("/").partition("/")
        if prefix != prefix.lower() and prefix.lower() in self.codes and (slash or not rest):
            target = f"/{prefix.lower()}/{rest}"
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
        return self.get_response(request)


class Provenance:
    """Where a translated page comes from: the original page, and whether it changed since."""

    def __init__(self, original, may_lag):
        self.original = original
        self.may_lag = may_lag
        self.language_code = original.locale.language_code
        self.language_name = dict(settings.LANGUAGES)[self.language_code]


def translation_provenance(page):
    """
    The ``Provenance`` of ``page`` when wagtail-localize made it from a page in another language,
    else None; one query. The translation may lag when the original was published after its
    content was last extracted for translation (``TranslationSource.last_updated_at``, which
    creating the translation and every "Sync translated pages" set). wagtail-localize 1.14 never
    fills ``Translation.destination_last_updated_at``, so that field cannot tell.
    """
    translations = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exclude(source__locale_id=page.locale_id)
    original = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=Subquery(translations.values("source__locale_id")[:1]))
        .annotate(synced_at=Subquery(translations.values("source__last_updated_at")[:1]))
        .select_related("locale")
        .first()
    )
    if original is None:
        return None
    may_lag = bool(
        original.synced_at and original.last_published_at and original.last_published_at > original.synced_at
    )
    return Provenance(original, may_lag)
