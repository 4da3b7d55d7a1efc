"""The open suggestion list: each option is the thing picked, with nothing interactive inside it."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_open_suggestions_hold_no_links_and_a_click_opens_one(page, site_url):
    page.goto(f"{site_url}/en/search/")
    box = page.locator("#search-query")
    box.press_sequentially("immuno", delay=40)
    options = page.get_by_role("option")
    options.first.wait_for()
    assert options.count() > 0
    # axe's nested-interactive rule: no link, button or focusable element inside role=option
    assert (
        page.locator("[role=option] a, [role=option] button, [role=option] [href], [role=option] [tabindex]").count()
        == 0
    )

    chosen = options.first.inner_text()
    options.first.click()
    page.wait_for_url(re.compile(r"/en/news/"))
    assert page.locator("h1").inner_text() == chosen
