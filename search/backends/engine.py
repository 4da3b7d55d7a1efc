"""What our engine backends add to Wagtail's: one language per index, typo tolerance, outages survived."""

from wagtail.models import Locale

from ..outage import engine_answered, engine_paused, pause_engine, record_missed_update
from ..upstream import FuzzyOptionsMixin, engine_hit_pks

# One typo in words of 4 to 7 letters, two from 8, and the first letter as typed: "Esand" finds
# Essand and "imunterapi" immunterapi, but "Hetland" does not find Hedlund (Wagtail's "AUTO" would).
FUZZINESS = {"fuzziness": "AUTO:4,8", "prefix_length": 1}


def language_of(obj):
    """The language code of ``obj``'s locale, or None for objects without one."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in _language_codes:
        _language_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _language_codes.get(locale_id)


_language_codes = {}  # locale pk -> language code; locales are only ever added


class TypoTolerantQueryCompiler(FuzzyOptionsMixin):
    fuzzy_options = FUZZINESS


class LanguageIndexMixin:
    """An index that takes only the objects in its backend's language."""

    def add_item(self, item):
        if language_of(item) == self.backend.language:
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if language_of(item) == self.backend.language]
        if items:
            super().add_items(model, items)


class LanguageBackendMixin:
    """
    A backend for the objects of one language (``LANGUAGE`` in its settings). While the engine is
    paused after a failure, updates are recorded for ``search_catch_up`` instead of sent.
    """

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE")
        super().__init__(params)

    def ranked_pks(self, results, limit):
        """The pks of the best ``limit`` hits of ``results`` (a search on this backend), best first."""
        index = self.get_index_for_model(results.query_compiler.queryset.model)
        return engine_hit_pks(results, index.name, limit)

    def add(self, obj):
        if language_of(obj) == self.language:
            self._update(super().add, obj, "add")

    def delete(self, obj):
        if language_of(obj) in (None, self.language):
            self._update(super().delete, obj, "delete")

    def _update(self, method, obj, action):
        if engine_paused():
            record_missed_update(self.language, obj, action)
            return
        try:
            method(obj)
        except Exception:
            record_missed_update(self.language, obj, action)
            pause_engine()
            raise
        engine_answered()

    def deliver(self, action, model, object_id):
        """
        Sends one recorded update straight to the engine, whatever the pause, and raises if the
        engine does not take it (so that the record is kept). An object deleted since is deleted.
        """
        obj = model.objects.filter(pk=object_id).first() if model is not None else None
        if action == "add" and obj is not None:
            obj = obj.specific if hasattr(obj, "specific") else obj
            if language_of(obj) == self.language:
                super().add(obj)
        elif model is not None:
            super().delete(obj or model(pk=object_id))
