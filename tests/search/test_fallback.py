"""
When the engine is down or hangs, the database backend stands in within a bounded time, and
editing and publishing keep working. These run on every backend configuration: an unreachable
engine needs no engine.
"""

import socket
import threading
import time

from django.test import override_settings

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from search.configuration import search_backends_from_url
from search.models import MissedIndexUpdate
from tests.helpers import html, search, titles

# -- the engine away --------------------------------------------------------------------------------


def unreachable_engine(url):
    return override_settings(WAGTAILSEARCH_BACKENDS=search_backends_from_url(url))


def test_engine_down_falls_back_to_the_database_and_says_so(client, db):
    with unreachable_engine("opensearch://127.0.0.1:1?timeout=1"):
        started = time.monotonic()
        response = search(client, q="immunterapi", expect_engine=False)
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
            response = search(client, q="immunterapi", expect_engine=False)
            first = time.monotonic() - started
            started = time.monotonic()
            search(client, q="kreft", expect_engine=False)
            second = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()
    assert response.status_code == 200
    assert response.context["outcome"].degraded  # the database answered, and the page says so
    assert "Immunterapi forklart for pasienter" in titles(response)
    assert first < 5
    assert second < 1  # the engine is skipped for a while instead of timing out again


def test_editing_and_publishing_work_with_the_engine_down(client, admin_client, db):
    index = NewsIndexPage.objects.get(locale__language_code="nb")
    with unreachable_engine("opensearch://127.0.0.1:1?timeout=1"):
        page = NewsPageFactory(
            parent=index, title="Nyhet mens søket var nede", slug="nede", standfirst="Skrevet i nedetiden.", live=False
        )
        page.save_revision()
        assert client.get(page.url).status_code == 404  # the control: a draft is not on the site
        assert titles(search(client, q="nedetiden", expect_engine=False)) == []

        page.save_revision().publish()
        edit_form = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        found = titles(search(client, q="nedetiden", expect_engine=False))
    assert edit_form.status_code == 200
    page.refresh_from_db()
    assert page.first_published_at is not None
    assert page.live_revision == page.latest_revision
    published = client.get(page.url)
    assert published.status_code == 200
    assert html(published).select_one("h1").get_text(strip=True) == "Nyhet mens søket var nede"
    assert found == ["Nyhet mens søket var nede"]  # the database backend has it
    assert MissedIndexUpdate.objects.filter(backend="nb", object_id=str(page.pk), action="add").exists()


def test_autocomplete_falls_back_and_pauses_the_engine_for_every_later_request(client, db):
    from search.outage import engine_paused
    from tests.helpers import autocomplete

    with unreachable_engine("opensearch://127.0.0.1:1?timeout=1"):
        assert not engine_paused()
        answer = autocomplete(client, "nb", "immun")
        assert engine_paused()
    assert "Immunterapi forklart for pasienter" in [item["title"] for item in answer["suggestions"]]
