import datetime
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from tests.seo.helpers import sitemap_entries

pytestmark = pytest.mark.django_db


def live_public_urls(host="http://testserver"):
    return {f"{host}{page.url}" for page in Page.objects.live().public().filter(depth__gt=1)}


def test_sitemap_lists_every_live_public_page_in_both_languages(client, page_in):
    entries = sitemap_entries(client.get("/sitemap.xml"))
    assert set(entries) == live_public_urls()
    paths = [urlsplit(loc).path for loc in entries]
    # Every English page has its Norwegian translation but one demo article, left untranslated on purpose.
    assert sum(path.startswith("/nb/") for path in paths) == sum(path.startswith("/en/") for path in paths) - 1 > 20
    assert f"http://testserver{page_in('cancer-crosslinks-2025', 'nb').url}" in entries


def test_alternates_are_reciprocal_with_the_norwegian_x_default(client, page_in):
    entries = sitemap_entries(client.get("/sitemap.xml"))
    for loc, entry in entries.items():
        alternates = entry["alternates"]
        assert loc in alternates.values(), f"{loc} does not list itself"
        for language, href in alternates.items():
            assert href in entries, f"{loc}'s {language} alternate is not in the sitemap"
            assert entries[href]["alternates"] == alternates, f"{href} does not point back to {loc}"
        assert alternates["x-default"] == alternates.get("nb", loc)

    english, norwegian = page_in("people", "en"), page_in("personer", "nb")
    assert entries[f"http://testserver{english.url}"]["alternates"] == {
        "nb": f"http://testserver{norwegian.url}",
        "en": f"http://testserver{english.url}",
        "x-default": f"http://testserver{norwegian.url}",
    }


def test_lastmod_is_the_last_publication(client, page_in):
    article = page_in("cancer-crosslinks-2025", "nb")
    Page.objects.filter(pk=article.pk).update(last_published_at=datetime.datetime(2024, 5, 6, 12, tzinfo=datetime.UTC))
    entries = sitemap_entries(client.get("/sitemap.xml"))
    assert entries[f"http://testserver{article.url}"]["lastmod"] == "2024-05-06"


@override_settings(ALLOWED_HOSTS=["news.example.org"])
def test_addresses_use_the_host_of_the_site_record_and_the_request(client):
    Site.objects.filter(is_default_site=True).update(hostname="news.example.org", port=443)
    entries = sitemap_entries(client.get("/sitemap.xml", HTTP_HOST="news.example.org", secure=True))
    assert set(entries) == live_public_urls("https://news.example.org")
    assert all(
        href.startswith("https://news.example.org/") for e in entries.values() for href in e["alternates"].values()
    )


def test_sitemap_leaves_out_drafts_and_private_pages(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    draft = NewsPageFactory(parent=index, title="Draft", slug="sitemap-draft", live=False)
    private = NewsPageFactory(parent=index, title="Private", slug="sitemap-private")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = NewsPageFactory(parent=index, title="Public", slug="sitemap-public")
    public.save_revision().publish()

    locs = set(sitemap_entries(client.get("/sitemap.xml")))
    assert f"http://testserver{public.url}" in locs
    assert not any(page_slug in loc for loc in locs for page_slug in (draft.slug + "/", private.slug + "/"))


def test_every_page_in_the_sitemap_answers(client):
    for loc in sitemap_entries(client.get("/sitemap.xml")):
        assert client.get(urlsplit(loc).path).status_code == 200, loc


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    search_pages = set()
    for language in ("nb", "en"):
        with translation.override(language):
            search_pages.add(f"Disallow: {reverse('search:search')}")
    assert {"User-agent: *", "Disallow: /admin/", *search_pages} <= set(lines)
    assert not any(line == "Disallow: /" or line == "Disallow: /nb/" for line in lines)
    assert client.get(urlsplit(lines[-1].removeprefix("Sitemap: ")).path).status_code == 200
