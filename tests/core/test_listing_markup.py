"""Listings as a screen reader and a phone meet them: headings in order, the first picture not lazy."""

import pytest

from tests.helpers import html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/news/", "/nb/arrangementer/"])
def test_listing_cards_are_headed_one_level_below_the_page(client, path):
    soup = html(client.get(path))
    levels = [int(tag.name[1]) for tag in soup.select("main h1, main h2, main h3, main h4")]
    assert levels[0] == 1
    assert soup.select("main .card__title"), "the control: the listing has cards"
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


@pytest.mark.django_db
def test_a_listings_first_card_picture_loads_at_once_and_the_rest_lazily(client):
    images = html(client.get("/en/news/")).select("main .card img")
    assert len(images) > 1
    assert images[0].get("loading") == "eager" and images[0].get("fetchpriority") == "high"
    assert all(image.get("loading") == "lazy" for image in images[1:])
