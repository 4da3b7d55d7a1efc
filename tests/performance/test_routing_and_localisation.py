"""
Routing and localisation cost what they must, once: a page is found by one query on its address
(not one per tree level), and everything the language switcher, hreflang links, menu, breadcrumbs
and provenance note need comes from one query. And the upstream behaviour this relies on
(``core.preload``) still holds.
"""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import PageChooserBlock
from wagtail.models import Page, Site

from core.blocks import BodyStreamBlock, LabelledImageBlock, QuoteBlock
from core.family import page_family, page_language_links
from core.preload import fetch_images, preloaded, stream_image_ids
from demo.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _plain_views(settings):
    settings.PAGE_CACHE_ENABLED = False


def test_a_page_is_found_by_one_query_on_its_address_not_one_per_level(client, page_in):
    recap = page_in("cancer-crosslinks-2025", "nb")
    client.get(recap.url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(recap.url)
    assert response.status_code == 200
    sql = [query["sql"] for query in captured.captured_queries]
    assert sum('"url_path" =' in query for query in sql) == 1
    assert not [query for query in sql if '"slug" =' in query], "Wagtail's query per tree level is back"
    assert not [query for query in sql if query.startswith('SELECT "wagtailcore_pageviewrestriction"')], (
        "the view restrictions were read on their own, although routing had found there were none"
    )


def family_request(page):
    request = RequestFactory().get(page.url, HTTP_HOST="localhost")
    Site.find_for_request(request)  # the site, read once per request whatever the page
    return request


def test_switcher_hreflang_menu_breadcrumbs_and_provenance_take_one_query(page_in, django_assert_num_queries):
    norwegian = page_in("cancer-crosslinks-2025", "nb")
    request = family_request(norwegian)
    with django_assert_num_queries(1):
        links = page_language_links(norwegian, request)
        family = page_family(request, norwegian)
        assert family.home.depth == 2 and family.menu and len(family.ancestors) == 3
        assert family.provenance.original.locale.language_code == "en"
    assert {link.language_code for link in links} == {"nb", "en"}
    assert not any(link.is_fallback for link in links)


def test_an_untranslated_page_finds_its_nearest_translated_ancestor_in_the_same_query(
    page_in, django_assert_num_queries
):
    news = NewsIndexPage.objects.get(locale__language_code="en")
    untranslated = NewsPageFactory(parent=news, title="Only in English", slug="only-in-english")
    request = family_request(untranslated)
    with django_assert_num_queries(1):
        links = {link.language_code: link for link in page_language_links(untranslated, request)}
    assert links["nb"].is_fallback and links["nb"].page.translation_key == news.translation_key


# -- what core.preload relies on upstream ---------------------------------------------------------------


def test_the_quoted_person_chooser_is_wagtails_own_in_migrations():
    # core.preload's chooser names Wagtail's class (Block.canonical_module_path), so that no
    # migration refers to ours; ImageBlock deconstructs without its children (so our chooser in
    # LabelledImageBlock does not show either).
    person = QuoteBlock().child_blocks["person"]
    assert type(person) is not PageChooserBlock  # ours, but named as Wagtail's
    assert person.deconstruct()[0] == "wagtail.blocks.PageChooserBlock"
    assert LabelledImageBlock().deconstruct() == ("wagtail.images.blocks.ImageBlock", [], {})


def test_a_body_converted_with_its_images_and_pages_queries_nothing(page_in, django_assert_num_queries):
    # StreamField conversion goes through the choosers' bulk_to_python: if Wagtail stopped calling
    # it, bodies would query their images and pages again.
    recap = page_in("cancer-crosslinks-2025", "en")
    raw = list(recap.body.raw_data)
    images = fetch_images(stream_image_ids(recap.body))
    quoted = BodyStreamBlock.quoted_page_ids(recap.body)
    assert images and quoted
    people = {pk: Page.objects.get(pk=pk).specific for pk in quoted}
    with django_assert_num_queries(0), preloaded(images, people):
        blocks = list(BodyStreamBlock().to_python(raw))
        gallery = next(block for block in blocks if block.block_type == "gallery")
        assert all(photo["image"].pk in images for photo in gallery.value["images"])
        for raw_block, block in zip(raw, blocks, strict=True):
            if block.block_type == "quote":
                assert block.value["person"] is people[raw_block["value"]["person"]]


def test_each_use_of_a_preloaded_image_keeps_its_own_alt_text_in_its_renditions(page_in):
    # Prefetched renditions point at the image they were read with (Wagtail 8.0 re-points only
    # those found in the cache): core.preload gives each use its own copies.
    recap = page_in("cancer-crosslinks-2025", "en")
    image_id = stream_image_ids(recap.hero)[0]
    images = fetch_images([image_id])
    spec = images[image_id].prefetched_renditions[0].filter_spec
    values = [{"image": image_id, "alt_text": alt, "decorative": False} for alt in ("First use", "Second use")]
    with preloaded(images):
        first, second = LabelledImageBlock().bulk_to_python(values)
    assert first.get_renditions(spec)[spec].alt == "First use"
    assert second.get_renditions(spec)[spec].alt == "Second use"
