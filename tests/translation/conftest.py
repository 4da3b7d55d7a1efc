import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo.factories import NewsPageFactory


@pytest.fixture(autouse=True)
def on_commit_runs_at_once(monkeypatch):
    """
    wagtail-localize publishes with ``transaction.on_commit``, which never fires inside a test's
    transaction: run it at once, as a real request's commit would.
    """
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture
def client_for(db):
    """``client_for("translator-nb")``: a client signed in as one of the demo users (README)."""

    def signed_in(username):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return signed_in


@pytest.fixture
def admin_in_english(db):
    """A client signed in as the demo admin, with the admin in English."""
    user = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in ("en", "nb")}


@pytest.fixture
def live_english_article(db):
    """A published English article with no Norwegian translation yet."""
    news = Page.objects.get(locale__language_code="en", depth=3, slug="news")
    page = NewsPageFactory(parent=news, slug="trial-results", title="Trial results are in")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_every_string(translation, prefix="NB: "):
    """Translate each of the translation's strings, as a translator would in the editor."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        data = segment.string.data if segment.context.path == "slug" else prefix + segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": data},
        )


def translation_into(page, locale):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return Translation.objects.get(source=source, target_locale=locale)
