from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .reports import SearchQueryReportView


@hooks.register("register_reports_menu_item")
def register_search_query_report_menu_item():
    return AdminOnlyMenuItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=700)


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
