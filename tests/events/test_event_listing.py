from tests.helpers import card_titles, html, notices


def test_recaps_are_listed_by_year(client, page_in):
    index = page_in("arrangementer", "nb")
    response = client.get(index.url)
    years = [a.get_text(strip=True) for a in html(response).select(".filters a")]
    assert years == ["Alle år", "2025"]
    assert card_titles(client.get(index.url + "?year=2025")) == [
        "Cancer Crosslinks 2025: nye måter å se og behandle kreft på"
    ]
    assert card_titles(client.get(index.url + "?year=2019")) == []


ENGLISH_RECAPS = ["Cancer Crosslinks 2025: new ways to see and treat cancer"]


def test_the_english_listing_shows_its_recaps(client, page_in):
    assert card_titles(client.get(page_in("events", "en").url)) == ENGLISH_RECAPS


def test_a_year_that_is_not_a_year_says_so_and_lists_all_years(client, page_in):
    response = client.get(page_in("events", "en").url + "?year=abc")
    assert response.status_code == 200
    assert "“abc” is not a year; showing all years." in notices(response)
    assert card_titles(response) == ENGLISH_RECAPS
    assert html(response).select_one(".filters a[aria-current]").get_text(strip=True) == "All years"


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, page_in):
    response = client.get(page_in("events", "en").url + "?page=zz")
    assert response.status_code == 200
    assert card_titles(response) == ENGLISH_RECAPS
    assert notices(response) == ""


def test_a_page_past_the_end_is_the_sites_not_found_page(client, page_in):
    response = client.get(page_in("events", "en").url + "?page=2")
    assert response.status_code == 404
    assert html(response).select_one("h1").get_text(strip=True) == "Page not found"
    assert card_titles(response) == []
