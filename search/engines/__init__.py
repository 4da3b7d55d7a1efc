"""
Wagtail search backends for a real engine, one per language.

Each backend gets ``LANGUAGE`` in its settings and indexes only objects in that language, with
that language's analyzers (``search.analysis``). Updates that fail while the engine is away are
recorded as ``MissedIndexUpdate`` rows, which ``manage.py search_catch_up`` replays.
"""

from wagtail.models import Locale


def _language_of(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    languages = _LocaleCodes.get()
    if locale_id not in languages:
        languages = _LocaleCodes.get(refresh=True)
    return languages.get(locale_id)


class _LocaleCodes:
    _codes = None

    @classmethod
    def get(cls, refresh=False):
        if cls._codes is None or refresh:
            cls._codes = dict(Locale.objects.values_list("pk", "language_code"))
        return cls._codes


def language_aware(backend_class):
    """A subclass of ``backend_class`` whose index holds only one language's objects."""

    class LanguageIndex(backend_class.index_class):
        def add_item(self, item):
            if _language_of(item) == self.backend.language:
                super().add_item(item)

        def add_items(self, model, items):
            items = [item for item in items if _language_of(item) == self.backend.language]
            if items:
                super().add_items(model, items)

    class LanguageSearchBackend(backend_class):
        index_class = LanguageIndex

        def __init__(self, params):
            params = dict(params)
            self.language = params.pop("LANGUAGE")
            super().__init__(params)

        def add(self, obj):
            if _language_of(obj) != self.language:
                return
            try:
                super().add(obj)
            except Exception:
                _record_missed(self, obj, "add")
                raise

        def delete(self, obj):
            if _language_of(obj) not in (None, self.language):
                return
            try:
                super().delete(obj)
            except Exception:
                _record_missed(self, obj, "delete")
                raise

    LanguageSearchBackend.__name__ = f"Language{backend_class.__name__}"
    return LanguageSearchBackend


def _record_missed(backend, obj, action):
    from search.models import MissedIndexUpdate

    MissedIndexUpdate.record(backend.language, obj, action)
