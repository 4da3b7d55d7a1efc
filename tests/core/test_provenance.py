"""A translated page says which language it comes from, links to the original, and says when it may lag."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from core.localization import translation_provenance
from tests.helpers import html

pytestmark = pytest.mark.django_db


def provenance(response):
    note = html(response).select_one(".provenance")
    return (" ".join(note.get_text(" ").split()), note.select_one("a")) if note else (None, None)


def test_a_translated_article_names_its_original_language_and_links_to_it(client, page_in):
    norwegian, english = page_in("cancer-crosslinks-2025", "nb"), page_in("cancer-crosslinks-2025", "en")
    text, link = provenance(client.get(norwegian.url))
    assert text.startswith("Oversatt fra engelsk.")
    assert link["href"] == english.url
    assert link["hreflang"] == "en"
    assert "utdatert" not in text


def test_the_original_says_nothing(client, page_in):
    text, _link = provenance(client.get(page_in("cancer-crosslinks-2025", "en").url))
    assert text is None


def test_a_translation_may_lag_once_the_original_changes_and_not_after_a_sync(client, page_in):
    english = page_in("eu-funding-for-digital-cancer-research", "en")
    norwegian = page_in("eu-midler-til-digital-kreftforskning", "nb")

    english.standfirst = "A newer standfirst, not yet translated."
    english.save_revision().publish()
    text, _link = provenance(client.get(norwegian.url))
    assert "Originalen er endret siden den ble oversatt, så denne oversettelsen kan være utdatert." in text

    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=norwegian.locale).save_target(publish=True)
    text, _link = provenance(client.get(norwegian.url))
    assert text.startswith("Oversatt fra engelsk.")
    assert "utdatert" not in text


def test_provenance_costs_one_query(page_in, django_assert_num_queries):
    for page in (page_in("cancer-crosslinks-2025", "nb"), page_in("cancer-crosslinks-2025", "en")):
        with django_assert_num_queries(1):
            translation_provenance(page)
