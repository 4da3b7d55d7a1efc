"""
Reading a listing's query string (page number, year) and paginating, for the section listings and
the search page alike. Bad input never becomes a 500: a value we cannot read is ignored, a page
number outside the listing is a 404.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.http import Http404

from .tracking import drop_tracking

FIRST_YEAR, LAST_YEAR = 1900, 2200
NO_SUCH_PAGE = 10**9  # what an absurdly long page number stands for: past the end of any listing


def parse_page_number(raw):
    """``?page=``: a missing or non-numeric value is the first page."""
    raw = (raw or "1").strip()
    if len(raw) > 9:
        return NO_SUCH_PAGE if raw.isdigit() else 1
    try:
        return int(raw)
    except ValueError:
        return 1


def parse_year(raw):
    """``?year=``: the year as an int, or None when the value is not a plausible year."""
    try:
        year = int((raw or "").strip())
    except ValueError:
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def query_string_without_page(params):
    """The current filters, to carry over in pagination links."""
    params = drop_tracking(params)
    params.pop("page", None)
    return params.urlencode()


def paginate(items, page_number, per_page):
    """Page ``page_number`` of ``items``; a number outside the listing is a 404."""
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    if not 1 <= page_number <= paginator.num_pages:
        raise Http404("No such page of results.")
    return paginator.page(page_number)


@dataclass(frozen=True)
class ListingParams:
    """What a reader asked a listing for."""

    page_number: int = 1
    year: int | None = None
    unknown_year: str = ""  # a ``year`` that is not a year, to tell the reader it was ignored
    query_without_page: str = ""

    @classmethod
    def from_query(cls, params):
        raw_year = params.get("year", "").strip()
        year = parse_year(raw_year)
        return cls(
            page_number=parse_page_number(params.get("page")),
            year=year,
            unknown_year=raw_year[:20] if raw_year and year is None else "",
            query_without_page=query_string_without_page(params),
        )

    def paginate(self, items, per_page):
        return paginate(items, self.page_number, per_page)
