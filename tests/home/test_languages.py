import datetime

import pytest
from wagtail.models import Locale

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from tests.helpers import html

PAGES = [
    # (English slug, Norwegian slug)
    ("home", "hjem"),
    ("news", "nyheter"),
    ("personalised-medicine-to-relieve-the-health-service", "persontilpasset-medisin-kan-avlaste-helsetjenesten"),
    ("events", "arrangementer"),
    ("cancer-crosslinks-2025", "cancer-crosslinks-2025"),
    ("people", "personer"),
    ("geir-hetland", "geir-hetland"),
]


def switcher_links(response):
    nav = html(response).select_one("nav.language-switcher")
    return {link["hreflang"]: link for link in nav.select("a[hreflang]")}


def hreflang_alternates(response):
    return {link["hreflang"]: link["href"] for link in html(response).select("link[rel=alternate][hreflang]")}


@pytest.mark.parametrize(("en_slug", "nb_slug"), PAGES)
def test_each_page_type_is_served_in_both_languages_with_its_lang(client, page_in, en_slug, nb_slug):
    for language, slug in (("en", en_slug), ("nb", nb_slug)):
        page = page_in(slug, language)
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.url.startswith(f"/{language}/")
        assert html(response).html["lang"] == language


@pytest.mark.parametrize(("en_slug", "nb_slug"), PAGES)
def test_switcher_links_to_the_same_page_in_the_other_language_and_back(client, page_in, en_slug, nb_slug):
    english, norwegian = page_in(en_slug, "en"), page_in(nb_slug, "nb")

    to_norwegian = switcher_links(client.get(english.url))["nb"]
    assert to_norwegian["href"] == norwegian.url
    assert to_norwegian["lang"] == "nb"

    back = switcher_links(client.get(to_norwegian["href"]))["en"]
    assert back["href"] == english.url


def test_hreflang_lists_every_translation_and_the_norwegian_default(client, page_in):
    english, norwegian = page_in("cancer-crosslinks-2025", "en"), page_in("cancer-crosslinks-2025", "nb")
    for page in (english, norwegian):
        alternates = hreflang_alternates(client.get(page.url))
        assert alternates == {
            "en": f"http://testserver{english.url}",
            "nb": f"http://testserver{norwegian.url}",
            "x-default": f"http://testserver{norwegian.url}",
        }


def test_untranslated_page_says_so_and_offers_the_nearest_translated_ancestor(client, page_in):
    news_index = NewsIndexPage.objects.get(locale__language_code="en")
    article = NewsPageFactory(parent=news_index, title="Only in English", slug="only-in-english")
    article.save_revision().publish()

    response = client.get(article.url)
    switcher = html(response).select_one("nav.language-switcher")
    assert "This page has not been translated into Norwegian Bokmål." in " ".join(switcher.get_text().split())
    fallback = switcher.select_one("a[data-fallback]")
    assert fallback["href"] == page_in("nyheter", "nb").url
    assert hreflang_alternates(response) == {
        "en": f"http://testserver{article.url}",
        "x-default": f"http://testserver{article.url}",
    }


def test_untranslated_page_on_the_norwegian_side_points_to_english_ancestor(client, page_in):
    norwegian_index = NewsIndexPage.objects.get(locale__language_code="nb")
    article = NewsPageFactory(parent=norwegian_index, title="Bare på norsk", slug="bare-pa-norsk")
    article.save_revision().publish()

    switcher = html(client.get(article.url)).select_one("nav.language-switcher")
    assert "Denne siden er ikke oversatt til engelsk." in " ".join(switcher.get_text().split())
    assert switcher.select_one("a[data-fallback]")["href"] == page_in("news", "en").url


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("nb-NO,nb;q=0.9", "/nb/"), ("no", "/nb/"), ("fr-FR", "/nb/"), ("", "/nb/")],
)
def test_the_root_picks_the_language_from_the_browser(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_dates_are_written_the_norwegian_way_on_norwegian_pages(client, page_in):
    norwegian = client.get(page_in("cancer-crosslinks-2025", "nb").url)
    english = client.get(page_in("cancer-crosslinks-2025", "en").url)
    assert "23. januar 2025" in norwegian.content.decode()
    assert "23 January 2025" in english.content.decode()


def test_norwegian_listing_shows_only_norwegian_articles(client, page_in):
    response = client.get(page_in("nyheter", "nb").url)
    titles = [a.get_text(strip=True) for a in html(response).select(".card__title a")]
    assert "Persontilpasset medisin kan avlaste helsetjenesten" in titles
    assert "Personalised medicine to relieve the health service" not in titles


def test_article_links_to_people_in_the_readers_language(client, page_in):
    article = page_in("geir-hetland-inn-i-styret", "nb")
    response = client.get(article.url)
    people = [a["href"] for a in html(response).select(".people a")]
    assert people == [page_in("geir-hetland", "nb").url]
    assert Locale.objects.get(language_code="nb").pk == article.locale_id
    assert article.date == datetime.date(2025, 1, 14)


def test_missing_page_is_a_404_in_the_readers_language(client, db):
    norwegian = client.get("/nb/finnes-ikke/")
    english = client.get("/en/does-not-exist/")
    assert norwegian.status_code == english.status_code == 404
    assert html(norwegian).h1.get_text() == "Fant ikke siden"
    assert html(english).h1.get_text() == "Page not found"
    assert html(norwegian).html["lang"] == "nb"
