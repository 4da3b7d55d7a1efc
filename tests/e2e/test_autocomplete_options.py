"""The open suggestion list: each option is the thing picked, with nothing interactive inside it."""

import pytest

pytestmark = pytest.mark.browser


def test_open_suggestions_hold_no_links_inside_the_options(page, site_url):
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
    # the option itself carries where it leads (Enter and a click follow it; see test_search_autocomplete)
    assert options.first.get_attribute("data-url").startswith("/en/news/")
    assert options.first.inner_text() in {
        "Immunotherapy explained for patients",
        "Immunotherapy side effects: a seminar for nurses",
    }
