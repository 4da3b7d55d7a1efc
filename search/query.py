"""Turning what a reader typed into something every backend accepts."""

import re

from wagtail.search.query import And, Fuzzy, Or, PlainText

from .analysis import split_compounds
from .database_analysis import compound_parts, has_norwegian_letters, plain_spelling, stem

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


# What readers without æ, ø and å type for them, for the engine's query: one letter written as
# two costs two typos, more than a short word is allowed ("paarorende" is three from "pårørende").
_NORWEGIAN_DIGRAPHS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))


def with_norwegian_letters(query):
    for digraph, letter in _NORWEGIAN_DIGRAPHS:
        query = query.replace(digraph, letter)
    return query


def engine_query(query, operator, language):
    """
    Exact matches score above typo-tolerant ones; the engine's analyzers stem and split compounds.
    A Norwegian query with aa, ae or oe is also tried with å, æ and ø ("paarorende" as "pårorende",
    one typo from "pårørende").
    """
    queries = [query]
    if language == "nb" and with_norwegian_letters(query.lower()) != query.lower():
        queries.append(with_norwegian_letters(query.lower()))
    exact = [PlainText(text, operator=operator, boost=2.0) for text in queries]
    return Or([*exact, *(Fuzzy(text, operator=operator) for text in queries)])


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
        alternatives = [PlainText(term(word))]
        parts = compound_parts(word, language)
        if parts:
            alternatives.append(PlainText(" ".join(term(part) for part in parts), operator="and"))
        if language == "nb" and not has_norwegian_letters(word) and term(plain_spelling(word)) != term(word):
            alternatives.append(PlainText(term(plain_spelling(word))))  # "paarorende" meets "pårørende"
        clauses.append(Or(alternatives) if len(alternatives) > 1 else alternatives[0])
    if len(clauses) == 1:
        return clauses[0]
    return And(clauses) if operator == "and" else Or(clauses)
