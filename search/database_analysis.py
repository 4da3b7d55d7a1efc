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
VOWELS = "aeiouyæøå"
_stemmers = threading.local()  # a PyStemmer stemmer is not safe to share between threads


def stem(word, language):
    """The Snowball stem of a lower-case ``word`` in ``language`` (unchanged in other languages)."""
    if language not in SNOWBALL_LANGUAGES:
        return word
    stemmers = _stemmers.__dict__
    if language not in stemmers:
        stemmers[language] = Stemmer.Stemmer(SNOWBALL_LANGUAGES[language])
    stemmed = stemmers[language].stemWord(word)
    if language == "nb" and len(stemmed) > 3 and stemmed[-1] == stemmed[-2] and stemmed[-1] not in VOWELS:
        # Snowball keeps the doubled consonant of inflected forms: "medlemmet" -> "medlemm", "medlem"
        # -> "medlem". One consonant for both, on both sides of the search.
        stemmed = stemmed[:-1]
    return stemmed


def compound_parts(word, language):
    """The parts of a lower-case Norwegian compound, as written; [] for other words and languages."""
    return split_compounds(word) if language == "nb" else []


# Readers on keyboards without æ, ø and å type them as ae, o or oe, a or aa, and mix the habits
# ("paarorende" for "pårørende"). Both sides reduced to one plain spelling meet.
_PLAIN_SPELLING = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_DIGRAPHS = (("aa", "a"), ("oe", "o"))


def plain_spelling(word):
    """``word`` without æ, ø and å as a reader without them might type it: "pårørende" -> "parorende"."""
    word = word.translate(_PLAIN_SPELLING)
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    return word


def has_norwegian_letters(word):
    return any(letter in word for letter in "æøå")


@functools.lru_cache(maxsize=200_000)
def analysed_forms(word, language):
    """
    What a lower-case ``word`` adds to the index besides itself: its stem, its parts' stems and,
    for a Norwegian word with æ, ø or å, the stem of its plain spelling.
    """
    forms = [stem(word, language), *(stem(part, language) for part in compound_parts(word, language))]
    if language == "nb" and has_norwegian_letters(word):
        forms.append(stem(plain_spelling(word), language))
    return tuple(dict.fromkeys(form for form in forms if form != word))


def stemmed_terms(text, language):
    """The extra terms the SQLite backend indexes for ``text``: stems and compound parts, space-separated."""
    return " ".join(form for word in WORDS.findall(text.lower()) for form in analysed_forms(word, language))


def compound_terms(text, language):
    """
    The parts of the compounds in ``text`` and the plain spelling of its words with æ, ø or å,
    space-separated, for PostgreSQL (which stems them itself).
    """
    terms = []
    for word in WORDS.findall(text.lower()):
        terms.extend(compound_parts(word, language))
        if language == "nb" and has_norwegian_letters(word):
            terms.append(plain_spelling(word))
    return " ".join(terms)
