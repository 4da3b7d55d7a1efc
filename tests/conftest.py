import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.demo.loader import DemoContentLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once per test database; each test's own changes are rolled back."""
    with django_db_blocker.unblock():
        DemoContentLoader(log=lambda message: None).load()


def demo_page(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


@pytest.fixture
def page_in(db):
    """``page_in("cancer-crosslinks-2025", "nb")``: a demo page by slug and language."""
    return demo_page


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def visible_text(soup):
    for hidden in soup(["script", "style", "head", "template"]):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())
