"""
The "Translation status" report (Reports → Translation status) and the dashboard panel that sums it
up: every page and translatable snippet per language, with its status (``status``) and the one
action that moves it on, shown only to those who may take it (``rights``).
"""

import django_filters
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from . import status as statuses
from .rights import can_edit_in_locale, can_publish_in_locale, editable_locale_ids

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def _locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in Locale.objects.order_by("language_code")]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters rows computed in Python: the view reads the cleaned values (``filter_queryset`` is left out)."""

    locale = django_filters.ChoiceFilter(label=_("Language"), choices=_locale_choices, empty_label=_("All"))
    type = django_filters.ChoiceFilter(label=_("Type"), choices=statuses.type_choices, empty_label=_("All"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=statuses.STATUS_CHOICES, empty_label=_("All"))

    class Meta:
        model = Page
        fields = []

    def filter_queryset(self, queryset):
        return queryset


class Action:
    def __init__(self, name, label, url):
        self.name, self.label, self.url = name, label, url


def _edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[quote(obj.pk)])


def _translate_url(row):
    if row.is_page:
        url = reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
    else:
        meta = row.model._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, quote(row.source.pk)]
        )
    return f"{url}?{urlencode({'select_locale': row.locale.language_code})}"


def row_action(user, row):
    """The one action that moves ``row`` on, if ``user`` may take it; else None."""
    if row.locale.pk not in editable_locale_ids(user):
        return None  # no language of theirs (and no per-page permission check to pay for)
    if row.status == statuses.MISSING:
        if user.has_perm(SUBMIT_TRANSLATION):
            return Action("translate", pgettext_lazy("translation status action", "Translate"), _translate_url(row))
        return None
    target = row.target
    if row.status == statuses.OUT_OF_DATE:
        if user.has_perm(SUBMIT_TRANSLATION) and can_edit_in_locale(user, target):
            # Back to the report afterwards: a translator may not open the source's own page tree.
            back = urlencode({"next": reverse("editorial_translation_status")})
            url = reverse("wagtail_localize:update_translations", args=[row.translation_source_id]) + "?" + back
            return Action("sync", pgettext_lazy("translation status action", "Sync"), url)
        return None
    total, done = row.progress or (0, 0)
    if row.status == statuses.DRAFT and done >= total and can_publish_in_locale(user, target):
        return Action("publish", pgettext_lazy("translation status action", "Publish"), _edit_url(target))
    if can_edit_in_locale(user, target):
        return Action("edit", pgettext_lazy("translation status action", "Edit"), _edit_url(target))
    return None


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    template_name = "editorial/translation_status.html"
    results_template_name = "editorial/translation_status_results.html"
    index_url_name = "editorial_translation_status"
    index_results_url_name = "editorial_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def _filter_value(self, name):
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or None
        return None

    def get_queryset(self):
        locales = Locale.objects.all()
        if code := self._filter_value("locale"):
            locales = locales.filter(language_code=code)
        models = None
        if key := self._filter_value("type"):
            models = [
                model
                for model in statuses.page_models() + statuses.snippet_models()
                if statuses.model_key(model) == key
            ]
        rows = statuses.Statuses(locales=locales, models=models).rows
        if wanted := self._filter_value("status"):
            rows = [row for row in rows if row.status == wanted]
        return rows

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        statuses.describe_changes(rows)
        user = self.request.user
        for row in rows:
            row.action = row_action(user, row)
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["status_labels"] = statuses.STATUS_LABELS
        return context

    def order_queryset(self, queryset):
        return queryset  # the rows come ordered: what needs doing first


def report_url(**filters):
    url = reverse("editorial_translation_status")
    return f"{url}?{urlencode(filters)}" if filters else url


class TranslationStatusPanel(Component):
    """The dashboard's summary: how many pages and snippets are missing, drafts or out of date, per language the user edits."""

    name = "translation_status"
    order = 150
    template_name = "editorial/translation_status_panel.html"
    shown = (statuses.MISSING, statuses.DRAFT, statuses.OUT_OF_DATE)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        locales = list(Locale.objects.filter(pk__in=editable_locale_ids(self.user)).order_by("language_code"))
        counts = statuses.Statuses(locales=locales).counts()
        context["languages"] = [
            {
                "locale": locale,
                "name": locale.get_display_name(),
                "statuses": [
                    {
                        "status": status,
                        "label": statuses.STATUS_LABELS[status],
                        "count": counts[locale.pk][status],
                        "url": report_url(locale=locale.language_code, status=status),
                    }
                    for status in self.shown
                ],
            }
            for locale in locales
        ]
        context["report_url"] = report_url()
        return context
