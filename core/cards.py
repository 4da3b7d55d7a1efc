"""
Cards: a page shown in a list (a news listing, related pages, a person among speakers) with its
picture. Every list of cards gets its images in one query, whatever the pages' types.
"""

from dataclasses import dataclass

from .preload import fetch_images


@dataclass(frozen=True)
class CardImage:
    """Which image a page shows on its card, read without loading the image."""

    image_id: int
    alt_text: str = ""  # empty: decorative (the card's title says what it is)


@dataclass(frozen=True)
class PageLink:
    """A page one page links to, with a line of context (a speaker's talk title, say)."""

    page_id: int
    note: str = ""


@dataclass
class Card:
    page: object
    image: object = None  # a Wagtail image, or None
    alt_text: str = ""
    note: str = ""  # a line of context the list adds, such as a speaker's talk title


def _card_image(page):
    return getattr(page, "card_image", lambda: None)()


def card_image_ids(pages):
    """Ids of the images the cards of ``pages`` show, for a page that reads all its images at once."""
    return [card_image.image_id for page in pages if (card_image := _card_image(page))]


def cards_for(pages, notes=None, images=None):
    """
    A card for each of ``pages`` (specific pages, in order), with the image each page's
    ``card_image()`` names; ``notes`` optionally gives each card a line of its own. ``images``
    (``{id: image}``, from ``core.preload.fetch_images``) has the images when the page read them
    with its own; otherwise they are read here, in one query with their renditions in one more.
    """
    pages = list(pages)
    wanted = [_card_image(page) for page in pages]
    if images is None:
        images = fetch_images(card_image.image_id for card_image in wanted if card_image)
    notes = list(notes) if notes is not None else [""] * len(pages)
    return [
        Card(
            page=page,
            image=images.get(card_image.image_id) if card_image else None,
            alt_text=card_image.alt_text if card_image else "",
            note=note,
        )
        for page, card_image, note in zip(pages, wanted, notes, strict=True)
    ]
