"""
Wagtail search backends for a real engine, one per language.

Each backend gets ``LANGUAGE`` in its settings and indexes only objects in that language, with
that language's analyzers (``search.analysis``). Updates that fail while the engine is away are
recorded as ``MissedIndexUpdate`` rows, which ``manage.py search_catch_up`` replays.
"""

from django.core.cache import cache
from wagtail.models import Locale

PAUSE_KEY = "search:engine-paused"
PAUSE_SECONDS = 30


def engine_paused():
    """True for a while after the engine failed: searches and index updates skip it meanwhile."""
    return cache.get(PAUSE_KEY, False)


def pause_engine():
    cache.set(PAUSE_KEY, True, PAUSE_SECONDS)


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


# One typo in words of 4 to 7 letters, two from 8, and the first letter as typed: "Esand" finds
# Essand and "imunterapi" immunterapi, but "Hetland" does not find Hedlund (Wagtail's "AUTO" would).
FUZZINESS = {"fuzziness": "AUTO:4,8", "prefix_length": 1}


def language_aware(backend_class):
    """A subclass of ``backend_class`` whose index holds only one language's objects."""

    class QueryCompiler(backend_class.query_compiler_class):
        def _compile_fuzzy_query(self, query, fields):
            compiled = super()._compile_fuzzy_query(query, fields)
            if "multi_match" in compiled:
                compiled["multi_match"].update(FUZZINESS)
            else:
                for options in compiled["match"].values():
                    options.update(FUZZINESS)
            return compiled

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
        query_compiler_class = QueryCompiler

        def __init__(self, params):
            params = dict(params)
            self.language = params.pop("LANGUAGE")
            super().__init__(params)

        def ranked_pks(self, results, limit):
            """
            The pks of the best ``limit`` hits of ``results`` (a Wagtail search on this backend), in
            one request and without loading the objects: Wagtail scrolls past 100 hits, 100 at a
            time, loading each batch from the database, which is most of the cost of a search.
            """
            params = {
                "index": self.get_index_for_model(results.query_compiler.queryset.model).name,
                "_source": False,
                results.fields_param_name: "pk",
                "size": limit,
            }
            response = results._backend_do_search(results._get_es_body(), **params)
            return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

        def add(self, obj):
            if _language_of(obj) == self.language:
                self._update(super().add, obj, "add")

        def delete(self, obj):
            if _language_of(obj) in (None, self.language):
                self._update(super().delete, obj, "delete")

        def _update(self, method, obj, action):
            if engine_paused():
                _record_missed(self, obj, action)
                return
            try:
                method(obj)
            except Exception:
                _record_missed(self, obj, action)
                pause_engine()
                raise

    LanguageSearchBackend.__name__ = f"Language{backend_class.__name__}"
    return LanguageSearchBackend


def _record_missed(backend, obj, action):
    from search.models import MissedIndexUpdate

    MissedIndexUpdate.record(backend.language, obj, action)
