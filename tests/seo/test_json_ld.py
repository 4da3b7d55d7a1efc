import pytest
from django.urls import reverse
from django.utils import translation

from demo.factories import NewsPageFactory
from news.models import NewsIndexPage
from tests.seo.helpers import canonical, json_ld

pytestmark = pytest.mark.django_db

REQUIRED = {
    "NewsArticle": {"headline", "datePublished", "author", "image", "inLanguage", "publisher"},
    "Event": {"name", "startDate", "location", "organizer", "performer"},
    "Person": {"name", "jobTitle"},
    "BreadcrumbList": {"itemListElement"},
}


def assert_required(data):
    missing = {key for key in REQUIRED[data["@type"]] if data.get(key) in (None, "", [])}
    assert not missing, f"{data['@type']} lacks {missing}"
    assert data["@context"] == "https://schema.org"


def test_news_article(client, page_in):
    article = page_in("personalised-medicine-to-relieve-the-health-service", "en")
    data = json_ld(client.get(article.url))
    news = data["NewsArticle"]
    assert_required(news)
    assert news["headline"] == article.title
    assert news["datePublished"] == article.date.isoformat()
    assert news["inLanguage"] == "en"
    assert [author["name"] for author in news["author"]] == ["Sofia Linden"]
    assert news["author"][0]["@type"] == "Person"
    assert news["author"][0]["url"].startswith("http://testserver/en/people/")
    assert news["image"][0].startswith("http://testserver/media/")
    assert news["mainEntityOfPage"] == canonical(client.get(article.url))


def test_news_article_in_norwegian_names_the_norwegian_author_page(client, page_in):
    article = page_in("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb")
    news = json_ld(client.get(article.url))["NewsArticle"]
    assert news["inLanguage"] == "nb"
    assert news["author"][0]["url"].startswith("http://testserver/nb/personer/")


def test_event_recap(client, page_in):
    recap = page_in("cancer-crosslinks-2025", "nb")
    event = json_ld(client.get(recap.url))["Event"]
    assert_required(event)
    assert event["name"] == recap.event_name
    assert event["startDate"] == recap.start_date.isoformat()
    assert event["location"] == {"@type": "Place", "name": recap.venue, "address": recap.venue}
    assert event["organizer"]["name"]
    assert "Magnus Essand" in [performer["name"] for performer in event["performer"]]
    assert event["inLanguage"] == "nb"


def test_person(client, page_in):
    person = page_in("geir-hetland", "nb")
    data = json_ld(client.get(person.url))["Person"]
    assert_required(data)
    assert (data["name"], data["jobTitle"]) == (person.title, person.role)
    assert data["worksFor"]["name"] == person.organisation


def test_breadcrumbs_lead_from_the_home_page_to_the_page(client, page_in):
    recap = page_in("cancer-crosslinks-2025", "en")
    response = client.get(recap.url)
    trail = json_ld(response)["BreadcrumbList"]
    assert_required(trail)
    items = trail["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["name"] for item in items] == [page_in("home", "en").title, "Events", recap.title]
    assert items[0]["item"] == "http://testserver/en/"
    assert items[-1]["item"] == canonical(response)


def test_home_page_is_a_website_with_a_search(client):
    data = json_ld(client.get("/nb/"))
    assert "BreadcrumbList" not in data
    with translation.override("nb"):
        search_url = reverse("search:search")
    target = data["WebSite"]["potentialAction"]["target"]["urlTemplate"]
    assert target == f"http://testserver{search_url}?q={{search_term_string}}"


def test_json_ld_survives_a_title_that_closes_the_script(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    article = NewsPageFactory(parent=index, slug="sneaky", title="</script><script>alert(1)</script> & more")
    article.save_revision().publish()
    response = client.get(article.url)
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(response)["NewsArticle"]["headline"] == article.title
