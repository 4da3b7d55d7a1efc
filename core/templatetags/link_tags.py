"""Template filters for links whose address an editor typed."""

from django import template
from wagtail.whitelist import check_url

register = template.Library()


@register.filter
def link_address(url):
    """
    ``url`` if a browser may follow it as a link (http, https, mailto, tel, ftp or relative), else
    an empty string: a ``javascript:`` address must not become an ``href``. Wagtail's rich text
    applies the same rule (``wagtail.whitelist.check_url``); a URL field checks it only when the
    admin form saves it, not for values that arrive another way (an import, the shell).
    """
    return (check_url(url) or "") if url else ""
