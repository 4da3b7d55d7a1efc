"""Topics: the language is chosen and shown, the slug follows the name, a slug clash is a form error."""

import pytest
from django.urls import reverse

from demo.factories import TopicFactory
from news.models import Topic
from tests.helpers import html

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_news_topic:add"


def test_the_add_form_asks_for_the_language(admin_in_english, locales):
    page = html(admin_in_english.get(reverse(ADD_URL) + "?locale=en"))
    select = page.select_one("select[name=language]")
    assert select is not None
    assert {option["value"] for option in select.select("option")} == {str(locales["en"].pk), str(locales["nb"].pk)}
    assert select.select_one("option[selected]")["value"] == str(locales["en"].pk)


def test_an_editor_chooses_among_their_own_languages_only(client_for, locales):
    page = html(client_for("editor-en").get(reverse(ADD_URL)))
    assert [option["value"] for option in page.select("select[name=language] option")] == [str(locales["en"].pk)]


def test_the_slug_follows_the_name_on_a_new_topic(admin_in_english):
    page = html(admin_in_english.get(reverse(ADD_URL)))
    name = page.select_one("input[name=name]")
    assert "w-sync" in name["data-controller"]
    assert "w-sync#apply" in name.get("data-action", "")
    assert name["data-w-sync-target-value"] == "#id_slug"
    assert "w-slug" in page.select_one("input[name=slug]")["data-controller"]


def test_the_slug_stays_put_when_an_existing_topic_is_renamed(admin_in_english, locales):
    topic = TopicFactory(locale=locales["en"], slug="steady", name="Steady")
    page = html(admin_in_english.get(reverse("wagtailsnippets_news_topic:edit", args=[topic.pk])))
    assert "w-sync#apply" not in page.select_one("input[name=name]").get("data-action", "")
    assert page.select_one("select[name=language]").has_attr("disabled")


def test_a_topic_is_created_in_the_chosen_language(admin_in_english, locales):
    response = admin_in_english.post(
        reverse(ADD_URL), {"language": locales["en"].pk, "name": "Gene therapy", "slug": "gene-therapy"}
    )
    assert response.status_code == 302
    assert Topic.objects.get(slug="gene-therapy").locale == locales["en"]


def test_a_slug_taken_in_the_same_language_is_a_form_error(admin_in_english, locales):
    TopicFactory(locale=locales["en"], slug="taken", name="Taken")
    response = admin_in_english.post(reverse(ADD_URL), {"language": locales["en"].pk, "name": "Other", "slug": "taken"})
    assert response.status_code == 200
    assert "“Taken” already has this slug in English" in html(response).select_one("#panel-child-slug-errors").text
    assert Topic.objects.filter(slug="taken").count() == 1


def submit_topic_translation(client, topic, locale):
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "topic", topic.pk])
    return client.post(url, {"locales": [locale.pk]})


def test_translating_a_topic_whose_slug_the_other_language_has_is_a_form_error(admin_in_english, locales):
    english = TopicFactory(locale=locales["en"], slug="clash", name="Clash")
    norwegian = TopicFactory(locale=locales["nb"], slug="clash", name="Kollisjon")  # not its translation
    response = submit_topic_translation(admin_in_english, english, locales["nb"])
    assert response.status_code == 200
    assert "“Kollisjon” already has this slug in Norwegian" in html(response).select_one(".w-field__errors").text
    assert english.get_translations().count() == 0
    assert Topic.objects.get(pk=norwegian.pk).name == "Kollisjon"


def test_translating_a_topic_without_a_clash_creates_its_translation(admin_in_english, locales):
    english = TopicFactory(locale=locales["en"], slug="no-clash", name="No clash")
    response = submit_topic_translation(admin_in_english, english, locales["nb"])
    assert response.status_code == 302
    assert english.get_translation(locales["nb"]).slug == "no-clash"
