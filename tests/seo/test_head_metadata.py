import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from demo.factories import ImageFactory, NewsPageFactory, PersonPageFactory
from news.models import NewsIndexPage, NewsPageAuthor
from people.models import PeopleIndexPage
from tests.helpers import html
from tests.seo.helpers import canonical, meta

pytestmark = pytest.mark.django_db

PAGES = [
    ("hjem", "nb"),
    ("news", "en"),
    ("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb"),
    ("events", "en"),
    ("cancer-crosslinks-2025", "nb"),
    ("personer", "nb"),
    ("geir-hetland", "en"),
]


@pytest.mark.parametrize(("slug", "language"), PAGES)
def test_every_page_type_names_its_own_canonical_address(client, page_in, slug, language):
    page = page_in(slug, language)
    response = client.get(page.url)
    assert canonical(response) == f"http://testserver{page.url}"
    assert meta(response, "og:url") == canonical(response)
    assert meta(response, "description")


@pytest.mark.parametrize("query", ["?topic=immunterapi", "?year=2025", "?topic=immunterapi&year=2024", "?utm_source=x"])
def test_filtered_listing_canonicalises_to_the_listing(client, page_in, query):
    listing = page_in("nyheter", "nb")
    response = client.get(listing.url + query)
    assert response.status_code == 200
    assert canonical(response) == f"http://testserver{listing.url}"


@pytest.mark.parametrize("number", ["abc", "1", "", "-"])
def test_unreadable_or_first_page_number_canonicalises_to_the_listing(client, page_in, number):
    listing = page_in("news", "en")
    response = client.get(f"{listing.url}?page={number}")
    assert response.status_code == 200
    assert canonical(response) == f"http://testserver{listing.url}"


def test_later_pages_of_a_listing_are_their_own_canonical(client, page_in):
    listing = page_in("news", "en")
    assert canonical(client.get(f"{listing.url}?page=2&utm_source=x")) == f"http://testserver{listing.url}?page=2"


def test_hreflang_alternates_name_the_pages_not_the_readers_query(client, page_in):
    listing = page_in("nyheter", "nb")
    alternates = {
        link["hreflang"]: link["href"]
        for link in html(client.get(listing.url + "?year=2025")).select("link[rel=alternate][hreflang]")
    }
    assert alternates == {
        "nb": f"http://testserver{listing.url}",
        "en": f"http://testserver{page_in('news', 'en').url}",
        "x-default": f"http://testserver{listing.url}",
    }


def test_search_results_are_noindex_without_a_canonical(client):
    with translation.override("nb"):
        url = reverse("search:search")
    soup = html(client.get(url, {"q": "kreft"}))
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert not soup.select("link[rel=canonical]")


def test_description_is_the_search_description_else_the_standfirst(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    plain = NewsPageFactory(parent=index, slug="plain", standfirst="What   the article\nsays.", search_description="")
    plain.save_revision().publish()
    described = NewsPageFactory(parent=index, slug="described", standfirst="Standfirst.", search_description="Seen.")
    described.save_revision().publish()

    assert meta(client.get(plain.url), "description") == "What the article says."
    response = client.get(described.url)
    assert meta(response, "description") == "Seen."
    assert meta(response, "og:description") == meta(response, "twitter:description") == "Seen."


def test_person_description_is_their_role_and_organisation(client, page_in):
    person = page_in("geir-hetland", "en")
    assert meta(client.get(person.url), "description") == f"{person.role}, {person.organisation}"


def test_shared_article_shows_its_hero_image_with_its_alt_text(client, page_in):
    article = page_in("cancer-crosslinks-2025", "nb")
    response = client.get(article.url)
    image = meta(response, "og:image")
    assert image.startswith("http://testserver/media/images/") and ".fill-1200x630." in image
    assert client.get(image.removeprefix("http://testserver")).status_code in (200, 404)  # media is not served in tests
    assert meta(response, "twitter:image") == image
    assert meta(response, "twitter:card") == "summary_large_image"
    assert (meta(response, "og:image:width"), meta(response, "og:image:height")) == ("1200", "630")
    assert meta(response, "og:image:alt") == article.hero_photo()["image"].contextual_alt_text
    assert meta(response, "og:type") == "article"
    assert meta(response, "og:title") == meta(response, "twitter:title") == article.title
    assert meta(response, "og:locale") == "nb_NO"
    assert meta(response, "og:locale:alternate") == "en_GB"


def test_social_image_wins_over_the_hero(client, page_in):
    article = page_in("cancer-crosslinks-2025", "en")
    article.social_image = ImageFactory(title="Sharing card")
    article.save_revision().publish()
    assert "/sharing-card" in meta(client.get(article.url), "og:image")


def test_page_without_an_image_gets_a_small_card(client):
    index = PeopleIndexPage.objects.get(locale__language_code="en")
    person = PersonPageFactory(parent=index, slug="no-photo", photo=None)
    person.save_revision().publish()
    response = client.get(person.url)
    assert meta(response, "twitter:card") == "summary"
    assert meta(response, "og:image") is None
    assert meta(response, "og:type") == "profile"


def test_head_metadata_costs_the_same_for_one_author_or_many(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    people = [page_in(slug, "en") for slug in ("geir-hetland", "magnus-essand", "ruth-plummer")]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(article.url).status_code == 200
        return len(captured)

    article.author_links.all().delete()
    article.author_links.add(NewsPageAuthor(person=people[0]))
    article.save_revision().publish()
    queries()  # fills Wagtail's caches (site root paths, content types) and core.routing's
    one = queries()
    for person in people[1:]:
        article.author_links.add(NewsPageAuthor(person=person))
    article.save_revision().publish()
    queries()  # publishing started a new generation: core.routing reads the site again, once
    assert queries() == one
