"""
What editors type is shown as text, never run: script and markup in every editor field of an
article, a recap and a person come out escaped in the page, its JSON-LD, the feeds, the search
results, the autocomplete and the API, and a ``javascript:`` address never becomes a link.

Each field holds its own name and the same payload; every test also checks that the payload is
there, as text, so that it cannot pass on a page that leaves the field out.
"""

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.images import get_image_model

from demo.factories import (
    EventRecapPageFactory,
    NewsPageFactory,
    PersonPageFactory,
    TopicFactory,
    hero,
    photo_value,
)
from events.models import EventSpeaker, EventSponsor
from news.models import NewsPageAuthor, NewsPageTopic
from people.blocks import LinkBlock
from tests.helpers import search_url

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)></script><script>alert(1)</script>'
JAVASCRIPT_URL = "javascript:alert(1)"
SEARCH_WORD = "xylofon"  # in every title, found by no demo page


def hostile(field):
    """What the editor typed into ``field``: its name, then the payload."""
    return f"{field} {PAYLOAD}"


def editor_rich_text(field):
    """A rich text paragraph as the admin's editor saves it: the payload typed, and a link to ``javascript:``."""
    text, link = hostile(field), "link"
    contentstate = {
        "blocks": [
            {
                "key": "b0",
                "type": "unstyled",
                "depth": 0,
                "text": f"{text} {link}",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(text) + 1, "length": len(link), "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": JAVASCRIPT_URL}}},
    }
    return ContentstateConverter(features=["bold", "italic", "link"]).to_database_format(json.dumps(contentstate))


def photo(image, prefix):
    return {
        "image": photo_value(image, hostile(f"{prefix} alt")),
        "caption": hostile(f"{prefix} caption"),
        "credit": hostile(f"{prefix} credit"),
        "credit_kind": "photo",
    }


def body(image, person=None):
    quote = {"text": hostile("Quote"), "person": None, "name": hostile("Quoted"), "role": hostile("Quoted role")}
    blocks = [
        ("paragraph", editor_rich_text("Paragraph")),
        ("heading", {"text": hostile("Heading"), "level": "h2"}),
        ("image", photo(image, "Image")),
        ("quote", quote),
        (
            "gallery",
            {
                "title": hostile("Gallery"),
                "images": [{"type": "item", "value": photo(image, "Gallery"), "id": "gallery-item"}],
            },
        ),
    ]
    if person is not None:
        blocks.append(("quote", {**quote, "text": hostile("Person quote"), "person": person.pk, "name": ""}))
    return [{"type": kind, "value": value, "id": f"block-{number}"} for number, (kind, value) in enumerate(blocks)]


BODY_FIELDS = [
    "Paragraph",
    "Heading",
    "Image alt",
    "Image caption",
    "Image credit",
    "Quote",
    "Quoted",
    "Quoted role",
    "Gallery",
    "Gallery alt",
    "Gallery caption",
    "Gallery credit",
]
ARTICLE_FIELDS = ["Standfirst", "Hero alt", "Hero caption", "Hero credit", *BODY_FIELDS]


@pytest.fixture
def hostile_pages(publish, page_in):
    image = get_image_model().objects.order_by("pk").first()
    topic = TopicFactory(locale=page_in("news", "en").locale, slug="hostile-topic", name=hostile("Topic"))
    person = publish(
        PersonPageFactory,
        parent=page_in("people", "en"),
        slug="hostile-person",
        title=hostile(f"{SEARCH_WORD} person"),
        seo_title=hostile("Person SEO title"),
        search_description=hostile("Person description"),
        role=hostile("Role"),
        organisation=hostile("Org"),
        board_role=hostile("Board"),
        biography=editor_rich_text("Biography"),
        links=[{"type": "link", "value": {"label": hostile("Link"), "url": JAVASCRIPT_URL}}],
    )
    article_fields = {
        "standfirst": hostile("Standfirst"),
        "hero": hero(image, hostile("Hero alt"), hostile("Hero caption"), hostile("Hero credit")),
        "body": body(image, person),
    }
    news = publish(
        NewsPageFactory,
        parent=page_in("news", "en"),
        slug="hostile-article",
        title=hostile(f"{SEARCH_WORD} news"),
        seo_title=hostile("News SEO title"),
        search_description=hostile("News description"),
        topic_links=[NewsPageTopic(topic=topic)],
        author_links=[NewsPageAuthor(person=person)],
        **article_fields,
    )
    recap = publish(
        EventRecapPageFactory,
        parent=page_in("events", "en"),
        slug="hostile-recap",
        title=hostile(f"{SEARCH_WORD} recap"),
        seo_title=hostile("Recap SEO title"),
        search_description=hostile("Recap description"),
        event_name=hostile("Event"),
        venue=hostile("Venue"),
        organiser=hostile("Organiser"),
        speakers=[EventSpeaker(person=person, talk_title=hostile("Talk"))],
        sponsors=[EventSponsor(name=hostile("Sponsor"), url=JAVASCRIPT_URL)],
        **article_fields,
    )
    return {"news": news, "recap": recap, "person": person}


# -- reading what came out ----------------------------------------------------------------------------


def assert_nothing_runs(markup):
    """No script, event handler or ``javascript:`` link that the payload could have made."""
    assert "<script>alert(1)" not in markup
    assert "<img src=x" not in markup
    soup = BeautifulSoup(markup, "html.parser")
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.string)  # whole: no </script> in a title cut it short
        else:
            assert "alert(1)" not in (script.string or "")
    assert not soup.find_all(attrs={"onerror": True})
    for element in soup.find_all(href=True):
        assert not "".join(element["href"].split()).lower().startswith("javascript:"), element
    return soup


def shown_texts(soup):
    """Every text and attribute value of the page, and every string of its JSON-LD."""
    texts = [" ".join(text.split()) for text in soup.find_all(string=True)]
    for element in soup.find_all(True):
        texts.extend(value for value in element.attrs.values() if isinstance(value, str))
    for script in soup.select('script[type="application/ld+json"]'):
        texts.extend(json_strings(json.loads(script.string)))
    return texts


def json_strings(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_strings(value)
    elif isinstance(data, str):
        yield data


def assert_shown_as_text(soup, fields):
    texts = shown_texts(soup)
    missing = [field for field in fields if not any(hostile(field) in text for text in texts)]
    assert not missing, f"not shown as text: {missing}"


def ld_json_strings(soup):
    return [
        text
        for script in soup.select('script[type="application/ld+json"]')
        for text in json_strings(json.loads(script.string))
    ]


# -- the pages ---------------------------------------------------------------------------------------------


def test_article_shows_every_editor_field_as_text(client, hostile_pages):
    response = client.get(hostile_pages["news"].url)
    assert response.status_code == 200
    soup = assert_nothing_runs(response.content.decode())
    assert_shown_as_text(
        soup,
        [
            f"{SEARCH_WORD} news",
            "News SEO title",
            "News description",
            "Topic",
            "Person quote",
            f"{SEARCH_WORD} person",  # the author and the quoted person
            *ARTICLE_FIELDS,
        ],
    )
    assert hostile(f"{SEARCH_WORD} news") in ld_json_strings(soup)


def test_recap_shows_every_editor_field_as_text(client, hostile_pages):
    response = client.get(hostile_pages["recap"].url)
    assert response.status_code == 200
    soup = assert_nothing_runs(response.content.decode())
    assert_shown_as_text(
        soup, [f"{SEARCH_WORD} recap", "Recap SEO title", "Recap description", "Talk", "Role", *ARTICLE_FIELDS]
    )
    assert hostile(f"{SEARCH_WORD} recap") in ld_json_strings(soup)


def test_person_shows_every_editor_field_as_text(client, hostile_pages):
    response = client.get(hostile_pages["person"].url)
    assert response.status_code == 200
    soup = assert_nothing_runs(response.content.decode())
    assert_shown_as_text(
        soup,
        [f"{SEARCH_WORD} person", "Person SEO title", "Person description", "Role", "Org", "Board", "Biography"],
    )
    assert hostile(f"{SEARCH_WORD} person") in ld_json_strings(soup)
    assert any(link.get_text() == hostile("Link") for link in soup.select(".person__links li"))


def test_the_editor_cannot_save_a_javascript_link():
    with pytest.raises(ValidationError):
        LinkBlock().clean({"label": "Home page", "url": JAVASCRIPT_URL})
    assert "javascript" not in editor_rich_text("Paragraph")


def test_listings_show_titles_and_standfirsts_as_text(client, hostile_pages, page_in):
    for page in (page_in("news", "en"), page_in("events", "en"), page_in("people", "en")):
        response = client.get(page.url)
        assert response.status_code == 200
        soup = assert_nothing_runs(response.content.decode())
        titles = [" ".join(a.get_text().split()) for a in soup.select("a")]
        assert any(title.startswith(SEARCH_WORD) and PAYLOAD in title for title in titles), page.url


# -- feeds, search, autocomplete, API ----------------------------------------------------------------------


@pytest.mark.parametrize(("feed", "kind"), [("/en/feeds/news/", "news"), ("/en/feeds/events/", "recap")])
def test_feeds_carry_the_text_escaped_for_feed_readers(client, hostile_pages, feed, kind):
    response = client.get(feed)
    assert response.status_code == 200
    items = ET.fromstring(response.content).iter("item")  # noqa: S314 (our own response)
    item = next(item for item in items if item.findtext("title") == hostile(f"{SEARCH_WORD} {kind}"))
    # RSS readers show <description> as HTML: it must be escaped HTML, whose text is the standfirst.
    description = BeautifulSoup(item.findtext("description"), "html.parser")
    assert not description.find_all(True)
    assert description.get_text() == hostile("Standfirst")


def test_search_results_show_titles_and_snippets_as_text(client, hostile_pages):
    response = client.get(search_url("en"), {"q": SEARCH_WORD})
    assert response.status_code == 200
    soup = assert_nothing_runs(response.content.decode())
    results = [" ".join(a.get_text().split()) for a in soup.select(".search-result__title a")]
    for kind in ("news", "recap", "person"):
        assert hostile(f"{SEARCH_WORD} {kind}") in results
    snippets = " ".join(" ".join(element.get_text().split()) for element in soup.select(".search-result__snippet"))
    assert PAYLOAD in snippets


def test_autocomplete_sends_titles_as_json_data(client, hostile_pages):
    response = client.get(search_url("en", "search:autocomplete"), {"q": SEARCH_WORD})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    titles = {suggestion["title"] for suggestion in response.json()["suggestions"]}
    assert {hostile(f"{SEARCH_WORD} {kind}") for kind in ("news", "recap", "person")} <= titles


@pytest.mark.parametrize("kind", ["news", "recap", "person"])
def test_api_sends_editor_text_as_json_data(client, hostile_pages, kind):
    page = hostile_pages[kind]
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    data = response.json()
    label = kind.capitalize()
    assert data["title"] == hostile(f"{SEARCH_WORD} {kind}")
    assert data["meta"]["seo_title"] == hostile(f"{label} SEO title")
    assert data["meta"]["search_description"] == hostile(f"{label} description")
