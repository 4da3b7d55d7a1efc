import pytest

from ..conftest import html


def test_recaps_are_listed_by_year(client, page_in):
    index = page_in("arrangementer", "nb")
    response = client.get(index.url)
    years = [a.get_text(strip=True) for a in html(response).select(".filters a")]
    assert years == ["Alle år", "2025"]
    titles = [a.get_text(strip=True) for a in html(client.get(index.url + "?year=2025")).select(".card__title a")]
    assert titles == ["Cancer Crosslinks 2025: nye måter å se og behandle kreft på"]
    assert html(client.get(index.url + "?year=2019")).select(".card__title a") == []


@pytest.mark.parametrize(("query", "status"), [("?year=abc", 200), ("?page=2", 404), ("?page=zz", 200)])
def test_bad_listing_parameters_never_break_the_page(client, page_in, query, status):
    assert client.get(page_in("events", "en").url + query).status_code == status
