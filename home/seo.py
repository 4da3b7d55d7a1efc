"""
What search engines and link previews read in a page's ``<head>``: the canonical URL, the meta
description, the Open Graph image and the schema.org JSON-LD, built from the page and the context
its template already has (no query per link).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.family import page_family
from core.models import ArticlePage
from events.models import EventRecapPage
from news.models import NewsPage
from people.models import PersonPage

PUBLISHER = "Oslo Cancer Cluster"
DESCRIPTION_LENGTH = 160
OPEN_GRAPH_LOCALES = {"nb": "nb_NO", "en": "en_GB"}
LISTING_FILTERS = ("year", "topic")  # context keys of a filtered listing (see core.models.ArticleIndexPage)
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def canonical_url(page, request, context):
    """
    The page's own URL without a query string; on a listing's page 2 and later, ``?page=N`` stays
    (each page of the unfiltered listing is its own document). Filters (``?year``, ``?topic``) and
    page numbers we could not read canonicalise to the clean listing.
    """
    url = request.build_absolute_uri(page.get_url(request))
    number = getattr(context.get("articles"), "number", 1)
    if number > 1 and not any(context.get(key) for key in LISTING_FILTERS):
        url = f"{url}?page={number}"
    return url


def meta_description(page):
    """The editor's search description, else the page's own summary, at most 160 characters."""
    text = page.search_description
    if not text and isinstance(page, ArticlePage):
        text = page.standfirst
    if not text and isinstance(page, PersonPage):
        text = ", ".join(filter(None, [page.role, page.organisation]))
    if not text:
        text = strip_tags(getattr(page, "introduction", "") or "")
    if not text:
        text = _("News from the Oslo Cancer Cluster, in Norwegian and English.")
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def social_image(page):
    """``(image, alt text)`` shown when the page is shared: the social image, else the hero photo or portrait."""
    image = page.get_social_image() if hasattr(page, "get_social_image") else None
    if image is None and isinstance(page, PersonPage) and page.photo:
        return page.photo, page.title  # a portrait: the person's name says what it shows
    if image is None:
        return None, ""
    photo = page.hero_photo() if isinstance(page, ArticlePage) else None
    if photo and photo["image"] == image:  # the hero's alt text, written in the page's language
        image = photo["image"]
        return image, "" if image.decorative else image.contextual_alt_text or ""
    return image, image.default_alt_text or ""


# -- JSON-LD ------------------------------------------------------------------------------------------


def json_ld_script(data):
    """``data`` as the body of a ``<script type="application/ld+json">``, safe against ``</script>``."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308


def structured_data(page, request, context, *, url, description, image_url):
    """The schema.org objects describing ``page``: its own type, and its place in the site."""
    language = page.locale.language_code
    trail = [ancestor for ancestor in page_family(request, page).ancestors if ancestor.depth > 1]
    absolute = {crumb.pk: request.build_absolute_uri(crumb.get_url(request)) for crumb in trail}
    publisher = {"@type": "Organization", "name": PUBLISHER, "url": absolute[trail[0].pk] if trail else url}
    common = {"url": url, "description": description, "inLanguage": language}
    if image_url:
        common["image"] = [image_url]

    objects = []
    if isinstance(page, NewsPage):
        authors = [_person(card.page, request) for card in context.get("authors", [])]
        objects.append(
            {
                "@type": "NewsArticle",
                "headline": Truncator(page.title).chars(110),
                "datePublished": page.date.isoformat(),
                "dateModified": (page.last_published_at or page.latest_revision_created_at).isoformat(),
                "author": authors or [publisher],
                "publisher": publisher,
                "mainEntityOfPage": url,
                **common,
            }
        )
    elif isinstance(page, EventRecapPage):
        event = {
            "@type": "Event",
            "name": page.event_name,
            "startDate": page.start_date.isoformat(),
            "endDate": (page.end_date or page.start_date).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "organizer": {"@type": "Organization", "name": page.organiser} if page.organiser else publisher,
            "performer": [_person(card.page, request) for card in context.get("speakers", [])],
            **common,
        }
        if page.venue:
            event["location"] = {"@type": "Place", "name": page.venue, "address": page.venue}
        objects.append(event)
    elif isinstance(page, PersonPage):
        person = {**_person(page, request), **common}
        if page.role:
            person["jobTitle"] = page.role
        if page.organisation:
            person["worksFor"] = {"@type": "Organization", "name": page.organisation}
        objects.append(person)
    elif page.depth == 2:  # a home page
        search_url = request.build_absolute_uri(reverse("search:search"))
        objects.append(
            {
                "@type": "WebSite",
                "name": page.title,
                "publisher": publisher,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
                    "query-input": "required name=search_term_string",
                },
                **common,
            }
        )

    if len(trail) > 1:
        objects.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": position, "name": crumb.title, "item": absolute[crumb.pk]}
                    for position, crumb in enumerate(trail, start=1)
                ],
            }
        )
    return [{"@context": "https://schema.org", **data} for data in objects]


def _person(page, request):
    return {"@type": "Person", "name": page.title, "url": request.build_absolute_uri(page.get_url(request))}


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)
