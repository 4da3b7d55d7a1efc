"""
Data migration from the first schema's photos (an image id with alt text, caption and credit side
by side; a hero as separate fields) to ``PhotoBlock``s built on Wagtail's ``ImageBlock``, on the
pages and on every revision, so that no draft or history loses its pictures; and back, when the
migration is reversed. Used by the news and events migrations ``0002``.

Going back keeps every picture, its alt text, caption and credit, with two losses the first schema
has no room for: the "decorative" mark, and a hero's caption and credit on event recaps (whose
first schema had only ``hero_image`` and ``hero_alt_text``).
"""

import json

HERO_FIELDS = ("hero_image", "hero_alt_text", "hero_caption", "hero_credit")


def _image_block(image_id, alt_text):
    return {"image": image_id, "alt_text": alt_text or "", "decorative": False}


def _photo(old):
    if isinstance(old.get("image"), dict):  # already converted
        return old
    return {
        "image": _image_block(old.get("image"), old.get("alt_text")),
        "caption": old.get("caption", ""),
        "credit": old.get("credit", ""),
    }


def convert_body(blocks):
    for block in blocks:
        if block["type"] == "image":
            block["value"] = _photo(block["value"])
        elif block["type"] == "gallery":
            for item in block["value"]["images"]:
                item["value"] = _photo(item["value"])
    return blocks


def hero_from_fields(image_id, alt_text, caption="", credit=""):
    if not image_id:
        return []
    return [
        {"type": "photo", "value": {"image": _image_block(image_id, alt_text), "caption": caption, "credit": credit}}
    ]


def _stream(value):
    if isinstance(value, str):
        return json.loads(value or "[]")
    return list(value or [])


def _convert_content(content):
    """A revision's (or page's) field values, converted in place."""
    content["body"] = json.dumps(convert_body(_stream(content.get("body"))))
    if "hero" not in content:
        old = {field: content.get(field) for field in HERO_FIELDS}
        hero = hero_from_fields(
            old["hero_image"], old["hero_alt_text"], old["hero_caption"] or "", old["hero_credit"] or ""
        )
        content["hero"] = json.dumps(hero)
    for field in HERO_FIELDS:
        content.pop(field, None)
    return content


def migrate_photos(app_label, model_name):
    """A ``RunPython`` function converting ``app_label.model_name``'s pages and revisions."""

    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        own_fields = {field.attname for field in model._meta.concrete_fields}
        for page in model.objects.all():
            values = {"body": list(page.body.raw_data)}
            values.update(
                {field: getattr(page, _attname(field)) for field in HERO_FIELDS if _attname(field) in own_fields}
            )
            converted = _convert_content(values)
            model.objects.filter(pk=page.pk).update(
                body=json.loads(converted["body"]), hero=json.loads(converted["hero"])
            )
        content_types = apps.get_model("contenttypes", "ContentType").objects.filter(
            app_label=app_label, model=model_name.lower()
        )
        for revision in apps.get_model("wagtailcore", "Revision").objects.filter(content_type__in=content_types):
            revision.content = _convert_content(dict(revision.content))
            revision.save(update_fields=["content"])

    return forwards


def _attname(field):
    return "hero_image_id" if field == "hero_image" else field


# -- backwards ------------------------------------------------------------------------------------


def _old_photo(new):
    image = new.get("image")
    if not isinstance(image, dict):  # already in the first schema's form
        return new
    return {
        "image": image.get("image"),
        "alt_text": image.get("alt_text") or "",
        "caption": new.get("caption") or "",
        "credit": new.get("credit") or "",
    }


def body_to_first_schema(blocks):
    for block in blocks:
        if block["type"] == "image":
            block["value"] = _old_photo(block["value"])
        elif block["type"] == "gallery":
            for item in block["value"]["images"]:
                item["value"] = _old_photo(item["value"])
    return blocks


def hero_fields(hero, fields):
    """The first schema's hero fields (those of ``fields`` the model had) from a hero stream."""
    photo = _old_photo(hero[0]["value"]) if hero else {}
    values = {
        "hero_image": photo.get("image"),
        "hero_alt_text": photo.get("alt_text", ""),
        "hero_caption": photo.get("caption", ""),
        "hero_credit": photo.get("credit", ""),
    }
    return {field: value for field, value in values.items() if field in fields}


def restore_photos(app_label, model_name):
    """The reverse of ``migrate_photos``: ``app_label.model_name``'s pages and revisions in the first schema."""

    def backwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        images = apps.get_model("wagtailimages", "Image").objects
        fields = {field.name for field in model._meta.concrete_fields} & set(HERO_FIELDS)
        table, quote = model._meta.db_table, schema_editor.quote_name
        for page in model.objects.all():
            values = hero_fields(list(page.hero.raw_data), fields)
            if values.get("hero_image") and not images.filter(pk=values["hero_image"]).exists():
                values["hero_image"] = None  # the image was deleted: the old foreign key must not point at it
            model.objects.filter(pk=page.pk).update(**{_attname(field): value for field, value in values.items()})
            # Raw, since the model's StreamField (the new blocks until this migration is undone) would
            # read the first schema's photos back into the new form on saving.
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {quote(table)} SET {quote('body')} = %s WHERE {quote(model._meta.pk.column)} = %s",  # noqa: S608
                    [json.dumps(body_to_first_schema(list(page.body.raw_data))), page.pk],
                )
        content_types = apps.get_model("contenttypes", "ContentType").objects.filter(
            app_label=app_label, model=model_name.lower()
        )
        for revision in apps.get_model("wagtailcore", "Revision").objects.filter(content_type__in=content_types):
            content = dict(revision.content)
            content["body"] = json.dumps(body_to_first_schema(_stream(content.get("body"))))
            content.update(hero_fields(_stream(content.pop("hero", None)), fields))
            revision.content = content
            revision.save(update_fields=["content"])
        if schema_editor.connection.vendor == "postgresql":
            # The hero_image foreign keys set above leave deferred checks pending, and PostgreSQL
            # alters no table with pending checks in the transaction: run them now.
            with schema_editor.connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")

    return backwards
