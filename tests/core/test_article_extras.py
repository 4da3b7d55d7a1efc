"""What an article adds around its text: reading time and share links without third-party scripts."""

from urllib.parse import parse_qs, urlsplit

import pytest

from core.models import WORDS_PER_MINUTE
from tests.helpers import html

pytestmark = pytest.mark.django_db


def test_reading_time_counts_the_standfirst_and_the_bodys_text(page_in, django_assert_num_queries):
    article = page_in("cancer-crosslinks-2025", "en")
    article.standfirst = "word " * 50
    article.body = [
        {"type": "paragraph", "value": "<p>" + "word " * 300 + "</p>"},
        {"type": "heading", "value": {"text": "word " * 10, "level": "h2"}},
        {"type": "quote", "value": {"text": "word " * 100, "person": None, "name": "A. Person", "role": ""}},
    ]
    with django_assert_num_queries(0):
        assert article.reading_minutes == 3  # 460 words at 200 a minute
    article.body = []
    article.standfirst = "Short."
    assert article.reading_minutes == 1  # never "0 minutes"
    assert WORDS_PER_MINUTE == 200


@pytest.mark.parametrize(("language", "label"), [("nb", "lesetid"), ("en", "minute read")])
def test_the_article_shows_its_reading_time_in_the_readers_language(client, page_in, language, label):
    article = page_in("cancer-crosslinks-2025", language)
    text = html(client.get(article.url)).select_one(".reading-time").get_text(" ", strip=True)
    assert text.startswith(str(article.reading_minutes))
    assert label in text


def test_share_links_are_plain_addresses_with_the_articles_url(client, page_in):
    article = page_in("eu-midler-til-digital-kreftforskning", "nb")
    soup = html(client.get(article.url))
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".share-links a")}
    full_url = article.full_url
    assert set(links) == {"E-post", "LinkedIn", "Bluesky", "X", "Facebook"}
    assert parse_qs(urlsplit(links["LinkedIn"]).query)["url"] == [full_url]
    assert parse_qs(urlsplit(links["Facebook"]).query)["u"] == [full_url]
    assert parse_qs(urlsplit(links["X"]).query) == {"text": [article.title], "url": [full_url]}
    assert parse_qs(urlsplit(links["Bluesky"]).query)["text"] == [f"{article.title} {full_url}"]
    mail = parse_qs(urlsplit(links["E-post"]).query)
    assert links["E-post"].startswith("mailto:?")
    assert mail == {"subject": [article.title], "body": [full_url]}
    third_party_scripts = [s["src"] for s in soup.select("script[src]") if urlsplit(s["src"]).netloc]
    assert third_party_scripts == []
