import pytest
from wagtail.models import Page, PageViewRestriction

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def api(client, path, **params):
    response = client.get(f"/api/v2/{path}", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_pages_filter_by_locale(client):
    answer = api(client, "pages/", locale="nb", limit=20)
    items = answer["items"]
    assert items
    assert (
        answer["meta"]["total_count"]
        == Page.objects.live().public().filter(locale__language_code="nb", depth__gt=1).count()
    )
    assert {item["meta"]["locale"] for item in items} == {"nb"}


def test_pages_filter_by_translation_of(client, page_in):
    english, norwegian = page_in("cancer-crosslinks-2025", "en"), page_in("cancer-crosslinks-2025", "nb")
    items = api(client, "pages/", translation_of=english.pk, locale="nb")["items"]
    assert [item["id"] for item in items] == [norwegian.pk]
    assert items[0]["meta"]["html_url"].endswith(norwegian.url)


def test_pages_search(client, page_in):
    found = [item["id"] for item in api(client, "pages/", search="Crosslinks", locale="en")["items"]]
    assert page_in("cancer-crosslinks-2025", "en").pk in found
    assert page_in("people", "en").pk not in found


def test_api_shows_no_draft_or_private_page(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    draft = NewsPageFactory(parent=index, title="Api draft", slug="api-draft", live=False)
    private = NewsPageFactory(parent=index, title="Api private", slug="api-private")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = NewsPageFactory(parent=index, title="Api public", slug="api-public")
    public.save_revision().publish()

    listed = {item["id"] for item in api(client, "pages/", child_of=index.pk, order="-id", limit=20)["items"]}
    assert public.pk in listed
    assert not {draft.pk, private.pk} & listed
    assert client.get(f"/api/v2/pages/{public.pk}/").status_code == 200
    for hidden in (draft, private):
        for response in (
            client.get(f"/api/v2/pages/{hidden.pk}/", follow=True),
            client.get("/api/v2/pages/find/", {"html_path": hidden.url}, follow=True),
        ):
            assert response.status_code == 404  # (Django's LocaleMiddleware first tries /nb/api/…)
            assert hidden.title.encode() not in response.content


def test_api_is_read_only(client, page_in):
    page = page_in("news", "en")
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.delete(f"/api/v2/pages/{page.pk}/").status_code == 405


def test_images(client):
    items = api(client, "images/", limit=5)["items"]
    assert items and {"id", "title"} <= set(items[0])
