from django import template
from django.conf import settings
from django.http import QueryDict

from core.listing import query_string_without_page

register = template.Library()


@register.simple_tag(takes_context=True)
def facet_query(context, name, value, selected):
    """The current search's query string with facet ``name`` set to ``value`` (or cleared if selected)."""
    params = QueryDict(query_string_without_page(context["request"].GET), mutable=True)
    if selected:
        params.pop(name, None)
    else:
        params[name] = value
    return params.urlencode()


@register.simple_tag
def language_name(code):
    """A language's name in the reader's language ("engelsk" on Norwegian pages)."""
    return dict(settings.LANGUAGES).get(code, code)
