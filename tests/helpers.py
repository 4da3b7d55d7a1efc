"""Plain helpers shared by the test modules: reading responses, searching, and the engine's indexes."""

from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.search.backends import get_search_backend

from search.outage import engine_paused

ENGINE_LANGUAGES = ("nb", "en")

# -- reading a response -------------------------------------------------------------------------------


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def visible_text(soup):
    for hidden in soup(["script", "style", "head", "template"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())


def card_titles(response, selector=".card__title a"):
    return [a.get_text(strip=True) for a in html(response).select(selector)]


def notices(response):
    return " ".join(p.get_text(" ", strip=True) for p in html(response).select(".notice"))


# -- the search page ----------------------------------------------------------------------------------


def search_url(language="nb", name="search:search"):
    """The search page's address in ``language`` (``/nb/sok/``, ``/en/search/``)."""
    with translation.override(language):
        return reverse(name)


def search(client, language="nb", expect_engine=True, **params):
    """
    The search page for ``params``. With an engine configured, a search must have been answered by
    the engine, not by the database standing in for it, unless ``expect_engine`` is False (the
    tests of what happens when the engine is away).
    """
    response = client.get(search_url(language), params)
    outcome = response.context.get("outcome") if response.status_code == 200 and response.context else None
    if expect_engine and engine_backends() and outcome is not None and outcome.request.query:
        assert_engine_answered(response)
    return response


def autocomplete(client, language, query):
    """The autocomplete's JSON answer for ``query``."""
    response = client.get(search_url(language, "search:autocomplete"), {"q": query})
    assert response.status_code == 200
    return response.json()


def titles(response, selector=".search-results-area > .search-results .search-result__title a"):
    return [a.get_text(strip=True) for a in html(response).select(selector)]


def other_language_titles(response):
    return titles(response, ".other-language .search-result__title a")


def assert_engine_answered(response):
    """The search engine answered this search, not the database backend standing in for it."""
    assert response.status_code == 200
    assert response.context["outcome"].degraded is False, "the database fallback answered, not the engine"
    assert not engine_paused(), "the engine failed during the request"


def engine_search(client, language="nb", **params):
    """``search``, failing the test unless the engine answered."""
    response = search(client, language, **params)
    assert_engine_answered(response)
    return response


# -- the engine's indexes -------------------------------------------------------------------------------


def engine_backends():
    """The configured search-engine backends (none when SEARCH_URL is unset)."""
    return [get_search_backend(name) for name in ENGINE_LANGUAGES if name in settings.WAGTAILSEARCH_BACKENDS]


def refresh_search_indexes():
    for backend in engine_backends():
        backend.refresh_indexes()
