import pytest

from tests.helpers import card_titles as listed
from tests.helpers import html, notices


@pytest.fixture
def english_news(page_in):
    return page_in("news", "en")


def test_listing_paginates_ten_articles_a_page(client, english_news):
    first = client.get(english_news.url)
    second = client.get(english_news.url + "?page=2")
    assert len(listed(first)) == 10
    assert len(listed(second)) == 5  # 15 English articles (one of them in English only, on purpose)
    assert not set(listed(first)) & set(listed(second))
    assert html(first).select_one("a[rel=next]")["href"] == "?page=2"


def test_pagination_links_keep_the_filters_but_not_a_shared_links_tracking(client, english_news):
    response = client.get(english_news.url + "?utm_source=newsletter&topic=nope&fbclid=IwAR0x")
    assert html(response).select_one("a[rel=next]")["href"] == "?topic=nope&page=2"


def test_topic_filter_shows_only_that_topic_in_the_readers_language(client, page_in):
    response = client.get(page_in("nyheter", "nb").url + "?topic=immunotherapy")
    assert listed(response) == [
        "Bivirkninger av immunterapi: seminar for sykepleiere",
        "Immunterapi forklart for pasienter",
    ]


def test_year_filter_shows_only_that_year(client, english_news):
    titles = listed(client.get(english_news.url + "?year=2026"))
    assert titles == ["EU funding for digital cancer research"]


def test_filters_are_kept_in_pagination_links(client, english_news):
    response = client.get(english_news.url + "?year=2025")
    assert len(listed(response)) == 7  # with the English-only demo article of May 2025
    response = client.get(english_news.url + "?year=2024&topic=cluster-news")
    assert listed(response) == [
        "Registration opens for Cancer Crosslinks 2025",
        "Students meet researchers at the Innovation Park",
        "New members join the cluster",
    ]


@pytest.mark.parametrize("page", ["0", "-1", "3", "10" * 10, "99999999999999999999"])
def test_page_out_of_range_is_not_found(client, english_news, page):
    assert client.get(english_news.url, {"page": page}).status_code == 404


@pytest.mark.parametrize("page", ["abc", "", "1.5", "%00", "😀"])
def test_page_that_is_not_a_number_shows_the_first_page(client, english_news, page):
    response = client.get(english_news.url, {"page": page})
    assert response.status_code == 200
    assert len(listed(response)) == 10


@pytest.mark.parametrize("topic", ["nope", "' OR 1=1 --", "<script>", "x" * 5000, "kreft😀"])
def test_unknown_topic_says_so_and_lists_everything(client, english_news, topic):
    response = client.get(english_news.url, {"topic": topic})
    assert response.status_code == 200
    assert "There is no topic called" in notices(response)
    assert len(listed(response)) == 10
    assert b"<script>" not in response.content.split(b"<main", 1)[1]


@pytest.mark.parametrize("year", ["abc", "20x5", "-2025", "99999", "1e3"])
def test_year_that_is_not_a_year_says_so(client, english_news, year):
    response = client.get(english_news.url, {"year": year})
    assert response.status_code == 200
    assert "is not a year" in notices(response)


def test_year_without_articles_says_nothing_matches(client, english_news):
    response = client.get(english_news.url, {"year": "1999"})
    assert response.status_code == 200
    assert listed(response) == []
    assert "No news matches these filters." in notices(response)
