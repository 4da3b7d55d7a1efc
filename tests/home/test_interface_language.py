import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests.helpers import html, search_url, visible_text

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "nb" / "LC_MESSAGES" / "django.po"

NORWEGIAN_PAGES = [
    "hjem",
    "nyheter",
    "persontilpasset-medisin-kan-avlaste-helsetjenesten",
    "arrangementer",
    "cancer-crosslinks-2025",
    "personer",
    "marine-jeanmougin",
    "geir-hetland",
]


def catalogue_entries():
    return [entry for entry in polib.pofile(str(CATALOGUE)) if not entry.obsolete]


def test_norwegian_catalogue_translates_every_string():
    entries = catalogue_entries()
    assert len(entries) > 50
    untranslated = [entry.msgid for entry in entries if not entry.translated() or "fuzzy" in entry.flags]
    assert untranslated == []


def english_phrases():
    """Interface strings whose Norwegian differs, as patterns that match whole words."""
    phrases = []
    for entry in catalogue_entries():
        if entry.msgid == entry.msgstr or len(entry.msgid) < 4:
            continue
        for part in re.split(r"%\(\w+\)s", entry.msgid):
            part = part.strip(" “”.;:")
            if len(part) >= 4:
                phrases.append(part)
    return phrases


def norwegian_text(response):
    soup = html(response)
    # Text marked as another language on purpose (the switcher's "English") is not a leak.
    for element in soup.select("[lang]:not(html)"):
        if not element.decomposed and element["lang"] != "nb":
            element.decompose()
    return visible_text(soup)


@pytest.mark.parametrize("slug", NORWEGIAN_PAGES)
def test_no_english_interface_text_on_norwegian_pages(client, page_in, slug):
    text = norwegian_text(client.get(page_in(slug, "nb").url))
    leaks = [phrase for phrase in english_phrases() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert leaks == []


@pytest.mark.parametrize("query", ["?topic=nope", "?year=abc", "?page=2"])
def test_no_english_interface_text_in_norwegian_listing_messages(client, page_in, query):
    text = norwegian_text(client.get(page_in("nyheter", "nb").url + query))
    leaks = [phrase for phrase in english_phrases() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert leaks == []


@pytest.mark.parametrize(
    "query", ["", "?q=kreft", "?q=kreft&lang=all&sort=date", "?q=Esand", "?q=Hetland", "?q=qqqzzz"]
)
def test_no_english_interface_text_on_the_norwegian_search_page(client, db, query):
    response = client.get(search_url("nb") + query)
    assert response.status_code == 200
    text = norwegian_text(response)
    assert "Søk i nyheter, arrangementsreferater og personer" in text  # the control: the page is there, in Norwegian
    leaks = [phrase for phrase in english_phrases() if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert leaks == []
