"""The ``<head>`` metadata of ``components/seo_head.html``; the logic is in ``home.seo``."""

from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from django import template
from django.urls import reverse
from wagtail.models import Page

from core.models import ArticlePage
from home import seo
from home.feeds import FEEDS
from people.models import PersonPage

register = template.Library()

SOCIAL_RENDITION = "fill-1200x630"


@register.simple_tag(takes_context=True)
def page_metadata(context):
    """Canonical URL, description, sharing image and JSON-LD of the Wagtail page shown; None for other views."""
    request, page = context["request"], context.get("page")
    if not isinstance(page, Page):
        return None
    url = seo.canonical_url(page, request, context)
    description = seo.meta_description(page)
    image, image_alt = seo.social_image(page)
    # get_renditions, not get_rendition: the latter writes the rendition back to the cache on
    # every call, even one the page read with its images (a database cache: four more queries).
    rendition = image.get_renditions(SOCIAL_RENDITION)[SOCIAL_RENDITION] if image else None
    image_url = request.build_absolute_uri(rendition.url) if rendition else ""
    if isinstance(page, ArticlePage):
        og_type = "article"
    elif isinstance(page, PersonPage):
        og_type = "profile"
    else:
        og_type = "website"
    return SimpleNamespace(
        canonical=url,
        description=description,
        og_type=og_type,
        og_locale=seo.open_graph_locale(page.locale.language_code),
        published=page.listing_date if isinstance(page, ArticlePage) else None,
        image=rendition,
        image_url=image_url,
        image_alt=image_alt,
        json_ld=[
            seo.json_ld_script(data)
            for data in seo.structured_data(
                page, request, context, url=url, description=description, image_url=image_url
            )
        ],
    )


@register.simple_tag
def feed_links():
    """The news and event-recap feeds in the current language, for autodiscovery."""
    return [SimpleNamespace(title=feed.title_text, url=reverse(feed.url_name)) for feed in FEEDS]


@register.filter
def open_graph_locale(language_code):
    return seo.open_graph_locale(language_code)


@register.filter
def without_query(url):
    """An alternate's address without the reader's query string: alternates name the pages themselves."""
    return urlunsplit(urlsplit(url)._replace(query="", fragment=""))
