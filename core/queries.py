"""
Page queries whose cost does not grow with the content: pages read with their own type in one
query per page type, and whether readers may see them decided inside the query.

Wagtail's ``.public()`` costs one query for the view restrictions each time it is called, and
``.specific()`` reads the pages again; a page that links to people, articles and recaps paid for each.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet
from django.db.models import Exists, Expression, F, IntegerField, OuterRef, Value
from django.db.models.functions import Cast, Length, Substr
from modelcluster.queryset import FakeQuerySet
from wagtail.models import Page, PageViewRestriction


class IdList(Expression):
    """
    Integer ids for an ``__in`` filter (``pk__in=IdList(ids)``), sent as they are. Django prepares
    each value of a plain list through the field, one by one: for the thousand matches the search
    filters by, that was a fifth of a search's time.
    """

    output_field = IntegerField()

    def __init__(self, ids):
        super().__init__()
        self.ids = [int(pk) for pk in ids]

    def as_sql(self, compiler, connection):
        if not self.ids:
            raise EmptyResultSet  # as Django does for an empty list: the filter matches nothing
        return ", ".join(["%s"] * len(self.ids)), self.ids


def restricted_q():
    """
    A condition true for pages under a view restriction, their own or an ancestor's: what Wagtail's
    ``PageQuerySet.public()`` excludes, decided in the same query (a restriction whose page's path
    begins this page's path) rather than by reading every restriction first.
    """
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def visible(queryset):
    """``queryset`` narrowed to the pages any reader may see: live and public (``.live().public()``)."""
    return queryset.filter(live=True).exclude(restricted_q())


def specific_pages(queryset):
    """
    The specific instances of the pages of ``queryset``, in its order, with their locales: one
    query for the pages' ids and types, then one for each page type among them, whatever the
    number of pages. (A single query joining every page type's table, tried before, cost three
    times as much to build and read as the queries it saved.)
    """
    return specific_pages_of(list(queryset.values_list("pk", "content_type_id")))


def specific_pages_of(rows):
    """The specific pages of ``rows`` (``(pk, content type id)`` pairs), in order: one query per page type."""
    ids_by_type = {}
    for pk, content_type_id in rows:
        ids_by_type.setdefault(content_type_id, []).append(pk)
    pages = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        pages.update((page.pk, page) for page in model.objects.filter(pk__in=ids).select_related("locale"))
    return [pages[pk] for pk, _type in rows if pk in pages]


def _model_field(model, path):
    """The model field at ``path`` ("topic__name") from ``model``."""
    *hops, last = path.split("__")
    for hop in hops:
        model = model._meta.get_field(hop).related_model
    return model._meta.get_field(last)


def _value_at(obj, path):
    for hop in path.split("__"):
        obj = getattr(obj, hop)
    return obj


def inline_rows(page, relations):
    """
    The rows of several of ``page``'s inline panels (child relations) in one query (a UNION),
    whatever their number, even when empty: ``{relation: [row, ...]}``, each in its panel's order,
    a row being a tuple of the fields ``relations`` names for it (``{"speakers": ("person_id",
    "talk_title")}``; ``"topic__name"`` follows a foreign key). A preview's rows, which exist only
    in memory, are read from there.
    """
    querysets = {name: getattr(page, name).all() for name in relations}
    if page.pk is None or any(isinstance(queryset, FakeQuerySet) for queryset in querysets.values()):
        return {
            name: [tuple(_value_at(row, field) for field in fields) for row in querysets[name]]
            for name, fields in relations.items()
        }
    # Each relation's fields get columns of their own (NULL in the other relations' rows), so that
    # every column of the UNION has one type, as PostgreSQL requires.
    columns = [
        (name, field, _model_field(querysets[name].model, field))
        for name, fields in relations.items()
        for field in fields
    ]
    parts = []
    for index, name in enumerate(relations):
        selected = {"relation": Value(index), "position": F("sort_order"), "row_id": F("pk")}
        for number, (owner, field, model_field) in enumerate(columns):
            selected[f"c{number}"] = F(field) if owner == name else _typed_null(model_field)
        parts.append(querysets[name].order_by().annotate(**selected).values_list(*selected))
    rows = {name: [] for name in relations}
    names = list(relations)
    for relation, _position, _row_id, *values in sorted(parts[0].union(*parts[1:], all=True), key=_row_order):
        name = names[relation]
        rows[name].append(tuple(value for (owner, _f, _m), value in zip(columns, values, strict=True) if owner == name))
    return rows


def _typed_null(model_field):
    """NULL of ``model_field``'s type: PostgreSQL types a NULL that no other row explains as text."""
    if model_field.is_relation:
        model_field = model_field.target_field
    return Cast(Value(None), output_field=model_field.__class__())


def _row_order(row):
    relation, position, row_id = row[:3]
    return relation, position if position is not None else 0, row_id


def page_at(url_path, locale_id):
    """
    The live page at ``url_path`` (Wagtail's ``Page.url_path``, which begins with its home page's
    slug) in the locale ``locale_id``, specific and with its locale, or None: two queries, whatever its depth.
    ``unrestricted`` says that Wagtail's view-restriction check would find nothing (no restriction
    on the page or an ancestor, and no alias among them, whose restrictions are its original's).
    """
    under_alias = Exists(Page.objects.filter(alias_of__isnull=False, path=Substr(OuterRef("path"), 1, Length("path"))))
    found = (
        Page.objects.filter(url_path=url_path, locale_id=locale_id, live=True)
        .annotate(restricted=restricted_q(), under_alias=under_alias)
        .values_list("pk", "content_type_id", "restricted", "under_alias")[:1]
    )
    if not found:
        return None
    pk, content_type_id, restricted, aliased = found[0]
    pages = specific_pages_of([(pk, content_type_id)])
    if not pages:
        return None  # deleted between the two queries
    page = pages[0]
    page.unrestricted = not (restricted or aliased)
    return page
