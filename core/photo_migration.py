"""
Data migration from the first schema's photos (an image id with alt text, caption and credit side
by side; a hero as separate fields) to ``PhotoBlock``s built on Wagtail's ``ImageBlock``, on the
pages and on every revision, so that no draft or history loses its pictures. Used by the news and
events migrations ``0002``.
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
