"""'Did you mean': the closest words the site actually uses, for any backend."""

import difflib
import hashlib

from django.core.cache import cache

from .analysis import WORD_RE
from .content import searchable_models

VOCABULARY_SECONDS = 300
VERSION_KEY = "search:vocabulary-version"


def vocabulary(pages):
    """
    Words of at least 3 letters in the titles, standfirsts and roles of ``pages``: the pages a
    reader may find (live, public, on the reader's site, in the reader's language; the search's
    ``searchable_pages``), so that no suggestion repeats a word of a page the reader may not see.

    Cached under the query's own SQL, which names the site's root paths, the language and every
    restricted section (``public()`` writes their paths into it): restricting a page or lifting a
    restriction, which publishes nothing, makes another vocabulary rather than an outdated one.
    """
    version = cache.get_or_set(VERSION_KEY, 1, None)
    scope = hashlib.sha256(str(pages.query).encode()).hexdigest()
    key = f"search:vocabulary:{scope}:{version}"
    words = cache.get(key)
    if words is None:
        texts = []
        for model in searchable_models().values():
            rows = model.objects.filter(pk__in=pages.values("pk")).values_list(*model.search_vocabulary_fields)
            texts.extend(text for row in rows.iterator() for text in row if text)
        words = sorted(
            {word.lower() for text in texts for word in WORD_RE.findall(text) if len(word) >= 3 and not word.isdigit()}
        )
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def forget_vocabulary(**kwargs):
    """Connected to page publish/unpublish: the next suggestion reads the words afresh."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def suggest(query, pages):
    """
    A corrected query if some word is not in the vocabulary of ``pages`` (those the reader may
    find) but a close one is, else None.
    """
    words = vocabulary(pages)
    known = set(words)
    corrected, changed = [], False
    for typed in query.split():
        word = typed.lower()
        if word in known or len(word) < 3 or word.isdigit():
            corrected.append(typed)
            continue
        close = difflib.get_close_matches(word, words, n=1, cutoff=0.75)
        if close:
            corrected.append(close[0].capitalize() if typed[:1].isupper() else close[0])
            changed = True
        else:
            corrected.append(typed)
    return " ".join(corrected) if changed else None
