"""
Serving with production settings: `make serve`'s script (scripts/serve.sh) under gunicorn with its
task worker, static and media files, structured logs with request ids, and the settings that
refuse to run on SQLite by accident.
"""

import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import RequestFactory

from config.logging import JsonFormatter, RequestIdMiddleware, request_id
from tests.operations.databases import ON_POSTGRESQL
from tests.operations.processes import STRONG_KEY, free_port

ROOT = Path(__file__).resolve().parents[2]


def production(*arguments, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "ALLOW_SQLITE", "SECRET_KEY", "ALLOWED_HOSTS")
    }
    env.update(
        SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="news.example.org", DJANGO_SETTINGS_MODULE="config.settings.production"
    )
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_production_refuses_sqlite_unless_told_so():
    forgotten = production("check")
    assert forgotten.returncode != 0
    assert "Set DATABASE_URL to the PostgreSQL database" in forgotten.stderr
    assert production("check", DATABASE_URL="sqlite:////tmp/trial.sqlite3", ALLOW_SQLITE="true").returncode == 0


def test_production_keeps_database_connections_open_and_checks_them():
    script = "from django.db import connection as c; print(c.settings_dict['CONN_MAX_AGE'], c.settings_dict['CONN_HEALTH_CHECKS'])"
    result = production("shell", "-c", script, DATABASE_URL="postgres://news@db.example.org/news")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["600", "True"]


def test_log_lines_are_json_with_the_request_id_and_the_traceback():
    try:
        raise ValueError("the engine said no")
    except ValueError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/nb/",), sys.exc_info()
        )
    token = request_id.set("a1b2c3d4e5")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id.reset(token)
    assert line["request_id"] == "a1b2c3d4e5"
    assert line["message"] == "Internal Server Error: /nb/"
    assert "ValueError: the engine said no" in line["traceback"]


@pytest.mark.parametrize(
    ("incoming", "kept"),
    [("proxy-id-12345678", True), ("bad id\nwith a newline", False), ("", False)],
)
def test_each_response_names_its_request_id(incoming, kept):
    seen = {}

    def view(request):
        seen["id"] = request_id.get()
        from django.http import HttpResponse

        return HttpResponse("ok")

    response = RequestIdMiddleware(view)(RequestFactory().get("/", HTTP_X_REQUEST_ID=incoming))
    assert response["X-Request-ID"] == seen["id"]
    assert (seen["id"] == incoming) is kept
    assert re.fullmatch(r"[A-Za-z0-9._-]{8,128}", seen["id"])


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (http://127.0.0.1 only)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.status, response.headers, response.read()


@pytest.fixture
def trial_server(tmp_path):
    """`make serve` without SECRET_KEY (the trial: SQLite, demo content) on a port of its own."""
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SEARCH_URL", "MEDIA_ROOT", "STATIC_ROOT")
    }
    env.update(
        SERVE_DIR=str(tmp_path),
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        PUBLISH_SCHEDULED_INTERVAL="2",
        VENV=str(Path(sys.executable).parents[1]),
    )
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [str(ROOT / "scripts" / "serve.sh")],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                fetch(base + "/robots.txt")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(1)
        yield base, env, tmp_path
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


@pytest.mark.skipif(ON_POSTGRESQL, reason="the trial runs on SQLite of its own: once, in the SQLite step")
def test_make_serve_serves_the_styled_site_with_images_and_indexes_in_its_worker(trial_server):
    base, env, directory = trial_server
    status, headers, body = fetch(base + "/nb/")
    html = body.decode()
    assert status == 200
    assert headers["X-Request-ID"]

    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    status, headers, _ = fetch(base + stylesheet, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]

    picture = re.search(r'src="(/media/images/[^"]+)"', html).group(1)
    status, headers, body = fetch(base + picture)
    assert status == 200
    assert headers["Content-Type"].startswith("image/")
    assert len(body) > 1000

    # Publishing queues the search indexing; the worker beside gunicorn does it.
    publish = (
        "from wagtail.models import Page; "
        "page = Page.objects.get(slug='cancer-crosslinks-2025', locale__language_code='nb').specific; "
        "page.title = 'Bølgeblikkskur'; page.save_revision().publish(); "
        "from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.count())"
    )
    env = {**env, "SECRET_KEY": (directory / "secret-key").read_text().strip(), "ALLOWED_HOSTS": "127.0.0.1"}
    env.update(DATABASE_URL=f"sqlite:///{directory / 'db.sqlite3'}", ALLOW_SQLITE="true")
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", MEDIA_ROOT=str(directory / "media"))
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", publish], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) > 0  # queued, not done in the publishing process

    deadline = time.monotonic() + 60
    while "Bølgeblikkskur" not in fetch(base + "/nb/sok/?q=b%C3%B8lgeblikkskur")[2].decode():
        assert time.monotonic() < deadline, "the worker never indexed the published page"
        time.sleep(1)

    # A change scheduled to go live in a few seconds goes live by itself (make serve's scheduler).
    schedule = (
        "import datetime; from django.utils import timezone; from wagtail.models import Page; "
        "page = Page.objects.get(slug='cancer-crosslinks-2025', locale__language_code='en').specific; "
        "page.title = 'Planned headline'; page.go_live_at = timezone.now() + datetime.timedelta(seconds=5); "
        "page.save_revision().publish(); "
        "print(page.get_url())"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", schedule], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    address = result.stdout.split()[-1]
    assert "Planned headline" not in fetch(base + address)[2].decode()  # not before its time
    deadline = time.monotonic() + 60
    while "Planned headline" not in fetch(base + address)[2].decode():
        assert time.monotonic() < deadline, "the scheduled change never went live"
        time.sleep(1)

    log_lines = (directory / "serve.log").read_text().splitlines()
    access = [json.loads(line) for line in log_lines if '"gunicorn.access"' in line]
    assert any(entry["path"] == "/nb/" and entry["request_id"] for entry in access)
