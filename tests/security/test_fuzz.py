"""
Hostile input on every public address never makes a 500: a property-based test over the site's
URLs and the parameters each of them reads, with values a browser would never send (NUL bytes,
invalid UTF-8, huge and negative numbers, repeated parameters, search syntax, very long strings).

The query string is built by hand, byte by byte, so that invalid UTF-8 (``%ff%fe``) reaches
Django as it would from the wire; Django's ``urlencode`` could not produce it.

PostgreSQL refuses NUL in text where SQLite does not, so this test means most on PostgreSQL
(``make test`` runs it on both).
"""

from urllib.parse import quote_from_bytes

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import EventIndexPage, EventRecapPage
from news.models import NewsIndexPage, NewsPage, Topic
from people.models import PeopleIndexPage, PersonPage

pytestmark = pytest.mark.django_db

# Values no form on the site sends, as bytes (encoded into the query string as they are).
HOSTILE_VALUES = [
    b"",
    b"\x00",
    b"kreft\x00",
    b"\x00" * 50,
    b"\xff\xfe",  # invalid UTF-8
    b"\xc3",  # a UTF-8 sequence cut short
    b"\xed\xa0\x80",  # an encoded surrogate, which UTF-8 forbids
    b"\xef\xbb\xbf2025",  # a byte-order mark
    b"0",
    b"-1",
    b"-99999999999999999999",
    b"9" * 40,
    b"1" * 400,
    b"1e309",
    b"NaN",
    b"inf",
    b"2025.5",
    b" 2025 ",
    b"0x7e9",
    "١٢".encode(),  # Arabic-Indic digits, which int() accepts
    b"'",
    b'"',
    b"' OR '1'='1",
    b"1; DROP TABLE wagtailcore_page; --",
    b'"unclosed',
    b"* ( ) : ^ + - ~ NEAR(a b) AND OR NOT",
    b"title:kreft",
    b"a" * 5000,
    b" ".join([b"ord"] * 600),
    b"%",
    b"%%00",
    b"\\",
    b"../../etc/passwd",
    b"<script>alert(1)</script>",
    "kreftforskning æøå ÆØÅ".encode(),
    "🦠🧬".encode(),
    "\u202egnp.exe".encode(),
    "ǅ ﬁ ß İ".encode(),
]

# What the API's own parameters take; wrong ones must be a 400, not a 500.
API_VALUES = [
    b"news.NewsPage",
    b"events.EventRecapPage,people.PersonPage",
    b"wagtailcore.Page",
    b"no.Such",
    b"*",
    b"_,id",
    b"-title",
    b"title,body,hero",
    b"body(*)",
    b"parent(title)",
    b"id,-id",
    b"random",
    b"-first_published_at",
    b"nb",
    b"en",
    b"xx",
    b"and",
    b"or",
]

LISTING_PARAMS = ["page", "year", "topic"]
SEARCH_PARAMS = ["q", "type", "topic", "year", "sort", "page", "lang"]
API_PARAMS = [
    "type",
    "fields",
    "search",
    "search_operator",
    "limit",
    "offset",
    "order",
    "locale",
    "translation_of",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "slug",
    "id",
    "html_path",
    "show_in_menus",
]

# Each target: a path (``{}`` takes a hostile path fragment) and the parameters it reads. Paths of
# demo pages are named by a key of ``demo_paths``.
TARGETS = {
    "home": ("/", ["lang"]),
    "home nb": ("/nb/", ["page", "q"]),
    "home en": ("/en/", ["page", "q"]),
    "news index nb": ("news nb", LISTING_PARAMS),
    "news index en": ("news en", LISTING_PARAMS),
    "events index nb": ("events nb", LISTING_PARAMS),
    "people index en": ("people en", LISTING_PARAMS),
    "article": ("article", ["page", "topic"]),
    "recap": ("recap", ["page"]),
    "person": ("person", ["page"]),
    "search nb": ("/nb/sok/", SEARCH_PARAMS),
    "search en": ("/en/search/", SEARCH_PARAMS),
    "autocomplete nb": ("/nb/sok/autocomplete/", ["q"]),
    "autocomplete en": ("/en/search/autocomplete/", ["q"]),
    "old search address": ("/nb/search/{}", SEARCH_PARAMS),
    "news feed": ("/nb/feeds/news/", ["page"]),
    "events feed": ("/en/feeds/events/", ["page"]),
    "sitemap": ("/sitemap.xml", ["p", "page"]),
    "robots": ("/robots.txt", ["page"]),
    "api pages": ("/api/v2/pages/", API_PARAMS),
    "api page": ("/api/v2/pages/{}/", ["fields", "type"]),
    "api find": ("/api/v2/pages/find/", ["html_path", "id"]),
    "api images": ("/api/v2/images/", ["fields", "limit", "offset", "order", "search"]),
    "unknown language": ("/xx/{}", ["q"]),
    "upper-case language": ("/NB/{}", ["page"]),
    "path under news": ("news nb {}", ["page"]),
    "path under people": ("people en {}", ["page"]),
    "path at the root": ("/{}", []),
}

PATH_FRAGMENTS = [
    b"",
    b"\x00",
    b"\xff\xfe",
    b"..",
    b"nyheter/../../",
    b"a" * 300,
    b"%00",
    b"sok/",
    b"feeds/news/",
    b"autocomplete/",
    "æøå".encode(),
    b"<script>",
    b"12345678901234567890",
]


@pytest.fixture(scope="module")
def demo_paths(django_db_setup, django_db_blocker):
    """The paths of demo pages the targets name: indexes, and one article, recap and person."""
    with django_db_blocker.unblock():
        first = {
            "news nb": NewsIndexPage.objects.live().get(locale__language_code="nb"),
            "news en": NewsIndexPage.objects.live().get(locale__language_code="en"),
            "events nb": EventIndexPage.objects.live().get(locale__language_code="nb"),
            "people en": PeopleIndexPage.objects.live().get(locale__language_code="en"),
            "article": NewsPage.objects.live().filter(topic_links__isnull=False).first(),
            "recap": EventRecapPage.objects.live().filter(locale__language_code="nb").first(),
            "person": PersonPage.objects.live().filter(locale__language_code="en").first(),
        }
        paths = {name: page.url for name, page in first.items()}
        paths["topic"] = Topic.objects.first().slug
    return paths


def values():
    """Any parameter's value, as bytes: the hostile ones above, or made up (text, bytes, integers)."""
    return st.one_of(
        st.sampled_from(HOSTILE_VALUES),
        st.sampled_from(API_VALUES),
        st.text(max_size=30).map(str.encode),
        st.binary(max_size=12),
        st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: str(n).encode()),
    )


def query_string(pairs, topic):
    """``name=value&…`` with every byte of the value percent-encoded (so ``\\xff`` stays ``%ff``)."""
    parts = []
    for name, value in pairs:
        value = topic.encode() if value == b"<topic>" else value
        parts.append(f"{name}={quote_from_bytes(value, safe='')}")
    return "&".join(parts)


def fill_path(template, fragment, demo_paths):
    """The target's path: a demo page's path or a literal one, with ``fragment`` where ``{}`` stands."""
    name, placeholder, _ = template.partition(" {}")
    if placeholder:  # "news nb {}": a path under a demo page
        return f"{demo_paths[name]}{quote_from_bytes(fragment, safe='/')}"
    return demo_paths.get(template, template).replace("{}", quote_from_bytes(fragment, safe="/"))


# The database lives across examples (one transaction per test, not per example): every request
# here is a GET or HEAD, and what one writes (search statistics) changes no later answer's status.
FUZZ = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def assert_no_server_error(method, path, query):
    response = Client().generic(method, path, QUERY_STRING=query)
    assert response.status_code < 500, f"{method} {path}?{query} -> {response.status_code}"


@pytest.mark.parametrize("target", TARGETS)
@FUZZ
@given(data=st.data())
def test_hostile_parameters_never_make_a_server_error(target, data, demo_paths):
    template, names = TARGETS[target]
    fragment = data.draw(st.sampled_from(PATH_FRAGMENTS), label="path fragment") if "{}" in template else b""
    pairs = []
    if names:
        value = st.one_of(values(), st.just(b"<topic>"))
        pairs = data.draw(st.lists(st.tuples(st.sampled_from(names), value), max_size=5), label="parameters")
    method = data.draw(st.sampled_from(["GET", "HEAD"]), label="method")
    assert_no_server_error(method, fill_path(template, fragment, demo_paths), query_string(pairs, demo_paths["topic"]))


# The values most likely to break something, each in every parameter of every address at once
# (and twice over), whatever the exploration above happens to draw.
WORST_VALUES = [
    b"\x00",
    b"\xff\xfe",
    b"9" * 40,
    b"-1",
    b'* ( ) : ^ + - ~ NEAR(a b) AND OR NOT "',
    b" ".join([b"ord"] * 600),
    "🦠 æøå".encode(),
]


@pytest.mark.parametrize("target", TARGETS)
def test_worst_values_in_every_parameter_never_make_a_server_error(target, demo_paths):
    template, names = TARGETS[target]
    for value in WORST_VALUES:
        pairs = [(name, value) for name in names] * 2
        assert_no_server_error("GET", fill_path(template, value, demo_paths), query_string(pairs, ""))
