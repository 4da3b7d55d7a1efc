#!/usr/bin/env python
"""
Screenshots of every page type, in both languages, at a phone's and a desktop's width, light and
dark: `scripts/screenshots.py OUTPUT_DIR` (files named `<language>-<page type>-<width>-<scheme>.png`).

Without `--url` it serves the demo content itself, in a temporary database, as the browser tests
do; with `--url http://127.0.0.1:8000` it photographs a site that is already running (whose 404
page, if it runs with DEBUG on, is Django's technical one).
Uses Debian's chromium through Playwright (`.venv/bin/python scripts/screenshots.py shots/`).
"""

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

BASE_DIR = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
WIDTHS = (390, 1280)
SCHEMES = ("light", "dark")
# The demo content's section slugs, and a query that finds something, in each language.
SECTIONS = {
    "nb": {"news": "nyheter", "events": "arrangementer", "people": "personer", "query": "kreft"},
    "en": {"news": "news", "events": "events", "people": "people", "query": "cancer"},
}


def page_types(page, site_url, language):
    """{page type: URL} for one language, following the site's own links from its indexes."""
    slugs = SECTIONS[language]
    urls = {
        "home": f"{site_url}/{language}/",
        "news-index": f"{site_url}/{language}/{slugs['news']}/",
        "events-index": f"{site_url}/{language}/{slugs['events']}/",
        "people-index": f"{site_url}/{language}/{slugs['people']}/",
        "not-found": f"{site_url}/{language}/no-such-page-here/",
    }

    def first_link(index_url, selector):
        page.goto(index_url)
        return site_url + page.locator(selector).first.get_attribute("href")

    urls["news-article"] = first_link(urls["news-index"], ".card__title a")
    urls["event-recap"] = first_link(urls["events-index"], ".card__title a")
    urls["person"] = first_link(urls["people-index"], ".person-card a")
    search = first_link(urls["home"], ".site-nav__search a")
    urls["search-results"] = f"{search}?q={slugs['query']}"
    return urls


def load_lazy_images(page):
    """Scroll to the end and back, so that a full-page picture has its lazy images."""
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
                scrollTo(0, y);
                await new Promise((done) => setTimeout(done, 50));
            }
            scrollTo(0, 0);
        }"""
    )
    page.wait_for_load_state("networkidle")


def render_not_found(site_url, env):
    """
    {URL: HTML} of the site's own 404 page in each language, rendered with DEBUG off (with DEBUG
    on, as the dev server runs, Django answers a 404 with its technical page).
    """
    render = (
        "import sys, django; django.setup(); from django.conf import settings; settings.DEBUG = False; "
        "from django.test import Client; response = Client(HTTP_HOST=sys.argv[1]).get(sys.argv[2]); "
        "sys.stdout.write(response.content.decode())"
    )
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
            cwd=BASE_DIR,
        ).stdout
    return pages


@contextlib.contextmanager
def demo_site():
    """The demo content served on a free port, in a database that is thrown away afterwards."""
    with tempfile.TemporaryDirectory(prefix="screenshots-") as workdir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{workdir}/site.sqlite3",
            "MEDIA_ROOT": f"{workdir}/media",
            "SEARCH_URL": "",
        }
        manage = [sys.executable, str(BASE_DIR / "manage.py")]
        for command in (["migrate", "--no-input", "-v0"], ["load_demo_content", "-v0"]):
            subprocess.run([*manage, *command], env=env, check=True, cwd=BASE_DIR)  # noqa: S603 - our manage.py
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen(  # noqa: S603 - our manage.py
            [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env,
            cwd=BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(100):
                try:
                    urllib.request.urlopen(f"{url}/nb/", timeout=1)  # noqa: S310 - our own local server
                    break
                except OSError:
                    time.sleep(0.2)
            yield url, render_not_found(url, env)
        finally:
            server.terminate()
            server.wait(timeout=10)


def serve(html, status):
    """A route handler that answers with ``html``."""
    return lambda route: route.fulfill(status=status, content_type="text/html; charset=utf-8", body=html)


def take_screenshots(site_url, output_dir, not_found_pages=None):
    output_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        finder = browser.new_page()
        finder.set_default_timeout(600_000)
        pages = {language: page_types(finder, site_url, language) for language in SECTIONS}
        for width in WIDTHS:
            for scheme in SCHEMES:
                context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
                context.set_default_timeout(600_000)  # a first visit makes the renditions, slowly on a busy machine
                page = context.new_page()
                for url, html in (not_found_pages or {}).items():
                    page.route(url, serve(html, status=404))
                for language, urls in pages.items():
                    for name, url in urls.items():
                        page.goto(url, wait_until="load")
                        load_lazy_images(page)
                        path = output_dir / f"{language}-{name}-{width}-{scheme}.png"
                        page.screenshot(path=path, full_page=True)
                        print(path)
                context.close()
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output_dir", type=Path, help="folder for the PNG files (created if missing)")
    parser.add_argument("--url", help="a running site to photograph instead of serving the demo content")
    args = parser.parse_args()
    if args.url:
        take_screenshots(args.url.rstrip("/"), args.output_dir)
    else:
        with demo_site() as (url, not_found_pages):
            take_screenshots(url, args.output_dir, not_found_pages)


if __name__ == "__main__":
    main()
