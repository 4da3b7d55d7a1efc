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


def filter_by_year(request, items, date_field, context):
    """
    ``items`` narrowed to the ``year`` query parameter, if it is a year; sets ``years`` (the years
    there is something for), ``year`` and, for a value that is not a year, ``unknown_year``.
    """
    context["years"] = [day.year for day in items.dates(date_field, "year", order="DESC")]
    raw_year = request.GET.get("year", "").strip()
    if not raw_year:
        return items
    context["year"] = parse_year(raw_year)
    if context["year"] is None:
        context["unknown_year"] = raw_year[:20]
        return items
    return items.filter(**{f"{date_field}__year": context["year"]})


def query_string_without_page(request):
    """The current filters, to carry over in pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
