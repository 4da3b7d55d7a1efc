"""
When the engine is down or hangs, the database backend stands in within a bounded time, and
editing and publishing keep working. These run on every backend configuration: an unreachable
engine needs no engine.
"""

import socket
import threading
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from search.backends import search_backends_from_url
from search.models import MissedIndexUpdate

from ..conftest import html
from .test_search_page import search, titles


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


# -- the engine away --------------------------------------------------------------------------------


def unreachable_engine(url):
    return override_settings(WAGTAILSEARCH_BACKENDS=search_backends_from_url(url))


def test_engine_down_falls_back_to_the_database_and_says_so(client, db):
    with unreachable_engine("opensearch://127.0.0.1:1?timeout=1"):
        started = time.monotonic()
        response = search(client, q="immunterapi")
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert "Immunterapi forklart for pasienter" in titles(response)
    assert "enklere modus" in html(response).select_one(".notice").get_text()
    assert elapsed < 5


def test_hanging_engine_is_given_up_on_within_the_timeout(client, db):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []
    stop = threading.Event()

    def accept_and_never_answer():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept_and_never_answer, daemon=True)
    thread.start()
    try:
        with unreachable_engine(f"opensearch://127.0.0.1:{listener.getsockname()[1]}?timeout=1"):
            started = time.monotonic()
            response = search(client, q="immunterapi")
            first = time.monotonic() - started
            started = time.monotonic()
            search(client, q="kreft")
            second = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()
    assert response.status_code == 200
    assert "Immunterapi forklart for pasienter" in titles(response)
    assert first < 5
    assert second < 1  # the engine is skipped for a while instead of timing out again


def test_editing_and_publishing_work_with_the_engine_down(admin_client, db):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    with unreachable_engine("opensearch://127.0.0.1:1?timeout=1"):
        page = NewsPageFactory(parent=index, title="Nyhet mens søket var nede", slug="nede", standfirst="x")
        page.save_revision().publish()
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert page.live
    assert MissedIndexUpdate.objects.filter(backend="nb", object_id=str(page.pk), action="add").exists()
