"""Snippets of result text with the matched words marked, the same on every backend."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_CHARS = 220


def stem(term):
    # A crude prefix is enough to mark "behandlingen" for "behandling" and "treatments" for "treatment".
    return term if len(term) <= 4 else term[: max(4, len(term) - 2)]


def _pattern(terms):
    stems = sorted({stem(term) for term in terms if term}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\w*(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.IGNORECASE)


def highlight(texts, terms, length=SNIPPET_CHARS):
    """
    The first of ``texts`` (an iterable, read no further than needed) that contains a term, cut to
    about ``length`` characters around the first match, HTML-escaped, with each matching word in
    ``<mark>``. Without a match, the start of the first text.
    """
    pattern = _pattern(terms)
    first, chosen, start = None, None, 0
    for text in texts:
        if not text or not text.strip():
            continue
        text = " ".join(text.split())
        first = first or text
        match = pattern.search(text) if pattern else None
        if match or not pattern:
            chosen, start = text, max(0, match.start() - length // 3) if match else 0
            break
    chosen = chosen or first
    if chosen is None:
        return ""
    if start:
        space = chosen.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    snippet = chosen[start : start + length]
    end = snippet.rfind(" ") if start + length < len(chosen) else len(snippet)
    snippet = snippet[: end if end > 0 else len(snippet)]
    marked, position = [], 0
    for match in pattern.finditer(snippet) if pattern else ():
        marked += [escape(snippet[position : match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
        position = match.end()
    marked = "".join([*marked, escape(snippet[position:])])
    prefix = "… " if start else ""
    suffix = " …" if start + len(snippet) < len(chosen) else ""
    return mark_safe(prefix + marked + suffix)  # noqa: S308 - escaped above; only <mark> added
