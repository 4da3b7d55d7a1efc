"""Pagination and filters shared by the news and event listings; bad input never becomes a 500."""

from django.core.paginator import Paginator
from django.http import Http404


def paginate(request, items, per_page):
    """
    A page of ``items`` for the ``page`` query parameter. A missing or non-numeric value means the
    first page; a number outside the listing is a 404.
    """
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    if number < 1 or number > paginator.num_pages:
        raise Http404("No such page of results.")
    return paginator.page(number)


def parse_year(raw):
    """The year asked for as an int, or None if the value is not a plausible year."""
    try:
        year = int(raw)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def query_string_without_page(request):
    """The current filters, to carry over in pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
