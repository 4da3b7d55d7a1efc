"""
What a reader sees on the search page. This suite runs on every backend: `make test` runs it on
the database backend (SQLite, then PostgreSQL) and again with SEARCH_URL pointing at OpenSearch.
"""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site

from demo.factories import HomePageFactory, NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage
from search.models import SearchQueryStat
from tests.helpers import autocomplete, html, other_language_titles, search, titles


def test_finds_a_norwegian_article_by_a_word_in_its_title(client, db):
    assert "Immunterapi forklart for pasienter" in titles(search(client, q="immunterapi"))


def test_finds_an_english_article_on_the_english_page(client, db):
    assert "Immunotherapy explained for patients" in titles(search(client, "en", q="immunotherapy"))


def test_searches_the_readers_language_by_default(client, db):
    found = titles(search(client, q="Crosslinks"))
    assert "Cancer Crosslinks 2025: nye måter å se og behandle kreft på" in found
    assert "Cancer Crosslinks 2025: new ways to see and treat cancer" not in found


def test_one_click_searches_both_languages_and_labels_each_result(client, db):
    response = search(client, q="Crosslinks", lang="all")
    found = titles(response)
    assert "Cancer Crosslinks 2025: nye måter å se og behandle kreft på" in found
    assert "Cancer Crosslinks 2025: new ways to see and treat cancer" in found
    labels = {
        a.get_text(strip=True) for a in html(response).select(".search-results-area > ol .search-result__language")
    }
    assert labels == {"norsk bokmål", "engelsk"}


def test_people_are_found_by_name(client, db):
    assert titles(search(client, "en", q="Geir Hetland"))[0] == "Geir Hetland"


def test_titles_outrank_body_text(client, publish):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    publish(
        NewsPageFactory,
        parent=index,
        title="Notes from the lab",
        slug="notes",
        standfirst="Weekly notes.",
        body=[{"type": "paragraph", "value": "<p>We also looked at zebrafish models.</p>"}],
    )
    publish(
        NewsPageFactory, parent=index, title="Zebrafish models in oncology", slug="zebrafish", standfirst="Small fish."
    )
    assert titles(search(client, "en", q="zebrafish"))[:2] == ["Zebrafish models in oncology", "Notes from the lab"]


def test_a_norwegian_compound_finds_its_parts_written_apart(client, db):
    assert "Behandling av kreft i små pasientgrupper" in titles(search(client, q="kreftbehandling"))


@pytest.mark.parametrize(
    ("typo", "expected"), [("Esand", "Magnus Essand"), ("imunterapi", "Immunterapi forklart for pasienter")]
)
def test_typos_are_forgiven(client, db, typo, expected):
    assert expected in titles(search(client, q=typo))


def test_results_show_snippets_with_the_matched_words_marked(client, db):
    response = search(client, "en", q="tumour")
    marks = [mark.get_text() for mark in html(response).select(".search-result__snippet mark")]
    assert marks and all(mark.lower().startswith("tumour") for mark in marks)


def test_facets_count_the_matches_and_narrow_them(client, db):
    response = search(client, "en", q="Crosslinks")
    facets = {a.get_text(" ", strip=True) for a in html(response).select(".facet a")}
    assert "Event recaps (1)" in facets
    assert any(facet.startswith("News articles (") for facet in facets)
    narrowed = search(client, "en", q="Crosslinks", type="events")
    assert titles(narrowed) == ["Cancer Crosslinks 2025: new ways to see and treat cancer"]


def test_topic_and_year_facets_narrow_the_results(client, db):
    by_topic = titles(search(client, "en", q="cell therapy", topic="cell-therapy"))
    assert by_topic and set(by_topic) <= {
        "Cell therapy manufacturing in the Nordics",
        "Cell therapy workshop draws clinicians and researchers",
    }
    by_year = titles(search(client, "en", q="cell therapy", year="2024"))
    assert by_year == ["Cell therapy workshop draws clinicians and researchers"]
    assert "Cell therapy manufacturing in the Nordics" in titles(search(client, "en", q="cell therapy"))


def test_sort_by_date_puts_the_newest_first(client, db):
    response = search(client, "en", q="cancer", sort="date")
    dates = [time["datetime"] for time in html(response).select(".search-results-area > ol time")]
    assert len(dates) >= 2
    assert dates == sorted(dates, reverse=True)


def test_few_matches_offer_the_other_language(client, db):
    response = search(client, "en", q="Hetland")
    assert "Geir Hetland går inn i styret" in other_language_titles(response)


def test_zero_results_page_helps(client, db):
    response = search(client, q="xylofonkonsert")
    assert response.status_code == 200
    assert titles(response) == []
    text = html(response).select_one(".zero-results").get_text(" ", strip=True)
    assert "Søk i både norsk og engelsk" in text
    assert "Immunterapi" in text  # topics to browse


def test_search_pages_are_not_indexed_by_search_engines(client, db):
    assert html(search(client, q="kreft")).select_one("meta[name=robots]")["content"] == "noindex"


def test_promoted_results_are_shown_in_the_readers_language(client, db, page_in):
    query = Query.get("crosslinks")
    SearchPromotion.objects.create(query=query, page=page_in("cancer-crosslinks-2025", "nb"), sort_order=0)
    SearchPromotion.objects.create(query=query, page=page_in("cancer-crosslinks-2025", "en"), sort_order=1)
    promoted = [a.get_text(strip=True) for a in html(search(client, q="Crosslinks")).select(".promotions a")]
    assert promoted == ["Cancer Crosslinks 2025: nye måter å se og behandle kreft på"]


def test_promoted_private_pages_are_not_shown(client, db, page_in):
    private = page_in("cancer-crosslinks-2025", "nb")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = page_in("immunterapi-forklart-for-pasienter", "nb")
    SearchPromotion.objects.create(query=Query.get("crosslinks"), page=private, sort_order=0)
    SearchPromotion.objects.create(query=Query.get("crosslinks"), page=public, sort_order=1)
    promoted = [a.get_text(strip=True) for a in html(search(client, q="Crosslinks")).select(".promotions a")]
    assert promoted == ["Immunterapi forklart for pasienter"]


@pytest.fixture
def other_sites_news_index(db):
    """The news index of a second site, whose pages must never show on this one."""
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(),
        title="Other site",
        slug="other-site",
        locale=Page.objects.get(slug="home").locale,
    )
    Site.objects.create(hostname="other.example.org", root_page=other_home, site_name="Other")
    return NewsIndexPageFactory(parent=other_home, slug="other-news")


def test_promoted_pages_of_other_sites_are_not_shown(client, page_in, other_sites_news_index):
    other = NewsPageFactory(parent=other_sites_news_index, title="Other news", slug="x")
    other.locale = page_in("immunterapi-forklart-for-pasienter", "nb").locale  # left out for its site, not its language
    other.save()
    SearchPromotion.objects.create(query=Query.get("crosslinks"), page=other, sort_order=0)
    SearchPromotion.objects.create(
        query=Query.get("crosslinks"), page=page_in("immunterapi-forklart-for-pasienter", "nb"), sort_order=1
    )
    promoted = [a.get_text(strip=True) for a in html(search(client, q="Crosslinks")).select(".promotions a")]
    assert promoted == ["Immunterapi forklart for pasienter"]


def test_queries_are_counted_per_language_with_zero_results(client, db):
    search(client, q="kreft")
    search(client, q="kreft")
    search(client, q="xylofonkonsert")
    search(client, "en", q="cancer")
    stats = {(s.language, s.query): (s.searches, s.zero_result_searches) for s in SearchQueryStat.objects.all()}
    assert stats == {("nb", "kreft"): (2, 0), ("nb", "xylofonkonsert"): (1, 1), ("en", "cancer"): (1, 0)}


# -- only what should be found is found --------------------------------------------------------


def test_drafts_are_never_found(client, publish):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    draft = NewsPageFactory(
        parent=index, title="Quokka draft", slug="quokka", standfirst="Secret quokka plans.", live=False
    )
    draft.save_revision()
    publish(NewsPageFactory, parent=index, title="Quokka sightings", slug="quokka-sightings", standfirst="Quokkas.")
    assert titles(search(client, "en", q="quokka")) == ["Quokka sightings"]


def test_private_pages_are_never_found(client, publish):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    password = publish(NewsPageFactory, parent=index, title="Platypus board minutes", slug="platypus", standfirst="x")
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="x")
    login = publish(NewsPageFactory, parent=index, title="Platypus staff notes", slug="platypus-staff", standfirst="x")
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    publish(NewsPageFactory, parent=index, title="Platypus facts", slug="platypus-facts", standfirst="Platypuses.")
    assert titles(search(client, "en", q="platypus")) == ["Platypus facts"]


def test_pages_of_other_sites_are_never_found(client, publish, other_sites_news_index):
    ours = NewsIndexPage.objects.exclude(pk=other_sites_news_index.pk).get(locale__language_code="en")
    publish(
        NewsPageFactory, parent=other_sites_news_index, title="Narwhal news", slug="narwhal", standfirst="Narwhals."
    )
    publish(NewsPageFactory, parent=ours, title="Narwhal tusks", slug="narwhal-tusks", standfirst="Narwhals.")
    assert titles(search(client, "en", q="narwhal")) == ["Narwhal tusks"]


# -- any input gives a normal page ----------------------------------------------------------------

HOSTILE_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    " ".join(f"term{n}" for n in range(500)),
    '" * ( ) : \\ & | !',
    "æøå ÆØÅ",
    "kreft 😀🔬",
    "NEAR(kreft behandling)",
    "kreft AND OR NOT",
    "<script>alert(1)</script>",
    "'; DROP TABLE wagtailcore_page; --",
    "\x01\x02",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_any_query_gives_a_normal_page(client, db, query):
    response = search(client, q=query)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_a_nul_byte_in_the_query_is_a_bad_request(client, db):
    # No search box can send one; core.middleware refuses it before any view (PostgreSQL cannot store it).
    assert search(client, q="kreft\x00").status_code == 400
    assert search(client, q="kreft").status_code == 200


@pytest.mark.parametrize(
    ("page", "status"),
    [("0", 404), ("-1", 404), ("abc", 200), (str(10**20), 404), ("2", 404), ("1001", 404), ("", 200)],
)
def test_page_numbers_out_of_range_are_not_found(client, db, page, status):
    assert search(client, q="kreft", page=page).status_code == status


def facet_links(response):
    """Each facet link's text and whether it is marked as the current choice."""
    return [(a.get_text(" ", strip=True), a.get("aria-current")) for a in html(response).select(".facet a")]


def sort_chosen(response):
    return [option["value"] for option in html(response).select("#search-sort option[selected]")]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "spaceships"},
        {"topic": "nope"},
        {"year": "abc"},
        {"year": "99999"},
        {"sort": "random"},
        {"lang": "klingon"},
    ],
)
def test_unknown_facet_values_are_ignored(client, db, params):
    plain = search(client, q="kreft")
    assert len(titles(plain)) >= 2  # the control: the plain query finds several things to compare
    assert facet_links(plain)

    response = search(client, q="kreft", **params)
    assert response.status_code == 200
    assert titles(response) == titles(plain)
    assert html(response).select_one(".search-count").get_text() == html(plain).select_one(".search-count").get_text()
    assert facet_links(response) == facet_links(plain)
    assert all(current is None for _text, current in facet_links(response))  # nothing shown as chosen
    assert sort_chosen(response) == ["relevance"]
    assert html(response).select_one("input[name=lang]").get("checked") is None


# -- autocomplete ------------------------------------------------------------------------------------


def test_autocomplete_suggests_titles_in_the_readers_language(client, page_in):
    norwegian = page_in("immunterapi-forklart-for-pasienter", "nb")
    english = page_in("immunotherapy-explained-for-patients", "en")
    data = autocomplete(client, "nb", "immun")
    assert data["query"] == "immun"
    assert {"title": "Immunterapi forklart for pasienter", "url": norwegian.url} in data["suggestions"]
    assert all(item["url"].startswith("/nb/") for item in data["suggestions"])
    assert english.title not in [item["title"] for item in data["suggestions"]]
    assert english.url not in [item["url"] for item in data["suggestions"]]


def test_autocomplete_suggestions_lead_to_the_pages_they_name(client, db):
    suggestions = autocomplete(client, "en", "immuno")["suggestions"]
    assert "Immunotherapy explained for patients" in [item["title"] for item in suggestions]
    for item in suggestions:
        page = client.get(item["url"])
        assert page.status_code == 200
        assert html(page).select_one("h1").get_text(strip=True) == item["title"]


def test_autocomplete_suggests_by_title_not_by_body_text(client, db):
    """The body is an autocomplete field for the admin's page search; the readers' suggestions stay titles."""
    assert "Immunotherapy explained for patients" in titles(search(client, "en", q="defences"))  # in its body
    assert autocomplete(client, "en", "defenc")["suggestions"] == []
    assert autocomplete(client, "en", "immuno")["suggestions"]  # the control


@pytest.mark.parametrize("query", ["", "a", '"*:', "x" * 5000, "😀😀"])
def test_autocomplete_answers_anything_with_json(client, db, query):
    assert autocomplete(client, "en", query)["suggestions"] == []
    assert autocomplete(client, "en", "immuno")["suggestions"]  # the control
