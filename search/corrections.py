"""'Did you mean': the closest words the site actually uses, for any backend."""

import difflib

from django.core.cache import cache

from .analysis import WORD_RE
from .content import searchable_models

VOCABULARY_SECONDS = 300
VERSION_KEY = "search:vocabulary-version"


def vocabulary(language):
    """Words of at least 3 letters in the titles, standfirsts and roles of live pages in ``language``."""
    version = cache.get_or_set(VERSION_KEY, 1, None)
    key = f"search:vocabulary:{language}:{version}"
    words = cache.get(key)
    if words is None:
        texts = []
        for model in searchable_models().values():
            rows = (
                model.objects.live().filter(locale__language_code=language).values_list(*model.search_vocabulary_fields)
            )
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


def suggest(query, language):
    """A corrected query if some word is not in the site's vocabulary but a close one is, else None."""
    words = vocabulary(language)
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
