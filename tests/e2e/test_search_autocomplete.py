import re

import pytest

pytestmark = pytest.mark.browser


def test_typing_shows_suggestions_and_the_keyboard_opens_one(page, site_url):
    page.goto(f"{site_url}/nb/search/")
    box = page.get_by_role("combobox", name="Søk i nyheter, arrangementsreferater og personer")
    box.press_sequentially("immun", delay=40)
    options = page.get_by_role("option")
    options.first.wait_for()
    assert "Immunterapi forklart for pasienter" in options.all_inner_texts()
    assert box.get_attribute("aria-expanded") == "true"

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    chosen = options.first.inner_text()
    box.press("Enter")
    page.wait_for_url(re.compile(r"/nb/nyheter/"))
    assert page.locator("h1").inner_text() == chosen


def test_escape_closes_the_suggestions(page, site_url):
    page.goto(f"{site_url}/en/search/")
    box = page.get_by_role("combobox", name="Search news, event recaps and people")
    box.press_sequentially("cancer", delay=40)
    page.get_by_role("listbox").wait_for()
    box.press("Escape")
    assert page.get_by_role("listbox").is_hidden()
    assert box.get_attribute("aria-expanded") == "false"


def test_the_form_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/en/search/")
    page.locator("#search-query").fill("Essand")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=Essand"))
    assert "Magnus Essand" in page.locator(".search-results").first.inner_text()
    context.close()
