import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from wagtail.models import PageViewRestriction

from demo.factories import EventRecapPageFactory, NewsPageFactory
from events.models import EventIndexPage
from news.models import NewsIndexPage
from tests.helpers import html
from tests.seo.helpers import DC

pytestmark = pytest.mark.django_db


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).find("channel")  # noqa: S314 (our own response)


def items(channel):
    return {item.findtext("title"): item for item in channel.iter("item")}


@pytest.mark.parametrize(
    ("url", "language", "title"),
    [
        ("/nb/feeds/news/", "nb", "Oslo Cancer Cluster: nyheter"),
        ("/en/feeds/news/", "en", "Oslo Cancer Cluster: news"),
        ("/nb/feeds/events/", "nb", "Oslo Cancer Cluster: arrangementsreferater"),
        ("/en/feeds/events/", "en", "Oslo Cancer Cluster: event recaps"),
    ],
)
def test_each_feed_is_in_its_language_and_every_item_says_what_a_reader_needs(client, url, language, title):
    channel = feed(client, url)
    assert channel.findtext("title") == title
    assert channel.findtext("language") == language
    assert channel.findtext("link").startswith(f"http://testserver/{language}/")
    entries = list(channel.iter("item"))
    assert entries
    for item in entries:
        assert item.findtext(f"{DC}language") == language
        assert item.findtext("link").startswith(f"http://testserver/{language}/")
        assert item.findtext("description")
        assert item.findall(f"{DC}creator")
        assert parsedate_to_datetime(item.findtext("pubDate"))


def test_news_items_are_newest_first_with_their_authors_in_the_feeds_language(client, page_in):
    entries = items(feed(client, "/nb/feeds/news/"))
    article = page_in("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb")
    item = entries[article.title]
    assert [creator.text for creator in item.findall(f"{DC}creator")] == ["Sofia Linden"]
    assert item.findtext("description") == article.standfirst
    assert parsedate_to_datetime(item.findtext("pubDate")).date() == article.date
    dates = [parsedate_to_datetime(entry.findtext("pubDate")) for entry in entries.values()]
    assert dates == sorted(dates, reverse=True)


def test_feeds_leave_out_drafts_and_private_pages(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    NewsPageFactory(parent=index, title="Feed draft", slug="feed-draft", live=False)
    private = NewsPageFactory(parent=index, title="Feed private", slug="feed-private")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = NewsPageFactory(parent=index, title="Feed public", slug="feed-public")
    public.save_revision().publish()

    titles = set(items(feed(client, "/en/feeds/news/")))
    assert "Feed public" in titles
    assert not {"Feed draft", "Feed private"} & titles

    events = EventIndexPage.objects.get(locale__language_code="en")
    hidden = EventRecapPageFactory(parent=events, title="Recap private", slug="recap-private")
    hidden.save_revision().publish()
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    shown = EventRecapPageFactory(parent=events, title="Recap public", slug="recap-public")
    shown.save_revision().publish()
    titles = set(items(feed(client, "/en/feeds/events/")))
    assert "Recap public" in titles
    assert "Recap private" not in titles


def test_pages_announce_the_feeds_of_their_language(client, page_in):
    links = html(client.get(page_in("cancer-crosslinks-2025", "nb").url)).select(
        'link[rel=alternate][type="application/rss+xml"]'
    )
    assert [(link["title"], link["href"]) for link in links] == [
        ("Oslo Cancer Cluster: nyheter", "/nb/feeds/news/"),
        ("Oslo Cancer Cluster: arrangementsreferater", "/nb/feeds/events/"),
    ]
    for link in links:
        feed(client, link["href"])
