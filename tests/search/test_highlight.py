"""search/highlight.py: a result's snippet, quoted from the first of a page's texts that matches."""

from search.highlight import highlight


def texts_that_must_not_be_read_past(*texts):
    yield from texts
    raise AssertionError("read past the text that matched")


def test_the_first_text_that_matches_is_quoted_and_the_rest_are_not_read():
    snippet = highlight(texts_that_must_not_be_read_past("No match here", "Immunotherapy explained"), ["immunotherapy"])
    assert snippet == "<mark>Immunotherapy</mark> explained"


def test_without_a_match_the_start_of_the_first_text_is_quoted():
    assert highlight(iter(["", "  The first  text ", "The second"]), ["kreft"]) == "The first text"
    assert highlight(iter([]), ["kreft"]) == ""
