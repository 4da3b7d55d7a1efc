"""Choosers offer, and saved pages keep, people and pages in the edited page's own language."""

import json
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from demo.factories import NewsPageFactory, PersonPageFactory, TopicFactory
from people.models import PersonPage

from .helpers import edit_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(locales):
    """A person with a page in each language, under the same name (as people's pages are)."""
    for norwegian in PersonPage.objects.filter(locale=locales["nb"]).order_by("pk"):
        english = norwegian.get_translation_or_none(locales["en"])
        if english is not None:
            return {"nb": norwegian, "en": english}
    pytest.fail("The demo content has no person in both languages")


@pytest.fixture
def norwegian_article(db):
    """A Norwegian article of its own (not a translation, which opens in the translation editor)."""
    news = Page.objects.get(locale__language_code="nb", depth=3, slug="nyheter")
    return NewsPageFactory(parent=news, slug="resultatene-er-klare", title="Resultatene er klare")


def active_content_locale(edit_page):
    config = re.search(r'<script id="wagtail-config" type="application/json">(.*?)</script>', edit_page, re.S)
    return json.loads(config.group(1)).get("ACTIVE_CONTENT_LOCALE")


def search_people_from(client, article, query):
    """Open the person chooser as the article's editor would, then search in it: the ids of the pages listed."""
    language = active_content_locale(client.get(edit_url(article)).content.decode())
    assert language == article.locale.language_code  # the chooser opens with the edited page's language
    modal = client.get(reverse("wagtailadmin_choose_page"), {"page_type": "people.personpage", "locale": language})
    search_url = unescape(re.search(r'<form[^>]*action="([^"]+)"', json.loads(modal.content)["html"]).group(1))
    # The chooser's script adds the query to the form's address, which keeps the chooser's parameters.
    results = client.get(f"{search_url}&{urlencode({'q': query})}").content.decode()
    return {int(pk) for pk in re.findall(r'class="choose-page[^"]*"[^>]*data-id="(\d+)"', results)}


@pytest.mark.parametrize(("username", "language"), [("editor-en", "en"), ("editor-nb", "nb")])
def test_person_search_lists_the_person_in_the_edited_articles_language(
    client_for, person, live_english_article, norwegian_article, username, language
):
    article = live_english_article if language == "en" else norwegian_article
    other_language = "nb" if language == "en" else "en"
    found = search_people_from(client_for(username), article, person[language].title)
    assert person[language].pk in found
    assert person[other_language].pk not in found


@pytest.mark.parametrize(("language", "other_language"), [("en", "nb"), ("nb", "en")])
def test_topic_chooser_lists_the_topics_in_the_edited_pages_language(client_for, locales, language, other_language):
    """Wagtail's snippet chooser filters on the ``locale`` the chooser sends (as the page chooser does)."""
    for code in locales:
        TopicFactory(locale=locales[code], slug="chooser-test", name=f"Chooser test {code}")
    url = reverse("wagtailsnippetchoosers_news_topic:choose")
    listed = json.loads(client_for("editor-en").get(url, {"locale": language}).content)["html"]
    assert f"Chooser test {language}" in listed
    assert f"Chooser test {other_language}" not in listed


def article_form(article, quoted, author):
    return nested_form_data(
        {
            "title": article.title,
            "slug": article.slug,
            "date": article.date.isoformat(),
            "standfirst": article.standfirst,
            "hero": streamfield([]),
            "body": streamfield([("quote", {"text": "Vi behandler kreft annerledes.", "person": quoted.pk})]),
            "topic_links": inline_formset([]),
            "author_links": inline_formset([{"person": author.pk}]),
            "mention_links": inline_formset([]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def test_an_english_article_quoting_the_norwegian_person_quotes_the_english_one(
    client_for, live_english_article, person
):
    form = article_form(live_english_article, quoted=person["nb"], author=person["nb"])
    response = client_for("editor-en").post(edit_url(live_english_article), form)
    assert response.status_code == 302
    saved = Page.objects.get(pk=live_english_article.pk).get_latest_revision_as_object()
    assert saved.body[0].value["person"].pk == person["en"].pk
    assert [link.person_id for link in saved.author_links.all()] == [person["en"].pk]


def test_an_english_article_cannot_quote_a_person_with_no_english_page(client_for, live_english_article, locales):
    """The control above saved; here there is no English page to take, so the form says so."""
    people = Page.objects.get(locale=locales["nb"], depth=3, content_type__model="peopleindexpage")
    only_norwegian = PersonPageFactory(parent=people, title="Kari Bare-Norsk", slug="kari-bare-norsk")
    english = client_for("editor-en")
    revision_before = Page.objects.get(pk=live_english_article.pk).latest_revision_id
    form = article_form(live_english_article, quoted=only_norwegian, author=only_norwegian)
    response = english.post(edit_url(live_english_article), form)
    assert response.status_code == 200
    page = response.content.decode()
    problem = "“Kari Bare-Norsk” is in Norwegian Bokmål and has no English translation."
    assert problem in page  # under the author
    assert json.dumps(f"Quote: {problem}")[1:-1].replace('"', "&quot;") in page  # above the body's blocks
    assert Page.objects.get(pk=live_english_article.pk).latest_revision_id == revision_before
