"""A translation is a draft until someone who may publish in its language publishes or approves it."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.views import edit_translation

from news.models import NewsPage, NewsPageAuthor

from .conftest import translate_every_string, translation_into
from .helpers import edit_url, refused

pytestmark = pytest.mark.django_db

NB_URL = "/nb/nyheter/trial-results/"
EN_URL = "/en/news/trial-results/"


def submit_translation(client, page, locale):
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]})


@pytest.fixture
def norwegian_draft(client_for, live_english_article, locales):
    """The article translated into Norwegian by the Norwegian translator: a draft, every string translated."""
    response = submit_translation(client_for("translator-nb"), live_english_article, locales["nb"])
    assert response.status_code == 302
    translation = translation_into(live_english_article, locales["nb"])
    translate_every_string(translation)
    return live_english_article.get_translation(locales["nb"]), translation


def test_translating_a_live_page_leaves_the_translation_a_draft(norwegian_draft, live_english_article):
    norwegian, _translation = norwegian_draft
    assert not Page.objects.get(pk=norwegian.pk).live
    assert Client().get(NB_URL).status_code == 404
    english = Client().get(EN_URL)
    assert english.status_code == 200
    assert "Trial results are in" in english.content.decode()
    assert Page.objects.get(pk=live_english_article.pk).live_revision_id == live_english_article.live_revision_id


def test_the_norwegian_editor_publishes_the_translation_and_readers_see_it(norwegian_draft, client_for):
    """The control for the test above: the draft can go live, through the person allowed to."""
    norwegian, _translation = norwegian_draft
    response = client_for("editor-nb").post(edit_url(norwegian), {"action": "publish"})
    assert response.status_code == 302
    page = Client().get(NB_URL)
    assert page.status_code == 200
    assert "NB: Trial results are in" in page.content.decode()


def test_a_translator_cannot_publish_from_the_translation_editor(norwegian_draft, client_for):
    norwegian, _translation = norwegian_draft
    response = client_for("translator-nb").post(edit_url(norwegian), {"action": "publish"})
    assert refused(response)
    assert not Page.objects.get(pk=norwegian.pk).live
    assert Client().get(NB_URL).status_code == 404


def test_a_translator_submits_for_moderation_and_the_moderator_approves(norwegian_draft, client_for, mailoutbox):
    norwegian, translation = norwegian_draft
    translator = client_for("translator-nb")
    editor_page = translator.get(edit_url(norwegian))
    submit_url = reverse("editorial_submit_translation_for_moderation", args=[translation.pk])
    assert submit_url in editor_page.content.decode()  # the translation editor offers it
    assert "Send oversettelsen til godkjenning" in editor_page.content.decode()  # in the translator's Norwegian

    response = translator.post(submit_url)
    assert response.status_code == 302
    state = Page.objects.get(pk=norwegian.pk).current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert Client().get(NB_URL).status_code == 404  # waiting, not published

    assert any("moderator@example.com" in message.to for message in mail.outbox)  # told by email

    moderator = client_for("moderator")
    dashboard = moderator.get(reverse("wagtailadmin_home"))
    assert "NB: Trial results are in" in dashboard.content.decode()  # "Awaiting your review"
    task_state = state.current_task_state
    approve = moderator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[norwegian.pk, "approve", task_state.pk]), {}
    )
    assert approve.status_code in (200, 302)
    page = Client().get(NB_URL)
    assert page.status_code == 200
    assert "NB: Trial results are in" in page.content.decode()


def test_submitting_an_incompletely_translated_page_is_refused(client_for, live_english_article, locales):
    translator = client_for("translator-nb")
    submit_translation(translator, live_english_article, locales["nb"])
    translation = translation_into(live_english_article, locales["nb"])
    norwegian = live_english_article.get_translation(locales["nb"])
    translator.post(reverse("editorial_submit_translation_for_moderation", args=[translation.pk]))
    assert Page.objects.get(pk=norwegian.pk).current_workflow_state is None


def test_submitting_keeps_the_live_norwegian_text_until_approval(norwegian_draft, client_for):
    norwegian, translation = norwegian_draft
    client_for("editor-nb").post(edit_url(norwegian), {"action": "publish"})
    translate_every_string(translation, prefix="NYTT: ")
    client_for("translator-nb").post(reverse("editorial_submit_translation_for_moderation", args=[translation.pk]))
    page = Client().get(NB_URL).content.decode()
    assert "NB: Trial results are in" in page
    assert "NYTT:" not in page


def sync(client, page, publish):
    source = translation_into(page, page.get_translations().get().locale).source
    data = {"publish_translations": "on"} if publish else {}
    return client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)


@pytest.fixture
def changed_source(norwegian_draft, client_for, live_english_article):
    """The Norwegian translation is live; then the English article changes."""
    norwegian, _translation = norwegian_draft
    client_for("editor-nb").post(edit_url(norwegian), {"action": "publish"})
    live_english_article.title = "Trial results are out"
    live_english_article.save_revision().publish()
    return live_english_article


@pytest.mark.parametrize(("username", "offered"), [("translator-nb", False), ("editor-nb", True)])
def test_the_sync_page_offers_publishing_to_publishers_only(changed_source, client_for, username, offered):
    source = translation_into(changed_source, changed_source.get_translations().get().locale).source
    page = client_for(username).get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert page.status_code == 200
    form = BeautifulSoup(page.content, "html.parser").select_one("main form")
    assert form.select_one("[type=submit]")  # the sync itself is offered to both
    assert bool(form.select_one("input[name=publish_translations]")) is offered


def earlier_translations_shown(client, page):
    editor = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    assert editor.select_one(".js-translation-editor")  # the editor itself is there
    return [
        item.get_text(" ", strip=True) for item in editor.select(".earlier-translations dt, .earlier-translations dd")
    ]


def test_after_a_sync_the_editor_shows_what_a_changed_text_was_translated_as(changed_source, client_for):
    translator = client_for("translator-nb")
    norwegian = changed_source.get_translation(changed_source.get_translations().get().locale)
    assert earlier_translations_shown(translator, norwegian) == []  # not synced yet: nothing changed for it
    sync(translator, changed_source, publish=False)
    shown = earlier_translations_shown(translator, norwegian)
    assert any("Trial results are out" in text for text in shown)  # the new English title
    assert any("NB: Trial results are in" in text for text in shown)  # its Norwegian before the change
    assert not any("NB: Trial results are out" in text for text in shown)


def test_a_translation_points_at_the_people_of_its_own_language(live_english_article, client_for, locales, page_in):
    """wagtail-localize copies the author rows as they are; the translation's draft has the Norwegian author."""
    english_author, norwegian_author = page_in("sofia-linden", "en"), page_in("sofia-linden", "nb")
    live_english_article.author_links.add(NewsPageAuthor(person=english_author))
    live_english_article.save_revision().publish()
    submit_translation(client_for("translator-nb"), live_english_article, locales["nb"])
    translation = translation_into(live_english_article, locales["nb"])
    translate_every_string(translation)
    response = client_for("translator-nb").post(
        reverse("editorial_submit_translation_for_moderation", args=[translation.pk])
    )
    assert response.status_code == 302
    draft = live_english_article.get_translation(locales["nb"]).get_latest_revision_as_object()
    assert [row.person_id for row in draft.author_links.all()] == [norwegian_author.pk]
    english = NewsPage.objects.get(pk=live_english_article.pk)
    assert [row.person_id for row in english.author_links.all()] == [english_author.pk]  # the source keeps its own


def test_a_translators_sync_does_not_publish(changed_source, client_for):
    response = sync(client_for("translator-nb"), changed_source, publish=True)
    assert response.status_code == 302
    page = Client().get(NB_URL).content.decode()
    assert "NB: Trial results are in" in page
    assert "Trial results are out" not in page


def test_an_editors_sync_may_publish(changed_source, client_for):
    """The control: "Publish immediately" works for someone who may publish the Norwegian page."""
    sync(client_for("editor-nb"), changed_source, publish=True)
    assert "Trial results are out" in Client().get(NB_URL).content.decode()


def test_a_translator_cannot_convert_a_translation_to_an_alias(norwegian_draft, client_for):
    norwegian, _translation = norwegian_draft
    url = reverse("wagtail_localize:convert_to_alias", args=[norwegian.pk])
    response = client_for("translator-nb").post(url)
    assert refused(response)
    assert Page.objects.get(pk=norwegian.pk).alias_of_id is None


@pytest.mark.parametrize(("username", "offered"), [("translator-nb", False), ("editor-nb", True)])
def test_the_translation_editor_offers_the_conversion_to_publishers_only(
    norwegian_draft, client_for, username, offered
):
    norwegian, _translation = norwegian_draft
    response = client_for(username).get(edit_url(norwegian))
    assert response.status_code == 200
    editor = BeautifulSoup(response.content, "html.parser").select_one(".js-translation-editor")
    props = json.loads(editor["data-props"])
    assert props["links"]["stopTranslationUrl"]  # the rest of the props survive
    assert bool(props["links"]["convertToAliasUrl"]) is offered


def test_a_publisher_can_convert_a_translation_to_an_alias(norwegian_draft, client_for):
    norwegian, _translation = norwegian_draft
    url = reverse("wagtail_localize:convert_to_alias", args=[norwegian.pk])
    response = client_for("editor-nb").post(url)
    assert response.status_code == 302
    assert Page.objects.get(pk=norwegian.pk).alias_of_id is not None


def test_wagtail_localizes_addresses_lead_to_the_guarded_views():
    """Fails when wagtail-localize moves a view we guard: our copies must sit at its addresses."""
    import inspect

    from django.urls import resolve

    from core.editorial import views

    convert = resolve(reverse("wagtail_localize:convert_to_alias", args=[1])).func
    assert inspect.unwrap(convert) is views.convert_to_alias
    for name, args, view in [
        ("wagtail_localize:update_translations", [1], views.UpdateTranslationsView),
        ("wagtail_localize:submit_page_translation", [1], views.SubmitPageTranslationView),
        ("wagtail_localize:submit_snippet_translation", ["news", "topic", "1"], views.SubmitSnippetTranslationView),
    ]:
        assert resolve(reverse(name, args=args)).func.view_class is view
    string_edit = list(_wrappers(resolve(reverse("wagtail_localize:edit_string_translation", args=[1, 1])).func))
    assert edit_translation.edit_string_translation in string_edit
    assert any(vars(func).get("checks_target_language") for func in string_edit)


def _wrappers(func):
    while func is not None:
        yield func
        func = getattr(func, "__wrapped__", None)
