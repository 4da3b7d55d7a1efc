"""
What a page's StreamFields show, read before they are converted: every image in one query with
its renditions in one more, whatever the number of photos, galleries and cards, and the pages its
blocks choose (quoted people) from the page's own query of its links.

Left alone, a StreamField reads its images once per block type (the hero, the body's photos, its
galleries) and its chosen pages once more, and each ``{% picture %}`` then looks its renditions up
(in the "renditions" cache, or the database when that is cold). A page instead names the images it
needs (``stream_image_ids``), reads them with ``fetch_images`` and converts its StreamFields with
``convert_streams``: the choosers take their objects from there.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from wagtail.blocks import ListBlock, PageChooserBlock, StreamBlock, StructBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

_images = ContextVar("preloaded_images", default=None)
_pages = ContextVar("preloaded_pages", default=None)


def fetch_images(image_ids):
    """``{id: image}`` for ``image_ids``, with all their renditions: two queries (none without ids)."""
    image_ids = {pk for pk in image_ids if pk}
    if not image_ids:
        return {}
    return get_image_model().objects.prefetch_renditions().in_bulk(image_ids)


@contextmanager
def preloaded(images_by_id, pages_by_id=None):
    """
    Within this block, image choosers take their images from ``images_by_id`` when it has them all,
    and page choosers their pages from ``pages_by_id`` (a page missing there is one no reader may
    see: the chooser gives None, as for a deleted page).
    """
    tokens = _images.set(images_by_id), _pages.set(pages_by_id)
    try:
        yield
    finally:
        _images.reset(tokens[0])
        _pages.reset(tokens[1])


def convert_streams(stream_values, images_by_id, pages_by_id=None):
    """
    Convert ``stream_values`` (StreamField values) now, with the images and pages given: a
    StreamValue keeps what it converted, so rendering it later queries nothing.
    """
    with preloaded(images_by_id, pages_by_id):
        for stream_value in stream_values:
            for _block in stream_value:
                pass


def image_ids_in(block, raw_value):
    """Ids of the images a block's raw (JSON) value names, at any depth."""
    if raw_value is None:
        return []
    if isinstance(block, ImageChooserBlock):
        return [raw_value] if isinstance(raw_value, int) else []
    if isinstance(block, StreamBlock):
        return [
            pk
            for child in raw_value
            if child.get("type") in block.child_blocks
            for pk in image_ids_in(block.child_blocks[child["type"]], child.get("value"))
        ]
    if isinstance(block, ListBlock):
        items = [item["value"] if isinstance(item, dict) and "type" in item else item for item in raw_value]
        return [pk for item in items for pk in image_ids_in(block.child_block, item)]
    if isinstance(block, StructBlock) and isinstance(raw_value, dict):
        return [
            pk
            for name, child in block.child_blocks.items()
            if name in raw_value
            for pk in image_ids_in(child, raw_value[name])
        ]
    return []


def stream_image_ids(stream_value):
    """Ids of the images in a StreamField value, read from its raw data."""
    return image_ids_in(stream_value.stream_block, list(stream_value.raw_data))


class PreloadedImageChooserBlock(ImageChooserBlock):
    """
    Wagtail's image chooser, taking its images from ``preloaded`` when it has them all. Each use
    gets its own copy (an ImageBlock writes the alt text of its use onto the image).
    """

    def bulk_to_python(self, values):
        images = _images.get()
        values = list(values)
        if images is None or not all(value in images for value in values if value is not None):
            return super().bulk_to_python(values)
        return [_own_copy(images[value]) if value is not None else None for value in values]


def _own_copy(image):
    """
    A copy of ``image`` for one use, with copies of its prefetched renditions pointing at it:
    a rendition's ``alt`` reads its image's ``contextual_alt_text``, and Wagtail points renditions
    found in the cache at the image asking (``find_existing_renditions``) but leaves prefetched
    ones pointing at the image they were read with (Wagtail 8.0).
    """
    own = copy.copy(image)
    renditions = getattr(image, "prefetched_renditions", None)
    if renditions is not None:
        own.prefetched_renditions = [copy.copy(rendition) for rendition in renditions]
        for rendition in own.prefetched_renditions:
            rendition.image = own
    return own


class PreloadedPageChooserBlock(PageChooserBlock):
    """Wagtail's page chooser, taking its pages from ``preloaded`` when given; the same in migrations."""

    canonical_module_path = "wagtail.blocks.PageChooserBlock"

    @cached_property
    def widget(self):
        # Imported here, as Wagtail's own block does: the admin's widgets need the models loaded.
        from .upstream_fixes import PageChooserNamingItsType

        return PageChooserNamingItsType(target_models=self.target_models, can_choose_root=self.can_choose_root)

    def bulk_to_python(self, values):
        pages = _pages.get()
        if pages is None:
            return super().bulk_to_python(values)
        return [pages.get(value) if value is not None else None for value in values]
