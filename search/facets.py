"""The search's filters by type, topic and year, counted over the matches of a query."""

from dataclasses import dataclass

from wagtail.models import Page

from core.queries import IdList

from .content import content_type_keys, searchable_models


@dataclass
class Facet:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Attributes:
    """What the facets know about one matching page."""

    type: str
    date: object = None
    topics: dict = None  # slug -> name

    @property
    def year(self):
        return self.date.year if self.date else None


def types_and_dates(pages, ids):
    """
    ``{page id: (type key, date)}`` for the pages of ``ids`` among ``pages`` (a Page queryset), in
    one query: the engine search's check that its hits are still searchable reads them as well.
    """
    keys = content_type_keys()
    # Each dated type's date through its parent link from Page: a left join on the primary key.
    dates = [
        f"{model._meta.get_ancestor_link(Page).remote_field.get_accessor_name()}__{model.date_field}"
        for model in searchable_models().values()
        if model.date_field
    ]
    return {
        pk: (keys.get(content_type_id), next((date for date in type_dates if date is not None), None))
        for pk, content_type_id, *type_dates in (
            pages.filter(pk__in=IdList(ids)).order_by().values_list("pk", "content_type_id", *dates)
        )
    }


def attributes_of(ids, language, known=None):
    """
    ``{page id: Attributes}`` for the pages of ``ids``: one query for types and dates (none for
    the pages ``known`` has, from ``types_and_dates``), one per topical type.
    """
    known = known or {}
    missing = [pk for pk in ids if pk not in known]
    rows = {pk: known[pk] for pk in ids if pk in known}
    if missing:
        rows.update(types_and_dates(Page.objects.all(), missing))
    attributes = {pk: Attributes(type=key, date=date, topics={}) for pk, (key, date) in rows.items()}
    for key, model in searchable_models().items():
        ids_of_type = [pk for pk, values in attributes.items() if values.type == key]
        if ids_of_type:
            for pk, topics in model.search_topics(ids_of_type, language).items():
                attributes[pk].topics = topics
    return attributes


def passes(search, values, ignore=None):
    """Whether a page with ``values`` passes the filters of ``search``, except the ``ignore`` one."""
    return (
        (ignore == "type" or not search.content_type or values.type == search.content_type)
        and (ignore == "topic" or not search.topic or search.topic in values.topics)
        and (ignore == "year" or not search.year or values.year == search.year)
    )


def facets_for(search, ids, attributes):
    """Counts for each facet value, among the matches that pass the other facets' filters."""

    def counts(facet, values_of):
        tally = {}
        for pk in ids:
            if pk in attributes and passes(search, attributes[pk], ignore=facet):
                for value in values_of(attributes[pk]):
                    tally[value] = tally.get(value, 0) + 1
        return tally

    type_counts = counts("type", lambda values: [values.type] if values.type else [])
    year_counts = counts("year", lambda values: [values.year] if values.year else [])
    topic_counts = counts("topic", lambda values: values.topics)
    topic_names = {slug: name for values in attributes.values() for slug, name in values.topics.items()}
    return {
        "type": sorted(
            (
                Facet(key, model._meta.verbose_name_plural, type_counts[key], key == search.content_type)
                for key, model in searchable_models().items()
                if key in type_counts
            ),
            key=lambda facet: (-facet.count, str(facet.label)),
        ),
        "topic": sorted(
            (Facet(slug, topic_names[slug], count, slug == search.topic) for slug, count in topic_counts.items()),
            key=lambda facet: (-facet.count, str(facet.label)),
        ),
        "year": [
            Facet(str(year), str(year), count, year == search.year)
            for year, count in sorted(year_counts.items(), reverse=True)
        ],
    }
