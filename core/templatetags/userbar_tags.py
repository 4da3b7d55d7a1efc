"""Wagtail's user bar for signed-in editors only, without touching an anonymous reader's session."""

from django import template
from django.conf import settings
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

register = template.Library()


@register.simple_tag(takes_context=True)
def editors_userbar(context, position="bottom-right"):
    """
    ``{% wagtailuserbar %}`` reads ``request.user``, which loads the session: every page then
    says ``Vary: Cookie``, and no shared cache could keep one copy for every reader. A reader
    without a session cookie is not signed in, so the user bar is asked for only when there is one.
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)
