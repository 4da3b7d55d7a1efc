"""
Our ``events`` app shares its name with the PyPI package "Events" that opensearch-py imports
(``from events import Events``); ``events/__init__.py`` keeps both importable. opensearch-py is
optional, so the site must also start without that package. Each case runs in a fresh interpreter.
"""

import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Makes the engine clients and the PyPI "Events" module unimportable, as if never installed.
WITHOUT_CLIENTS = (
    "import sys\nfor name in ('events.events', 'opensearchpy', 'elasticsearch'): sys.modules[name] = None\n"
)


def run_python(code, **environment):
    env = {key: value for key, value in os.environ.items() if key != "SEARCH_URL"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.test", **environment)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.skipif(
    find_spec("opensearchpy") is None and os.environ.get("CI") != "true",
    reason="opensearch-py is not installed (requirements/opensearch.txt)",
)
def test_with_opensearch_py_both_the_app_and_the_pypi_events_module_import():
    result = run_python(
        "import events, opensearchpy\n"
        "from events import Events, EventsException\n"
        "from events.apps import EventsConfig\n"
        "assert Events.__module__ == 'events.events', Events.__module__\n"
        "print(opensearchpy.OpenSearch.__name__)\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "OpenSearch"


def test_without_opensearch_py_the_site_starts_and_passes_its_checks():
    result = run_python(
        WITHOUT_CLIENTS + "import django\n"
        "from django.core.management import call_command\n"
        "django.setup()\n"
        "import events\n"
        "assert not hasattr(events, 'Events')\n"
        "call_command('check')\n"
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_an_engine_url_without_its_client_is_refused_with_what_to_install():
    result = run_python(WITHOUT_CLIENTS + "import django\ndjango.setup()\n", SEARCH_URL="opensearch://127.0.0.1:9200")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "pip install -r requirements/opensearch.txt" in result.stderr
