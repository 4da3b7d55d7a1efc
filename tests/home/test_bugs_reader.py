"""Bugs a reader met (issue 10), each with the behaviour they should have seen instead."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from tests.helpers import card_titles, html, notices

pytestmark = pytest.mark.django_db


def switcher_links(response):
    nav = html(response).select_one("nav.language-switcher")
    return {link["hreflang"]: link["href"] for link in nav.select("a[hreflang]")}


def hreflang_alternates(response):
    return {link["hreflang"]: link["href"] for link in html(response).select("link[rel=alternate][hreflang]")}


# -- /EN/ ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("/EN/", "/en/"), ("/Nb/nyheter/?topic=immunotherapy", "/nb/nyheter/?topic=immunotherapy"), ("/EN", "/en/")],
)
def test_a_language_prefix_in_capitals_leads_to_that_language(client, typed, expected):
    response = client.get(typed)
    assert response.status_code == 301
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_a_missing_page_is_in_one_language_with_a_switcher_to_the_other(client):
    response = client.get("/en/no-such-page/")
    soup = html(response)
    assert response.status_code == 404
    assert soup.html["lang"] == "en"
    assert soup.title.get_text().startswith("Page not found")
    assert soup.h1.get_text() == "Page not found"
    assert switcher_links(response)["nb"] != "/en/no-such-page/"


# -- redirects keep the query ----------------------------------------------------------------------


def test_the_old_english_slug_of_the_norwegian_news_keeps_the_topic(client):
    assert Redirect.objects.filter(old_path="/nb/news").exists()  # made when the translation was renamed
    response = client.get("/nb/news/?topic=immunotherapy")
    assert response.status_code == 301
    assert response["Location"] == "/nb/nyheter/?topic=immunotherapy"
    titles = card_titles(client.get(response["Location"]))
    assert titles == ["Bivirkninger av immunterapi: seminar for sykepleiere", "Immunterapi forklart for pasienter"]


def test_a_redirect_made_for_a_query_does_not_repeat_it(client, page_in):
    Redirect.objects.create(old_path="/old-news?id=7", redirect_page=page_in("nyheter", "nb"))
    response = client.get("/old-news?id=7")
    assert response.status_code == 301
    assert response["Location"] == "/nb/nyheter/"
    without_query = client.get("/nb/news/")  # the control: no query, nothing added
    assert without_query["Location"] == "/nb/nyheter/"


# -- the language switcher keeps the listing's filters ------------------------------------------------


def test_switcher_keeps_topic_and_year_but_not_the_page_number(client, page_in):
    norwegian, english = page_in("nyheter", "nb"), page_in("news", "en")
    response = client.get(norwegian.url, {"topic": "immunotherapy", "year": "2025", "page": "1"})
    assert switcher_links(response)["en"] == f"{english.url}?topic=immunotherapy&year=2025"
    assert hreflang_alternates(response)["en"] == f"http://testserver{english.url}"  # alternates stay plain

    back = client.get(english.url, {"year": "2024", "page": "1"})
    assert switcher_links(back)["nb"] == f"{norwegian.url}?year=2024"


def test_switcher_on_an_unfiltered_page_has_no_query(client, page_in):
    response = client.get(page_in("nyheter", "nb").url)
    assert switcher_links(response)["en"] == page_in("news", "en").url


# -- search ------------------------------------------------------------------------------------


def search_url(language):
    with translation.override(language):
        return reverse("search:search")


def test_a_search_with_an_unknown_topic_ignores_it_and_says_so(client):
    response = client.get(search_url("en"), {"q": "immunotherapy", "topic": "no-such-topic"})
    text = html(response).get_text(" ")
    assert "Check the spelling" not in text
    assert "There is no topic called “no-such-topic”; showing all topics." in notices(response)
    assert response.context["outcome"].total > 0


def test_a_search_with_a_misspelt_word_still_suggests_checking_the_spelling(client):
    response = client.get(search_url("en"), {"q": "qqqzzzx"})
    assert "Check the spelling" in html(response).get_text(" ")
    assert "There is no topic" not in notices(response)


def test_filters_that_leave_nothing_offer_to_search_without_them(client):
    response = client.get(search_url("en"), {"q": "Essand", "year": "1999"})
    zero = html(response).select_one(".zero-results")
    assert "Check the spelling" not in zero.get_text(" ")
    assert zero.select_one("a")["href"] == "?q=Essand"


# -- the home page shows the newest article -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "newest"),
    [("nb", "EU-midler til digital kreftforskning"), ("en", "EU funding for digital cancer research")],
)
def test_the_home_page_shows_the_newest_article_beside_the_editors_picks(client, language, newest):
    response = client.get(f"/{language}/")
    latest = [a.get_text(strip=True) for a in html(response).select("#latest-news-heading ~ .cards .card__title a")]
    featured = [a.get_text(strip=True) for a in html(response).select("#featured-heading ~ .cards .card__title a")]
    assert latest[0] == newest
    assert len(featured) == 3  # the editors' picks are still there
    assert not set(latest) & set(featured)  # and not shown twice


# -- people by surname ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_people_are_listed_by_surname(client, page_in, language):
    response = client.get(page_in("people" if language == "en" else "personer", language).url)
    section = html(response).select_one("#people-heading").parent
    names = [a.get_text(strip=True) for a in section.select(".person-card a")]
    assert names == [
        "Magnus Essand",
        "Joel Hedlund",
        "Charlotte Wu Homme",
        "Marine Jeanmougin",
        "Sofia Linden",
        "Ruth Plummer",
        "Ingrid Stenstadvold Ross",
        "Vivek Subbiah",
        "Inge Marie Svane",
    ]
