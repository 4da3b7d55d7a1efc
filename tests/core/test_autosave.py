from bs4 import BeautifulSoup
from django.test import TestCase
from wagtail.test.utils import WagtailTestUtils

from news.models import NewsIndexPage, NewsPage


class NoAutosaveTests(WagtailTestUtils, TestCase):
    """An autosave in the create view would leave a draft behind whose slug refuses the editor's own save."""

    def setUp(self):
        self.login()

    def test_page_forms_do_not_autosave(self):
        news_index = NewsIndexPage.objects.get(locale__language_code="en")
        article = NewsPage.objects.filter(locale__language_code="en").first()
        for url in (f"/admin/pages/add/news/newspage/{news_index.pk}/", f"/admin/pages/{article.pk}/edit/"):
            with self.subTest(url=url):
                page = BeautifulSoup(self.client.get(url).content, "html.parser")
                form = page.find("form", attrs={"data-w-unsaved-confirmation-value": True})
                controllers = form["data-controller"].split()
                # Wagtail's warning about unsaved changes is there; its autosave is not.
                self.assertIn("w-unsaved", controllers)
                self.assertNotIn("w-autosave", controllers)
