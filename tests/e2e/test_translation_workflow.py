"""
The translation workflow in a real browser, by the people who do it: the English editor publishes
a new paragraph in the event recap; the Norwegian translator finds the Norwegian recap out of date
in the translation status report, syncs it, translates the paragraph in wagtail-localize's editor
and submits it for moderation; the moderator approves it. Readers see the old Norwegian page until
then, and the new text after.
"""

import re
import urllib.request

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from demo.content.events import RECAP

pytestmark = pytest.mark.browser

EN_RECAP = "/en/events/cancer-crosslinks-2025/"
NB_RECAP = "/nb/arrangementer/cancer-crosslinks-2025/"
NEW_ENGLISH = "Next year's Cancer Crosslinks moves to the new auditorium in the innovation park."
NEW_NORWEGIAN = "Neste års Cancer Crosslinks flytter til det nye auditoriet i innovasjonsparken."
OLD_NORWEGIAN = RECAP["intro"][0].nb


@pytest.fixture(scope="module")
def warm_site_url(site_url):
    """Both recaps viewed once first: their renditions (AVIF is slow to encode) are made before the browser waits."""
    for path in (EN_RECAP, NB_RECAP):
        urllib.request.urlopen(site_url + path, timeout=300).read()  # noqa: S310 - our own local server
    return site_url


@pytest.fixture
def open_as(browser, warm_site_url, request, tmp_path):
    """
    ``open_as(username)``: a tab in a browser of its own, signed in to the admin as ``username``
    (password = user name, the demo's); ``open_as()``: an anonymous reader's. Each tab's screen is
    saved in ``tmp_path`` if the test fails.
    """
    pages = []
    failures_before = request.session.testsfailed

    def open_as(username=None):
        page = browser.new_context().new_page()
        pages.append(page)
        if username:
            page.goto(warm_site_url + reverse("wagtailadmin_login"))
            page.locator("input[name=username]").fill(username)
            page.locator("input[name=password]").fill(username)
            page.locator("form button[type=submit]").click()
            expect(page).to_have_url(warm_site_url + reverse("wagtailadmin_home"))
        return page

    yield open_as
    if request.session.testsfailed > failures_before:
        for number, page in enumerate(pages):
            page.screenshot(path=tmp_path / f"tab-{number}.png", full_page=True)
    for page in pages:
        page.context.close()


def publish_new_english_paragraph(editor, site_url):
    """The English editor adds a paragraph at the top of the recap's body and publishes it."""
    editor.goto(site_url + reverse("wagtailadmin_explore_root"))
    editor.get_by_role("link", name="Explore child pages of 'Events'").click()
    editor.get_by_role("link", name=RECAP["title"].en, exact=True).click()
    body = editor.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Insert a block").first.click()
    editor.get_by_role("option", name="Paragraph", exact=True).click()
    new_paragraph = body.locator("[data-streamfield-child]").first
    new_paragraph.get_by_role("textbox").click()
    editor.keyboard.type(NEW_ENGLISH)
    # Draftail copies its text into the form's field a moment after typing: publish once it has.
    expect(new_paragraph.locator("input[name$='-value']")).to_have_value(re.compile(re.escape(NEW_ENGLISH)))
    editor.locator("footer").get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.locator(".messages")).to_contain_text("has been published")


def translation_status_row(page, site_url):
    page.goto(site_url + reverse("editorial_translation_status"))
    return page.locator("tr[data-locale=nb]", has_text=RECAP["title"].nb)


def translation_editor_string(translator, source, state):
    """The string whose English text is ``source`` in wagtail-localize's editor; ``state``: incomplete or complete."""
    return translator.locator(f"li.{state}").filter(has=translator.get_by_text(source, exact=True)).first


def translate_string(translator, source, text):
    """Type ``text`` as the translation of ``source`` and save it, as a translator does; wait until it is saved."""
    untranslated = translation_editor_string(translator, source, "incomplete")
    untranslated.get_by_role("button", name=re.compile("^(Oversett|Translate)$")).click()
    untranslated.get_by_role("textbox").fill(text)
    untranslated.get_by_role("button", name=re.compile("^(Lagre|Save)$")).click()
    translated = translation_editor_string(translator, source, "complete")
    expect(translated).to_contain_text(text)
    # Saved, no longer saving: the string offers to be edited again.
    expect(translated.get_by_role("button", name=re.compile("^(Rediger|Edit)$"))).to_be_visible()


def translate_and_submit_for_moderation(translator, site_url):
    """The Norwegian translator's part, from the translation status report to "Submit for moderation"."""
    recap_row = translation_status_row(translator, site_url)
    expect(recap_row).to_have_attribute("data-status", "out_of_date")
    recap_row.locator("a[data-action=sync]").click()
    # A translator may sync but not publish: the sync leaves the Norwegian page as it is, live.
    expect(translator.locator("main form [type=submit]")).to_be_visible()
    expect(translator.locator("#id_publish_translations")).to_have_count(0)
    translator.locator("main form [type=submit]").click()
    expect(translator).to_have_url(re.compile(reverse("editorial_translation_status")))  # back to the report

    recap_row = translation_status_row(translator, site_url)
    expect(recap_row).to_have_attribute("data-status", "draft")
    recap_row.locator("a[data-action=edit]").click()

    translate_string(translator, NEW_ENGLISH, NEW_NORWEGIAN)
    # Submitting needs every string translated; whatever else the sync brought in gets a translation too.
    untranslated = translator.locator("li.incomplete")
    while untranslated.count():
        source = untranslated.first.locator("p").first.inner_text()
        translate_string(translator, source, f"NB: {source}")

    translator.get_by_role("button", name="Send oversettelsen til godkjenning").click()
    expect(translator.locator(".messages")).to_contain_text("er sendt til godkjenning")


def approve_in_the_dashboard(moderator):
    """The moderator (whose admin is in Norwegian) approves the recap from "Awaiting your review"."""
    awaiting_review = moderator.locator("#awaiting-review-section tr", has_text=RECAP["title"].nb)
    awaiting_review.get_by_role("button", name="Handlinger").click()
    awaiting_review.get_by_role("button", name="Godkjenn", exact=True).click()
    expect(awaiting_review).to_have_count(0)


def test_a_translation_goes_live_only_when_the_moderator_approves_it(open_as, site_url):
    publish_new_english_paragraph(open_as("editor-en"), site_url)
    translate_and_submit_for_moderation(open_as("translator-nb"), site_url)

    reader = open_as()
    reader.goto(site_url + NB_RECAP)
    expect(reader.locator("html")).to_have_attribute("lang", "nb")
    text = reader.locator("main")
    expect(text).to_contain_text(OLD_NORWEGIAN)
    expect(text).not_to_contain_text(NEW_NORWEGIAN)
    expect(text).not_to_contain_text(NEW_ENGLISH)

    approve_in_the_dashboard(open_as("moderator"))

    reader = open_as()  # a new browser: the last one may keep the old page for a minute
    reader.goto(site_url + NB_RECAP)
    expect(reader.locator("html")).to_have_attribute("lang", "nb")
    text = reader.locator("main")
    expect(text).to_contain_text(NEW_NORWEGIAN)
    expect(text).to_contain_text(OLD_NORWEGIAN)
    expect(text).not_to_contain_text(NEW_ENGLISH)
    switcher_to_english = reader.locator("nav.language-switcher a[hreflang=en]")
    expect(switcher_to_english).to_have_attribute("href", EN_RECAP)
    switcher_to_english.click()
    expect(reader).to_have_url(site_url + EN_RECAP)
    expect(reader.locator("html")).to_have_attribute("lang", "en")
    expect(reader.locator("main")).to_contain_text(NEW_ENGLISH)
