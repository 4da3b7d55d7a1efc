from tests.helpers import html


def card_titles(response):
    return [a.get_text(strip=True) for a in html(response).select(".cards .card__title a")]


def test_person_page_lists_the_recap_that_quotes_them_and_the_news_that_mentions_them(client, page_in):
    response = client.get(page_in("charlotte-wu-homme", "nb").url)
    assert card_titles(response) == [
        "Cancer Crosslinks 2025: nye måter å se og behandle kreft på",
        "Påmeldingen til Cancer Crosslinks 2025 er åpnet",
        "Nye medlemmer i klyngen",
    ]


def test_speaker_page_lists_the_recap_in_english(client, page_in):
    response = client.get(page_in("vivek-subbiah", "en").url)
    assert card_titles(response) == ["Cancer Crosslinks 2025: new ways to see and treat cancer"]


def test_author_page_lists_the_articles_they_wrote(client, page_in):
    titles = card_titles(client.get(page_in("sofia-linden", "en").url))
    assert "Personalised medicine to relieve the health service" in titles
    assert "A delegation from Boston visits Oslo" in titles  # the demo's English-only article
    assert len(titles) == 7
    norwegian = card_titles(client.get(page_in("sofia-linden", "nb").url))
    assert len(norwegian) == 6  # the same articles, but for the one not translated


def test_board_member_shows_role_and_term_in_norwegian(client, page_in):
    text = " ".join(html(client.get(page_in("geir-hetland", "nb").url)).select_one(".person__board").get_text().split())
    assert text == "Styremedlem (fra 1. januar 2025)"


def test_people_index_puts_the_board_first(client, page_in):
    soup = html(client.get(page_in("people", "en").url))
    board = [a.get_text(strip=True) for a in soup.select("#board-heading + ul a")]
    assert board == ["Geir Hetland"]
    assert len(soup.select("#people-heading + ul a")) == 9


def test_recap_quotes_are_attributed_to_person_pages_in_the_readers_language(client, page_in):
    soup = html(client.get(page_in("cancer-crosslinks-2025", "nb").url))
    attributions = [a["href"] for a in soup.select(".quote figcaption a")]
    assert attributions == [page_in("marine-jeanmougin", "nb").url, page_in("charlotte-wu-homme", "nb").url]
