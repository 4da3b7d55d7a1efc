"""The Norwegian search lives at /nb/sok/; the old /nb/search/ address redirects there."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_norwegian_search_has_a_norwegian_address(client):
    with translation.override("nb"):
        assert reverse("search:search") == "/nb/sok/"
        assert reverse("search:autocomplete") == "/nb/sok/autocomplete/"
    response = client.get("/nb/sok/", {"q": "immunterapi"})
    assert response.status_code == 200
    assert response.context["outcome"].total > 0


def test_english_search_keeps_its_address(client):
    with translation.override("en"):
        assert reverse("search:search") == "/en/search/"
    assert client.get("/en/search/", {"q": "immunotherapy"}).status_code == 200
    assert client.get("/en/sok/").status_code == 404


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/nb/search/?q=immunterapi&lang=all", "/nb/sok/?q=immunterapi&lang=all"),
        ("/nb/search/", "/nb/sok/"),
        ("/nb/search/autocomplete/?q=imm", "/nb/sok/autocomplete/?q=imm"),
    ],
)
def test_the_old_norwegian_search_address_redirects_with_the_query(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_the_switcher_on_the_search_page_links_the_two_addresses(client):
    response = client.get("/nb/sok/", {"q": "kreft", "page": "1"})
    assert 'href="/en/search/?q=kreft"' in response.content.decode()
    response = client.get("/en/search/", {"q": "cancer"})
    assert 'href="/nb/sok/?q=cancer"' in response.content.decode()
