"""An article with no related pages picked shows the newest articles on its topics instead."""

import pytest

from news.models import NewsPage
from tests.helpers import html

pytestmark = pytest.mark.django_db


def related_section(response):
    heading = html(response).select_one("#related-heading")
    if heading is None:
        return None, []
    return heading.get_text(strip=True), [a.get_text(strip=True) for a in heading.parent.select(".card__title a")]


@pytest.mark.parametrize(
    ("language", "slug", "heading", "expected"),
    [
        (
            "nb",
            "eu-midler-til-digital-kreftforskning",
            "Mer om de samme emnene",
            [
                "Digitale verktøy i klinikken: hva pasientene ønsker seg",
                "Trygg deling av helsedata på tvers av landegrenser",
            ],
        ),
        (
            "en",
            "eu-funding-for-digital-cancer-research",
            "More on the same topics",
            None,  # the English titles of the same two articles
        ),
    ],
)
def test_an_article_without_picks_shows_articles_on_its_topics(client, page_in, language, slug, heading, expected):
    article = page_in(slug, language)
    assert not article.related_links.exists()
    shown_heading, titles = related_section(client.get(article.url))
    if expected is None:
        expected = [
            page_in("digital-tools-in-the-clinic", "en").title,
            page_in("sharing-health-data-safely", "en").title,
        ]
    assert shown_heading == heading
    assert titles == expected
    assert article.title not in titles


def test_editors_picks_come_before_topics(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    assert article.related_links.exists()  # the control: picked by an editor
    heading, titles = related_section(client.get(article.url))
    assert heading == "Related"
    assert titles == [page_in("cancer-crosslinks-2025", "en").title]


def test_articles_sharing_most_topics_come_first_and_at_most_three(page_in, django_assert_num_queries):
    article = page_in("eu-funding-for-digital-cancer-research", "en")
    with django_assert_num_queries(2):  # the article's links (its topics among them), and the articles
        ids = article.articles_sharing_topics()
    assert len(ids) == 2
    assert all(NewsPage.objects.get(pk=pk).locale_id == article.locale_id for pk in ids)

    board = page_in("geir-hetland-joins-the-board", "en")  # cluster news: four others share the topic
    with django_assert_num_queries(2):
        ids = board.articles_sharing_topics()
    assert len(ids) == 3
    dates = [NewsPage.objects.get(pk=pk).date for pk in ids]
    assert dates == sorted(dates, reverse=True)


def test_a_preview_finds_articles_on_the_topics_chosen_in_the_form(page_in):
    # In a preview the page and its topic links exist only in memory (modelcluster), not in the database.
    article = page_in("eu-funding-for-digital-cancer-research", "en")
    saved = article.articles_sharing_topics()
    preview = NewsPage.from_serializable_data(article.serializable_data())
    preview.topic_links = [type(link)(topic_id=link.topic_id) for link in article.topic_links.all()]
    assert preview.articles_sharing_topics() == saved
    assert saved  # the control: the article does share topics
