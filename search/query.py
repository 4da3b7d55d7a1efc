"""Turning what a reader typed into something every backend accepts."""

import re

from wagtail.search.query import Fuzzy, Or, PlainText

from .analysis import split_compounds

MAX_INPUT_CHARS = 2000
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
_WORDS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def clean_query(raw):
    """
    Keep words (letters and digits in any script, æ, ø and å included) and drop everything else:
    operators, quotes, brackets, emoji. Backends choke on those (SQLite's FTS5 raises on ``"``,
    ``*``, ``:``), and a query of hundreds of terms makes the database backends recurse too deep.
    """
    words = _WORDS.findall((raw or "")[:MAX_INPUT_CHARS])
    words = [word.replace("'", " ").replace("-", " ") for word in words[:MAX_TERMS]]
    return " ".join(" ".join(words).split())[:MAX_QUERY_CHARS].strip()


def query_terms(query):
    """The words of a cleaned query plus the parts of any Norwegian compound among them."""
    terms = []
    for word in query.lower().split():
        terms.append(word)
        terms.extend(split_compounds(word))
    return list(dict.fromkeys(terms))


def engine_query(query, operator):
    """Exact matches score above typo-tolerant ones; the engine's analyzers stem and split compounds."""
    return Or([PlainText(query, operator=operator, boost=2.0), Fuzzy(query, operator=operator)])


def database_query(query, operator, language):
    """The database backends neither split compounds nor forgive typos: at least ask for the parts."""
    if language == "nb":
        parts = [part for word in query.split() for part in split_compounds(word)]
        if parts:
            return Or([PlainText(query, operator=operator), PlainText(" ".join(parts), operator=operator)])
    return PlainText(query, operator=operator)
