"""
What an anonymous reader may never see, through any channel: a draft, the text of an unpublished
revision, a page restricted by login or password (its own restriction or an ancestor's), or a page
of another Site. Each test also finds a public page made the same way, so that it cannot pass by
showing nothing.

Every page made here carries a word of its own (``SECRETS``); the control carries ``PUBLIC``.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, PageViewRestriction, Site

from demo.factories import (
    EventRecapPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PeopleIndexPageFactory,
    PersonPageFactory,
    hero,
)
from events.models import EventIndexPage, EventSpeaker
from home.models import HomePage, HomePageFeaturedNews
from news.models import NewsIndexPage, NewsPageAuthor, NewsPageMention, NewsPageRelatedPage
from people.models import PeopleIndexPage
from tests.helpers import autocomplete, html, other_language_titles, search, titles, visible_text
from tests.seo.helpers import sitemap_entries

pytestmark = pytest.mark.django_db

PUBLIC = "Hvitmolkarp"
SECRETS = {
    "draft": "Vromdefikk",
    "unpublished revision": "Kvaspelund",
    "login": "Trulmobask",
    "password": "Pleksigrund",
    "ancestor's restriction": "Gnistravok",
    "another site": "Flimbrostad",
}
DATE = "2031-03-14"  # newer than every demo article: first in feeds and listings if it leaks


@dataclass
class Cast:
    """An article and a person for the control and for each secret, below the site's Norwegian home."""

    home: object
    articles: dict = field(default_factory=dict)  # kind ("public" or a key of SECRETS) -> NewsPage
    people: dict = field(default_factory=dict)  # kind -> PersonPage


def restrict(page, **kind):
    PageViewRestriction.objects.create(page=page, **(kind or {"restriction_type": PageViewRestriction.LOGIN}))


def article_and_person(publish, news, people, word):
    article = publish(NewsPageFactory, parent=news, title=f"{word} artikkel", date=DATE, standfirst=f"Om {word}.")
    person = publish(PersonPageFactory, parent=people, title=f"{word} Nordmann", role=f"{word}forsker")
    return article, person


@pytest.fixture
def cast(publish):
    home = HomePage.objects.get(locale__language_code="nb", depth=2)  # before another site's home is made
    news = NewsIndexPage.objects.child_of(home).get()
    people = PeopleIndexPage.objects.child_of(home).get()
    cast = Cast(home)

    cast.articles["public"], cast.people["public"] = article_and_person(publish, news, people, PUBLIC)

    word = SECRETS["draft"]
    cast.articles["draft"] = NewsPageFactory(parent=news, title=f"{word} artikkel", date=DATE, live=False)
    cast.people["draft"] = PersonPageFactory(parent=people, title=f"{word} Nordmann", live=False)
    for page in (cast.articles["draft"], cast.people["draft"]):
        page.save_revision()

    word = SECRETS["unpublished revision"]
    article, person = article_and_person(publish, news, people, "Sommerfugl")
    article.title, article.standfirst = f"{word} artikkel", f"Om {word}."
    person.title, person.role = f"{word} Nordmann", f"{word}forsker"
    for page in (article, person):
        page.save_revision()
    cast.articles["unpublished revision"], cast.people["unpublished revision"] = article, person

    for kind, restriction in [
        ("login", {"restriction_type": PageViewRestriction.LOGIN}),
        ("password", {"restriction_type": PageViewRestriction.PASSWORD, "password": "hemmelig"}),
    ]:
        cast.articles[kind], cast.people[kind] = article_and_person(publish, news, people, SECRETS[kind])
        restrict(cast.articles[kind], **restriction)
        restrict(cast.people[kind], **restriction)

    word = SECRETS["ancestor's restriction"]
    internal_news = publish(
        NewsIndexPageFactory, parent=home, title=f"{word} internt", slug="internt", show_in_menus=True
    )
    internal_people = publish(PeopleIndexPageFactory, parent=home, title="Ansatte", slug="ansatte")
    groups = PageViewRestriction.objects.create(page=internal_people, restriction_type=PageViewRestriction.GROUPS)
    groups.groups.set([Group.objects.get_or_create(name="Ansatte")[0]])
    restrict(internal_news)
    cast.articles["ancestor's restriction"], cast.people["ancestor's restriction"] = article_and_person(
        publish, internal_news, internal_people, word
    )

    other_home = publish(HomePageFactory, parent=Page.get_first_root_node(), title="Annet nettsted", slug="annet")
    Site.objects.create(hostname="annet.example", port=80, root_page=other_home, site_name="Annet")
    cast.articles["another site"], cast.people["another site"] = article_and_person(
        publish,
        publish(NewsIndexPageFactory, parent=other_home),
        publish(PeopleIndexPageFactory, parent=other_home),
        SECRETS["another site"],
    )
    yield cast
    Site.clear_site_root_paths_cache()  # Wagtail caches the sites' root paths; the database rolls back


def assert_no_secret(text):
    """No secret word in ``text`` (a word, so that a misspelling the reader typed does not count)."""
    leaked = {kind: word for kind, word in SECRETS.items() if re.search(rf"\b{word}", text, re.IGNORECASE)}
    assert not leaked, f"seen by an anonymous reader: {leaked}"


def path_of(page):
    """The page's address on this site (another site's page gets its own host's path)."""
    return urlsplit(page.get_url()).path


# -- (1) the page itself ------------------------------------------------------------------------------


def test_secret_pages_themselves_are_closed_to_anonymous_readers(client, cast):
    for page in [cast.articles["public"], cast.people["public"]]:
        response = client.get(path_of(page))
        assert response.status_code == 200
        assert PUBLIC in visible_text(html(response))

    expected = {
        "draft": {404},
        "unpublished revision": {200},  # the live version, without the draft's words
        "login": {302},
        "password": {200},  # the password form
        "ancestor's restriction": {302},
        "another site": {404},
    }
    for kind, statuses in expected.items():
        for page in (cast.articles[kind], cast.people[kind]):
            response = client.get(path_of(page))
            assert response.status_code in statuses, (kind, response.status_code)
            # The address asked for may come back (a 404's language links): its slug is what the reader typed.
            assert_no_secret(response.content.decode().replace(page.slug, ""))
            if response.status_code == 302:
                assert "/login/" in response["Location"]
    password_form = client.get(path_of(cast.articles["password"]))
    assert html(password_form).select('input[type="password"]')


# -- (2) cards and links on other pages --------------------------------------------------------------


def test_cards_on_other_pages_show_no_secret_page(client, cast, publish):
    everyone = list(cast.people.values())
    quotes = [
        {"type": "quote", "value": {"text": "Sitat.", "person": person.pk, "name": "", "role": ""}}
        for person in everyone
    ]
    article = publish(
        NewsPageFactory,
        parent=cast.articles["public"].get_parent(),
        title="Lenker overalt",
        date=DATE,
        body=quotes,
        author_links=[NewsPageAuthor(person=person) for person in everyone],
        mention_links=[NewsPageMention(person=person) for person in everyone],
        related_links=[NewsPageRelatedPage(related_page=page) for page in cast.articles.values()],
    )
    recap = publish(
        EventRecapPageFactory,
        parent=EventIndexPage.objects.child_of(cast.home).get(),
        title="Seminar med alle",
        start_date=DATE,
        speakers=[EventSpeaker(person=person, talk_title="Foredrag", locale=article.locale) for person in everyone],
    )
    home = cast.home
    home.featured_news = [HomePageFeaturedNews(page=page) for page in cast.articles.values()]
    home.save_revision().publish()

    for page, shown in [(article, 3), (recap, 1), (home, 1)]:  # 3: authors, people mentioned, related
        response = client.get(page.url)
        assert response.status_code == 200
        text = response.content.decode()
        assert_no_secret(text)
        assert text.count(PUBLIC) >= shown, page.title
    article_text = visible_text(html(client.get(article.url)))
    assert f"{PUBLIC} Nordmann" in article_text  # the quote's attribution
    assert f"{PUBLIC} artikkel" in visible_text(html(client.get(home.url)))
    assert f"{PUBLIC} Nordmann" in visible_text(html(client.get(recap.url)))


# -- (3) search results, (4) autocomplete, (5) corrections ----------------------------------------------


def test_search_finds_no_secret_page(client, cast):
    for language in ("nb", "en"):
        response = search(client, language, q=PUBLIC)
        found = titles(response) + other_language_titles(response)
        assert f"{PUBLIC} artikkel" in found
        assert f"{PUBLIC} Nordmann" in found
    for word in SECRETS.values():
        for params in ({"q": word}, {"q": word, "lang": "all"}, {"q": f"{word} artikkel"}):
            response = search(client, "nb", **params)
            assert_no_secret(" ".join(titles(response) + other_language_titles(response)))
            assert_no_secret(" ".join(a["href"] for a in html(response).select(".search-result__title a")))


def test_autocomplete_offers_no_secret_page(client, cast):
    suggested = [suggestion["title"] for suggestion in autocomplete(client, "nb", PUBLIC[:6])["suggestions"]]
    assert f"{PUBLIC} artikkel" in suggested
    for word in SECRETS.values():
        answer = autocomplete(client, "nb", word[:6])
        assert_no_secret(" ".join(suggestion["title"] for suggestion in answer["suggestions"]))


def typo(word):
    return word[:-2] + word[-1]  # one letter dropped


def test_did_you_mean_offers_no_word_of_a_secret_page(client, cast):
    for word in [PUBLIC, *SECRETS.values()]:
        typed = f"{typo(word)} {typo(PUBLIC)}"
        response = search(client, "nb", q=typed)
        assert response.context["outcome"].corrected_query.split()[1] == PUBLIC
        assert_no_secret(visible_text(html(response)))
        assert_no_secret(response.context["outcome"].corrected_query)
    corrected = search(client, "nb", q=typo(PUBLIC)).context["outcome"].corrected_query
    assert corrected == PUBLIC


# -- (6) feeds, (7) the sitemap, (8) the API ------------------------------------------------------------------


def test_feeds_show_no_secret_page_or_author(client, cast, publish):
    byline = publish(
        NewsPageFactory,
        parent=cast.articles["public"].get_parent(),
        title="Skrevet av mange",
        date=DATE,
        author_links=[NewsPageAuthor(person=person) for person in cast.people.values()],
    )
    response = client.get("/nb/feeds/news/")
    assert response.status_code == 200
    text = response.content.decode()
    assert f"{PUBLIC} artikkel" in text
    assert f"<dc:creator>{PUBLIC} Nordmann</dc:creator>" in text
    assert byline.title in text
    assert_no_secret(text)
    for url in ("/en/feeds/news/", "/nb/feeds/events/", "/en/feeds/events/"):
        assert_no_secret(client.get(url).content.decode())


def test_sitemap_lists_no_secret_page(client, cast):
    locations = " ".join(sitemap_entries(client.get("/sitemap.xml")))
    assert cast.articles["public"].slug in locations
    assert cast.people["public"].slug in locations
    assert_no_secret(locations)


def test_api_shows_no_secret_page(client, cast):
    def listing(**params):
        response = client.get("/api/v2/pages/", {"limit": 20, **params})
        return response.status_code, response.content.decode()

    status, text = listing(search=PUBLIC)
    assert status == 200
    assert f"{PUBLIC} artikkel" in text
    for word in SECRETS.values():
        for params in ({"search": word}, {"search": word, "site": "annet.example"}):
            status, text = listing(**params)
            assert status in (200, 400)
            assert_no_secret(text)
    status, text = listing(site="annet.example", type="news.NewsPage")
    assert_no_secret(text)

    assert client.get(f"/api/v2/pages/{cast.articles['public'].pk}/").status_code == 200
    for kind in SECRETS:
        for page in (cast.articles[kind], cast.people[kind]):
            response = client.get(f"/api/v2/pages/{page.pk}/", follow=True)  # 404s go to /nb/… first
            assert response.status_code == (200 if kind == "unpublished revision" else 404), kind
            assert_no_secret(response.content.decode())
            response = client.get(f"/api/v2/pages/{page.pk}/", {"site": "annet.example"})
            assert_no_secret(response.content.decode())


def test_api_lists_no_picture_only_a_secret_page_shows(client, cast, django_capture_on_commit_callbacks):
    for kind, article in cast.articles.items():
        word = PUBLIC if kind == "public" else SECRETS[kind]
        article.hero = hero(ImageFactory(title=f"{word} bilde"))
        # Wagtail updates its reference index once the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            if kind in ("draft", "unpublished revision"):
                article.save_revision()
                if kind == "draft":
                    article.save()  # the draft's own row holds it, as an editor's first save does
            else:
                article.save_revision().publish()
    text = ""
    for offset in range(0, 200, 20):  # every page of the listing (at most 20 an answer)
        response = client.get("/api/v2/images/", {"limit": 20, "offset": offset})
        assert response.status_code == 200
        text += response.content.decode()
    assert f"{PUBLIC} bilde" in text
    assert_no_secret(text)


# -- (8b) links in an article's text ------------------------------------------------------------------------


def test_links_in_text_lead_to_no_secret_page(client, cast):
    article = cast.articles["public"]
    linked = {"public": cast.people["public"]} | {
        kind: page
        for kind, page in cast.articles.items()
        # Another site's public pages may be linked; the unpublished text is not in the link.
        if kind not in ("public", "another site", "unpublished revision")
    }
    article.body = [
        {"type": "paragraph", "value": f'<p><a linktype="page" id="{page.pk}">lenke {number}</a></p>'}
        for number, page in enumerate(linked.values())
    ]
    article.save_revision().publish()
    text = client.get(article.url).content.decode()
    assert re.search(rf'href="[^"]*{path_of(cast.people["public"])}"', text)  # absolute with two sites
    for kind, page in linked.items():
        assert "lenke" in text
        if kind != "public":
            assert path_of(page) not in text, f"a link to the {kind} page"


def test_language_links_lead_to_no_secret_translation(client, cast, publish):
    english = Locale.objects.get(language_code="en")

    def translate(page, title, **restriction):
        translation = page.copy_for_translation(english)
        translation.title = title
        translation.save_revision().publish()
        if restriction:
            restrict(translation, **restriction)
        return translation

    shown = translate(cast.articles["public"], f"{PUBLIC} article")
    news = cast.articles["public"].get_parent()
    closed_source = publish(NewsPageFactory, parent=news, title=f"{PUBLIC} to", date=DATE)
    closed = translate(closed_source, f"{SECRETS['login']} article", restriction_type=PageViewRestriction.LOGIN)

    text = client.get(cast.articles["public"].url).content.decode()
    assert path_of(shown) in text  # the language links (switcher, hreflang) lead to it
    text = client.get(closed_source.url).content.decode()
    assert path_of(closed) not in text
    assert_no_secret(text)


# -- (9) where a person appears ------------------------------------------------------------------------------


def test_person_page_lists_no_secret_article(client, cast):
    person = cast.people["public"]
    for kind, article in cast.articles.items():
        article.author_links = [NewsPageAuthor(person=person)]
        revision = article.save_revision()
        if kind not in ("draft", "unpublished revision"):
            revision.publish()
    response = client.get(person.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert f"{PUBLIC} artikkel" in visible_text(html(response))
    assert_no_secret(text)
