"""An admin report of what readers search for, per language: top queries and queries that found nothing."""

import datetime

import django_filters
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryStat


def user_can_see_search_queries(user):
    """
    Superusers only, like Wagtail's own search terms report: readers type names and illnesses into
    the search box. The menu item and the view both ask this, so they cannot disagree.
    """
    return user.is_superuser


PERIODS = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("365", _("Last year"))]


class SearchQueryFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, empty_label=_("All time"), method="filter_period"
    )
    without_results = django_filters.BooleanFilter(
        label=_("Only queries without results"),
        method="filter_without_results",
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = SearchQueryStat
        fields = ["language", "period", "without_results"]

    def filter_period(self, queryset, name, value):
        return queryset.filter(day__gte=timezone.localdate() - datetime.timedelta(days=int(value)))

    def filter_without_results(self, queryset, name, value):
        return queryset.filter(zero_result_searches__gt=0) if value else queryset


class SearchQueryReportView(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    results_template_name = "search/reports/search_queries_results.html"
    filterset_class = SearchQueryFilterSet
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    list_export = ["language", "query", "searches", "zero_result_searches"]
    export_headings = {"zero_result_searches": _("Searches without results")}

    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_search_queries(request.user):
            # Wagtail's answer: back to the dashboard with a message, or 403 for the results fetch.
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return SearchQueryStat.objects.all()

    def filter_queryset(self, queryset):
        return (
            super()
            .filter_queryset(queryset)
            .values("language", "query")
            .annotate(searches=Sum("searches"), zero_result_searches=Sum("zero_result_searches"))
            .order_by("-searches", "query")
        )
