from django.test import TestCase
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailTestUtils

from demo.factories import EventRecapPageFactory, NewsPageFactory, PersonPageFactory
from events.models import EventIndexPage, EventSpeaker
from news.models import NewsIndexPage
from people.models import PeopleIndexPage


class AdminPageSearchTests(WagtailTestUtils, TestCase):
    """Wagtail's admin page search finds pages by their text, not only by their titles."""

    def setUp(self):
        self.login()

    def admin_search(self, query):
        response = self.client.get("/admin/pages/search/", {"q": query})
        self.assertEqual(response.status_code, 200)
        return response

    def test_finds_an_article_by_a_word_in_its_body(self):
        NewsPageFactory(
            parent=NewsIndexPage.objects.get(locale__language_code="en"),
            slug="board-meeting",
            title="Board meeting",
            body=[("paragraph", RichText("<p>The board discussed quillwort extracts.</p>"))],
        )
        self.assertContains(self.admin_search("quillwort"), "Board meeting")
        self.assertNotContains(self.admin_search("quillworm"), "Board meeting")  # the control

    def test_finds_a_recap_by_a_talk_title_and_a_person_by_biography(self):
        recap = EventRecapPageFactory(
            parent=EventIndexPage.objects.get(locale__language_code="en"), slug="winter-seminar", title="Winter seminar"
        )
        person = PersonPageFactory(
            parent=PeopleIndexPage.objects.get(locale__language_code="en"),
            slug="ola-nordmann",
            title="Ola Nordmann",
            biography="<p>Studies xylophage enzymes.</p>",
        )
        EventSpeaker.objects.create(page=recap, person=person, talk_title="Marzipan vaccines")
        recap.save_revision().publish()
        self.assertContains(self.admin_search("marzipan"), "Winter seminar")
        self.assertContains(self.admin_search("xylophage"), "Ola Nordmann")
