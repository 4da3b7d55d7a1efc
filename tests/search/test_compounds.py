"""Norwegian compounds are split into their parts, measured on a random sample annotated by hand."""

import importlib.util
from pathlib import Path

import pytest

from search.analysis import NORWEGIAN_COMPOUND_PARTS, split_compounds
from search.compounds import split_compound

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("evaluate_compounds", ROOT / "scripts" / "evaluate_compounds.py")
evaluate_compounds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evaluate_compounds)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("kreftbehandling", ["kreft", "behandling"]),
        ("kreftforskning", ["kreft", "forskning"]),
        ("eggstokkreft", ["eggstokk", "kreft"]),
        ("lungekreft", ["lunge", "kreft"]),
        ("blodprøve", ["blod", "prøve"]),
        ("tarmkreftscreening", ["tarm", "kreft", "screening"]),
        ("Kreftomsorgen", ["kreft", "omsorgen"]),
        ("behandlingstime", ["behandling", "time"]),
    ],
)
def test_compound_is_split_into_its_parts(word, parts):
    assert split_compound(word) == parts
    assert split_compounds(word) == parts


@pytest.mark.parametrize("word", ["behandling", "forsker", "kreft", "pasient", "pasienten", "transport", "legemiddel"])
def test_word_that_is_not_a_compound_is_not_split(word):
    assert split_compound(word) == []


def test_splits_on_the_random_sample_are_mostly_right():
    result = evaluate_compounds.scores(evaluate_compounds.read_gold())
    assert result["compounds"] >= 300
    assert result["non_compounds"] >= 100
    # Measured: precision 0.981, recall 0.844, exact match 0.875, non-compounds split 0.030 (5 of 164).
    assert result["precision"] >= 0.96
    assert result["recall"] >= 0.82
    assert result["exact"] >= 0.85
    assert result["false_split_rate"] <= 0.045


def test_engine_decompounder_adds_mostly_real_parts():
    rows = evaluate_compounds.read_gold()
    result = evaluate_compounds.engine_scores(rows, min_subword=3, only_longest_match=False)
    # Measured with the index's settings: 0.913 of the added tokens are parts; 0.146 of non-compounds get one.
    assert result["token_precision"] >= 0.89
    assert result["non_compounds_with_tokens"] <= 0.18


def test_engine_word_list_is_the_derived_list_without_short_or_stray_parts():
    assert len(NORWEGIAN_COMPOUND_PARTS) > 4000
    assert {"kreft", "behandling", "screening", "omsorg", "lunge", "blod", "prøve"} <= set(NORWEGIAN_COMPOUND_PARTS)
    assert "handling" not in NORWEGIAN_COMPOUND_PARTS  # inside behandling, forhandling...
    assert min(len(part) for part in NORWEGIAN_COMPOUND_PARTS) >= 4
