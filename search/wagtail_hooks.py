from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import SearchQueryReportView, user_can_see_search_queries

# The name Wagtail gives its own search_promotions "Search terms" report in the reports menu.
WAGTAIL_SEARCH_TERMS_MENU_ITEM = "search-terms"


class SearchQueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_search_queries(request.user)


@hooks.register("register_reports_menu_item")
def register_search_query_report_menu_item():
    return SearchQueryReportMenuItem(
        _("Search queries"), reverse("search_query_report"), name="search-queries", icon_name="search", order=700
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    """
    Wagtail's "Search terms" counts its own query log, which this site never writes: the site's
    statistic is ``SearchQueryStat`` (per language), shown by our "Search queries" report.
    """
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_MENU_ITEM]


@hooks.register("register_admin_urls")
def register_search_query_report_urls():
    return [
        path("reports/search-queries/", SearchQueryReportView.as_view(), name="search_query_report"),
        path(
            "reports/search-queries/results/",
            SearchQueryReportView.as_view(results_only=True),
            name="search_query_report_results",
        ),
    ]
