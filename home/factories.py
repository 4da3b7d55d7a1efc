"""Factories shared by the tests and the demo-content command."""

import io
import random

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.models import Collection

from .models import HomePage

PALETTES = [
    ("#8a1538", "#f4d6de"),
    ("#1d4e89", "#d7e5f5"),
    ("#2f6b3a", "#dcefd9"),
    ("#6b3fa0", "#e8dcf5"),
    ("#a35a00", "#fbe6cc"),
    ("#005f6b", "#d2eef1"),
]


def generated_image_file(seed, width=1200, height=800, name="image.png"):
    """A deterministic abstract picture drawn with Pillow: nothing is downloaded."""
    rng = random.Random(seed)  # noqa: S311 - repeatable pictures, not security
    dark, light = PALETTES[rng.randrange(len(PALETTES))]
    picture = PillowImage.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    for _shape in range(14):
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randrange(height // 12, height // 3)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=dark, width=rng.randrange(4, 18))
    draw.rectangle((0, height - height // 10, width, height), fill=dark)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return ImageFile(buffer, name=name)


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Generated image {n}")
    description = factory.LazyAttribute(lambda obj: obj.title)
    file = factory.LazyAttribute(lambda obj: generated_image_file(obj.title, name=f"{slugify(obj.title)}.png"))

    class Meta:
        django_get_or_create = ("title",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Oslo Cancer Cluster News"
    slug = "home"

    class Meta:
        model = HomePage
        django_get_or_create = ("parent", "slug")
