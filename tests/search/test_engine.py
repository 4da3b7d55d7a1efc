"""
What only a real search engine does: Norwegian and English analysis, compounds, typo tolerance in
the query itself, catching up on missed updates, rebuilding without downtime.
"""

import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from search.backends import search_backends_from_url
from search.models import MissedIndexUpdate

from ..conftest import refresh_search_indexes
from .test_search_page import search, titles

pytestmark = pytest.mark.engine


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


# -- Norwegian and English analysis ---------------------------------------------------------------


@pytest.mark.parametrize("query", ["kreftbehandling", "behandling", "kreft", "behandling av kreft"])
def test_compound_and_its_parts_find_each_other(client, engine, query):
    # "Målrettet kreftbehandling" is in this article's body; its parts are never written apart there.
    assert "Persontilpasset medisin kan avlaste helsetjenesten" in titles(search(client, q=query))


def test_norwegian_words_are_stemmed(client, engine):
    assert "Nye medlemmer i klyngen" in titles(search(client, q="medlem"))


def test_english_words_are_stemmed(client, engine):
    assert "What tumour-agnostic treatment means" in titles(search(client, "en", q="treatments"))


def test_norwegian_letters_are_not_folded_to_ascii(client, engine):
    assert "Behandling av kreft i små pasientgrupper" in titles(search(client, q="små"))
    assert "Behandling av kreft i små pasientgrupper" not in titles(search(client, q="sma"))


def test_each_language_has_its_own_index(client, engine):
    nb_index, en_index = (get_search_backend(code).get_index_for_model(Page).name for code in ("nb", "en"))
    assert nb_index.startswith("test_nb_") and en_index.startswith("test_en_")
    assert titles(search(client, q="treatment")) == []  # an English word in the Norwegian index


def test_typo_tolerance_is_done_by_the_engine_not_by_correction(client, engine):
    response = search(client, q="imunterapi")
    assert "Immunterapi forklart for pasienter" in titles(response)
    assert "Showing results for" not in response.content.decode()
    assert "Viser treff for" not in response.content.decode()


# -- catching up and rebuilding ----------------------------------------------------------------------


def test_missed_updates_are_sent_when_the_engine_is_back(client, engine):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends_from_url("opensearch://127.0.0.1:1?timeout=1")):
        page = NewsPageFactory(parent=index, title="Sjøpølse under vann", slug="sjopolse", standfirst="x")
        page.save_revision().publish()
    cache.clear()
    try:
        refresh_search_indexes()
        assert titles(search(client, q="sjøpølse")) == []  # the engine never heard of it

        call_command("search_catch_up", verbosity=0)
        refresh_search_indexes()
        assert titles(search(client, q="sjøpølse")) == [page.title]
        assert not MissedIndexUpdate.objects.exists()
    finally:
        get_search_backend("nb").delete(page)


def test_rebuilding_the_index_does_not_take_search_down(client, engine):
    results = []
    rebuild = threading.Thread(
        target=call_command, args=("update_index",), kwargs={"backend_name": "nb", "verbosity": 0}
    )
    rebuild.start()
    while rebuild.is_alive():
        results.append(titles(search(client, q="immunterapi")))
        time.sleep(0.05)
    rebuild.join()
    results.append(titles(search(client, q="immunterapi")))
    assert len(results) > 1
    assert all("Immunterapi forklart for pasienter" in found for found in results)


def test_a_page_unpublished_behind_the_engines_back_is_not_shown(client, engine, publish):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = publish(NewsPageFactory, parent=index, title="Axolotl findings", slug="axolotl", standfirst="Axolotls.")
    assert titles(search(client, "en", q="axolotl")) == ["Axolotl findings"]
    type(page).objects.filter(pk=page.pk).update(live=False)  # the index still says live
    assert titles(search(client, "en", q="axolotl")) == []
