"""
scripts/site-data.sh brings a site back: a PostgreSQL database of its own on the test server gets
the demo content, is backed up, emptied and restored, and the restored site is checked as a reader
would meet it (both languages and their translations, pictures, search). Runs where DATABASE_URL is
PostgreSQL (the PostgreSQL step of `make test`).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from tests.operations.databases import ON_POSTGRESQL, empty_database, scratch_postgresql_database

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = str(ROOT / "scripts" / "site-data.sh")

pytestmark = pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="backups are of PostgreSQL: set DATABASE_URL to a PostgreSQL server (make test does)",
)


@pytest.fixture
def site_database():
    """A database of its own on the test server (not pytest's), dropped afterwards; its name and address."""
    with scratch_postgresql_database("backup") as database:
        yield database


def run(env, *command):
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout, time.monotonic() - started


def manage(env, *arguments):
    return run(env, sys.executable, "manage.py", *arguments)


def site_check(env, check):
    output, _ = manage(env, "shell", "-c", f"from tests.operations.site_check import {check}; {check}()")
    return json.loads(output.strip().splitlines()[-1])


def test_a_restored_backup_brings_back_both_languages_pictures_and_search(site_database, tmp_path):
    name, url = site_database
    media = tmp_path / "media"
    media.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(media),
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",  # the demo app, and MEDIA_ROOT from the environment
        "ALLOWED_HOSTS": "testserver",
        "PYTHON": sys.executable,
    }
    env.pop("SEARCH_URL", None)  # the database search backend: its index lives in the database
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content", "--force", "-v0")
    manage(env, "update_index", "-v0")
    before = site_check(env, "facts")

    output, backup_seconds = run(env, SCRIPT, "backup", str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()
    assert str(backup) in output
    assert (backup / "database.dump").stat().st_size > 0

    empty_database(name)
    shutil.rmtree(media)
    output, restore_seconds = run(env, SCRIPT, "restore", str(backup))
    print(f"backup {backup_seconds:.1f} s, restore {restore_seconds:.1f} s")
    after = site_check(env, "seen")

    assert {key: after[key] for key in before} == before
    assert after["pages"]["nb"] == after["pages"]["en"] - 1 > 0  # one English article is untranslated on purpose
    assert after["translations"] > 0
    assert after["translation_sources"] > 0
    assert after["article_translated_to"] == ["nb"]
    assert after["norwegian_status"] == 200
    assert after["norwegian_text_shown"]
    assert after["images"] > 0
    assert after["image_files_present"]
    assert after["rendition_made"]
    assert after["search_finds"]
    assert after["search_page_links"] == after["search_finds"]


def test_restore_refuses_a_database_that_is_not_empty(site_database, tmp_path):
    _, url = site_database
    backup = tmp_path / "site-data-test"
    backup.mkdir()
    (backup / "database.dump").write_bytes(b"")
    (backup / "media.tar.gz").write_bytes(b"")
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE something_already_here (id int)")
    env = {**os.environ, "DATABASE_URL": url, "MEDIA_ROOT": str(tmp_path / "media"), "PYTHON": sys.executable}
    result = subprocess.run(
        [SCRIPT, "restore", str(backup)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "--force" in result.stderr
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT count(*) FROM something_already_here").fetchone() == (0,)
