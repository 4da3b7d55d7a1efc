"""
How well ``search.compounds.split_compound`` and the engine's ``dictionary_decompounder`` split
Norwegian compounds, measured on ``tests/search/data/nb_compounds_gold.tsv``.

The gold words were not picked by hand: ``--sample`` prints them again (see ``sample_words``),
and their splits were annotated word by word. Printed: precision and recall of split points,
word-level exact match, and the share of non-compounds that were split, for our splitter; for
the engine (simulated, same algorithm as Lucene's DictionaryCompoundWordTokenFilter with our
settings), the share of the sub-word tokens it adds that are real parts, and the share of
non-compounds that get any.

Run:  .venv/bin/python scripts/evaluate_compounds.py [--sample]
"""

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.compounds import decompounder_parts, split_points  # noqa: E402

GOLD = ROOT / "tests" / "search" / "data" / "nb_compounds_gold.tsv"
DOMAIN_TERMS = ROOT / "search" / "lexicon" / "domain_terms.txt"
DIC = Path("/usr/share/hunspell/nb_NO.dic")
FORMS = Path("/usr/share/dict/bokmaal")
SEED = 2026
LETTERS = re.compile(r"^[a-zæøå]+$")


def sample_words():
    """
    The gold sample: 360 noun lemmas of 8+ letters from hunspell-no's nb_NO.dic (stems with the
    definite-singular flag A or B), then 200 word forms of 5-9 letters from wnorwegian's
    /usr/share/dict/bokmaal (any word class, inflected), each drawn with random.Random(2026) from
    the sorted population, domain terms (and, for the second draw, the first draw) left out.
    """
    domain = {line.strip() for line in DOMAIN_TERMS.read_text(encoding="utf-8").splitlines()}
    nouns = set()
    for line in DIC.read_text(encoding="latin-1").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if LETTERS.match(word) and set(flags) & {"A", "B"} and len(word) >= 8 and word not in domain:
            nouns.add(word)
    lemmas = random.Random(SEED).sample(sorted(nouns), 360)
    forms = {
        word
        for word in FORMS.read_text(encoding="latin-1").split()
        if LETTERS.match(word) and 5 <= len(word) <= 9 and word not in domain
    }
    inflected = random.Random(SEED).sample(sorted(forms - set(lemmas)), 200)
    return [(word, "lemma") for word in lemmas] + [(word, "form") for word in inflected]


def read_gold(path=GOLD):
    """(word, gold split points, source) for each line; a split is the word with + where parts begin."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            split, source = line.split("\t")
            rows.append((split.replace("+", ""), _points(split), source))
    return rows


def _points(split):
    points, position = [], 0
    for segment in split.split("+")[:-1]:
        position += len(segment)
        points.append(position)
    return points


def engine_subwords(word, parts, min_subword=3, max_subword=15, only_longest_match=False):
    """(start, end) of each token Lucene's dictionary decompounder adds for ``word`` (5+ letters)."""
    found = []
    if len(word) < 5:
        return found
    for start in range(len(word) - min_subword + 1):
        matches = [
            (start, start + size)
            for size in range(min_subword, max_subword + 1)
            if start + size <= len(word) and word[start : start + size] in parts
        ]
        found.extend(matches[-1:] if only_longest_match else matches)
    return found


def scores(rows):
    true_points = found_points = right_points = exact = 0
    non_compounds = false_splits = 0
    for word, gold, _source in rows:
        found = split_points(word)
        true_points += len(gold)
        found_points += len(found)
        right_points += len(set(gold) & set(found))
        exact += found == gold
        if not gold:
            non_compounds += 1
            false_splits += bool(found)
    return {
        "precision": right_points / found_points,
        "recall": right_points / true_points,
        "exact": exact / len(rows),
        "false_split_rate": false_splits / non_compounds,
        "words": len(rows),
        "compounds": len(rows) - non_compounds,
        "non_compounds": non_compounds,
    }


def engine_scores(rows, **settings):
    """A token is right when it starts where a part starts and ends at most 3 letters (a linking
    letter, an inflection) before a part's end: ``samfunn`` in ``samfunns+debatt`` is right.
    Tokens that are the word itself less its ending are not counted."""
    parts = decompounder_parts()
    tokens = right = non_compounds = polluted = 0
    for word, gold, _source in rows:
        starts = {0, *gold}
        ends = {*gold, len(word)}
        # The word's own lemma (kart in kartene) is no split: the stemmer gets there too.
        added = [
            (start, stop) for start, stop in engine_subwords(word, parts, **settings) if start or stop < len(word) - 3
        ]
        tokens += len(added)
        right += sum(start in starts and any(0 <= end - stop <= 3 for end in ends) for start, stop in added)
        if not gold:
            non_compounds += 1
            polluted += bool(added)
    return {"token_precision": right / tokens, "non_compounds_with_tokens": polluted / non_compounds}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", action="store_true", help="print the seeded sample the gold file annotates")
    args = parser.parse_args()
    if args.sample:
        for word, source in sample_words():
            print(f"{word}\t{source}")
        return
    rows = read_gold()
    result = scores(rows)
    print(f"{result['words']} words: {result['compounds']} compounds, {result['non_compounds']} non-compounds")
    print(f"split points: precision {result['precision']:.3f}, recall {result['recall']:.3f}")
    print(f"exact match {result['exact']:.3f}; non-compounds split {result['false_split_rate']:.3f}")
    for only_longest_match in (False, True):
        for min_subword in (3, 4):
            engine = engine_scores(rows, min_subword=min_subword, only_longest_match=only_longest_match)
            print(
                f"engine min_subword_size={min_subword} only_longest_match={only_longest_match}: "
                f"token precision {engine['token_precision']:.3f}, "
                f"non-compounds given tokens {engine['non_compounds_with_tokens']:.3f}"
            )


if __name__ == "__main__":
    main()
