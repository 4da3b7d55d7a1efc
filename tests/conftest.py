import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

from demo.loader import DemoContentLoader
from tests.helpers import engine_backends, refresh_search_indexes


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once per test database; each test's own changes are rolled back."""
    with django_db_blocker.unblock():
        DemoContentLoader(log=lambda message: None).load()
        render_every_page_once()
        if engine_backends():
            call_command("update_index", verbosity=0)


def render_every_page_once():
    """Make the renditions every page shows now, once, so that no test pays for encoding its images."""
    client = Client()
    for page in Page.objects.live().filter(depth__gt=1):
        client.get(page.url)


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """
    Each test starts with an empty page cache (core/page_cache): the rollback after a test undoes
    its changes without the signals that would make the pages it stored unreachable.
    """
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.fixture
def engine(db, _engine_available):
    """The engine backends, for a test that needs a real search engine (see ``_engine_available``)."""
    return _engine_available


@pytest.fixture(scope="session")
def _engine_available():
    """
    The OpenSearch/Elasticsearch node named by SEARCH_URL. Tests that need one skip without it,
    with the reason; with REQUIRE_SEARCH_ENGINE=1 (as `make test` sets in CI) they fail instead.
    """
    problem = None
    if not engine_backends():
        problem = "SEARCH_URL is not set, so there is no search engine to test (make test starts one)"
    else:
        try:
            engine_backends()[0].es.cluster.health(wait_for_status="yellow")
        except Exception as error:
            problem = f"the search engine at SEARCH_URL does not answer: {error}"
    if problem:
        if os.environ.get("REQUIRE_SEARCH_ENGINE") == "1" or os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return engine_backends()


@pytest.fixture
def publish(db):
    """Create and publish pages for a test; the engine forgets them afterwards (the database rolls back)."""
    created = []

    def publish_page(factory, **fields):
        page = factory(**fields)
        page.save_revision().publish()
        created.append(page)
        refresh_search_indexes()
        return page

    yield publish_page
    for backend in engine_backends():
        for page in created:
            backend.delete(page)
    refresh_search_indexes()


def demo_page(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


@pytest.fixture
def page_in(db):
    """``page_in("cancer-crosslinks-2025", "nb")``: a demo page by slug and language."""
    return demo_page
