"""
Purging the frontend cache (``wagtail.contrib.frontend_cache``, ``WAGTAILFRONTENDCACHE``) when a
page or something pages show changes. Wagtail purges a published or unpublished page's own
address; this adds what shows it: its translations, its ancestors (listings, home), the pages that
link to it (Wagtail's reference index), the feeds and the sitemap; for a moved page, its old
address. The addresses are worked out when the change happens and purged once it commits.

A frontend cache keeps whatever this does not name (a listing's second page, ``?topic=`` filters)
for at most ``PAGE_CACHE_S_MAXAGE`` seconds.
"""

from copy import copy

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def pages_referring_to(obj):
    """Live pages whose content links to ``obj``, and their translations."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type).values_list("object_id", flat=True)
    keys = Page.objects.filter(pk__in=[int(pk) for pk in ids]).values("translation_key")
    return Page.objects.live().filter(translation_key__in=keys)


def site_wide_urls():
    """``PAGE_CACHE_PURGE_URL_NAMES`` on every site, in every language for the prefixed ones."""
    urls = set()
    paths = set()
    for name, per_language in settings.PAGE_CACHE_PURGE_URL_NAMES:
        languages = [code for code, _name in settings.LANGUAGES] if per_language else [None]
        for language in languages:
            with translation.override(language):
                try:
                    paths.add(reverse(name))
                except NoReverseMatch:
                    continue
    for site in Site.objects.all():
        urls.update(site.root_url + path for path in paths)
    return urls


def addresses_for_page(page, url_path_before=None):
    batch = PurgeBatch()
    translations = list(Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))
    for each in [page, *translations]:
        batch.add_page(each)
        batch.add_pages(Page.objects.ancestor_of(each).filter(depth__gt=1))
    if url_path_before:
        before = copy(page)
        before.url_path = url_path_before
        batch.add_page(before)
    batch.add_pages(pages_referring_to(page))
    batch.add_urls(site_wide_urls())
    return batch.urls


def addresses_for_content(obj):
    """A snippet, image or document: the pages that show it, their listings, the feeds."""
    batch = PurgeBatch()
    for page in pages_referring_to(obj):
        batch.add_page(page)
        batch.add_pages(Page.objects.ancestor_of(page).filter(depth__gt=1))
    if batch.urls:
        batch.add_urls(site_wide_urls())
    return batch.urls


def purge_after_commit(urls):
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def page_changed(page, url_path_before=None):
    if enabled():
        purge_after_commit(addresses_for_page(page, url_path_before))


def content_changed(obj):
    if enabled():
        purge_after_commit(addresses_for_content(obj))
