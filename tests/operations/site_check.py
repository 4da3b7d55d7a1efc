"""
What a reader and an editor would see of the site, as one JSON line, run inside the site under test:
``manage.py shell -c "from tests.operations.site_check import facts; facts()"`` (what the database
holds; quick) or ``... import seen; seen()`` (that, and the pages, pictures and search as a reader
meets them). The backup test compares the site before the backup with the site after the restore.
"""

import json

from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

ARTICLE = "cancer-crosslinks-2025"
NORWEGIAN_TEXT = "ansatte i helseforvaltningen"  # in the Norwegian translation of ARTICLE
SEARCH_WORD = "immunterapi"


def article(language):
    return Page.objects.get(slug=ARTICLE, locale__language_code=language).specific


def _facts():
    source = TranslationSource.objects.get_for_instance(article("en"))
    found = Page.objects.live().filter(locale=Locale.objects.get(language_code="nb")).search(SEARCH_WORD)
    return {
        "pages": {
            language: Page.objects.filter(locale__language_code=language, depth__gt=1).count()
            for language in ("nb", "en")
        },
        "translation_sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "article_translated_to": sorted(
            Translation.objects.filter(source=source).values_list("target_locale__language_code", flat=True)
        ),
        "norwegian_title": article("nb").title,
        "images": get_image_model().objects.count(),
        "search_finds": sorted(page.slug for page in found),
    }


def facts():
    print(json.dumps(_facts(), sort_keys=True))


def seen():
    client = Client()
    result = _facts()
    norwegian = client.get(article("nb").url)

    images = get_image_model().objects.order_by("pk")
    image = images.first()
    image.renditions.filter(filter_spec="width-77").delete()  # so that it is made now, from the original file
    rendition = image.get_rendition("width-77")
    with translation.override("nb"):
        search_page = client.get(reverse("search:search"), {"q": SEARCH_WORD}).content.decode()

    result.update(
        {
            "norwegian_status": norwegian.status_code,
            "norwegian_text_shown": NORWEGIAN_TEXT in norwegian.content.decode(),
            "image_files_present": all(image.file.storage.exists(image.file.name) for image in images),
            "rendition_made": rendition.file.storage.exists(rendition.file.name),
            "search_page_links": sorted(slug for slug in result["search_finds"] if f"/{slug}/" in search_page),
        }
    )
    print(json.dumps(result, sort_keys=True))
