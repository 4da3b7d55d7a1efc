"""Machine translation (DeepL when DEEPL_API_KEY is set) drafts a translation for a translator of that language."""

import html
import json
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation

from config.environment import machine_translator_settings

from .conftest import translation_into
from .helpers import edit_url

pytestmark = pytest.mark.django_db

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def norwegian_translation(client_for, live_english_article, locales):
    """The English article submitted for translation into Norwegian, nothing translated yet."""
    url = reverse("wagtail_localize:submit_page_translation", args=[live_english_article.pk])
    assert client_for("translator-nb").post(url, {"locales": [locales["nb"].pk]}).status_code == 302
    return translation_into(live_english_article, locales["nb"])


def machine_translated(translation):
    return StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )


def editor_props(response):
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return json.loads(html.unescape(props.group(1)))


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
@pytest.mark.parametrize(("username", "may"), [("translator-en", False), ("translator-nb", True)])
def test_translators_machine_translate_into_their_own_language_only(client_for, norwegian_translation, username, may):
    url = reverse("wagtail_localize:machine_translate", args=[norwegian_translation.pk])
    response = client_for(username).post(url)
    assert response.status_code == (302 if may else 403)
    assert machine_translated(norwegian_translation).exists() is may
    if may:
        title = machine_translated(norwegian_translation).get(context__path="title")
        assert title.data == "in are results Trial"  # the dummy translator reverses the words


@pytest.mark.parametrize(("translator", "offered"), [(None, False), (DUMMY_TRANSLATOR, True)])
def test_the_translation_editor_offers_machine_translation_only_when_configured(
    client_for, norwegian_translation, translator, offered
):
    norwegian = norwegian_translation.get_target_instance()
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=translator):
        response = client_for("translator-nb").get(edit_url(norwegian))
    assert response.status_code == 200
    machine_translator = editor_props(response)["machineTranslator"]
    assert (machine_translator is not None) is offered
    if offered:
        assert machine_translator["url"] == reverse(
            "wagtail_localize:machine_translate", args=[norwegian_translation.pk]
        )


def test_a_deepl_key_configures_deepl_and_no_key_configures_nothing(locales):
    assert machine_translator_settings("") is None
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine_translator_settings("secret:fx")):
        deepl = get_machine_translator()
    assert deepl.display_name == "DeepL"
    assert deepl.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"  # a free-API key
    parameters = deepl.get_parameters(locales["en"], locales["nb"], [])
    assert (parameters["source_lang"], parameters["target_lang"]) == ("EN", "NB")
    assert deepl.can_translate(locales["nb"], locales["en"])
