"""
What only a real search engine does: Norwegian and English analysis, compounds, typo tolerance in
the query itself, the window of best matches it is asked for, catching up on missed updates,
rebuilding without downtime. Each search here must be answered by the engine, not the database.
"""

import copy
import threading
import time

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from search.configuration import search_backends_from_url
from search.models import MissedIndexUpdate
from search.outage import engine_paused
from search.service import MAX_MATCHES, RESULTS_PER_PAGE
from tests.helpers import engine_search, html, refresh_search_indexes, search, titles

pytestmark = pytest.mark.engine


# -- Norwegian and English analysis ---------------------------------------------------------------


@pytest.mark.parametrize("query", ["kreftbehandling", "behandling", "kreft", "behandling av kreft"])
def test_compound_and_its_parts_find_each_other(client, engine, query):
    # "Målrettet kreftbehandling" is in this article's body; its parts are never written apart there.
    assert "Persontilpasset medisin kan avlaste helsetjenesten" in titles(engine_search(client, q=query))


def test_norwegian_words_are_stemmed(client, engine):
    assert "Nye medlemmer i klyngen" in titles(engine_search(client, q="medlem"))


def test_english_words_are_stemmed(client, engine):
    assert "What tumour-agnostic treatment means" in titles(engine_search(client, "en", q="treatments"))


def test_norwegian_letters_are_not_folded_to_ascii(client, engine):
    assert "Behandling av kreft i små pasientgrupper" in titles(engine_search(client, q="små"))
    assert "Behandling av kreft i små pasientgrupper" not in titles(engine_search(client, q="sma"))


def test_each_language_has_its_own_index(client, engine):
    nb_index, en_index = (get_search_backend(code).get_index_for_model(Page).name for code in ("nb", "en"))
    assert nb_index != en_index
    assert nb_index.startswith(settings.WAGTAILSEARCH_BACKENDS["nb"]["INDEX_PREFIX"])
    assert en_index.startswith(settings.WAGTAILSEARCH_BACKENDS["en"]["INDEX_PREFIX"])
    assert "_nb_" in nb_index and "_en_" in en_index
    assert "What tumour-agnostic treatment means" in titles(engine_search(client, "en", q="treatment"))  # the control
    assert titles(engine_search(client, q="treatment")) == []  # an English word in the Norwegian index


def test_typo_tolerance_is_done_by_the_engine_not_by_correction(client, engine):
    response = engine_search(client, q="imunterapi")
    assert "Immunterapi forklart for pasienter" in titles(response)
    assert response.context["outcome"].corrected_query == ""
    assert html(response).select(".notice") == []


# -- the result window -------------------------------------------------------------------------------


@pytest.fixture
def many_matches(engine):
    """
    More English articles matching "quasar" than the engine is asked for (``MAX_MATCHES``): made
    without indexing each one on save, then sent to the engine in one bulk request.
    """
    index = NewsIndexPage.objects.get(locale__language_code="en")
    quiet = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for backend_settings in quiet.values():
        backend_settings["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=quiet):
        pages = [
            NewsPageFactory(parent=index, title=f"Quasar report {number}", slug=f"quasar-{number}", standfirst="x")
            for number in range(MAX_MATCHES + RESULTS_PER_PAGE)
        ]
    backend = get_search_backend("en")
    backend.add_bulk(NewsPage, pages)
    refresh_search_indexes()
    yield pages
    index_name = backend.get_index_for_model(NewsPage).name
    backend.es.bulk(body=[{"delete": {"_index": index_name, "_id": str(page.pk)}} for page in pages])
    refresh_search_indexes()


def test_a_page_past_the_engines_result_window_is_not_found(client, many_matches):
    last_page = MAX_MATCHES // RESULTS_PER_PAGE
    assert NewsPage.objects.live().filter(title__startswith="Quasar report").count() > MAX_MATCHES

    response = engine_search(client, "en", q="quasar", page=str(last_page))
    assert len(titles(response)) == RESULTS_PER_PAGE
    assert html(response).select_one(".search-count").get_text(strip=True) == f"{MAX_MATCHES} results for “quasar”"

    assert search(client, "en", q="quasar", page=str(last_page + 1)).status_code == 404
    assert not engine_paused()  # the engine answered that search too: it did not fail over to the database


# -- catching up and rebuilding ----------------------------------------------------------------------


def test_missed_updates_are_sent_when_the_engine_is_back(client, engine):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends_from_url("opensearch://127.0.0.1:1?timeout=1")):
        page = NewsPageFactory(parent=index, title="Sjøpølse under vann", slug="sjopolse", standfirst="x")
        page.save_revision().publish()
    cache.clear()
    try:
        refresh_search_indexes()
        assert titles(engine_search(client, q="sjøpølse")) == []  # the engine never heard of it

        call_command("search_catch_up", verbosity=0)
        refresh_search_indexes()
        assert titles(engine_search(client, q="sjøpølse")) == [page.title]
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
        results.append(titles(engine_search(client, q="immunterapi")))
        time.sleep(0.05)
    rebuild.join()
    results.append(titles(engine_search(client, q="immunterapi")))
    assert len(results) > 1
    assert all("Immunterapi forklart for pasienter" in found for found in results)


def test_a_page_unpublished_behind_the_engines_back_is_not_shown(client, engine, publish):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    page = publish(NewsPageFactory, parent=index, title="Axolotl findings", slug="axolotl", standfirst="Axolotls.")
    assert titles(engine_search(client, "en", q="axolotl")) == ["Axolotl findings"]
    type(page).objects.filter(pk=page.pk).update(live=False)  # the index still says live
    assert titles(engine_search(client, "en", q="axolotl")) == []
