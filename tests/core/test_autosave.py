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
                response = self.client.get(url)
                # Wagtail's form controller, with the warning about unsaved changes, is there; autosave is not.
                self.assertContains(response, 'data-controller="w-init w-unsaved')
                self.assertNotContains(response, "w-autosave")
