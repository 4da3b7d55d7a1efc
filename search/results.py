"""What a search shows for each page it found."""

import datetime
from dataclasses import dataclass

from django.utils.safestring import SafeString

from .content import searchable_models
from .highlight import highlight


@dataclass
class SearchResult:
    title: str
    url: str
    language_code: str
    type_label: str
    listing_date: datetime.date | None = None
    snippet: SafeString | str = ""


def results_in_order(ids, terms=(), types=None, request=None):
    """
    A ``SearchResult`` for each page of ``ids``, in that order, quoting ``terms`` when given: one
    query per page type, only for the types ``types`` (``{id: type key}``) names when it is given.
    With ``request``, the sites' root paths are read once for all the addresses.
    """
    models = searchable_models()
    wanted = set(types.values()) if types is not None else set(models)
    pages = {}
    for key, model in models.items():
        if key in wanted:
            pages.update((page.pk, page) for page in model.objects.filter(pk__in=ids).select_related("locale"))
    return [_result(pages[pk], terms, request) for pk in ids if pk in pages]


def _result(page, terms, request):
    return SearchResult(
        title=page.title,
        url=page.get_url(request),
        language_code=page.locale.language_code,
        type_label=page._meta.verbose_name,
        listing_date=getattr(page, "listing_date", None),
        snippet=highlight(page.search_snippet_texts(), terms) if terms else "",
    )
