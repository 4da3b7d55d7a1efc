"""
Pictures as a reader's browser gets them: AVIF and WebP with a JPEG fallback, sizes, dimensions (no
layout shift), the page's largest image first and at once, the rest lazy; a gallery that works
without JavaScript.
"""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import render_to_string
from PIL import Image

from core.cards import cards_for
from home.models import HomePage
from news.models import NewsPage
from tests.helpers import html

pytestmark = pytest.mark.django_db

RECAP = "cancer-crosslinks-2025"


def pictures(soup):
    return soup.select("main picture")


def assert_modern_picture(picture):
    """AVIF first, then WebP, then a JPEG <img> with srcset, sizes and its own width and height."""
    assert [source["type"] for source in picture.select("source")] == ["image/avif", "image/webp"]
    for source in picture.select("source"):
        assert source["srcset"] and source["sizes"]
    img = picture.img
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["sizes"] and "w, " in img["srcset"]


def loading(picture):
    return picture.img.get("loading"), picture.img.get("fetchpriority")


def test_recap_hero_is_a_modern_picture_loaded_first_and_the_rest_lazily(client, page_in):
    soup = html(client.get(page_in(RECAP, "nb").url))
    hero, *others = pictures(soup)
    assert hero.find_parent("figure")["class"] == ["hero"]
    assert_modern_picture(hero)
    assert loading(hero) == ("eager", "high")
    assert others, "the recap has a gallery and speakers"
    for picture in others:
        assert_modern_picture(picture)
        assert loading(picture) == ("lazy", None)


def test_article_hero_alt_text_is_the_photos_own(client, page_in):
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    alt_text = article.hero_photo()["image"].contextual_alt_text
    hero = html(client.get(article.url)).select_one(".hero picture img")
    assert alt_text and hero["alt"] == alt_text


# Needs templates/home/home_page.html to pass priority=True to its first card section.
@pytest.mark.parametrize("language", ["nb", "en"])
def test_home_page_first_card_is_loaded_first_and_the_rest_lazily(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    first, *others = html(client.get(home.url)).select(".card picture")
    assert_modern_picture(first)
    assert loading(first) == ("eager", "high")
    assert others and all(loading(picture) == ("lazy", None) for picture in others)


def test_person_card_pictures_fit_their_small_circle(client, page_in):
    speaker = html(client.get(page_in(RECAP, "en").url)).select_one(".person-card picture")
    assert_modern_picture(speaker)
    assert speaker.img["sizes"] == "4.5rem"
    assert loading(speaker) == ("lazy", None)


def test_gallery_without_javascript_is_figures_linking_to_the_large_picture(client, page_in):
    gallery = html(client.get(page_in(RECAP, "nb").url)).select_one(".gallery")
    figures = gallery.select("li > figure")
    assert len(figures) == 6
    for figure in figures:
        link = figure.select_one("a[href]")
        thumbnail = link.select_one("picture img")
        with Image.open(Path(settings.MEDIA_ROOT) / link["href"].removeprefix(settings.MEDIA_URL)) as large:
            assert large.format == "JPEG"
            assert large.width >= 1000 > int(thumbnail["width"])
        assert thumbnail["alt"], "the link is named by the picture's alt text"
        assert figure.select_one("figcaption .credit").get_text().startswith("Illustrasjon:")  # drawn for the demo
    assert gallery.select_one("template.gallery__dialog").find("dialog"), "what the script opens"
    assert gallery.select_one("script[src$='js/gallery.js']")["type"] == "module"


def test_pages_without_a_gallery_load_no_gallery_script(client):
    article = NewsPage.objects.live().filter(locale__language_code="nb").first()
    assert not html(client.get(article.url)).select("script[src$='js/gallery.js']")


def test_card_section_loads_its_first_card_first_only_when_asked(page_in):
    recaps = [page_in(RECAP, "nb")]
    news = list(NewsPage.objects.live().filter(locale__language_code="nb")[:2])
    cards = cards_for([*recaps, *news])
    for priority, expected in ((True, ("eager", "high")), (False, ("lazy", None))):
        soup = BeautifulSoup(
            render_to_string(
                "components/card_section.html", {"cards": cards, "heading": "Cards", "id": "c", "priority": priority}
            ),
            "html.parser",
        )
        first, *others = soup.select(".card picture")
        assert_modern_picture(first)
        assert loading(first) == expected
        assert [loading(picture) for picture in others] == [("lazy", None)] * len(news)


def test_one_picture_tag_gives_each_image_its_own_renditions_and_parses_its_specs_once(monkeypatch):
    """``{% picture %}`` (core/templatetags/image_tags.py) keeps its filters from one image to the next."""
    from django.template import engines
    from django.utils.functional import cached_property
    from wagtail.images import get_image_model
    from wagtail.images.models import Filter

    images = list(get_image_model().objects.order_by("pk")[:2])
    assert len(images) == 2
    template = engines["django"].from_string(
        "{% load image_tags %}{% for image in images %}{% picture image format-{webp,jpeg} width-{100,200} %}{% endfor %}"
    )
    parsed = []
    parse = Filter.operations.func

    def counted_parse(self):
        parsed.append(self.spec)
        return parse(self)

    operations = cached_property(counted_parse)
    operations.__set_name__(Filter, "operations")
    monkeypatch.setattr(Filter, "operations", operations)
    soup = BeautifulSoup(template.render({"images": images}) + template.render({"images": images}), "html.parser")
    specs = Filter.expand_spec("format-{webp,jpeg} width-{100,200}")
    assert sorted(parsed) == sorted(specs), "each spec parsed once, for two images rendered twice"
    rendered = soup.select("picture")
    assert len(rendered) == 4
    for picture, image in zip(rendered, images * 2, strict=True):
        own = {rendition.url for rendition in image.get_renditions(*specs).values()}
        shown = {picture.img["src"]} | {
            candidate.split()[0] for tag in (picture.img, picture.source) for candidate in tag["srcset"].split(",")
        }
        assert shown == own, "each image's own renditions"
