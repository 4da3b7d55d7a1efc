"""The recap's gallery in a real browser, with the keyboard only."""

import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

RECAP = "/nb/arrangementer/cancer-crosslinks-2025/"


@pytest.fixture(scope="module")
def recap_url(site_url):
    """The recap, viewed once first: its renditions (AVIF is slow to encode) are made before the browser waits."""
    urllib.request.urlopen(site_url + RECAP, timeout=300).read()  # noqa: S310 - our own local server
    return site_url + RECAP


def test_gallery_opens_moves_and_closes_with_the_keyboard(page, recap_url):
    page.goto(recap_url)
    page.focus(".gallery__link >> nth=0")
    page.keyboard.press("Enter")

    dialog = page.locator("dialog.lightbox")
    caption = dialog.locator(".lightbox__caption")
    expect(dialog).to_be_visible()
    assert caption.get_attribute("aria-live") == "polite"
    assert dialog.get_attribute("aria-describedby") == caption.get_attribute("id")
    expect(caption).to_contain_text("Bilde 1 av 6")
    # the caption and credit printed under the thumbnail, read out in the dialog
    expect(caption).to_contain_text(" ".join(page.locator(".gallery figcaption").first.inner_text().split()))
    expect(caption.locator(".credit")).to_contain_text("Illustrasjon:")
    assert dialog.locator("img").get_attribute("alt").endswith("publikum finner plassene sine før første foredrag")

    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(caption).to_contain_text("Bilde 3 av 6")
    expect(caption).to_contain_text("Nettverksbygging over lunsj i atriet")
    page.keyboard.press("ArrowLeft")
    expect(caption).to_contain_text("Bilde 2 av 6")

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # focus is back on the thumbnail of the picture last shown
    expect(page.locator(".gallery__link").nth(1)).to_be_focused()


def test_gallery_buttons_wrap_around_and_close(page, recap_url):
    page.goto(recap_url)
    page.click(".gallery__link >> nth=0")
    caption = page.locator("dialog.lightbox .lightbox__caption")
    page.get_by_role("button", name="Forrige bilde").click()
    expect(caption).to_contain_text("Bilde 6 av 6")
    page.get_by_role("button", name="Neste bilde").click()
    expect(caption).to_contain_text("Bilde 1 av 6")
    page.get_by_role("button", name="Lukk").click()
    expect(page.locator("dialog.lightbox")).to_be_hidden()
    expect(page.locator(".gallery__link").first).to_be_focused()
