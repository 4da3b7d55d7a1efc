"""
Requests no reader's browser sends get a 4xx, never a 500: the cases the fuzz test
(``test_fuzz``) found, each on its own. Most 500s here happened on PostgreSQL only, which refuses
NUL in text; SQLite stores it.
"""

import pytest

from tests.helpers import search_url

pytestmark = pytest.mark.django_db


def test_nul_in_a_listing_filter_is_a_bad_request(client, page_in):
    response = client.get(page_in("news", "en").url, QUERY_STRING="topic=%00")
    assert response.status_code == 400


def test_nul_in_a_search_parameter_is_a_bad_request(client):
    response = client.get(search_url("nb"), QUERY_STRING="q=kreft&topic=kreft%00")
    assert response.status_code == 400


def test_nul_in_the_path_is_a_bad_request(client):
    # A 404 before the middleware, not a 500; one rule for path and parameters alike.
    assert client.get("/nb/%00/").status_code == 400
    assert client.get("/en/news/%00/").status_code == 400


def test_api_find_with_nul_in_the_path_asked_for_is_a_bad_request(client):
    assert client.get("/api/v2/pages/find/", QUERY_STRING="html_path=%00").status_code == 400


@pytest.mark.parametrize("query", ["id=", "id=abc", "id=%ff%fe", "id=1.5"])
def test_api_find_with_an_id_that_is_not_a_number_is_a_bad_request(client, query):
    response = client.get("/api/v2/pages/find/", QUERY_STRING=query)
    assert response.status_code == 400
    assert response.json() == {"message": "id must be an integer"}


def test_api_find_by_id_still_redirects_to_the_page(client, page_in):
    page = page_in("news", "en")
    response = client.get("/api/v2/pages/find/", {"id": page.pk})
    assert response.status_code == 302
    assert f"/api/v2/pages/{page.pk}/" in response["Location"]


def test_an_ordinary_listing_filter_still_works(client, page_in):
    assert client.get(page_in("news", "en").url, {"topic": "no-such-topic"}).status_code == 200


def test_head_on_the_search_page_answers_like_get(client):
    response = client.head(search_url("nb"), {"q": "kreft"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.content == b""


def test_head_on_autocomplete_answers_like_get(client):
    response = client.head(search_url("en", "search:autocomplete"), {"q": "ca"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


def test_head_on_the_old_search_address_redirects(client):
    response = client.head("/nb/search/", {"q": "kreft"})
    assert response.status_code == 301
    assert response["Location"] == f"{search_url('nb')}?q=kreft"
