"""
For our page around wagtail-localize's translation editor (templates/wagtail_localize/admin/).

The editor receives its buttons in one JSON attribute (``data-props``), built in its view;
``without_convert_to_alias`` takes the "Convert to alias page" address out of it for a user who may
not publish the page (the conversion replaces the translated text with the source's, and
``core.editorial.views.convert_to_alias`` refuses it). ``earlier_translations`` lists what changed
texts were translated as before.
"""

import html
import json
import re

from django import template
from django.utils.safestring import mark_safe

from core.editorial.suggestions import earlier_translations as find_earlier_translations

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


@register.simple_tag
def earlier_translations(translation):
    """The changed texts of ``translation`` with what they were translated as before (``core.editorial.suggestions``)."""
    return find_earlier_translations(translation)
