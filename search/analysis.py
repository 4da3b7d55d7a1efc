"""
How each language's text is analysed in the search engine.

Wagtail gives each index one default analyzer, so each language has its own backend and index
(see ``search.backends``): Norwegian pages are analysed as Norwegian, English pages as English.
The database backends do the same in Python with the same compound parts
(``search.database_analysis``).
"""

import re

from .compounds import decompounder_parts, split_compound

# Parts that Norwegian compounds are built from, derived from a Norwegian dictionary and our
# domain terms by scripts/build_compound_parts.py (search/lexicon/nb_decompounder_parts.txt). The
# engine's dictionary_decompounder adds each part found inside a longer word as an extra token, so
# "kreftbehandling" is also indexed as "kreft" and "behandling" (and the query "kreftbehandling"
# also asks for them). It looks for parts anywhere in a word, so this list leaves out the parts
# that turn up mostly where they are not parts ("handling" in "behandling") and the short ones.
NORWEGIAN_COMPOUND_PARTS = sorted(decompounder_parts())

_FOLD_NOTHING_EDGE_NGRAMS = {
    # Wagtail's default autocomplete analyzer folds æ/ø/å to ASCII; keep them distinct letters.
    "tokenizer": "lowercase",
    "filter": ["edgengram"],
    "type": "custom",
}


def _index_settings(filters, default_filter_chain, **analyzers):
    """An index's analysis: ``filters`` defined, the default analyzer running them in that order."""
    default = {"type": "custom", "tokenizer": "standard", "filter": default_filter_chain}
    return {"settings": {"analysis": {"filter": filters, "analyzer": {"default": default, **analyzers}}}}


INDEX_SETTINGS = {
    "nb": _index_settings(
        {
            "norwegian_compound_parts": {
                "type": "dictionary_decompounder",
                "word_list": NORWEGIAN_COMPOUND_PARTS,
                "min_subword_size": 3,
                "only_longest_match": False,
            },
            "norwegian_stop": {"type": "stop", "stopwords": "_norwegian_"},
            "norwegian_stemmer": {"type": "stemmer", "language": "norwegian"},
        },
        ["lowercase", "norwegian_compound_parts", "norwegian_stop", "norwegian_stemmer"],
        edgengram_analyzer=_FOLD_NOTHING_EDGE_NGRAMS,
    ),
    "en": _index_settings(
        {
            "english_stop": {"type": "stop", "stopwords": "_english_"},
            "english_possessive": {"type": "stemmer", "language": "possessive_english"},
            "english_stemmer": {"type": "stemmer", "language": "english"},
        },
        ["english_possessive", "lowercase", "english_stop", "english_stemmer"],
    ),
}


def split_compounds(word):
    """The parts of a Norwegian compound (lower-cased), or [], for backends without a decompounder."""
    return split_compound(word)


WORD_RE = re.compile(r"\w+", re.UNICODE)
