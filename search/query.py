"""Turning what a reader typed into something every backend accepts."""

import re

from wagtail.search.query import And, Fuzzy, Or, PlainText

from .analysis import split_compounds
from .database_analysis import compound_parts, stem

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


def database_query(query, operator, language, stemmed):
    """
    For the database backends: each word, or else all the parts of a compound, so "kreftbehandling"
    also finds "behandling av kreft". With ``stemmed`` (the SQLite index holds stems beside the
    words), every term is sent as its stem; PostgreSQL stems with its own configuration.
    """

    def term(word):
        return stem(word, language) if stemmed else word

    clauses = []
    for word in query.lower().split():
        parts = compound_parts(word, language)
        whole = PlainText(term(word))
        clauses.append(
            Or([whole, PlainText(" ".join(term(part) for part in parts), operator="and")]) if parts else whole
        )
    if len(clauses) == 1:
        return clauses[0]
    return And(clauses) if operator == "and" else Or(clauses)
