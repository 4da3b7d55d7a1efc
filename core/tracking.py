"""
Query parameters that newsletters, ads and social networks add to links to the site (``utm_*``,
``fbclid``…). No page reads them: the page cache stores a page once whatever they say, and
pagination links do not pass them on to the next reader.
"""

from urllib.parse import unquote_plus

TRACKING_PREFIXES = ("utm_",)
TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "twclid", "igshid", "yclid", "mc_cid", "mc_eid", "_ga"}
)


def is_tracking_parameter(name):
    name = name.lower()
    return name in TRACKING_NAMES or name.startswith(TRACKING_PREFIXES)


def without_tracking(query_string):
    """A raw query string without its tracking parameters; the others are kept as they were written."""
    return "&".join(
        part
        for part in query_string.split("&")
        if part and not is_tracking_parameter(unquote_plus(part.partition("=")[0]))
    )


def drop_tracking(params):
    """A QueryDict's copy without its tracking parameters."""
    params = params.copy()
    for name in [name for name in params if is_tracking_parameter(name)]:
        del params[name]
    return params
