"""The home page: the newest news besides the editors' picks, and the latest recaps, at a fixed cost."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.factories import ImageFactory, NewsPageFactory, hero
from home.models import LATEST_NEWS
from news.models import NewsIndexPage
from tests.helpers import html

pytestmark = pytest.mark.django_db


def section_titles(response, heading_id):
    heading = html(response).select_one(f"#{heading_id}")
    return [a.get_text(strip=True) for a in heading.parent.select(".card__title a")] if heading else []


def queries_to_render(client, url):
    client.get(url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_latest_news_is_newest_first_in_the_readers_language_without_the_picks(client):
    response = client.get("/nb/")
    latest = section_titles(response, "latest-news-heading")
    featured = section_titles(response, "featured-heading")
    assert len(latest) == LATEST_NEWS
    assert latest[:2] == ["EU-midler til digital kreftforskning", "Produksjon av celleterapi i Norden"]
    assert not set(latest) & set(featured)
    assert section_titles(response, "recaps-heading") == ["Cancer Crosslinks 2025: nye måter å se og behandle kreft på"]
    assert html(response).select_one(".more-link a")["href"] == "/nb/nyheter/"


def test_a_newly_published_article_leads_the_home_page_and_costs_nothing_more(client):
    before, _response = queries_to_render(client, "/en/")
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    for number in range(3):
        article = NewsPageFactory(
            parent=news_index,
            title=f"Fresh news {number}",
            slug=f"fresh-news-{number}",
            date=datetime.date(2026, 3, 1 + number),
            standfirst="Just in.",
            hero=hero(ImageFactory(), "A picture"),
        )
        article.save_revision().publish()
    after, response = queries_to_render(client, "/en/")
    assert section_titles(response, "latest-news-heading")[:3] == ["Fresh news 2", "Fresh news 1", "Fresh news 0"]
    assert after == before
