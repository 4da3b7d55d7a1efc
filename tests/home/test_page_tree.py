import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from demo.factories import ImageFactory
from events.models import EventIndexPage, EventRecapPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, Topic
from people.models import PeopleIndexPage, PersonPage

# Wagtail's ImageBlock message, in the Norwegian the admin speaks by default (from locale/nb).
ALT_TEXT_MISSING = "Skriv en alternativ tekst for bildet, eller merk det som dekorativt."


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_pages_sit_at_the_top_of_the_tree(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_holds_one_index_per_section(self):
        self.assertAllowedSubpageTypes(HomePage, {NewsIndexPage, EventIndexPage, PeopleIndexPage})

    def test_items_live_only_in_their_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventRecapPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(PersonPage, {PeopleIndexPage})
        self.assertCanNotCreateAt(NewsIndexPage, EventRecapPage)
        self.assertCanNotCreateAt(EventIndexPage, NewsPage)

    def test_items_have_no_children(self):
        for model in (NewsPage, EventRecapPage, PersonPage):
            self.assertAllowedSubpageTypes(model, set())


class AdminCreationTests(WagtailPageTestCase):
    """An editor creates each page type from the admin's own form."""

    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(locale__language_code="en")
        self.news_index = NewsIndexPage.objects.get(locale__language_code="en")
        self.event_index = EventIndexPage.objects.get(locale__language_code="en")
        self.people_index = PeopleIndexPage.objects.get(locale__language_code="en")
        self.person = PersonPage.objects.get(slug="magnus-essand", locale__language_code="en")

    def test_editor_creates_news_article_with_topic_author_and_quote(self):
        topic = Topic.objects.get(slug="immunotherapy", locale__language_code="en")
        self.assertCanCreate(
            self.news_index,
            NewsPage,
            nested_form_data(
                {
                    "title": "A new article",
                    "slug": "a-new-article",
                    "date": "2026-01-05",
                    "standfirst": "What the article is about.",
                    "hero": streamfield([]),
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>First paragraph.</p>")),
                            ("quote", {"text": "A quote.", "person": self.person.pk, "name": "", "role": ""}),
                        ]
                    ),
                    "topic_links": inline_formset([{"topic": topic.pk}]),
                    "author_links": inline_formset([{"person": self.person.pk}]),
                    "mention_links": inline_formset([]),
                    "related_links": inline_formset([]),
                }
            ),
        )
        article = NewsPage.objects.get(slug="a-new-article")
        self.assertEqual(article.date, datetime.date(2026, 1, 5))
        self.assertEqual([link.topic for link in article.topic_links.all()], [topic])

    def test_editor_creates_event_recap_with_speakers(self):
        self.assertCanCreate(
            self.event_index,
            EventRecapPage,
            nested_form_data(
                {
                    "title": "Autumn seminar",
                    "slug": "autumn-seminar",
                    "event_name": "Autumn seminar",
                    "start_date": "2025-10-02",
                    "standfirst": "A seminar.",
                    "attendance": "80",
                    "speakers": inline_formset([{"person": self.person.pk, "talk_title": "Opening talk"}]),
                    "sponsors": inline_formset([{"name": "BMS", "url": ""}]),
                    "hero": streamfield([]),
                    "body": streamfield([]),
                }
            ),
        )
        recap = EventRecapPage.objects.get(slug="autumn-seminar")
        self.assertEqual([speaker.talk_title for speaker in recap.speakers.all()], ["Opening talk"])

    def test_editor_creates_person(self):
        self.assertCanCreate(
            self.people_index,
            PersonPage,
            nested_form_data(
                {
                    "title": "Kari Nordmann",
                    "slug": "kari-nordmann",
                    "role": "Researcher",
                    "biography": rich_text("<p>Works on cell therapy.</p>"),
                    "links": streamfield([]),
                }
            ),
        )

    def test_editor_creates_index_pages(self):
        for model, slug in ((NewsIndexPage, "more-news"), (EventIndexPage, "more-events"), (PeopleIndexPage, "staff")):
            self.assertCanCreate(
                self.home, model, nested_form_data({"title": slug, "slug": slug, "introduction": rich_text("")})
            )

    def test_recap_end_date_before_start_date_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/events/eventrecappage/{self.event_index.pk}/",
            nested_form_data(
                {
                    "title": "Backwards",
                    "slug": "backwards",
                    "event_name": "Backwards",
                    "start_date": "2025-10-02",
                    "end_date": "2025-10-01",
                    "standfirst": "x",
                    "speakers": inline_formset([]),
                    "sponsors": inline_formset([]),
                    "hero": streamfield([]),
                    "body": streamfield([]),
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        # The admin speaks Norwegian by default, like the site.
        self.assertContains(response, "Siste dag kan ikke være før første dag.")
        self.assertFalse(EventRecapPage.objects.filter(slug="backwards").exists())

    def post_news_page(self, slug, publish=False, **fields):
        """Submit the admin's "add news article" form, as a draft or to publish."""
        data = {
            "title": slug,
            "slug": slug,
            "date": "2026-01-05",
            "standfirst": "x",
            "hero": streamfield([]),
            "body": streamfield([]),
            "topic_links": inline_formset([]),
            "author_links": inline_formset([]),
            "mention_links": inline_formset([]),
            "related_links": inline_formset([]),
            **fields,
        }
        if publish:
            data["action-publish"] = "publish"
        return self.client.post(f"/admin/pages/add/news/newspage/{self.news_index.pk}/", nested_form_data(data))

    def test_hero_image_needs_alt_text(self):
        image = ImageFactory(title="A hero")

        def hero(image_block):
            return streamfield([("photo", {"image": image_block, "caption": "", "credit": "", "credit_kind": "photo"})])

        # Wagtail checks alt text when a page is published (a draft may be unfinished).
        refused = self.post_news_page(
            "no-alt-text", publish=True, hero=hero({"image": image.pk, "alt_text": "", "decorative": ""})
        )
        self.assertEqual(refused.status_code, 200)
        self.assertContains(refused, ALT_TEXT_MISSING)
        self.assertFalse(NewsPage.objects.filter(slug="no-alt-text").exists())

        alt_text = "Two researchers at a microscope"
        self.post_news_page(
            "with-alt-text", publish=True, hero=hero({"image": image.pk, "alt_text": alt_text, "decorative": ""})
        )
        saved = NewsPage.objects.get(slug="with-alt-text")
        self.assertEqual(saved.hero_photo()["image"].contextual_alt_text, alt_text)

    def test_quote_needs_a_person_or_a_name_to_be_published(self):
        body = streamfield([("quote", {"text": "Who said this?", "person": "", "name": "", "role": ""})])
        refused = self.post_news_page("anonymous-quote", publish=True, body=body)
        self.assertEqual(refused.status_code, 200)
        # Block errors travel to the admin's JavaScript as JSON, with non-ASCII letters escaped.
        self.assertContains(refused, "Velg en person eller oppgi navnet p\\u00e5 den som siteres.")
        self.assertFalse(NewsPage.objects.filter(slug="anonymous-quote").exists())

        # An unfinished quote may be saved as a draft.
        self.post_news_page("unfinished-quote", body=body)
        draft = NewsPage.objects.get(slug="unfinished-quote")
        self.assertFalse(draft.live)


PAGE_TYPES = (HomePage, NewsIndexPage, NewsPage, EventIndexPage, EventRecapPage, PeopleIndexPage, PersonPage)


class RenderAndPreviewTests(WagtailPageTestCase):
    def test_every_demo_page_type_renders_in_both_languages(self):
        for model in PAGE_TYPES:
            for language in ("en", "nb"):
                page = model.objects.filter(locale__language_code=language).first()
                with self.subTest(page=page):
                    self.assertPageIsRenderable(page)

    def test_editors_can_preview_index_and_home_pages(self):
        # Norwegian pages are edited in wagtail-localize's translation editor, which has its own preview.
        for model in (HomePage, NewsIndexPage, EventIndexPage, PeopleIndexPage):
            page = model.objects.get(locale__language_code="en")
            with self.subTest(page=page):
                self.assertPageIsPreviewable(page)

    def test_editors_can_preview_pages_with_stream_fields(self):
        # StreamFields are drawn by JavaScript, so the form data is given rather than scraped.
        person = PersonPage.objects.get(slug="magnus-essand", locale__language_code="en")
        no_inlines = {
            name: inline_formset([]) for name in ("topic_links", "author_links", "mention_links", "related_links")
        }
        body = streamfield(
            [
                ("paragraph", rich_text("<p>Unsaved text.</p>")),
                ("quote", {"text": "A quote.", "person": person.pk, "name": "", "role": ""}),
            ]
        )
        cases = [
            (
                NewsPage.objects.filter(locale__language_code="en").first(),
                {
                    "title": "Draft title",
                    "slug": "draft",
                    "date": "2025-01-01",
                    "standfirst": "x",
                    "hero": streamfield([]),
                    "body": body,
                    **no_inlines,
                },
            ),
            (
                EventRecapPage.objects.get(locale__language_code="en"),
                {
                    "title": "Draft recap",
                    "slug": "draft-recap",
                    "event_name": "Draft",
                    "start_date": "2025-01-23",
                    "standfirst": "x",
                    "hero": streamfield([]),
                    "body": body,
                    "speakers": inline_formset([{"person": person.pk, "talk_title": "Talk"}]),
                    "sponsors": inline_formset([]),
                },
            ),
            (person, {"title": person.title, "slug": person.slug, "links": streamfield([])}),
        ]
        for page, data in cases:
            with self.subTest(page=page):
                self.assertPageIsPreviewable(page, post_data=nested_form_data(data))
