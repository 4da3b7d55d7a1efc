"""
Norwegian and English as readers type them: inflections, compounds and their parts. Runs on every
backend (SQLite, PostgreSQL, the engines): the database backends analyse text in Python
(``search.database_analysis``) or with PostgreSQL's configurations, the engines with their analyzers.
"""

import re

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from search.content import content_type_keys
from search.service import ranked_page_ids, searchable_pages
from tests.helpers import search, titles


def matching_ids(query, language):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    ids, _database_answered = ranked_page_ids(searchable_pages(request, [language]), query, language)
    return ids


def pages_whose_text_contains(fragment, language):
    """Live pages of the searchable types in ``language`` with ``fragment`` inside any word."""
    pattern = re.compile(fragment, re.IGNORECASE)
    pages = (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, content_type__in=list(content_type_keys()))
        .specific()
    )
    return {page.pk for page in pages if pattern.search(" ".join([page.title, *page.search_snippet_texts()]))}


@pytest.mark.parametrize(("fragment", "query", "language"), [("kreft", "kreft", "nb"), ("cancer", "cancer", "en")])
def test_a_word_finds_every_page_that_speaks_of_it(db, fragment, query, language):
    expected = pages_whose_text_contains(fragment, language)
    assert len(expected) >= 5  # the control: the demo content does speak of it
    assert expected <= set(matching_ids(query, language))


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("kreft", "EU-midler til digital kreftforskning"),  # the part finds the compound
        ("kreften", "EU-midler til digital kreftforskning"),  # an inflected form finds it too
        ("forskning", "EU-midler til digital kreftforskning"),  # so does the compound's last part
        ("kreftforskningen", "EU-midler til digital kreftforskning"),  # the compound, inflected
    ],
)
def test_norwegian_inflections_and_compound_parts_find_the_article(client, db, query, title):
    assert title in titles(search(client, q=query))


def test_a_norwegian_compound_finds_its_parts_written_apart(client, publish):
    from demo.factories import NewsPageFactory
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="nb")
    publish(
        NewsPageFactory,
        parent=index,
        title="Nytt om screening",
        slug="nytt-om-screening",
        standfirst="Screening for tarmkreft når flere.",
    )
    publish(NewsPageFactory, parent=index, title="Årsmøtet", slug="arsmotet", standfirst="Styret ble gjenvalgt.")
    found = titles(search(client, q="tarmkreftscreening"))
    assert "Nytt om screening" in found
    assert "Årsmøtet" not in found


def test_english_plurals_find_the_singular(client, db):
    assert "Immunotherapy explained for patients" in titles(search(client, "en", q="immunotherapies"))


@pytest.mark.parametrize("query", ["pårørende", "paarorende", "parorende", "pårørendes"])
def test_norwegian_letters_typed_without_a_norwegian_keyboard(client, publish, query):
    from demo.factories import NewsPageFactory
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="nb")
    publish(NewsPageFactory, parent=index, title="Kurs for pårørende", slug="kurs", standfirst="Om høsten.")
    publish(NewsPageFactory, parent=index, title="Kurs for forskere", slug="kurs-2", standfirst="Om våren.")
    found = titles(search(client, q=query))
    assert "Kurs for pårørende" in found
    assert "Kurs for forskere" not in found
