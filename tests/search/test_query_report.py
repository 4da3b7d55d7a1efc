import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from search.models import SearchQueryStat
from tests.helpers import html, search

REPORT = "/admin/reports/search-queries/"
REPORT_RESULTS = "/admin/reports/search-queries/results/"


@pytest.fixture
def editor_client(client, django_user_model, db):
    """Logged in as an ordinary editor: Wagtail's Editors group, with access to the admin, no superuser."""
    editor = django_user_model.objects.create_user(username="editor", password="editor-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def report_rows(admin_client, **params):
    response = admin_client.get(REPORT, params)
    assert response.status_code == 200
    rows = response.context["object_list"]
    return [(row["language"], row["query"], row["searches"], row["zero_result_searches"]) for row in rows]


def sidebar_links(response):
    """The address of every link in the admin's sidebar menu, submenus included."""
    props = json.loads(html(response).select_one("#wagtail-sidebar-props").string)
    links = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("url"), str):
                links.add(value["url"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return links


def test_editors_see_top_queries_per_language(client, admin_client, db):
    for query in ("kreft", "kreft", "Kreft", "immunterapi"):
        search(client, q=query)
    search(client, "en", q="cancer")
    assert report_rows(admin_client, language="nb") == [("nb", "kreft", 3, 0), ("nb", "immunterapi", 1, 0)]
    assert report_rows(admin_client, language="en") == [("en", "cancer", 1, 0)]


def test_editors_see_queries_that_found_nothing(client, admin_client, db):
    search(client, q="kreft")
    search(client, q="qqqzzz")
    assert report_rows(admin_client, without_results="true") == [("nb", "qqqzzz", 1, 1)]
    assert SearchQueryStat.objects.count() == 2


@pytest.mark.parametrize("url", [REPORT, REPORT_RESULTS, f"{REPORT}?export=csv"])
def test_an_ordinary_editor_cannot_open_the_search_query_report(editor_client, admin_client, url):
    SearchQueryStat.record("nb", "et navn en leser skrev", found_anything=False)
    assert admin_client.get(url).status_code == 200
    assert editor_client.get("/admin/").status_code == 200  # an editor, let into the admin

    response = editor_client.get(url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    fetched = editor_client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert fetched.status_code == 403
    assert "et navn en leser skrev" not in fetched.content.decode()


def test_the_reports_menu_lists_our_search_queries_and_not_wagtails_search_terms(admin_client, db):
    links = sidebar_links(admin_client.get("/admin/"))
    assert REPORT in links
    assert reverse("wagtailsearchpromotions:search_terms") not in links
    assert reverse("wagtailadmin_reports:workflow") in links  # the rest of the reports menu is still there


def test_an_ordinary_editors_menu_does_not_offer_the_search_query_report(editor_client, db):
    links = sidebar_links(editor_client.get("/admin/"))
    assert REPORT not in links
    assert reverse("wagtailadmin_reports:workflow") in links  # the editor does have a reports menu
