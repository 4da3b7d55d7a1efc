"""
What a changed text was translated as before. A sync extracts the source's new strings; wagtail-localize
then shows a changed string as untranslated, and its earlier translation (stored against the old
string, in the same place of the page) is no longer shown anywhere. ``earlier_translations`` finds
it again, so the translator can start from it: shown beside the translation editor, never filled
in for them (a translation of the old text must not count as a translation of the new one).
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail_localize.models import StringSegment, StringTranslation


@dataclass
class EarlierTranslation:
    source_text: str  # the source's text now, untranslated
    translations: list  # what the same place held, translated, before the source changed (newest first)


def earlier_translations(translation):
    segments = list(StringSegment.objects.filter(source=translation.source).select_related("string").order_by("order"))
    current_strings = {segment.string_id for segment in segments}
    translated = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, translation_of_id__in=current_strings
        ).values_list("translation_of_id", "context_id")
    )
    untranslated = [segment for segment in segments if (segment.string_id, segment.context_id) not in translated]
    if not untranslated:
        return []
    before = defaultdict(list)
    for context_id, text in (
        StringTranslation.objects.filter(
            locale=translation.target_locale, context_id__in={segment.context_id for segment in untranslated}
        )
        .exclude(translation_of_id__in=current_strings)
        .order_by("-updated_at")
        .values_list("context_id", "data")
    ):
        before[context_id].append(text)
    return [
        EarlierTranslation(segment.string.data, before[segment.context_id])
        for segment in untranslated
        if before[segment.context_id]
    ]
