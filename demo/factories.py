"""Factories for every page type and snippet, shared by the demo-content command and the tests."""

import datetime
import io
import uuid

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Collection

from demo.pictures import draw_picture
from events.models import EventIndexPage, EventRecapPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, Topic
from people.models import PeopleIndexPage, PersonPage


def generated_image_file(seed, width=1200, height=800, name="image.png"):
    """A deterministic picture drawn with Pillow (``demo.pictures``): nothing is downloaded."""
    buffer = io.BytesIO()
    draw_picture(seed, width, height).save(buffer, format="PNG", optimize=True)
    return ImageFile(buffer, name=name)


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Generated image {n}")
    description = factory.LazyAttribute(lambda obj: obj.title)
    file = factory.LazyAttribute(lambda obj: generated_image_file(obj.title, name=f"{slugify(obj.title)}.png"))

    class Meta:
        django_get_or_create = ("title",)


def page_factory(page_model, **defaults):
    """A factory for ``page_model`` that finds the page again by parent and slug rather than duplicate it."""
    meta = type("Meta", (), {"model": page_model, "django_get_or_create": ("parent", "slug")})
    return type(f"{page_model.__name__}Factory", (wagtail_factories.PageFactory,), {"Meta": meta, **defaults})


def hero(image, alt_text="", caption="", credit="", block_id=None):
    """The raw value of an article's ``hero`` field: one photo."""
    return [
        {
            "type": "photo",
            "value": {"image": photo_value(image, alt_text), "caption": caption, "credit": credit},
            "id": block_id or str(uuid.uuid4()),
        }
    ]


def photo_value(image, alt_text):
    """The raw value of an ImageBlock."""
    return {"image": image.pk, "alt_text": alt_text, "decorative": not alt_text}


HomePageFactory = page_factory(HomePage, title="Oslo Cancer Cluster News", slug="home")
NewsIndexPageFactory = page_factory(NewsIndexPage, title="News", slug="news")
EventIndexPageFactory = page_factory(EventIndexPage, title="Events", slug="events")
PeopleIndexPageFactory = page_factory(PeopleIndexPage, title="People", slug="people")
NewsPageFactory = page_factory(
    NewsPage,
    title=factory.Sequence(lambda n: f"News article {n}"),
    date=factory.LazyFunction(lambda: datetime.date(2025, 1, 28)),
    standfirst="A short summary of the article.",
)
EventRecapPageFactory = page_factory(
    EventRecapPage,
    title=factory.Sequence(lambda n: f"Event recap {n}"),
    event_name=factory.LazyAttribute(lambda obj: obj.title),
    start_date=factory.LazyFunction(lambda: datetime.date(2025, 1, 23)),
    standfirst="What happened at the event.",
)
PersonPageFactory = page_factory(
    PersonPage, title=factory.Faker("name"), role="Researcher", organisation="Oslo Cancer Cluster"
)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))

    class Meta:
        model = Topic
        django_get_or_create = ("locale", "slug")
