"""The demo's Norwegian reads as Norwegian: titles in lower case after a name, fair words, honest credits."""

import pytest

from tests.helpers import html, visible_text

pytestmark = pytest.mark.django_db


def test_a_quoted_persons_role_is_in_lower_case_after_the_comma(client, page_in):
    quotes = html(client.get(page_in("cancer-crosslinks-2025", "nb").url)).select(".quote figcaption")
    attributions = [" ".join(quote.get_text().split()) for quote in quotes]
    assert "Marine Jeanmougin, leder for EU-saker og digital innovasjon" in attributions
    assert "Charlotte Wu Homme, leder for medlemskap og arrangementer" in attributions


def test_english_roles_keep_their_capitals(page_in):
    assert page_in("marine-jeanmougin", "en").role == "Lead EU Affairs and Digital Innovations"
    assert page_in("marine-jeanmougin", "nb").role == "leder for EU-saker og digital innovasjon"


def test_the_audience_is_described_without_a_sneer(client, page_in):
    text = visible_text(html(client.get(page_in("cancer-crosslinks-2025", "nb").url)))
    assert "helsebyråkrat" not in text
    assert "ansatte i helseforvaltningen" in text


@pytest.mark.parametrize(
    ("language", "illustration", "photo"), [("nb", "Illustrasjon:", "Foto:"), ("en", "Illustration:", "Photo:")]
)
def test_drawn_pictures_are_credited_as_illustrations(client, page_in, language, illustration, photo):
    soup = html(client.get(page_in("cancer-crosslinks-2025", language).url))
    credits = [credit.get_text(" ", strip=True) for credit in soup.select("figcaption .credit")]
    assert credits  # the hero and the gallery carry credits
    assert all(credit.startswith(illustration) for credit in credits), credits
    assert not any(photo in credit for credit in credits)
