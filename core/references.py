"""
An edited page or snippet points at pages and snippets in its own language.

Wagtail's page chooser searches every language (its browse view keeps to the edited page's
language, its search does not), so an English article could quote the Norwegian person: renaming
the English person then changed nothing on it, and the reference index tied it to the wrong
page. ``in_edited_language`` keeps the chooser's search to the language it was opened in; the
admin forms (``core.forms``) move each reference to its same-language translation with
``same_language_references``, or refuse it when there is none.
"""

from dataclasses import dataclass

from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin

PAGE_CHOOSER_SEARCH = "wagtailadmin_choose_page_search"


def in_edited_language(pages, request):
    """
    A ``construct_page_chooser_queryset`` hook: the page chooser's search results in the language
    the chooser was opened in. Wagtail's chooser sends the edited object's language as ``locale``
    and carries it into its search form; its browse view already filters on it, and lets the editor
    switch language there.
    """
    language = request.GET.get("locale")
    if language and request.resolver_match and request.resolver_match.url_name == PAGE_CHOOSER_SEARCH:
        # By the locale itself: the search backends filter only on fields Page indexes (``locale``).
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            return pages.filter(locale=locale)
    return pages


@dataclass
class OtherLanguageReference:
    """A reference to ``target``, in another language than the object holding it, with no translation to take."""

    label: str
    target: models.Model


def same_language_references(instance, locale_id, field_names):
    """
    Replace each reference ``instance`` holds, in the fields named, to a translatable object in
    another language than ``locale_id`` (ForeignKeys, and chooser blocks in StreamFields) with that
    object's translation. Returns the references that could not be replaced, having no translation
    in ``locale_id``: ``{field name: [OtherLanguageReference, ...]}``.
    """
    missing = {}
    for field in instance._meta.concrete_fields:
        if field.name not in field_names:
            continue
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, TranslatableMixin):
            target = getattr(instance, field.name)
            if _in_other_language(target, locale_id):
                translated = target.get_translation_or_none(locale_id)
                if translated is None:
                    missing[field.name] = [OtherLanguageReference(field.verbose_name, target)]
                else:
                    setattr(instance, field.name, translated)
        elif isinstance(field, StreamField):
            stream = getattr(instance, field.name)
            problems = []
            _localize_stream_value(field.stream_block, stream, locale_id, problems)
            if problems:
                missing[field.name] = problems
    return missing


def _in_other_language(target, locale_id):
    return isinstance(target, TranslatableMixin) and target.locale_id != locale_id


def _localize_stream_value(block, value, locale_id, problems, label=None):
    """``value`` with every translatable object chosen in it moved to ``locale_id``, changed in place where it can be."""
    if isinstance(block, blocks.StreamBlock) and value is not None:
        for child in value:
            child.value = _localize_stream_value(child.block, child.value, locale_id, problems, child.block.label)
    elif isinstance(block, blocks.ListBlock) and value is not None:
        for index, item in enumerate(value):
            translated = _localize_stream_value(block.child_block, item, locale_id, problems, label)
            if translated is not item:
                value[index] = translated  # a new list item: only when changed, as it takes a new id
    elif isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        for name, child_block in block.child_blocks.items():
            value[name] = _localize_stream_value(child_block, value.get(name), locale_id, problems, block.label)
    else:  # a leaf, or a struct block with a value of its own (``ImageBlock``'s image)
        if _in_other_language(value, locale_id):
            translated = value.get_translation_or_none(locale_id)
            if translated is None:
                problems.append(OtherLanguageReference(label or block.label, value))
            else:
                return translated
    return value
