"""
The page cache (core/page_cache): anonymous readers get stored pages, in both languages, and see
every change at once; signed-in editors, previews, the admin, forms and POSTs never go through it.
"""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.urls import include, path, reverse
from django.utils import translation
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Locale, Page, PageViewRestriction

from config.environment import frontend_cache_settings
from home.models import HomePage, HomePageFeaturedNews
from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test settings turn the page cache off for the other tests, which count a render's queries."""
    settings.PAGE_CACHE_ENABLED = True


def feed_url(language):
    with translation.override(language):
        return reverse("news_feed")


def article(language="en"):
    """A live news article with authors and topics, and its listing and home page."""
    page = (
        NewsPage.objects.live()
        .filter(locale__language_code=language, author_links__isnull=False, topic_links__isnull=False)
        .order_by("-date")
        .first()
    )
    return page


def twice(client, url):
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200, url
    return first, second


def text(response):
    return response.content.decode()


def addresses(page):
    """The page, its listing, its home page and its language's feed: all show its title."""
    listing = NewsIndexPage.objects.get(locale=page.locale)
    home = HomePage.objects.get(locale=page.locale)
    return [page.url, listing.url, home.url, feed_url(page.locale.language_code)]


def prime(client, urls):
    for url in urls:
        twice(client, url)
        assert client.get(url)["X-Cache"] == "hit", url


# Served from the cache


@pytest.mark.parametrize("language", ["nb", "en"])
def test_second_anonymous_visit_is_served_without_a_query(client, django_assert_num_queries, language):
    page = article(language)
    for url in [*addresses(page), "/sitemap.xml", "/robots.txt"]:
        first = client.get(url)
        assert first["X-Cache"] == "miss", url
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second["X-Cache"] == "hit", url
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]


def test_each_language_has_its_own_copy_of_an_unprefixed_address(rf):
    """robots.txt and the sitemap have no language prefix: the reader's language is part of the key."""
    from core.page_cache import store

    request = rf.get("/sitemap.xml")
    generation = store.current_generation()
    with translation.override("nb"):
        norwegian = store.page_key(request, generation)
    with translation.override("en"):
        english = store.page_key(request, generation)
    assert norwegian != english


def test_a_link_shared_with_tracking_parameters_gets_the_stored_page(client, django_assert_num_queries):
    listing = addresses(article())[1]
    assert client.get(f"{listing}?utm_source=newsletter&fbclid=IwAR0x")["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get(listing)["X-Cache"] == "hit"
        assert client.get(f"{listing}?gclid=abc&UTM_Medium=social")["X-Cache"] == "hit"
    # The parameters a page reads still make pages of their own.
    assert client.get(f"{listing}?page=2&utm_source=newsletter")["X-Cache"] == "miss"
    assert client.get(f"{listing}?page=2")["X-Cache"] == "hit"


def test_anonymous_page_is_public_for_a_cdn_and_does_not_vary_on_cookie(client):
    for response in twice(client, article().url):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert f"max-age={settings.PAGE_CACHE_MAX_AGE}" in cache_control
        assert f"s-maxage={settings.PAGE_CACHE_S_MAXAGE}" in cache_control
        assert "cookie" not in response.get("Vary", "").lower()
        assert response["ETag"] and response["Last-Modified"]
        assert not response.cookies
        # The security headers are stored with the page.
        assert response["Content-Security-Policy"] and response["X-Frame-Options"] == "DENY"


def test_reader_with_a_current_copy_gets_304(client):
    url = article().url
    first, second = twice(client, url)
    assert first["ETag"] == second["ETag"]
    not_modified = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_head_is_answered_from_the_stored_page(client):
    url = article().url
    client.get(url)
    response = client.head(url)
    assert response.status_code == 200
    assert response["X-Cache"] == "hit"


# Every change shows at once


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_published_title_shows_on_page_listing_home_and_feed(client):
    page = article()
    urls = addresses(page)
    prime(client, urls)

    publish_title(page, "A title published just now")

    for url in urls:
        response = client.get(url)
        assert "A title published just now" in text(response), url


def test_unpublished_page_is_gone_at_once(client):
    page = article()
    listing = NewsIndexPage.objects.get(locale=page.locale)
    prime(client, [page.url, listing.url])

    page.unpublish()

    assert client.get(page.url).status_code == 404
    assert page.title not in text(client.get(listing.url))


def test_deleted_page_is_gone_at_once(client):
    page = article()
    url, title = page.url, page.title
    listing = NewsIndexPage.objects.get(locale=page.locale)
    prime(client, [url, listing.url, feed_url("en")])

    page.delete()

    assert client.get(url).status_code == 404
    assert title not in text(client.get(listing.url))
    assert title not in text(client.get(feed_url("en")))


def test_moved_page_leaves_its_old_address(client):
    page = article()
    old_url = page.url
    prime(client, [old_url])
    other_listing = NewsIndexPage.objects.get(locale__language_code="nb")

    page.move(other_listing, pos="last-child")
    page.refresh_from_db()

    moved = client.get(old_url)
    assert moved.status_code == 301  # Wagtail's redirect from the old address, not the stored page
    assert moved["Location"] == page.url
    assert client.get(page.url).status_code == 200


def test_published_translation_shows_at_once(client):
    norwegian = article("en").get_translation(Locale.objects.get(language_code="nb"))
    urls = addresses(norwegian)
    prime(client, urls)

    publish_title(norwegian, "En norsk tittel publisert nå")

    for url in urls:
        assert "En norsk tittel publisert nå" in text(client.get(url)), url


def test_renamed_person_shows_on_the_articles_naming_them(client):
    page = article()
    person = page.author_links.first().person.specific
    prime(client, [page.url])
    assert person.title in text(client.get(page.url))

    publish_title(person, "Renamed Author")

    assert "Renamed Author" in text(client.get(page.url))


def test_renamed_topic_shows_on_articles_and_listing(client):
    page = article()
    topic = page.topic_links.first().topic
    listing = NewsIndexPage.objects.get(locale=page.locale)
    prime(client, [page.url, listing.url])
    assert topic.name in text(client.get(page.url))

    topic = Topic.objects.get(pk=topic.pk)  # the snippet, as the admin edits it
    topic.name = "A renamed topic"
    topic.save()

    assert "A renamed topic" in text(client.get(page.url))
    assert "A renamed topic" in text(client.get(listing.url))


def test_changed_featured_item_shows_on_home(client):
    home = HomePage.objects.get(locale__language_code="en")
    featured_ids = set(home.featured_news.values_list("page_id", flat=True))
    newcomer = NewsPage.objects.live().filter(locale=home.locale).exclude(pk__in=featured_ids).order_by("date").first()
    prime(client, [home.url])
    assert newcomer.title not in text(client.get(home.url))

    home.featured_news = [HomePageFeaturedNews(page=newcomer)]
    home.save_revision().publish()

    assert newcomer.title in text(client.get(home.url))


def test_new_generation_reaches_every_server(client):
    """Two app servers share the cache: a change made through one is seen through the other at once."""
    from core.page_cache import store

    url = article().url
    prime(client, [url])
    before = store.current_generation()

    Page.objects.get(pk=article().pk).specific.save_revision().publish()

    assert store.current_generation().token != before.token  # the one read by every server
    assert client.get(url)["X-Cache"] == "miss"


# Never from the cache


def test_signed_in_editor_gets_their_own_page_with_the_user_bar(client, admin_user):
    url = article().url
    prime(client, [url])

    client.force_login(admin_user)
    response = client.get(url)

    assert response["X-Cache"] == "bypass"
    assert "wagtail-userbar" in text(response)
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_anonymous_reader_never_gets_the_user_bar_or_a_session(client):
    response = client.get(article().url)
    assert "wagtail-userbar" not in text(response)
    assert "cookie" not in response.get("Vary", "").lower()


def test_editors_page_is_not_shown_to_readers(client, admin_user):
    url = article().url
    client.force_login(admin_user)
    client.get(url)
    client.logout()
    client.cookies.clear()

    response = client.get(url)

    assert response["X-Cache"] == "miss"
    assert "wagtail-userbar" not in text(response)


def test_preview_shows_the_draft_not_the_stored_page(client):
    page = article()
    dummy = page._get_dummy_headers()  # the address Wagtail's preview request is made for
    as_preview = {name: dummy[name] for name in ("HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "wsgi.url_scheme")}
    client.get(dummy["PATH_INFO"], **as_preview)
    assert client.get(dummy["PATH_INFO"], **as_preview)["X-Cache"] == "hit"
    page.title = "A draft title"
    page.save_revision()

    preview = page.make_preview_request()

    assert "A draft title" in text(preview)
    assert "private" in preview["Cache-Control"]
    assert "A draft title" not in text(client.get(page.url))


def test_admin_is_never_cached(client, admin_user):
    client.force_login(admin_user)
    for response in twice(client, reverse("wagtailadmin_home")):
        assert response["X-Cache"] == "bypass"
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_post_is_never_served_from_the_cache(client):
    url = article().url
    prime(client, [url])
    response = client.post(url)
    assert response["X-Cache"] == "bypass"
    assert "no-store" in response["Cache-Control"]


def csrf_form(request):
    return HttpResponse(Template("<form method=post>{% csrf_token %}</form>").render(RequestContext(request)))


urlpatterns = [path("admin/", include(wagtailadmin_urls)), path("form/", csrf_form)]


@pytest.mark.urls(__name__)
def test_page_with_a_csrf_token_is_not_stored(client):
    """A form carries the reader's own CSRF token: two readers must not share it."""
    for _attempt in range(2):
        response = client.get("/form/")
        assert response["X-Cache"] == "bypass"
        assert 'name="csrfmiddlewaretoken"' in text(response)
        client.cookies.clear()


def test_password_protected_page_is_never_stored(client):
    """Protecting a page makes its stored copy unreachable; its password form is never stored."""
    page = article()
    prime(client, [page.url])
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")

    for _attempt in range(2):
        response = client.get(page.url)
        assert response["X-Cache"] == "bypass"
        assert page.title not in text(response)


def test_search_results_are_not_stored(client):
    with translation.override("en"):
        url = reverse("search:search")
    for response in (client.get(url, {"query": "cancer"}), client.get(url, {"query": "cancer"})):
        assert response["X-Cache"] == "bypass"
        assert "public" not in response["Cache-Control"]


def test_not_found_is_not_stored(client):
    for _attempt in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert response["X-Cache"] == "bypass"


# The frontend cache (a CDN, Varnish) is purged of what changed


PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache that notes what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def test_publish_purges_the_page_its_translations_listings_home_feeds_and_sitemap(
    frontend_cache, django_capture_on_commit_callbacks
):
    page = article()
    norwegian = page.get_translation(Locale.objects.get(language_code="nb"))
    with django_capture_on_commit_callbacks(execute=True):
        publish_title(page, "A title published just now")

    purged = {url.removeprefix(settings.WAGTAILADMIN_BASE_URL) for url in frontend_cache}
    expected = {
        *addresses(page),
        *addresses(norwegian),
        "/sitemap.xml",
        feed_url("nb"),
        reverse_in("en", "event_feed"),
    }
    assert expected <= purged


def test_renamed_person_purges_the_articles_naming_them(frontend_cache, django_capture_on_commit_callbacks):
    page = article()
    person = page.author_links.first().person.specific
    with django_capture_on_commit_callbacks(execute=True):
        publish_title(person, "Renamed Author")

    purged = {url.removeprefix(settings.WAGTAILADMIN_BASE_URL) for url in frontend_cache}
    assert page.url in purged
    assert page.get_translation(Locale.objects.get(language_code="nb")).url in purged


def test_nothing_is_purged_without_a_frontend_cache(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_title(article(), "A title published just now")
    assert PURGED == []


def reverse_in(language, name):
    with translation.override(language):
        return reverse(name)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, {}),
        (
            {"FRONTEND_CACHE_URL": "http://127.0.0.1:6081, http://10.0.0.2:6081"},
            {
                "http": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                    "LOCATION": "http://127.0.0.1:6081",
                },
                "http1": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                    "LOCATION": "http://10.0.0.2:6081",
                },
            },
        ),
        (
            {"CLOUDFLARE_API_TOKEN": "token", "CLOUDFLARE_ZONE_ID": "zone"},
            {
                "cloudflare": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                    "BEARER_TOKEN": "token",
                    "ZONEID": "zone",
                }
            },
        ),
    ],
)
def test_frontend_cache_comes_from_the_environment(environ, expected):
    assert frontend_cache_settings(environ) == expected


def test_cloudflare_needs_both_token_and_zone():
    with pytest.raises(ImproperlyConfigured):
        frontend_cache_settings({"CLOUDFLARE_API_TOKEN": "token"})


def test_generation_is_replaced_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A reader who read the generation before the commit rendered the old content: their copy must not last."""
    from core.page_cache import invalidation, store

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invalidation.invalidate()
        during = store.current_generation()
    for callback in callbacks:
        callback()

    assert store.current_generation().token != during.token


def test_clear_page_cache_command_starts_afresh(client):
    """After content changed behind Django's back (SQL), the operator's command."""
    from django.core.management import call_command

    page = article()
    prime(client, [page.url])
    Page.objects.filter(pk=page.pk).update(title="Changed in SQL")  # no signal

    assert client.get(page.url)["X-Cache"] == "hit"
    call_command("clear_page_cache", stdout=None)
    response = client.get(page.url)
    assert response["X-Cache"] == "miss"
    assert "Changed in SQL" in text(response)
