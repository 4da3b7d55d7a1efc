"""An article shows the pages it links to (people, related pages) as cards, at a fixed cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.factories import ImageFactory, PersonPageFactory
from news.models import NewsPage, NewsPageMention, NewsPageRelatedPage
from people.models import PeopleIndexPage


def queries_to_render(client, page):
    client.get(page.url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries), response


def link_people_and_pages(article, count):
    people_index = PeopleIndexPage.objects.get(locale=article.locale)
    people = [
        PersonPageFactory(parent=people_index, title=f"Linked person {article.pk}-{number}", photo=ImageFactory())
        for number in range(count)
    ]
    others = NewsPage.objects.live().filter(locale=article.locale).exclude(pk=article.pk)[:count]
    article.mention_links = [NewsPageMention(person=person) for person in people]
    article.related_links = [NewsPageRelatedPage(related_page=other) for other in others]
    article.save_revision().publish()
    return people, list(others)


@pytest.mark.django_db
def test_linked_cards_cost_the_same_for_one_link_or_many(client):
    few, many = NewsPage.objects.live().filter(locale__language_code="en")[:2]
    link_people_and_pages(few, 1)
    people, others = link_people_and_pages(many, 5)

    queries_for_few, _response = queries_to_render(client, few)
    queries_for_many, response = queries_to_render(client, many)

    html = response.content.decode()
    assert all(person.title in html for person in people)
    assert all(other.title in html for other in others)
    assert html.count('class="person-card"') == 5
    assert queries_for_many == queries_for_few
