from search.models import SearchQueryStat
from tests.helpers import search


def report_rows(admin_client, **params):
    response = admin_client.get("/admin/reports/search-queries/", params)
    assert response.status_code == 200
    rows = response.context["object_list"]
    return [(row["language"], row["query"], row["searches"], row["zero_result_searches"]) for row in rows]


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


def test_the_report_is_in_the_admin_reports_menu(admin_client, db):
    response = admin_client.get("/admin/")
    assert "/admin/reports/search-queries/" in response.content.decode()
