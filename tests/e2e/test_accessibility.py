"""
axe-core on every page type, in both languages, light and dark: no serious or critical violation.

axe-core comes from npm, installed on first use under ~/.cache (never into the repository).
"""

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

AXE_DIR = Path.home() / ".cache" / "newsroom-axe"
AXE_SCRIPT = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# The demo content's section slugs, and a query that finds something, in each language.
SECTIONS = {
    "nb": {"news": "nyheter", "events": "arrangementer", "people": "personer", "query": "kreft"},
    "en": {"news": "news", "events": "events", "people": "people", "query": "cancer"},
}
PAGE_TYPES = [
    "home",
    "news-index",
    "news-article",
    "events-index",
    "event-recap",
    "people-index",
    "person",
    "search-results",
    "not-found",
]
SERIOUS = {"serious", "critical"}
NAVIGATION_TIMEOUT = 120_000  # ms
WARM_UP_TIMEOUT = 600_000  # ms: a page's first visit makes its images' renditions, slowly on a busy machine


@pytest.fixture(scope="session")
def axe_script():
    if not AXE_SCRIPT.exists():
        npm = shutil.which("npm")
        if npm is None:
            if os.environ.get("CI") == "true":
                pytest.fail("npm is missing: it installs axe-core for the accessibility tests")
            pytest.skip("npm is missing: it installs axe-core for the accessibility tests")
        subprocess.run(  # noqa: S603 - a fixed command
            [npm, "install", "--prefix", str(AXE_DIR), "--no-audit", "--no-fund", "axe-core@4"],
            check=True,
            capture_output=True,
        )
    return AXE_SCRIPT


@pytest.fixture(scope="session")
def page_urls(browser, site_url):
    """{(language, page type): URL}, following the site's own links from its indexes."""
    context = browser.new_context()
    context.set_default_timeout(WARM_UP_TIMEOUT)
    page = context.new_page()

    def first_link(url, selector):
        page.goto(url, wait_until="domcontentloaded")
        return site_url + page.locator(selector).first.get_attribute("href")

    urls = {}
    for language, slugs in SECTIONS.items():
        home = f"{site_url}/{language}/"
        news = f"{site_url}/{language}/{slugs['news']}/"
        events = f"{site_url}/{language}/{slugs['events']}/"
        people = f"{site_url}/{language}/{slugs['people']}/"
        found = {
            "home": home,
            "news-index": news,
            "news-article": first_link(news, ".card__title a"),
            "events-index": events,
            "event-recap": first_link(events, ".card__title a"),
            "people-index": people,
            "person": first_link(people, ".person-card a"),
            "search-results": f"{first_link(home, '.site-nav__search a')}?q={slugs['query']}",
            "not-found": f"{site_url}/{language}/no-such-page-here/",
        }
        urls.update({(language, name): url for name, url in found.items()})
    for name, url in urls.items():
        if name[1] != "not-found":
            page.goto(url)  # once, so that the images' renditions exist before anything is timed
    context.close()
    return urls


@pytest.fixture(scope="session")
def not_found_pages(site_url, tmp_path_factory):
    """
    {URL: HTML} of the site's own 404 page in each language. The browser tests' server runs with
    DEBUG on, where Django answers a 404 with its technical page; so the page is rendered with DEBUG
    off from the same database, and served to the browser in place of the technical one.
    """
    (database,) = {
        path.resolve() for path in tmp_path_factory.getbasetemp().glob("e2e*/site.sqlite3")
    }  # e2ecurrent is e2e0
    render = (
        "import sys, django; django.setup(); from django.conf import settings; settings.DEBUG = False; "
        "from django.test import Client; response = Client(HTTP_HOST=sys.argv[1]).get(sys.argv[2]); "
        "assert response.status_code == 404, response.status_code; sys.stdout.write(response.content.decode())"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": f"sqlite:///{database}"}
    pages = {}
    for language in SECTIONS:
        url = f"{site_url}/{language}/no-such-page-here/"
        address = urlsplit(url)
        pages[url] = subprocess.run(  # noqa: S603 - our own Python, a fixed script
            [sys.executable, "-c", render, address.netloc, address.path],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
    return pages


def open_page(context, url, not_found_pages):
    """Go to ``url``; a 404 address shows the site's own 404 page (see ``not_found_pages``)."""
    page = context.new_page()
    if url in not_found_pages:
        page.route(
            url,
            lambda route: route.fulfill(status=404, content_type="text/html; charset=utf-8", body=not_found_pages[url]),
        )
    return page, page.goto(url)


def serious_violations(page, axe_script):
    # Evaluated, not added as a <script>: the site's Content-Security-Policy refuses inline script.
    page.evaluate(axe_script.read_text())
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", list(SECTIONS))
def test_page_has_no_serious_accessibility_violations(
    browser, page_urls, not_found_pages, axe_script, language, page_type, scheme
):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page, response = open_page(context, page_urls[language, page_type], not_found_pages)
    assert response.status == (404 if page_type == "not-found" else 200)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("main h1").count() == 1
    violations = serious_violations(page, axe_script)
    context.close()
    assert violations == []


def test_a_phone_sees_no_serious_violations_on_the_article(browser, page_urls, axe_script):
    """The narrow layout (wrapped header, stacked cards) has its own contrast and target sizes."""
    context = browser.new_context(viewport={"width": 320, "height": 700}, color_scheme="dark")
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls["nb", "news-article"])
    violations = serious_violations(page, axe_script)
    context.close()
    assert violations == []


def test_no_page_scrolls_sideways_on_a_320_pixel_screen(browser, page_urls, not_found_pages):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    too_wide = {}
    for key, url in page_urls.items():
        page, _response = open_page(context, url, not_found_pages)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[key] = width
        page.close()
    context.close()
    assert too_wide == {}


LINE_LENGTHS = """() => [...document.querySelectorAll('.body .block-paragraph p')].flatMap((paragraph) => {
    const text = paragraph.firstChild, range = document.createRange(), lines = new Map();
    if (!text || text.nodeType !== Node.TEXT_NODE) return [];
    for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) || 0) + 1);
    }
    return [...lines.values()].slice(0, -1);  // a paragraph's last line is as short as it likes
})"""


def test_running_text_keeps_a_readable_measure_on_a_wide_screen(browser, page_urls):
    context = browser.new_context(viewport={"width": 1600, "height": 900})
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls["en", "event-recap"])
    lengths = page.evaluate(LINE_LENGTHS)
    context.close()
    assert len(lengths) >= 5
    assert 60 <= sum(lengths) / len(lengths) <= 75, lengths  # characters a line, on average


def test_printing_an_article_drops_the_navigation_and_shows_where_links_go(browser, page_urls):
    context = browser.new_context()
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls["en", "event-recap"])
    page.emulate_media(media="print")
    assert page.locator("main h1").is_visible()
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".site-footer").is_hidden()
    assert page.locator(".language-switcher").is_hidden()
    link = page.locator(".body a[href]").first
    after = link.evaluate("(a) => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    page.emulate_media(media="screen")
    assert page.locator(".site-nav").is_visible()
    assert link.evaluate("(a) => getComputedStyle(a, '::after').content") == "none"
    context.close()


def test_dark_mode_follows_the_readers_setting(browser, page_urls):
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        context.set_default_timeout(NAVIGATION_TIMEOUT)
        page = context.new_page()
        page.goto(page_urls["nb", "home"])
        colours[scheme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        context.close()
    assert colours == {"light": "rgb(251, 250, 248)", "dark": "rgb(20, 18, 23)"}


def test_cards_move_only_for_readers_who_have_not_asked_for_less_motion(browser, page_urls):
    durations = {}
    for motion in ("no-preference", "reduce"):
        context = browser.new_context(reduced_motion=motion)
        context.set_default_timeout(NAVIGATION_TIMEOUT)
        page = context.new_page()
        page.goto(page_urls["en", "news-index"])
        durations[motion] = page.locator(".card").first.evaluate("(card) => getComputedStyle(card).transitionDuration")
        context.close()
    assert durations["no-preference"].startswith("0.2s")
    assert float(durations["reduce"].split("s")[0]) < 0.001


@pytest.mark.parametrize("language", list(SECTIONS))
def test_the_open_autocomplete_list_has_no_serious_violations(browser, page_urls, axe_script, language):
    context = browser.new_context()
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls[language, "search-results"].split("?")[0])
    page.locator("#search-query").press_sequentially(SECTIONS[language]["query"][:4])
    page.get_by_role("listbox").wait_for()
    assert page.get_by_role("option").count() > 0
    violations = serious_violations(page, axe_script)
    context.close()
    assert violations == []


@pytest.mark.parametrize("language", list(SECTIONS))
def test_the_open_lightbox_has_no_serious_violations(browser, page_urls, axe_script, language):
    context = browser.new_context()
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls[language, "event-recap"])
    page.click(".gallery__link >> nth=0")
    page.locator("dialog.lightbox[open]").wait_for()
    violations = serious_violations(page, axe_script)
    context.close()
    assert violations == []


def test_the_switcher_on_the_recap_lands_on_its_translation(browser, page_urls):
    context = browser.new_context()
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    page = context.new_page()
    page.goto(page_urls["en", "event-recap"])
    english_title = page.locator("h1").inner_text()
    page.locator('.language-switcher a[hreflang="nb"]').click()
    page.wait_for_url(page_urls["nb", "event-recap"])
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator("h1").inner_text() != english_title
    page.locator('.language-switcher a[hreflang="en"]').click()
    page.wait_for_url(page_urls["en", "event-recap"])
    assert page.locator("h1").inner_text() == english_title
    context.close()


ARTICLE_CSS_AND_JS_BUDGET = 100 * 1024  # bytes, gzip-compressed
ARTICLE_JS_BUDGET = 30 * 1024


def test_an_article_and_a_recap_stay_within_the_page_weight_budget(browser, page_urls):
    """CSS and JavaScript as the browser fetches them, measured compressed (gzip -9), as a CDN would serve them."""
    context = browser.new_context()
    context.set_default_timeout(NAVIGATION_TIMEOUT)
    for key in [("nb", "news-article"), ("nb", "event-recap")]:
        page = context.new_page()
        fetched = {}
        page.on(
            "response",
            lambda response, fetched=fetched: (
                fetched.setdefault(response.url, response)
                if response.request.resource_type in ("stylesheet", "script")
                else None
            ),
        )
        page.goto(page_urls[key], wait_until="networkidle")
        sizes = {url: len(gzip.compress(response.body(), 9)) for url, response in fetched.items()}
        javascript = sum(size for url, size in sizes.items() if fetched[url].request.resource_type == "script")
        assert any(url.endswith(".css") for url in sizes), sizes  # the control: stylesheets were counted
        assert sum(sizes.values()) <= ARTICLE_CSS_AND_JS_BUDGET, sizes
        assert javascript <= ARTICLE_JS_BUDGET, sizes
        page.close()
    context.close()
