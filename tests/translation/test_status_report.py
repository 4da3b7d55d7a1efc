"""
Reports → Translation status: every page and topic per language, missing, draft (with the share
translated), out of date (naming what changed) or up to date, with the one action its reader may take.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from core.editorial import status
from demo.content.news import OUT_OF_DATE_ARTICLE
from demo.factories import NewsPageFactory, TopicFactory
from demo.translate import translate_with_localize
from news.models import NewsPage, Topic
from tests.helpers import html

from .conftest import translate_every_string, translation_into

pytestmark = pytest.mark.django_db

REPORT = "editorial_translation_status"
UNTRANSLATED_DEMO_ARTICLE = "visiting-delegation-from-boston"


def report(client, **filters):
    return html(client.get(reverse(REPORT), filters))


def rows(page):
    """``{(title, language code): (status, status cell text, {action verb: href})}`` of a rendered report."""
    found = {}
    for tr in page.select("table[data-translation-status] tbody tr"):
        cells = tr.select("td")
        actions = {link.get_text(strip=True): link["href"] for link in tr.select("a[data-action]")}
        found[(cells[0].get_text(strip=True), tr["data-locale"])] = (
            tr["data-status"],
            " ".join(cells[3].get_text(" ").split()),
            actions,
        )
    return found


def statuses_in(language, **kwargs):
    return [row for row in status.Statuses(**kwargs).rows if row.locale.language_code == language]


# -- the demo content ------------------------------------------------------------------------------


def test_the_demo_content_has_one_page_out_of_date_and_one_missing_on_purpose():
    norwegian = statuses_in("nb")
    out_of_date = [row for row in norwegian if row.status == status.OUT_OF_DATE]
    missing = [row for row in norwegian if row.status == status.MISSING]
    assert [row.source.slug for row in out_of_date] == [OUT_OF_DATE_ARTICLE["slug"]]
    assert [row.source.slug for row in missing] == [UNTRANSLATED_DEMO_ARTICLE]
    assert not [row for row in norwegian if row.status == status.DRAFT]
    assert len([row for row in norwegian if row.status == status.UP_TO_DATE]) > 30  # pages and topics
    assert statuses_in("en") == []  # every English page and topic is an original


def test_the_report_shows_the_demo_contents_states(admin_in_english, locales):
    found = rows(report(admin_in_english, locale="nb"))
    out_of_date = NewsPage.objects.get(slug=OUT_OF_DATE_ARTICLE["slug"]).get_translation(locales["nb"])
    state, text, actions = found[(out_of_date.title, "nb")]
    assert (state, text) == ("out_of_date", "Out of date Changed: Body › Paragraph")
    assert actions.keys() == {"Sync"}
    assert "/localize/update/" in actions["Sync"]

    missing = NewsPage.objects.get(slug=UNTRANSLATED_DEMO_ARTICLE)
    state, text, actions = found[(missing.title, "nb")]
    assert (state, text) == ("missing", "Missing")
    assert actions == {
        "Translate": reverse("wagtail_localize:submit_page_translation", args=[missing.pk]) + "?select_locale=nb"
    }

    recap_title = Page.objects.get(slug="cancer-crosslinks-2025", locale=locales["nb"]).title
    state, text, actions = found[(recap_title, "nb")]
    assert (state, text) == ("up_to_date", "Up to date")
    assert list(actions) == ["Edit"]


def test_the_untranslated_demo_article_is_not_featured_on_the_home_page(page_in):
    home = page_in("home", "en")
    assert UNTRANSLATED_DEMO_ARTICLE not in {link.page.slug for link in home.featured_news.all()}


# -- each status, for pages ------------------------------------------------------------------------


def test_a_partly_translated_page_is_a_draft_with_its_share_translated(
    admin_in_english, client_for, live_english_article, locales
):
    response = client_for("translator-nb").post(
        reverse("wagtail_localize:submit_page_translation", args=[live_english_article.pk]),
        {"locales": [locales["nb"].pk]},
    )
    assert response.status_code == 302
    translation = translation_into(live_english_article, locales["nb"])
    total, done = translation.get_progress()
    assert done == 0 < total

    title = live_english_article.get_translation(locales["nb"]).title
    found = rows(report(admin_in_english, locale="nb", status="draft"))
    assert (title, "nb") in found, found
    state, text, actions = found[(title, "nb")]
    assert state == "draft"
    assert f"0% translated (0 of {total})" in text
    assert list(actions) == ["Edit"]  # not publishable while text is missing

    translate_every_string(translation)
    title = Page.objects.get(pk=live_english_article.get_translation(locales["nb"]).pk).get_admin_display_title()
    state, text, actions = rows(report(admin_in_english, locale="nb", status="draft"))[(title, "nb")]
    assert f"100% translated ({total} of {total})" in text  # every string done, but not live yet
    assert list(actions) == ["Publish"]


def test_a_page_whose_source_was_published_after_the_sync_names_the_changed_field(admin_in_english, page_in):
    english = page_in("eu-funding-for-digital-cancer-research", "en")
    norwegian = page_in("eu-midler-til-digital-kreftforskning", "nb")
    assert rows(report(admin_in_english, locale="nb"))[(norwegian.title, "nb")][0] == "up_to_date"

    english.standfirst = "A newer standfirst, not yet translated."
    english.save_revision().publish()
    state, text, _actions = rows(report(admin_in_english, locale="nb"))[(norwegian.title, "nb")]
    assert (state, text) == ("out_of_date", "Out of date Changed: Standfirst")


# -- snippets --------------------------------------------------------------------------------------


def test_a_topic_goes_missing_draft_up_to_date_and_out_of_date(admin_in_english, locales):
    english = TopicFactory(locale=locales["en"], slug="gene-therapy", name="Gene therapy")
    assert rows(report(admin_in_english, type="news.topic"))[("Gene therapy", "nb")][:2] == ("missing", "Missing")

    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "topic", english.pk])
    assert admin_in_english.post(url, {"locales": [locales["nb"].pk]}).status_code == 302
    state, text, _actions = rows(report(admin_in_english, type="news.topic"))[("Gene therapy", "nb")]
    assert state == "draft" and "0% translated (0 of 1)" in text

    Topic.objects.filter(locale=locales["nb"], slug="gene-therapy").delete()
    translate_with_localize(english, locales["nb"], Topic(name="Genterapi", slug="gene-therapy"))
    assert rows(report(admin_in_english, type="news.topic"))[("Genterapi", "nb")][:2] == ("up_to_date", "Up to date")

    english.name = "Gene therapies"
    english.save()
    state, text, _actions = rows(report(admin_in_english, type="news.topic"))[("Genterapi", "nb")]
    assert (state, text) == ("out_of_date", "Out of date Changed: Name")


# -- filters ---------------------------------------------------------------------------------------


def test_filters_by_language_type_and_status(admin_in_english, locales):
    TopicFactory(locale=locales["nb"], slug="bare-pa-norsk", name="Bare på norsk")  # missing in English

    everything = rows(report(admin_in_english))
    assert {language for _title, language in everything} == {"en", "nb"}

    english = rows(report(admin_in_english, locale="en"))
    assert list(english) == [("Bare på norsk", "en")]

    topics = rows(report(admin_in_english, type="news.topic"))
    assert topics and all(title in set(Topic.objects.values_list("name", flat=True)) for title, _language in topics)

    articles = rows(report(admin_in_english, type="news.newspage", status="missing"))
    assert [title for title, _language in articles] == [NewsPage.objects.get(slug=UNTRANSLATED_DEMO_ARTICLE).title]

    out_of_date = rows(report(admin_in_english, status="out_of_date"))
    assert {state for state, _text, _actions in out_of_date.values()} == {"out_of_date"}
    assert len(out_of_date) == 1


# -- who sees which action -------------------------------------------------------------------------


def test_a_norwegian_translator_sees_actions_for_norwegian_only(client_for, locales):
    TopicFactory(locale=locales["nb"], slug="bare-pa-norsk", name="Bare på norsk")  # missing in English
    found = rows(report(client_for("translator-nb")))
    english_rows = {key: value for key, value in found.items() if key[1] == "en"}
    norwegian_rows = {key: value for key, value in found.items() if key[1] == "nb"}
    assert english_rows and all(actions == {} for _state, _text, actions in english_rows.values())
    untranslated = NewsPage.objects.get(slug=UNTRANSLATED_DEMO_ARTICLE).title
    assert "Oversett" in norwegian_rows[(untranslated, "nb")][2]  # the translator's admin speaks Norwegian
    assert all("Publiser" not in actions for _state, _text, actions in norwegian_rows.values())

    english_translator = rows(report(client_for("translator-en")))
    assert (
        "Translate" in english_translator[("Bare på norsk", "en")][2]
        or "Oversett" in english_translator[("Bare på norsk", "en")][2]
    )
    assert all(
        actions == {} for (_title, language), (_s, _t, actions) in english_translator.items() if language == "nb"
    )


def test_the_labels_are_norwegian_in_a_norwegian_admin(client_for):
    page = report(client_for("editor-nb"), locale="nb")
    statuses_shown = {
        " ".join(td.get_text(" ").split()).split(" Endret")[0] for td in page.select("tbody td:nth-of-type(4)")
    }
    assert {"Mangler", "Utdatert", "Oppdatert"} <= statuses_shown
    assert "Endret: Brødtekst › Avsnitt" in page.text or "Endret:" in page.text


# -- the dashboard ---------------------------------------------------------------------------------


def test_the_dashboard_counts_the_users_languages_and_links_into_the_report(client_for):
    response = client_for("editor-nb").get(reverse("wagtailadmin_home"))
    panel = html(response).select_one("#translation-status-section")
    assert panel is not None
    assert "Oversettelsesstatus" in panel.get_text()  # the editor's admin speaks Norwegian
    assert [tr["data-locale"] for tr in panel.select("tbody tr")] == ["nb"]
    counts = {link["data-status"]: (link.get_text(strip=True), link["href"]) for link in panel.select("a[data-status]")}
    assert {status: count for status, (count, _href) in counts.items()} == {
        "missing": "1",
        "draft": "0",
        "out_of_date": "1",
    }
    assert counts["missing"][1] == reverse(REPORT) + "?locale=nb&status=missing"


def test_the_dashboard_has_no_panel_for_a_user_without_languages():
    user = get_user_model().objects.create_user("reader-of-reports", password="x")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    page = html(client.get(reverse("wagtailadmin_home")))
    assert page.select_one("#latest-updates, main") is not None  # the dashboard itself
    assert page.select_one("#translation-status-section") is None


# -- cost ------------------------------------------------------------------------------------------


def test_the_report_costs_the_same_queries_however_many_pages(client_for, page_in):
    """Per-row permission checks included: an editor's actions are decided for every row shown."""
    client, url = client_for("editor-nb"), reverse(REPORT)
    client.get(url)  # warm caches (content types)
    with CaptureQueriesContext(connection) as before:
        assert client.get(url).status_code == 200
    news = page_in("news", "en")
    for number in range(30):
        page = NewsPageFactory(parent=news, slug=f"extra-{number}", title=f"Extra {number}")
        page.save_revision().publish()
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert len(rows(html(response))) == 50  # a full page of rows, 30 more of them than before
    assert len(after.captured_queries) <= len(before.captured_queries) + 2
