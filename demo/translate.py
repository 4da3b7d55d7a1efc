"""Translating demo content the way an editor does: through wagtail-localize's own records."""

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    pass


def translate_with_localize(source_instance, target_locale, translated_instance, publish=True):
    """
    Create ``source_instance``'s translation in ``target_locale`` via wagtail-localize: a
    TranslationSource, a Translation, one StringTranslation per segment (imported as a PO file,
    as a translator would), then ``save_target``.

    ``translated_instance`` is an unsaved copy of the source with the target language's text in
    every translatable field; its segments are paired with the source's in order.

    Returns the translated object; an existing translation is returned unchanged.
    """
    existing = source_instance.get_translations().filter(locale=target_locale).first()
    if existing is not None:
        return existing

    source, _created = TranslationSource.get_or_create_from_instance(source_instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=target_locale, defaults={"enabled": True}
    )
    # Paired with the text as extracted (it may be older than the live object's, see the loader).
    strings = _paired_strings(source.as_instance(), translated_instance)
    po = translation.export_po()
    for entry in po:
        try:
            entry.msgstr = strings[(entry.msgctxt, entry.msgid)]
        except KeyError:
            raise TranslationMismatch(f"No translation for {entry.msgctxt}: {entry.msgid!r}") from None
    translation.import_po(po, tool_name="demo content")
    translation.save_target(publish=publish)
    return source_instance.get_translation(target_locale)


def _string_segments(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def _paired_strings(source_instance, translated_instance):
    source_segments = _string_segments(source_instance)
    translated_segments = _string_segments(translated_instance)
    if len(source_segments) != len(translated_segments):
        raise TranslationMismatch(
            f"{source_instance!r} has {len(source_segments)} strings to translate, "
            f"its translation {len(translated_segments)}."
        )
    return {
        (source.path, source.string.data): translated.string.data
        for source, translated in zip(source_segments, translated_segments, strict=True)
    }
