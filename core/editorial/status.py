"""
Where each translatable page and snippet stands in each language, from wagtail-localize's own
records rather than its "Up to date" label (which only changes when someone syncs):

- ``missing``: the object exists in another language only;
- ``draft``: its translation is not live, has changes not yet published, or untranslated strings;
- ``out_of_date``: its source was published (a page) or changed (a snippet without publishing)
  after the text was last extracted for translation (``TranslationSource.last_updated_at``);
- ``up_to_date``: none of these.

``statuses()`` computes them for every object in a fixed number of queries (a few per model, one
per language for the progress); ``describe_changes()`` names the fields whose text changed, for
the rows that are shown only (it reads the source object, so it costs a query or two per row).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page, get_translatable_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

MISSING = "missing"
DRAFT = "draft"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"

STATUS_CHOICES = [
    (MISSING, pgettext_lazy("translation status", "Missing")),
    (DRAFT, pgettext_lazy("translation status", "Draft")),
    (OUT_OF_DATE, pgettext_lazy("translation status", "Out of date")),
    (UP_TO_DATE, pgettext_lazy("translation status", "Up to date")),
]
STATUS_LABELS = dict(STATUS_CHOICES)
# What needs doing first: an absent translation, then one not live, then one behind its source.
STATUS_ORDER = {status: number for number, (status, _label) in enumerate(STATUS_CHOICES)}


@dataclass
class Row:
    """One object in one target language."""

    status: str
    model: type
    locale: Locale  # the language this row is about (the translation's)
    source: object  # the original (a Page, not specific, or a snippet)
    target: object = None  # the translation, when it exists
    translation_source_id: int = None
    translation_id: int = None
    progress: tuple = None  # (total, done) strings, for a translation
    stored_strings: dict = field(default_factory=dict)  # path -> [string], a snippet's extracted text
    changed: list = None  # the names of the fields whose text changed, once described

    @property
    def title(self):
        obj = self.target if self.target is not None else self.source
        return obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def type_label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def type_key(self):
        return model_key(self.model)

    @property
    def percent_done(self):
        if not self.progress or not self.progress[0]:
            return 100
        total, done = self.progress
        return int(100 * done / total)

    @property
    def is_page(self):
        return isinstance(self.source, Page)


def model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def snippet_models():
    """The translatable models that are not pages nor inline rows of another model (wagtail-localize's rule)."""
    return sorted(
        (
            model
            for model in get_translatable_models()
            if not issubclass(model, Page)
            and not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
        ),
        key=model_key,
    )


def page_models():
    return sorted(
        (model for model in get_translatable_models(include_subclasses=True) if issubclass(model, Page)),
        key=model_key,
    )


def type_choices():
    return [(model_key(model), capfirst(model._meta.verbose_name)) for model in page_models() + snippet_models()]


def _progress(source_ids_by_locale):
    """``{(source_id, locale_id): (total, done)}``, one query per target language (``Translation.get_progress``)."""
    progress = {}
    for locale_id, source_ids in source_ids_by_locale.items():
        if not source_ids:
            continue
        rows = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .annotate(
                is_translated=Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=locale_id,
                        has_error=False,
                    )
                )
            )
            .values("source_id")
            .annotate(
                total=Count("pk"),
                done=Coalesce(
                    Sum(Case(When(is_translated=True, then=Value(1)), default=Value(0), output_field=IntegerField())),
                    0,
                ),
            )
        )
        for row in rows:
            progress[(row["source_id"], locale_id)] = (row["total"], row["done"])
    return progress


def _stored_strings(source_ids):
    """``{source_id: {path: [string, ...]}}``: the text as extracted when the translations were last synced."""
    stored = defaultdict(lambda: defaultdict(list))
    segments = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .order_by("source_id", "order")
        .values_list("source_id", "context__path", "string__data")
    )
    for source_id, path, data in segments:
        stored[source_id][path].append(data)
    return stored


def _current_strings(instance):
    current = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            current[segment.path].append(segment.string.data)
    return current


def _changed_paths(current, stored):
    return sorted(path for path in set(current) | set(stored) if current.get(path, []) != stored.get(path, []))


def _field_label(instance, path):
    """``body.<block id>.…`` → "Body › Paragraph"; ``standfirst`` → "Standfirst"."""
    name, _dot, rest = path.partition(".")
    try:
        model_field = type(instance)._meta.get_field(name)
    except Exception:  # noqa: BLE001 (a path wagtail-localize made up: show it as it is)
        return name
    label = capfirst(getattr(model_field, "verbose_name", None) or name.replace("_", " "))
    block_id = rest.split(".", 1)[0]
    value = getattr(instance, name, None)
    if block_id and hasattr(value, "raw_data"):  # a StreamField: name the block too
        for block in value:
            if block.id == block_id:
                return f"{label} › {capfirst(block.block.label or block.block_type)}"
    return label


def _labels(instance, paths):
    labels = []
    for path in paths:
        label = _field_label(instance, path)
        if label not in labels:
            labels.append(label)
    return labels


class Statuses:
    """Every row for ``locales`` (all languages by default) and ``models`` (every translatable type)."""

    def __init__(self, locales=None, models=None):
        self.locales = list(locales) if locales is not None else list(Locale.objects.all())
        self.models = list(models) if models is not None else page_models() + snippet_models()
        self.rows = []
        locale_ids = {locale.pk for locale in self.locales}
        self.locales_by_id = {locale.pk: locale for locale in Locale.objects.all()}
        pages = [model for model in self.models if issubclass(model, Page)]
        if pages and locale_ids:
            self._pages(pages, locale_ids)
        for model in self.models:
            if not issubclass(model, Page) and locale_ids:
                self._objects(model, model._default_manager.all(), locale_ids)
        self._add_progress()
        self.rows.sort(key=lambda row: (STATUS_ORDER[row.status], row.type_key, row.title.lower(), row.locale.pk))

    # -- gathering ---------------------------------------------------------------------------
    def _pages(self, models, locale_ids):
        content_types = ContentType.objects.get_for_models(*models).values()
        pages = Page.objects.filter(depth__gt=1, content_type__in=content_types).order_by("path")
        self._objects(Page, pages, locale_ids)

    def _objects(self, model, objects, locale_ids):
        by_key = defaultdict(dict)
        for obj in objects:
            by_key[obj.translation_key][obj.locale_id] = obj
        if not by_key:
            return
        sources = defaultdict(list)  # translation key -> its TranslationSources, oldest first
        for source in (
            TranslationSource.objects.filter(object_id__in=by_key.keys())
            .only("id", "object_id", "locale_id", "last_updated_at")
            .order_by("pk")
        ):
            sources[source.object_id].append(source)
        all_sources = [source for group in sources.values() for source in group]
        translations = {
            (translation.source_id, translation.target_locale_id): translation
            for translation in Translation.objects.filter(
                source__in=all_sources, target_locale_id__in=locale_ids, enabled=True
            ).only("id", "source_id", "target_locale_id")
        }
        stored = _stored_strings([source.pk for source in all_sources]) if not issubclass(model, Page) else {}
        for key, versions in by_key.items():
            for locale_id in locale_ids:
                row = self._row(model, key, versions, locale_id, sources, translations, stored)
                if row is not None:
                    self.rows.append(row)

    def _row(self, model, key, versions, locale_id, sources, translations, stored):
        locale = self.locales_by_id[locale_id]
        found = None  # (TranslationSource, Translation) whose translation is in this language
        for source in sources.get(key, ()):
            if source.locale_id != locale_id and source.locale_id in versions:
                translation = translations.get((source.pk, locale_id))
                if translation is not None:
                    found = (source, translation)
                    break
        target = versions.get(locale_id)
        if found is None:
            if target is not None:
                return None  # an original here, or an alias, or made without wagtail-localize: nothing to track
            source_obj = self._original(versions, sources.get(key, ()))
            return Row(MISSING, source_obj.specific_class if model is Page else model, locale, source_obj)

        source, translation = found
        source_obj = versions[source.locale_id]
        row_model = source_obj.specific_class if model is Page else model
        if target is None:
            return Row(MISSING, row_model, locale, source_obj, translation_source_id=source.pk)
        row = Row(
            UP_TO_DATE,
            row_model,
            locale,
            source_obj,
            target=target,
            translation_source_id=source.pk,
            translation_id=translation.pk,
        )
        if getattr(target, "live", True) is False or getattr(target, "has_unpublished_changes", False):
            row.status = DRAFT
        elif self._out_of_date(source_obj, source, stored):
            row.status = OUT_OF_DATE
        return row

    @staticmethod
    def _original(versions, sources):
        """The version a missing translation would be made from: the one wagtail-localize knows as a source, else the oldest."""
        for source in sources:
            if source.locale_id in versions:
                return versions[source.locale_id]
        return min(versions.values(), key=lambda obj: obj.pk)

    @staticmethod
    def _out_of_date(source_obj, source, stored):
        published = getattr(source_obj, "last_published_at", None)
        if isinstance(source_obj, Page) or published is not None:
            return bool(published and published > source.last_updated_at)
        # A snippet saved without publishing: compare its text with what was extracted.
        return bool(_changed_paths(_current_strings(source_obj), stored.get(source.pk, {})))

    def _add_progress(self):
        wanted = defaultdict(set)
        for row in self.rows:
            if row.translation_id is not None:
                wanted[row.locale.pk].add(row.translation_source_id)
        progress = _progress(wanted)
        for row in self.rows:
            if row.translation_id is None:
                continue
            row.progress = progress.get((row.translation_source_id, row.locale.pk), (0, 0))
            total, done = row.progress
            if done < total and row.status != DRAFT:
                row.status = DRAFT

    # -- summary -----------------------------------------------------------------------------
    def counts(self):
        """``{locale_id: {status: count}}``."""
        counts = defaultdict(lambda: dict.fromkeys(STATUS_LABELS, 0))
        for row in self.rows:
            counts[row.locale.pk][row.status] += 1
        return counts


def describe_changes(rows):
    """Name the fields whose text changed since the last sync, for the out-of-date rows among ``rows``."""
    rows = [row for row in rows if row.status == OUT_OF_DATE]
    if not rows:
        return
    stored = _stored_strings([row.translation_source_id for row in rows])
    for row in rows:
        instance = row.source.specific if isinstance(row.source, Page) else row.source
        paths = _changed_paths(_current_strings(instance), stored.get(row.translation_source_id, {}))
        row.changed = _labels(instance, paths)
