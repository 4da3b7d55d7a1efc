from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, gettext
from wagtail.models import Page, Site

from core.family import page_family, page_language_links
from core.localization import LanguageLink, query_for_other_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """
    Links to this page in every site language; see ``page_language_links``. A listing's topic and
    year come along (``QUERY_KEPT_ACROSS_LANGUAGES``), its page number does not; the ``hreflang``
    alternates (``absolute_url``) stay without a query.
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        links = page_language_links(page, request)
        query = query_for_other_language(request.GET)
    else:
        current = get_language()
        path = request.path
        links = []
        for code, _name in settings.LANGUAGES:
            url = translate_url(path, code)
            if code != current and url == path:  # an address that only exists in this language
                url = f"/{code}/"
            links.append(LanguageLink(code, url, is_current=code == current))
        query = query_for_other_language(request.GET, keep=[key for key in request.GET if key != "page"])
    for link in links:
        link.absolute_url = request.build_absolute_uri(link.url)
        if query and not link.is_fallback and not link.is_current:
            link.url = f"{link.url}?{query}"
    return links


@register.simple_tag
def x_default_link(links):
    """hreflang x-default: the default language's version, else the page being shown."""
    real = [link for link in links if not link.is_fallback]
    default = [link for link in real if link.language_code == settings.LANGUAGE_CODE]
    current = [link for link in real if link.is_current]
    chosen = default or current or real
    return chosen[0] if chosen else None


def _family(context):
    """The ``PageFamily`` of the page shown, or of the site for other views (read once per request)."""
    page = context.get("page")
    return page_family(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the reader's language."""
    return _family(context).home


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    """The pages in ``home``'s menu: live, public and marked "show in menus"."""
    if home is None:
        return Page.objects.none()
    family = _family(context)
    if family.home is not None and family.home.pk == home.pk:
        return family.menu
    return home.get_children().live().public().in_menu()


def _is_home(page, site):
    """Whether ``page`` is the site's home page in any language."""
    return site is not None and page.translation_key == site.root_page.translation_key


@register.simple_tag(takes_context=True)
def title_suffix(context):
    """
    What follows a page's own title in ``<title>``: the site's name, except on the home page,
    whose title is the site's name already.
    """
    page = context.get("page")
    if isinstance(page, Page) and _is_home(page, Site.find_for_request(context["request"])):
        return ""
    return " · " + gettext("Oslo Cancer Cluster News")


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """
    The trail from the home page to the page being shown, as (title, url) pairs, the last one the
    page itself; empty on the home page and off Wagtail's pages. The home page is called "Home".
    """
    page = context.get("page")
    request = context["request"]
    site = Site.find_for_request(request)
    if not isinstance(page, Page) or site is None or page.depth <= site.root_page.depth:
        return []
    trail = []
    for ancestor in [ancestor for ancestor in _family(context).ancestors if ancestor.depth >= site.root_page.depth]:
        title = gettext("Home") if ancestor.depth == site.root_page.depth else ancestor.title
        trail.append((title, ancestor.get_url(request)))
    return trail
