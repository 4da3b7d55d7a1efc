"""Finding the same page in other languages, with a fixed number of queries."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language_info
from wagtail.models import Page


def localized_pages_by_id(page_ids, locale):
    """
    Map each of ``page_ids`` to its live translation in ``locale``, or to the page itself when it
    has none; pages that are not live are left out.

    Page links (authors, speakers, related pages) are synchronised by wagtail-localize and so
    point at the source language's pages; this finds the reader's language in one query
    (plus one per page type for ``.specific()``).
    """
    page_ids = list(page_ids)
    if not page_ids:
        return {}
    source_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = list(
        Page.objects.live().filter(Q(pk__in=page_ids) | Q(locale=locale, translation_key__in=source_keys)).specific()
    )
    by_pk = {page.pk: page for page in candidates}
    in_locale = {page.translation_key: page for page in candidates if page.locale_id == locale.pk}
    return {
        page_id: in_locale.get(by_pk[page_id].translation_key, by_pk[page_id])
        for page_id in page_ids
        if page_id in by_pk
    }


class LanguageLink:
    def __init__(self, language_code, url, page=None, is_current=False, is_fallback=False):
        self.language_code = language_code
        self.url = url
        self.page = page
        self.is_current = is_current
        self.is_fallback = is_fallback
        self.name = get_language_info(language_code)["name_local"]  # a language's own name, as switchers show it
        self.translated_name = dict(settings.LANGUAGES)[language_code]  # in the reader's language


def page_language_links(page, request=None):
    """
    One link per site language: to ``page``'s live translation, or, when there is none, to the
    nearest ancestor that is translated (marked ``is_fallback`` so the switcher can say so).
    """
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    translations[page.locale.language_code] = page  # the page itself, even as a draft preview

    links = []
    missing = [code for code, _name in settings.LANGUAGES if code not in translations]
    fallbacks = _nearest_translated_ancestors(page, missing) if missing else {}
    for code, _name in settings.LANGUAGES:
        if code in translations:
            target = translations[code]
            links.append(LanguageLink(code, target.get_url(request), target, is_current=target.pk == page.pk))
        elif code in fallbacks:
            ancestor = fallbacks[code]
            links.append(LanguageLink(code, ancestor.get_url(request), ancestor, is_fallback=True))
    return links


def _nearest_translated_ancestors(page, language_codes):
    ancestor_keys = list(page.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True))
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=ancestor_keys, locale__language_code__in=language_codes)
        .select_related("locale")
        .order_by("-depth")
    )
    nearest = {}
    for candidate in candidates:
        nearest.setdefault(candidate.locale.language_code, candidate)
    return nearest
