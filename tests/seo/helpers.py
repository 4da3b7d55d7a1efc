"""Reading what search engines and feed readers get: the sitemap, JSON-LD and ``<head>`` tags."""

import json
import xml.etree.ElementTree as ET

from tests.helpers import html

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
DC = "{http://purl.org/dc/elements/1.1/}"


def sitemap_entries(response):
    """``{loc: {"lastmod": ..., "alternates": {hreflang: href}}}`` from a sitemap response."""
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = url.findtext(f"{SITEMAP}loc")
        entries[loc] = {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")},
        }
    return entries


def json_ld(response):
    """Every JSON-LD object in the page, by ``@type``."""
    objects = [json.loads(script.string) for script in html(response).select('script[type="application/ld+json"]')]
    return {data["@type"]: data for data in objects}


def meta(response, name):
    """The ``content`` of ``<meta name=…>`` or ``<meta property=…>``, or None."""
    soup = html(response)
    tag = soup.select_one(f'meta[name="{name}"]') or soup.select_one(f'meta[property="{name}"]')
    return tag["content"] if tag else None


def canonical(response):
    links = html(response).select("link[rel=canonical]")
    assert len(links) == 1, f"expected one canonical link, found {len(links)}"
    return links[0]["href"]
