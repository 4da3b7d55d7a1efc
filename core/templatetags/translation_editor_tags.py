"""
wagtail-localize's translation editor receives its buttons in one JSON attribute (``data-props``),
built in its view. ``without_convert_to_alias`` takes the "Convert to alias page" address out of it
for a user who may not publish the page: the conversion replaces the translated text with the
source's and would be refused (``core.editorial.views.convert_to_alias``).
"""

import html
import json
import re

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

PROPS_ATTRIBUTE = re.compile(r'data-props="([^"]*)"')
CONVERT_TO_ALIAS = "convertToAliasUrl"


@register.filter
def without_convert_to_alias(rendered_editor):
    def drop_address(match):
        props = json.loads(html.unescape(match.group(1)))
        props["links"][CONVERT_TO_ALIAS] = None
        return f'data-props="{html.escape(json.dumps(props))}"'

    return mark_safe(PROPS_ATTRIBUTE.sub(drop_address, str(rendered_editor)))  # noqa: S308 - re-escaped above
