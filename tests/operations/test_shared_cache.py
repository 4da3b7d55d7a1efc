"""
The caches every process shares (config/environment.py): what one app server learns, such as the
search engine's pause, every other one knows at once. Redis with REDIS_URL, else the database.
"""

import pytest

from tests.operations.processes import production_python, redis_server

PAUSE = "from search.outage import pause_engine; pause_engine()"
PAUSED = "from search.outage import engine_paused; print(engine_paused())"


@pytest.fixture(scope="module")
def redis_url():
    with redis_server() as url:
        yield url


def test_a_pause_one_process_sets_in_redis_every_other_process_sees(redis_url):
    production_python(PAUSE, REDIS_URL=redis_url, DATABASE_URL="sqlite:///:memory:", ALLOW_SQLITE="true")
    assert (
        production_python(PAUSED, REDIS_URL=redis_url, DATABASE_URL="sqlite:///:memory:", ALLOW_SQLITE="true") == "True"
    )
    # Control: another Redis database, which no process paused.
    other = redis_url.removesuffix("/0") + "/1"
    assert production_python(PAUSED, REDIS_URL=other, DATABASE_URL="sqlite:///:memory:", ALLOW_SQLITE="true") == "False"


def test_without_redis_the_processes_share_the_database_cache(tmp_path):
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}", "ALLOW_SQLITE": "true"}
    production_python("from django.core.management import call_command; call_command('createcachetable')", **database)
    assert production_python(PAUSED, **database) == "False"
    production_python(PAUSE, **database)
    assert production_python(PAUSED, **database) == "True"
    backend = "from django.core.cache import caches; print(type(caches['default']).__name__)"
    assert production_python(backend, **database) == "DatabaseCache"
