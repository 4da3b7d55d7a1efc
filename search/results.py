"""What a search shows for each page it found."""

import datetime
from dataclasses import dataclass

from django.utils.safestring import SafeString
from wagtail.models import Locale, Page

from .highlight import highlight


@dataclass
class SearchResult:
    title: str
    url: str
    language_code: str
    type_label: str
    listing_date: datetime.date | None = None
    snippet: SafeString | str = ""


def results_in_order(ids, terms=()):
    """A ``SearchResult`` for each live page of ``ids``, in that order, quoting ``terms`` when given."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    return [_result(pages[pk], language_codes[pages[pk].locale_id], terms) for pk in ids if pk in pages]


def _result(page, language_code, terms):
    return SearchResult(
        title=page.title,
        url=page.url,
        language_code=language_code,
        type_label=page._meta.verbose_name,
        listing_date=getattr(page, "listing_date", None),
        snippet=highlight(page.search_snippet_texts(), terms) if terms else "",
    )
