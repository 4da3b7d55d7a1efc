"""The page types readers can search, as their apps declare them (``core.models.BasePage``)."""

import functools

from django.contrib.contenttypes.models import ContentType
from wagtail.models import get_page_models


@functools.cache
def searchable_models():
    """``{type key: page model}`` for every page type with a ``search_type``."""
    return {model.search_type: model for model in get_page_models() if getattr(model, "search_type", None)}


def content_type_keys():
    """``{content type id: type key}`` for the searchable page types (Django caches content types)."""
    return {ContentType.objects.get_for_model(model).pk: key for key, model in searchable_models().items()}
