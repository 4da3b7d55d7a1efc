import os
import subprocess
import sys

import pytest
from django.conf import settings
from wagtail.models import Page

from search.configuration import search_backends_from_url

# A key of the strength production requires (50 characters, many different ones); not a real one.
STRONG_KEY = "test-only-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCD"


def start_production(**environment):
    env = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    env.update(DATABASE_URL="sqlite:///:memory:", ALLOW_SQLITE="true")
    env.update(environment, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = start_production(ALLOWED_HOSTS="news.example.org")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_starts_when_configured():
    assert start_production(SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="news.example.org").returncode == 0


def test_norwegian_is_the_default_language():
    assert settings.LANGUAGE_CODE == "nb"
    assert [code for code, _name in settings.LANGUAGES] == ["nb", "en"]


def test_no_search_url_means_the_database_backend():
    assert search_backends_from_url("")["default"]["BACKEND"] == "search.backends.database"


@pytest.mark.parametrize(
    ("url", "backend", "host"),
    [
        ("opensearch://127.0.0.1:9201", "opensearch2", {"host": "127.0.0.1", "port": 9201, "scheme": "http"}),
        (
            "opensearch3+https://search.example.org",
            "opensearch3",
            {"host": "search.example.org", "port": 9200, "scheme": "https"},
        ),
        ("elasticsearch://es:9200", "elasticsearch8", {"host": "es", "port": 9200, "scheme": "http"}),
        ("elasticsearch9+https://u:p@es", "elasticsearch9", {"host": "es", "port": 9200, "scheme": "https"}),
    ],
)
def test_search_url_picks_the_engine_with_one_index_per_language(url, backend, host):
    backends = search_backends_from_url(url)
    assert backends["default"]["BACKEND"] == "search.backends.database"
    for language in ("nb", "en"):
        config = backends[language]
        assert config["BACKEND"] == f"search.backends.{backend}"
        assert config["LANGUAGE"] == language
        assert config["INDEX_PREFIX"] == f"newsroom_{language}_"
        assert {key: config["HOSTS"][0][key] for key in host} == host
        assert config["TIMEOUT"] == 5
    analyzers = backends["nb"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert "norwegian_stemmer" in analyzers["default"]["filter"]


def test_engine_backends_load_with_their_clients():
    # The elasticsearch client refuses to talk to OpenSearch, so its backends are checked this far.
    from wagtail.search.backends import get_search_backend

    for url in (
        "elasticsearch://127.0.0.1:9",
        "elasticsearch9+https://u:p@127.0.0.1:9?timeout=1",
        "opensearch+https://u:p@127.0.0.1:9",
    ):
        config = search_backends_from_url(url)["nb"]
        backend = get_search_backend(config["BACKEND"], **{k: v for k, v in config.items() if k != "BACKEND"})
        assert backend.language == "nb"
        assert backend.get_index_for_model(Page).name.startswith("newsroom_nb_")


def test_unknown_search_engine_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        search_backends_from_url("solr://localhost")


def test_a_cluster_address_names_every_node_and_skips_a_refusing_one():
    config = search_backends_from_url("opensearch://news:secret@10.0.0.1:9200,10.0.0.2?timeout=2")["nb"]
    assert [(host["host"], host["port"]) for host in config["HOSTS"]] == [("10.0.0.1", 9200), ("10.0.0.2", 9200)]
    assert config["OPTIONS"]["max_retries"] == 1  # the other node, when one refuses the connection
    assert config["OPTIONS"]["http_auth"] == ("news", "secret")
    single = search_backends_from_url("opensearch://10.0.0.1:9200")["nb"]
    assert single["OPTIONS"]["max_retries"] == 0
