"""
Pages for the migrations test, run inside a scratch site (``manage.py shell -c``): ``make()`` creates
a news article and an event recap with a hero, an image and a gallery, each with a revision;
``read()`` prints their photos as JSON; ``read_first_schema()`` prints them as the first schema
(news and events ``0001``) stores them, read with SQL since the models no longer match it.
"""

import json

from django.db import connection
from wagtail.models import Page, Revision

from demo.factories import (
    EventIndexPageFactory,
    EventRecapPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    generated_image_file,
    hero,
    photo_value,
)

TABLES = {"news": "news_newspage", "events": "events_eventrecappage"}


def _photo(image, alt_text, caption):
    return {"image": photo_value(image, alt_text), "caption": caption, "credit": "Foto: Test"}


def make():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="migration-home")
    image = ImageFactory(title="Migration test", file=generated_image_file("migration", 40, 30, "migration.png"))
    body = [
        {"type": "image", "value": _photo(image, "A body image", "Body caption"), "id": "body-image"},
        {
            "type": "gallery",
            "value": {
                "title": "Gallery",
                "images": [{"type": "item", "value": _photo(image, "A gallery image", "In the gallery"), "id": "g1"}],
            },
            "id": "gallery",
        },
    ]
    for index_factory, factory in (
        (NewsIndexPageFactory, NewsPageFactory),
        (EventIndexPageFactory, EventRecapPageFactory),
    ):
        page = factory(
            parent=index_factory(parent=home),
            slug=f"migrated-{factory._meta.model._meta.app_label}",
            hero=hero(image, "The hero", "Hero caption", "Foto: Hero"),
            body=body,
        )
        page.save_revision()
    print(json.dumps({"image": image.pk}))


def _without_ids(stream):
    return [{key: value for key, value in block.items() if key != "id"} for block in stream]


def read():
    result = {}
    for app_label in TABLES:
        page = Page.objects.get(slug=f"migrated-{app_label}").specific
        content = Revision.objects.filter(object_id=str(page.pk)).latest("pk").content
        result[app_label] = {
            "hero": _without_ids(page.hero.raw_data),
            "body": list(page.body.raw_data),
            "revision_hero": _without_ids(json.loads(content["hero"])),
            "revision_body": json.loads(content["body"]),
        }
    print(json.dumps(result, sort_keys=True))


def read_first_schema():
    result = {}
    with connection.cursor() as cursor:
        for app_label, table in TABLES.items():
            cursor.execute(
                f"SELECT p.hero_image_id, p.hero_alt_text, p.body FROM {table} p "  # noqa: S608
                "JOIN wagtailcore_page w ON w.id = p.page_ptr_id WHERE w.slug = %s",
                [f"migrated-{app_label}"],
            )
            hero_image, hero_alt_text, body = cursor.fetchone()
            result[app_label] = {"hero_image": hero_image, "hero_alt_text": hero_alt_text, "body": json.loads(body)}
    print(json.dumps(result, sort_keys=True))
