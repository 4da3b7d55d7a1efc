"""Helpers for the tests that run the site's processes: free ports, local services, production settings."""

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.test_settings import STRONG_KEY

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, f"{process.args[0]} exited with {process.returncode}"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"nothing listens on port {port} after {seconds} s"
            time.sleep(0.2)


@contextmanager
def redis_server():
    """Debian's redis-server on a free port, without persistence; its URL. Installed by make test."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is missing: make test installs Debian's redis-server")
        pytest.skip("redis-server is not installed (apt-get install redis-server, or make test)")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, server)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=30)


def production_python(code, **environment):
    """Runs ``code`` in a new process with production settings and ``environment``; its stdout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "SEARCH_URL", "ALLOW_SQLITE", "SECRET_KEY", "ALLOWED_HOSTS")
    }
    env.update(
        SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="news.example.org", DJANGO_SETTINGS_MODULE="config.settings.production"
    )
    env.update(environment)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
