"""
An engine outage loses no index update: what the engine missed is kept until it has taken it,
sent by itself when the engine answers again, and a catch-up run during the outage deletes nothing.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from search.configuration import search_backends_from_url
from search.models import MissedIndexUpdate
from search.outage import PAUSE_KEY
from tests.helpers import engine_search, refresh_search_indexes, titles

pytestmark = pytest.mark.engine

ENGINE_DOWN = override_settings(WAGTAILSEARCH_BACKENDS=search_backends_from_url("opensearch://127.0.0.1:1?timeout=1"))


def in_the_engines_index(query, language="nb"):
    """Titles the engine's own index gives for ``query`` among live pages (its ``live`` field, not the database's)."""
    return {page.title for page in get_search_backend(language).search(query, NewsPage.objects.live())}


@pytest.fixture
def before_the_outage(engine, publish):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    pages = {
        name: publish(
            NewsPageFactory, parent=index, title=f"Blekksprut {name}", slug=f"blekksprut-{name}", standfirst="x"
        )
        for name in ("endres", "avpubliseres", "slettes")
    }
    yield index, pages
    for page in NewsPage.objects.filter(title__startswith="Blekksprut"):
        get_search_backend("nb").delete(page)
    refresh_search_indexes()


def make_changes_during_an_outage(index, pages):
    with ENGINE_DOWN:
        created = []
        for number in range(3):
            page = NewsPageFactory(parent=index, title=f"Blekksprut ny {number}", slug=f"ny-{number}", standfirst="x")
            page.save_revision().publish()
            created.append(page)
        edited = pages["endres"]
        edited.title = "Blekksprut endret"
        edited.save_revision().publish()
        pages["avpubliseres"].unpublish()
        pages["slettes"].delete()
        with pytest.raises(SystemExit):
            call_command("search_catch_up", verbosity=0)  # while the engine is still down
    return created


def test_catch_up_during_the_outage_loses_nothing_and_after_it_sends_everything(client, before_the_outage):
    index, pages = before_the_outage
    assert in_the_engines_index("blekksprut") == {"Blekksprut endres", "Blekksprut avpubliseres", "Blekksprut slettes"}

    created = make_changes_during_an_outage(index, pages)
    assert MissedIndexUpdate.objects.filter(backend="nb").count() == 6  # 3 new, 1 edit, 1 unpublish, 1 delete

    cache.delete(PAUSE_KEY)  # the pause runs out
    call_command("search_catch_up", verbosity=0)
    refresh_search_indexes()
    assert in_the_engines_index("blekksprut") == {page.title for page in created} | {"Blekksprut endret"}
    assert set(titles(engine_search(client, q="blekksprut"))) == {page.title for page in created} | {
        "Blekksprut endret"
    }
    assert not MissedIndexUpdate.objects.exists()


def test_missed_updates_are_sent_by_themselves_when_the_engine_answers_again(client, before_the_outage):
    index, pages = before_the_outage
    created = make_changes_during_an_outage(index, pages)
    assert MissedIndexUpdate.objects.exists()

    cache.delete(PAUSE_KEY)
    engine_search(client, q="immunterapi")  # any answer from the engine sends what it missed
    refresh_search_indexes()
    assert not MissedIndexUpdate.objects.exists()
    assert in_the_engines_index("blekksprut") == {page.title for page in created} | {"Blekksprut endret"}
