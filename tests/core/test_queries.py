"""core/queries.py's IdList: an ``__in`` filter over many ids, without Django preparing each one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.queries import IdList
from news.models import NewsPage, NewsPageTopic

pytestmark = pytest.mark.django_db


def test_it_finds_what_a_plain_list_finds_on_plain_and_related_fields():
    ids = list(Page.objects.order_by("pk").values_list("pk", flat=True)[::2]) + [10**9]
    assert ids[:-1]
    assert set(Page.objects.filter(pk__in=IdList(ids)).values_list("pk", flat=True)) == set(ids[:-1])

    articles = list(NewsPage.objects.filter(topic_links__isnull=False).values_list("pk", flat=True)[:3])
    assert articles
    links = NewsPageTopic.objects.filter(page_id__in=IdList(articles))
    assert sorted(links.values_list("pk", flat=True)) == sorted(
        NewsPageTopic.objects.filter(page_id__in=articles).values_list("pk", flat=True)
    )


def test_an_empty_list_matches_nothing_without_a_query():
    with CaptureQueriesContext(connection) as queries:
        assert list(Page.objects.filter(pk__in=IdList([]))) == []
    assert len(queries) == 0
    assert Page.objects.exclude(pk__in=IdList([])).count() == Page.objects.count()  # the control


def test_the_ids_go_to_the_database_as_one_parameter_each():
    with CaptureQueriesContext(connection) as queries:
        list(Page.objects.filter(pk__in=IdList(["3", 5])).values_list("pk", flat=True))
    assert queries.captured_queries[0]["sql"].count(" IN (3, 5)") == 1
