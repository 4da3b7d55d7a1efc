"""
The admin speaks its user's language only (UserProfile's preferred language): Wagtail's and
wagtail-localize's text and ours, in Norwegian for a Norwegian admin user and in English for an
English one. Upstream's Norwegian catalogues leave much of the admin untranslated; locale/nb
supplies it (django.po for the templates and Python, djangojs.po for the admin's scripts).
"""

import inspect
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail.admin
import wagtail_localize
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from news.models import Topic

pytestmark = pytest.mark.django_db

# Interface words, whole words and case-sensitive, that the other language's admin must not show.
# Only chrome: the demo's page titles and texts are in both languages, and names shared by both
# languages (Status, Type, Person) cannot tell them apart.
ENGLISH_CHROME = [
    "Pages",
    "Search",
    "Help",
    "Save draft",
    "Publish",
    "Translate",
    "Edit",
    "Settings",
    "Reports",
    "Images",
    "Documents",
    "Snippets",
    "Choose",
    "Delete",
    "History",
    "Keyboard shortcuts",
    "Toggle",
    "Locale",
    "Sync",
    "Comments",
]
NORWEGIAN_CHROME = ["Søk", "Velg", "Samling", "Legg til", "Endre", "Lagre", "Sider", "Hjelp", "Publiser", "Rediger"]

# JSON the admin's scripts draw from: the keys whose values are interface text (menu labels; the
# translation editor's tabs, languages, preview modes and field names; StreamField blocks' labels,
# help and button texts), not content or addresses; and the widgets' HTML the blocks carry.
INTERFACE_KEYS = {"label", "displayName", "field", "fieldHelpText", "helpText", "description", "heading"}


def interface_strings(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and (key in INTERFACE_KEYS or key.isupper()):
                yield value
            else:
                yield from interface_strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from interface_strings(item)
    elif isinstance(data, str) and "</" in data:
        yield html_text(data)


def admin_text(response):
    """What the user reads: text, labels in attributes, and the interface text the scripts render."""
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):  # a chooser modal
        body = json.loads(body)["html"]
    return html_text(body)


def html_text(body):
    soup = BeautifulSoup(body, "html.parser")
    parts = []
    for script in soup.find_all("script"):
        if script.get("type") == "application/json":
            parts.extend(interface_strings(json.loads(script.string or "null")))
        script.decompose()
    for element in soup.find_all(attrs={"data-props": True}):  # wagtail-localize's translation editor
        parts.extend(interface_strings(json.loads(element["data-props"])))
    for element in soup.find_all(attrs={"data-w-block-data-value": True}):  # a StreamField's blocks
        parts.extend(interface_strings(json.loads(element["data-w-block-data-value"])))
    for element in soup.find_all(True):
        parts.extend(element[name] for name in ("title", "aria-label", "placeholder") if element.get(name))
    for style in soup.find_all(["style", "svg"]):
        style.decompose()
    parts.append(soup.get_text(" "))
    return re.sub(r"\s+", " ", " ".join(parts))


def words_shown(text, words):
    return [word for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


@pytest.fixture
def admin_in(db):
    """``admin_in("nb")``: a client signed in as a superuser whose admin language is ``nb``."""

    def signed_in(language):
        user = get_user_model().objects.create_superuser(f"admin-{language}", f"{language}@example.com", "x")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client = Client()
        client.force_login(user)
        return client

    return signed_in


def page(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language)


def edit(slug, language):
    return reverse("wagtailadmin_pages:edit", args=[page(slug, language).pk])


ADMIN_VIEWS = {
    "dashboard": lambda: reverse("wagtailadmin_home"),
    "English home's pages": lambda: reverse("wagtailadmin_explore", args=[page("home", "en").pk]),
    "Norwegian home's pages": lambda: reverse("wagtailadmin_explore", args=[page("hjem", "nb").pk]),
    "English article": lambda: edit("personalised-medicine-to-relieve-the-health-service", "en"),
    "English event recap": lambda: edit("cancer-crosslinks-2025", "en"),
    "English person": lambda: edit("sofia-linden", "en"),
    "Norwegian person": lambda: edit("sofia-linden", "nb"),
    "add a page to the English home": lambda: reverse("wagtailadmin_pages:add_subpage", args=[page("home", "en").pk]),
    "topics": lambda: reverse(Topic.snippet_viewset.get_url_name("list")),
    "new topic": lambda: reverse(Topic.snippet_viewset.get_url_name("add")),
    "topic chooser": lambda: reverse(Topic.snippet_viewset.chooser_viewset.get_url_name("choose")),
    "images": lambda: reverse("wagtailimages:index"),
    "image chooser": lambda: reverse("wagtailimages_chooser:choose"),
    "documents": lambda: reverse("wagtaildocs:index"),
    "document chooser": lambda: reverse("wagtaildocs_chooser:choose"),
    "page chooser": lambda: reverse("wagtailadmin_choose_page"),
    "locked pages report": lambda: reverse("wagtailadmin_reports:locked_pages"),
    "site history": lambda: reverse("wagtailadmin_reports:site_history"),
    "translations report": lambda: reverse("wagtail_localize:translations_report"),
    "account": lambda: reverse("wagtailadmin_account"),
    "page search": lambda: reverse("wagtailadmin_pages:search") + "?q=cancer",
}


@pytest.mark.parametrize("view", ADMIN_VIEWS)
def test_each_admin_view_speaks_its_users_language_only(admin_in, view):
    url = ADMIN_VIEWS[view]()
    # Norwegian first: text that upstream translates once per process (a block's chooser button,
    # a chooser modal's title) then keeps the first request's language, which the English admin shows.
    norwegian = admin_in("nb").get(url)
    english = admin_in("en").get(url)
    assert norwegian.status_code == english.status_code == 200
    norwegian_text, english_text = admin_text(norwegian), admin_text(english)

    assert words_shown(norwegian_text, ENGLISH_CHROME) == []
    assert words_shown(english_text, NORWEGIAN_CHROME) == []
    # The control: each admin does show chrome, in its own language.
    assert words_shown(norwegian_text, NORWEGIAN_CHROME)
    assert words_shown(english_text, ENGLISH_CHROME)


def test_the_translation_editor_speaks_norwegian_to_a_norwegian_translator(admin_in):
    url = edit("persontilpasset-medisin-kan-avlaste-helsetjenesten", "nb")
    responses = {language: admin_in(language).get(url) for language in ("nb", "en")}
    texts = {language: admin_text(response) for language, response in responses.items()}

    assert all(b"js-translation-editor" in response.content for response in responses.values())
    assert words_shown(texts["nb"], ENGLISH_CHROME) == []
    assert words_shown(texts["en"], NORWEGIAN_CHROME) == []
    assert "Innhold" in texts["nb"]  # the editor's tab, from its props
    assert "Content" in texts["en"]


def served_catalogue(client, url):
    """The ``{msgid: translation}`` of Django's JavaScript catalogue as the admin's scripts receive it."""
    script = client.get(url).content.decode()
    if "const newcatalog = " not in script:  # Django leaves out an empty catalogue
        return {}
    start = script.index("const newcatalog = ") + len("const newcatalog = ")
    return json.JSONDecoder().raw_decode(script, start)[0]


def script_texts(package):
    """Every text the package's scripts translate: its English ``djangojs`` catalogue lists them."""
    catalogue = Path(package.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
    return {entry.msgid for entry in polib.pofile(str(catalogue))}


@pytest.mark.parametrize(
    ("package", "url_name"),
    [(wagtail.admin, "wagtailadmin_javascript_catalog"), (wagtail_localize, "wagtail_localize:javascript_catalog")],
)
def test_the_admins_scripts_have_norwegian_for_every_text(admin_in, package, url_name):
    norwegian = served_catalogue(admin_in("nb"), reverse(url_name))
    english = served_catalogue(admin_in("en"), reverse(url_name))

    assert sorted(script_texts(package) - norwegian.keys()) == []
    assert any(re.search("[æøå]", str(text)) for text in norwegian.values())
    assert not any(re.search("[æøå]", str(text)) for text in english.values())  # English admin: no Norwegian


# The upstream catalogues of the admin's templates and Python, each a folder holding locale/.
ADMIN_CATALOGUES = [
    "wagtail/admin", "wagtail", "wagtail/users", "wagtail/snippets", "wagtail/documents", "wagtail/images",
    "wagtail/locales", "wagtail/contrib/redirects", "wagtail/contrib/search_promotions",
    "wagtail/contrib/settings", "wagtail/embeds", "wagtail/sites", "wagtail/search",
    "wagtail_localize", "wagtail_localize/locales",
]  # fmt: skip
OUR_CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "nb" / "LC_MESSAGES" / "django.po"


def translated(catalogue):
    """The ``(msgctxt, msgid)`` of every text the catalogue translates."""
    if not Path(catalogue).exists():
        return set()
    return {(e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue)) if e.msgstr or any(e.msgstr_plural.values())}


@pytest.mark.parametrize("app", ADMIN_CATALOGUES)
def test_every_admin_text_of_wagtail_and_wagtail_localize_has_norwegian(app):
    """Upstream's nb catalogue or ours (locale/nb, which Django reads first) translates each text."""
    folder = Path(wagtail.__file__).parent.parent / app / "locale"
    english = polib.pofile(str(folder / "en" / "LC_MESSAGES" / "django.po"))
    norwegian = translated(folder / "nb" / "LC_MESSAGES" / "django.po") | translated(OUR_CATALOGUE)

    missing = [(e.msgctxt, e.msgid) for e in english if not e.obsolete and (e.msgctxt, e.msgid) not in norwegian]
    assert missing == []


# core/upstream_fixes.py works around three upstream gaps; each test below fails once upstream
# closes its gap, to say that the workaround can go.


def test_wagtail_still_translates_its_chooser_viewset_texts_at_import():
    from django.utils.translation import gettext
    from wagtail.admin.viewsets import chooser

    assert chooser._ is gettext


def test_wagtail_still_appends_the_page_type_to_an_already_translated_text():
    from wagtail.admin.widgets import AdminPageChooser

    assert 'self.choose_one_text += " (" + model_name + ")"' in inspect.getsource(AdminPageChooser.__init__)


def test_wagtail_still_leaves_the_choosers_language_filter_without_a_label():
    from wagtail.admin.forms import choosers

    assert "label=" not in inspect.getsource(choosers).split("class LocaleFilterMixin")[1].split("def filter")[0]
