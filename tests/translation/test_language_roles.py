"""Each language's editors and translators act in their own language only (demo users, README)."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from demo.factories import NewsPageFactory, TopicFactory
from news.models import Topic

from .helpers import edit_url, refused

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


def demo_article(language):
    return Page.objects.filter(locale__language_code=language, depth=4, content_type__model="newspage").first()


def bulk_publish(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    return client.post(url, {})


@pytest.mark.parametrize(("username", "language", "may"), [("editor-en", "nb", False), ("editor-en", "en", True)])
def test_editors_publish_in_their_own_language_only(client_for, username, language, may):
    page = demo_article(language)
    page.specific.unpublish()
    bulk_publish(client_for(username), page)
    assert Page.objects.get(pk=page.pk).live is may


@pytest.mark.parametrize(
    ("username", "language", "may"), [("translator-nb", "en", False), ("translator-nb", "nb", True)]
)
def test_translators_edit_in_their_own_language_only(client_for, username, language, may):
    response = client_for(username).get(edit_url(demo_article(language)))
    assert refused(response) is not may
    if may:
        assert response.status_code == 200


@pytest.mark.parametrize("username", ["translator-nb", "translator-en"])
def test_translators_cannot_publish_a_page(client_for, username):
    page = demo_article(username[-2:])
    page.specific.unpublish()
    bulk_publish(client_for(username), page)
    assert not Page.objects.get(pk=page.pk).live


@pytest.mark.parametrize(("username", "may"), [("translator-nb", False), ("translator-en", True)])
def test_translators_translate_into_their_own_language_only(client_for, locales, username, may):
    """A Norwegian article translated into English: the English translator may, the Norwegian one may not."""
    news = Page.objects.get(locale__language_code="nb", depth=3, slug="nyheter")
    article = NewsPageFactory(parent=news, slug="bare-pa-norsk", title="Bare på norsk")
    article.save_revision().publish()
    response = client_for(username).post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]), {"locales": [locales["en"].pk]}
    )
    assert article.get_translations().filter(locale=locales["en"]).exists() is may
    assert response.status_code == (302 if may else 200)


@pytest.fixture
def topics(locales):
    return {
        code: TopicFactory(locale=locale, slug=f"role-test-{code}", name=f"Role test {code}")
        for code, locale in locales.items()
    }


@pytest.mark.parametrize(("language", "may"), [("nb", False), ("en", True)])
def test_editors_edit_topics_in_their_own_language_only(client_for, topics, language, may):
    url = reverse("wagtailsnippets_news_topic:edit", args=[topics[language].pk])
    response = client_for("editor-en").get(url)
    assert refused(response) is not may


@pytest.mark.parametrize(("language", "may"), [("en", False), ("nb", True)])
def test_editors_delete_topics_in_their_own_language_only(client_for, topics, language, may):
    url = reverse("wagtailsnippets_news_topic:delete", args=[topics[language].pk])
    client_for("editor-nb").post(url)
    assert Topic.objects.filter(pk=topics[language].pk).exists() is not may


@pytest.mark.parametrize(("username", "may"), [("translator-en", False), ("editor-en", True)])
def test_only_editors_change_topics(client_for, topics, username, may):
    """A topic has no drafts, so saving it is publishing it: translators may not."""
    url = reverse("wagtailsnippets_news_topic:edit", args=[topics["en"].pk])
    assert refused(client_for(username).get(url)) is not may


@pytest.mark.parametrize(("username", "may"), [("editor-en", False), ("editor-nb", True)])
def test_the_norwegian_text_of_a_topic_is_edited_by_norwegian_editors_only(client_for, locales, username, may):
    """wagtail-localize's string endpoint checks a snippet's permission per model; ours adds the language."""
    topic = Topic.objects.filter(locale=locales["nb"]).first()
    translation = Translation.objects.get(source__object_id=topic.translation_key, target_locale=locales["nb"])
    segment = translation.source.stringsegment_set.get(context__path="name")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client_for(username).put(url, urlencode({"value": "Omskrevet"}), content_type=FORM)
    assert response.status_code == (200 if may else 403)
    rewritten = StringTranslation.objects.filter(locale=locales["nb"], context=segment.context, data="Omskrevet")
    assert rewritten.exists() is may


@pytest.mark.parametrize(("username", "shown"), [("translator-nb", False), ("editor-nb", True)])
def test_convert_to_alias_is_offered_to_publishers_only(client_for, locales, username, shown):
    """A translation that was stopped opens in Wagtail's own editor, whose menu offers the conversion."""
    page = demo_article("nb")
    Translation.objects.filter(source__object_id=page.translation_key, target_locale=locales["nb"]).update(
        enabled=False
    )
    response = client_for(username).get(edit_url(page))
    assert response.status_code == 200
    assert ('name="localize-convert-to-alias"' in response.content.decode()) is shown
