import datetime
from unittest import mock

from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage
from news.models import NewsIndexPage

# 23:30 in London is already the next day in Oslo, the site's time zone.
LATE_EVENING_UTC = datetime.datetime(2026, 11, 29, 23, 30, tzinfo=datetime.UTC)


class NewPageDateTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def date_offered(self, add_url, field_name):
        with mock.patch("django.utils.timezone.now", return_value=LATE_EVENING_UTC):
            response = self.client.get(add_url)
        return BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": field_name})["value"]

    def test_new_article_is_dated_today_in_oslo(self):
        news_index = NewsIndexPage.objects.get(locale__language_code="en")
        self.assertEqual(self.date_offered(f"/admin/pages/add/news/newspage/{news_index.pk}/", "date"), "2026-11-30")

    def test_new_recap_starts_today_in_oslo(self):
        event_index = EventIndexPage.objects.get(locale__language_code="en")
        self.assertEqual(
            self.date_offered(f"/admin/pages/add/events/eventrecappage/{event_index.pk}/", "start_date"), "2026-11-30"
        )
