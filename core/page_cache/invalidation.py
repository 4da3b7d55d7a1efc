"""
What starts a new page-cache generation: every change to something a public page can show.

Rather than a list of which page shows what (an article shows its authors' names, its topics,
the pages it links to, images; a listing shows cards of its articles; home shows featured and
latest items; feeds and the sitemap show every page), any saved or deleted content replaces the
generation, so every page on every server is rendered afresh on its next request. Publishing is
rare next to reading; a complete rule is worth more than a few cache misses.

The generation is replaced at once and again when the transaction commits: a request that read
the generation between the two may have rendered the content as it was before the commit, and
the second replacement makes sure no one reads what it stored.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import AbstractDocument
from wagtail.embeds.models import Embed
from wagtail.images.models import AbstractImage
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import purging, store

# Apps whose every model is public content: pages, their inline rows, snippets (topics).
CONTENT_APPS = {"core", "people", "news", "events", "home"}
# Wagtail's and others' models that pages show or that decide who sees a page. Not renditions
# (made while a page renders), revisions, logs, workflow states or the reference index.
CONTENT_MODELS = (
    AbstractImage,
    AbstractDocument,
    Embed,
    Redirect,
    Site,
    Locale,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)
# A page saved with only these fields changed its draft, a lock or a schedule: readers see nothing new.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def shows_publicly(instance, update_fields=None):
    if isinstance(instance, Page):
        return not (update_fields and set(update_fields) <= DRAFT_FIELDS)
    return instance._meta.app_label in CONTENT_APPS or isinstance(instance, CONTENT_MODELS)


def invalidate():
    """Replace the generation now and when the current transaction (if any) commits."""
    store.new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(store.new_generation)


def content_saved(sender, instance, update_fields=None, **kwargs):
    if shows_publicly(instance, update_fields):
        invalidate()
        if not isinstance(instance, Page):  # pages purge when published (page_changed)
            purging.content_changed(instance)


def content_deleted(sender, instance, **kwargs):
    if shows_publicly(instance):
        invalidate()
        if isinstance(instance, Page):
            purging.page_changed(instance)
        else:
            purging.content_changed(instance)


def page_changed(sender, instance, url_path_before=None, **kwargs):
    """Published, unpublished or moved: the page, and everything that lists or links to it."""
    invalidate()
    purging.page_changed(instance, url_path_before=url_path_before)


def connect():
    post_save.connect(content_saved, dispatch_uid="page_cache_content_saved")
    post_delete.connect(content_deleted, dispatch_uid="page_cache_content_deleted")
    page_published.connect(page_changed, dispatch_uid="page_cache_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_page_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_page_moved")
