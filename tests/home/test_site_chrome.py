"""The site's chrome around every page: title, brand, breadcrumbs, footer, favicon."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from tests.helpers import html, visible_text

pytestmark = pytest.mark.django_db

SITE_NAME = {"nb": "Nyheter fra Oslo Cancer Cluster", "en": "Oslo Cancer Cluster News"}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_home_page_title_names_the_site_once(client, language):
    soup = html(client.get(f"/{language}/"))
    assert soup.title.get_text() == SITE_NAME[language]


def test_other_pages_end_their_title_with_the_site_name(client, page_in):
    article = page_in("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb")
    soup = html(client.get(article.url))
    assert soup.title.get_text() == f"{article.title} · {SITE_NAME['nb']}"


def test_breadcrumbs_lead_from_the_home_page_to_the_article(client, page_in):
    article = page_in("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb")
    soup = html(client.get(article.url))
    crumbs = soup.select("nav.breadcrumbs a")
    assert [a.get_text() for a in crumbs] == ["Forside", "Nyheter", article.title]
    assert [a["href"] for a in crumbs] == ["/nb/", article.get_parent().url, article.url]
    assert crumbs[-1]["aria-current"] == "page"
    assert soup.select_one("nav.breadcrumbs")["aria-label"] == "Brødsmulesti"


def test_the_home_page_has_no_breadcrumbs_but_its_menu(client):
    soup = html(client.get("/en/"))
    assert soup.select("nav.breadcrumbs") == []
    assert [a.get_text() for a in soup.select(".site-nav a")] == ["News", "Events", "People", "Search"]


def test_the_menu_marks_the_section_of_the_page_shown(client, page_in):
    article = page_in("cancer-crosslinks-2025", "en")
    soup = html(client.get(article.url))
    marked = soup.select(".site-nav a[aria-current]")
    assert [a.get_text() for a in marked] == ["Events"]


@pytest.mark.parametrize(
    ("language", "headings", "other_language"),
    [
        ("nb", ["Om nyhetssidene", "Kontakt", "Snarveier", "Språk"], "English"),
        ("en", ["About this newsroom", "Contact", "Shortcuts", "Languages"], "Norsk (bokmål)"),
    ],
)
def test_footer_has_about_contact_and_both_languages(client, page_in, language, headings, other_language):
    person = page_in("geir-hetland", language)
    footer = html(client.get(person.url)).select_one("footer.site-footer")
    assert [h2.get_text() for h2 in footer.select("h2")] == headings
    assert "Ullernchausséen 64" in footer.select_one("address").get_text()
    languages = {a.get_text(): a for a in footer.select(".site-footer__languages a")}
    assert set(languages) == {"Norsk (bokmål)", "English"}
    other = languages[other_language]
    assert other["lang"] == other["hreflang"] != language
    assert other["href"] == person.get_translation(Locale.objects.get(language_code=other["lang"])).url


def test_english_chrome_has_no_norwegian_and_norwegian_no_english(client):
    english = visible_text(html(client.get("/en/people/")).select_one("footer"))
    norwegian = visible_text(html(client.get("/nb/personer/")).select_one("footer"))
    assert "News, event recaps and the people" in english
    assert "Nyheter, arrangementsreferater" not in english
    assert "Nyheter, arrangementsreferater" in norwegian
    assert "News, event recaps and the people" not in norwegian


def test_every_page_has_an_svg_favicon_and_loads_nothing_from_elsewhere(client, page_in):
    for url in ("/nb/", page_in("cancer-crosslinks-2025", "en").url, "/nb/no-such-page-here/"):
        soup = html(client.get(url))
        assert soup.select_one("link[rel=icon]")["type"] == "image/svg+xml"
        loaded = [tag.get("href") for tag in soup.select("link[rel=stylesheet], link[rel=icon]")]
        loaded += [tag.get("src") for tag in soup.select("script[src], img[src]")]
        assert loaded
        assert [address for address in loaded if urlsplit(address).netloc not in ("", "testserver")] == []


def test_the_brand_mark_is_drawn_inline_and_hidden_from_screen_readers(client):
    brand = html(client.get("/nb/")).select_one("a.brand")
    assert brand["href"] == "/nb/"
    assert brand.select_one("svg")["aria-hidden"] == "true"
    assert visible_text(brand) == "Oslo Cancer Cluster Nyheter"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_404_page_offers_search_and_the_front_page(client, language):
    response = client.get(f"/{language}/no-such-page-here/")
    assert response.status_code == 404
    soup = html(response)
    assert soup.select_one(".error-page form[role=search]")
    assert soup.select_one(".error-page__links a")["href"] == f"/{language}/"
