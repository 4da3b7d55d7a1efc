"""Publishing a page that others translate offers to sync them: a message with a button."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.urls import reverse
from wagtail import hooks

from demo.factories import NewsPageFactory

from .conftest import translation_into

pytestmark = pytest.mark.django_db
SYNC = "/localize/update/"  # wagtail-localize's sync address, in the message's button


def messages_after_editing(page, user, action):
    """The messages Wagtail's page editor hooks add after ``user`` saved ``page`` with ``action``."""
    request = RequestFactory().post("/", {action: action})
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    for hook in hooks.get_hooks("after_edit_page"):
        hook(request, page)
    return " ".join(str(message) for message in get_messages(request))


@pytest.fixture
def translated_article(client_for, live_english_article, locales):
    submit = reverse("wagtail_localize:submit_page_translation", args=[live_english_article.pk])
    assert client_for("translator-nb").post(submit, {"locales": [locales["nb"].pk]}).status_code == 302
    return live_english_article


def test_publishing_a_translated_page_offers_to_sync_it(translated_article, locales, admin_user):
    source = translation_into(translated_article, locales["nb"]).source
    shown = messages_after_editing(translated_article, admin_user, "action-publish")
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in shown


def test_saving_a_draft_offers_nothing(translated_article, admin_user):
    assert SYNC not in messages_after_editing(translated_article, admin_user, "action-save")
    assert SYNC in messages_after_editing(translated_article, admin_user, "action-publish")


def test_a_page_nobody_translates_offers_nothing(translated_article, admin_user):
    untranslated = NewsPageFactory(parent=translated_article.get_parent(), slug="lonely", title="Only in English")
    untranslated.save_revision().publish()
    assert SYNC not in messages_after_editing(untranslated, admin_user, "action-publish")
    assert SYNC in messages_after_editing(translated_article, admin_user, "action-publish")
