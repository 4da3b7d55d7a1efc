"""
Routing (core.routing): a page's address is found in one query; the site and its home page in the
reader's language are remembered for the page cache's generation and read again after it changes.
"""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from core import routing
from core.page_cache import store
from home.models import HomePage

pytestmark = pytest.mark.django_db


def tables_read(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(query["sql"] for query in captured.captured_queries)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def test_wagtail_reads_the_site_and_route_we_remember():
    """The private attributes ``core.routing`` sets are still the ones Wagtail reads."""
    request = RequestFactory().get("/en/")
    site, route = object(), object()
    routing.remember_site(request, site)
    routing.remember_route(request, route)
    assert Site.find_for_request(request) is site
    assert Page.route_for_request(request, "anything/") is route


def test_a_page_is_routed_without_reading_the_site_or_the_home_page(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    client.get(article.url)
    sql = tables_read(client, article.url)
    assert '"news_newspage"' in sql  # the control: the page itself is read on every request
    assert '"wagtailcore_site"' not in sql
    assert '"home_homepage"' not in sql
    assert '"wagtailcore_locale"."language_code" =' not in sql  # Wagtail's lookup of the active locale


def test_a_new_generation_reads_the_site_again(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    client.get(article.url)
    store.new_generation()
    assert '"wagtailcore_site"' in tables_read(client, article.url)


@pytest.fixture
def forget_site_root_paths():
    """Wagtail caches the sites' root paths; the rollback after a test does not empty that cache."""
    yield
    Site.clear_site_root_paths_cache()


def test_a_renamed_home_page_moves_no_address(client, page_in, forget_site_root_paths):
    """A new slug for a home page changes every page's ``url_path`` beneath it, not its address."""
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    url = article.url
    client.get(url)
    before = count_queries(client, url)
    home = HomePage.objects.get(locale=article.locale)
    home.slug = "home-renamed"
    home.save_revision().publish()
    assert Page.objects.get(pk=article.pk).url_path.startswith("/home-renamed/")
    client.get(url)
    # Found by its new url_path at once, not by Wagtail's climb from the home page, a query a level.
    assert count_queries(client, url) == before


def test_each_language_has_its_home(client, page_in):
    for language, slug in (("en", "cancer-crosslinks-2025"), ("nb", "cancer-crosslinks-2025")):
        recap = page_in(slug, language)
        response = client.get(recap.url)
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


def test_an_address_with_no_page_is_not_found(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    assert client.get(article.url).status_code == 200
    assert client.get(article.url + "no-such-page/").status_code == 404
    assert client.get("/en/no-such-section/").status_code == 404


def test_pages_are_served_while_the_cache_is_away(client, page_in, monkeypatch):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")

    def unavailable():
        raise ConnectionError("cache down")

    monkeypatch.setattr(store, "current_generation", unavailable)
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.content.decode()
