"""
Norwegian and English analysis done in Python, for the database backends. SQLite's FTS5 has no
stemmer for either language; PostgreSQL's ``norwegian`` configuration stems but does not split
compounds. The engine's analyzers (``search.analysis``) do the same work inside the engine, with
the same compound parts.

Indexing keeps every word as written and adds its analysed forms beside it, so names and exact
words still match; queries are analysed the same way (``search.query.database_query``).
"""

import functools
import re
import threading

import Stemmer

from .analysis import split_compounds

SNOWBALL_LANGUAGES = {"nb": "norwegian", "en": "english"}
# What FTS5's default tokenizer counts as a word: letters and digits, split at anything else.
WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_stemmers = threading.local()  # a PyStemmer stemmer is not safe to share between threads


def stem(word, language):
    """The Snowball stem of a lower-case ``word`` in ``language`` (unchanged in other languages)."""
    if language not in SNOWBALL_LANGUAGES:
        return word
    stemmers = _stemmers.__dict__
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(SNOWBALL_LANGUAGES[language])
    return stemmers[language].stemWord(word)


def compound_parts(word, language):
    """The parts of a lower-case Norwegian compound, as written; [] for other words and languages."""
    return split_compounds(word) if language == "nb" else []


@functools.lru_cache(maxsize=200_000)
def analysed_forms(word, language):
    """What a lower-case ``word`` adds to the index besides itself: its stem and its parts' stems."""
    forms = [stem(word, language), *(stem(part, language) for part in compound_parts(word, language))]
    return tuple(dict.fromkeys(form for form in forms if form != word))


def stemmed_terms(text, language):
    """The extra terms the SQLite backend indexes for ``text``: stems and compound parts, space-separated."""
    return " ".join(form for word in WORDS.findall(text.lower()) for form in analysed_forms(word, language))


def compound_terms(text, language):
    """The parts of the compounds in ``text``, space-separated, for PostgreSQL (which stems them itself)."""
    return " ".join(part for word in WORDS.findall(text.lower()) for part in compound_parts(word, language))
