from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from demo.factories import ImageFactory
from news.models import NewsIndexPage, NewsPage

# Wagtail's ImageBlock message, in the Norwegian the admin speaks by default (from locale/nb).
ALT_TEXT_MISSING = "Skriv en alternativ tekst for bildet, eller merk det som dekorativt."


def gallery(*images):
    """A body holding one gallery, in the admin form's format (a ListBlock's items are numbered like a stream's)."""
    photos = [("item", {"image": image, "caption": "", "credit": "", "credit_kind": "photo"}) for image in images]
    return streamfield([("gallery", {"title": "", "images": streamfield(photos)})])


class GalleryAltTextTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.news_index = NewsIndexPage.objects.get(locale__language_code="en")
        self.image = ImageFactory(title="Lab")

    def save_draft(self, slug, body):
        data = {
            "title": slug,
            "slug": slug,
            "date": "2026-01-05",
            "standfirst": "x",
            "hero": streamfield([]),
            "body": body,
            "topic_links": inline_formset([]),
            "author_links": inline_formset([]),
            "mention_links": inline_formset([]),
            "related_links": inline_formset([]),
        }
        return self.client.post(f"/admin/pages/add/news/newspage/{self.news_index.pk}/", nested_form_data(data))

    def test_draft_with_gallery_image_without_alt_text_is_refused(self):
        refused = self.save_draft(
            "undescribed-gallery", gallery({"image": self.image.pk, "alt_text": "", "decorative": ""})
        )
        self.assertEqual(refused.status_code, 200)
        self.assertContains(refused, ALT_TEXT_MISSING)
        self.assertFalse(NewsPage.objects.filter(slug="undescribed-gallery").exists())

    def test_draft_with_described_or_decorative_gallery_images_is_saved(self):
        self.save_draft(
            "described-gallery",
            gallery(
                {"image": self.image.pk, "alt_text": "A pipette over a dish", "decorative": ""},
                {"image": self.image.pk, "alt_text": "", "decorative": "on"},
            ),
        )
        draft = NewsPage.objects.get(slug="described-gallery")
        self.assertFalse(draft.live)
        photos = draft.body[0].value["images"]
        self.assertEqual(photos[0]["image"].contextual_alt_text, "A pipette over a dish")
        self.assertTrue(photos[1]["image"].decorative)
