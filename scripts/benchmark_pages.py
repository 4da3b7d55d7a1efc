#!/usr/bin/env python
"""
Page benchmark: prints figures, asserts nothing.

    .venv/bin/python scripts/benchmark_pages.py                    # the demo content
    .venv/bin/python scripts/benchmark_pages.py --corpus 10000     # the search benchmark's 10,000 articles
    .venv/bin/python scripts/benchmark_pages.py --seconds 20 --requests 50

1. In this process (dev settings with DEBUG off, memory caches): for each page type, the SQL
   queries and the median CPU time of a request, with the page cache off and on.
2. Under gunicorn (production settings, 2 sync workers, the database cache or REDIS_URL): `wrk -t2
   -c16` at article, listing, home and search, page cache off and on, and at a Django hello-world
   view served the same way (the ceiling): requests per second, latency percentiles, failures; and
   each worker's memory (RSS) afterwards; and the workers' CPU time per request under that load
   (user and system, from /proc), the server CPU a request costs in production.

The demo database is var/benchmark-demo.sqlite3 (made on the first run); the 10,000-article corpus
is var/benchmark-10000.sqlite3, which `scripts/benchmark_search.py` builds.
"""

import argparse
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VENV_BIN = Path(sys.executable).parent
REPORT = ROOT / "scripts" / "load" / "report.lua"


def database_url(corpus):
    return f"sqlite:///{ROOT / 'var' / f'benchmark-{corpus}.sqlite3'}"


def setup_django(corpus):
    os.environ["DATABASE_URL"] = database_url(corpus)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ.setdefault("SEARCH_INDEX_PREFIX", "benchmark")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    if corpus == "demo" and not (ROOT / "var" / "benchmark-demo.sqlite3").exists():
        from django.core.management import call_command

        print("demo database: migrating and loading the demo content (once)", flush=True)
        call_command("migrate", verbosity=0)
        call_command("createcachetable")
        call_command("load_demo_content", force=True, verbosity=0)
        call_command("update_index", verbosity=0)
    elif corpus != "demo" and not (ROOT / "var" / f"benchmark-{corpus}.sqlite3").exists():
        sys.exit(f"No var/benchmark-{corpus}.sqlite3: build it with scripts/benchmark_search.py --pages {corpus}")


def page_addresses():
    """(page type, address) for one page of each type the database holds, Norwegian where it can."""
    from django.urls import reverse
    from django.utils import translation

    from events.models import EventIndexPage, EventRecapPage
    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage
    from people.models import PeopleIndexPage, PersonPage

    addresses = []
    for name, model in (
        ("article", NewsPage),
        ("recap", EventRecapPage),
        ("person", PersonPage),
        ("news index", NewsIndexPage),
        ("events index", EventIndexPage),
        ("people index", PeopleIndexPage),
        ("home", HomePage),
    ):
        pages = model.objects.live().public().order_by("-locale__language_code", "pk")  # nb before en
        page = pages.filter(locale__language_code="nb").first() or pages.first()
        url = page and page.get_url()
        if url:
            addresses.append((name, url))
    with translation.override("nb"):
        addresses.append(("search", reverse("search:search") + "?q=kreft"))
    return addresses


def in_process(addresses, requests):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    memory = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "renditions", "pages")
    }
    client = Client(HTTP_HOST="localhost")
    rows = []
    with override_settings(CACHES=memory):
        for name, address in addresses:
            row = [name, address]
            for cached in (False, True):
                with override_settings(PAGE_CACHE_ENABLED=cached):
                    for _ in range(3):
                        response = client.get(address)
                    with CaptureQueriesContext(connection) as queries:
                        client.get(address)
                    count = len(queries)  # now: the next request (request_started) empties the log
                    cpu = []
                    for _ in range(requests):
                        started = time.process_time()
                        client.get(address)
                        cpu.append((time.process_time() - started) * 1000)
                row += [count, statistics.median(cpu)]
            rows.append((response.status_code, row))
    print(f"\n{'page':14} {'status':>6} {'queries':>8} {'CPU ms':>7} {'cached q':>9} {'cached ms':>10}  address")
    for status, (name, address, queries, cpu, cached_queries, cached_cpu) in rows:
        print(f"{name:14} {status:6} {queries:8} {cpu:7.2f} {cached_queries:9} {cached_cpu:10.2f}  {address}")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(corpus, static_root):
    env = {key: value for key, value in os.environ.items() if key not in ("DJANGO_SETTINGS_MODULE",)}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url(corpus),
        ALLOW_SQLITE="true",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(static_root),
        LOG_LEVEL="WARNING",
    )
    return env


def start_gunicorn(env, port):
    server = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "--config", "config/gunicorn.py", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
        + ["--access-logfile", "/dev/null", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)  # noqa: S310 (local)
            return server
        except urllib.error.HTTPError:
            return server  # it answers (the hello-world app has no robots.txt, say)
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start") from None
            time.sleep(0.5)


def worker_pids(server):
    return subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()


def _stat(pid):
    return [int(value) for value in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1:]]


def workers_cpu_seconds(server):
    """
    User and system CPU time the server's workers have used so far: the live workers' own, and
    what the workers gunicorn has replaced (``max_requests``) used, which the master collected.
    """
    master = _stat(server.pid)
    ticks = master[12] + master[13]  # cutime, cstime (fields 16 and 17 of proc(5))
    for pid in worker_pids(server):
        worker = _stat(pid)
        ticks += worker[10] + worker[11]  # utime, stime (fields 14 and 15)
    return ticks / os.sysconf("SC_CLK_TCK")


def worker_memory_mb(server):
    sizes = []
    for pid in worker_pids(server):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def stop(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=60)


def wrk(port, address, seconds):
    run = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "-s", str(REPORT), f"http://127.0.0.1:{port}"],
        env={**os.environ, "PATHS": address},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def under_gunicorn(corpus, addresses, seconds):
    static_root = ROOT / "var" / "benchmark-static"
    env = production_environment(corpus, static_root)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True)
    chosen = [(name, address) for name, address in addresses if name in ("article", "news index", "home", "search")]
    print(f"\nwrk -t2 -c16 -d{seconds}s, gunicorn with 2 sync workers (production settings, {corpus} content)")
    print(
        f"{'page':12} {'page cache':10} {'req/s':>8} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'failed':>7}"
        f" {'CPU ms/req':>10}"
    )
    memory = []
    for cached in (False, True):
        port = free_port()
        server = start_gunicorn({**env, "PAGE_CACHE": "true" if cached else "false"}, port)
        try:
            for name, address in chosen:
                wrk(port, address, 2)  # warm: renditions, the page cache, each worker's imports
                cpu_before = workers_cpu_seconds(server)
                result = wrk(port, address, seconds)
                cpu_per_request = (workers_cpu_seconds(server) - cpu_before) * 1000 / (result["rps"] * seconds)
                print(
                    f"{name:12} {'on' if cached else 'off':10} {result['rps']:8.1f} {result['p50_ms']:7.1f} "
                    f"{result['p90_ms']:7.1f} {result['p99_ms']:7.1f} {result['errors']:7} {cpu_per_request:10.2f}"
                )
            memory += worker_memory_mb(server)
        finally:
            stop(server)
    port = free_port()
    hello_env = {**env, "DJANGO_SETTINGS_MODULE": "hello_world", "PYTHONPATH": str(ROOT / "scripts" / "benchmark")}
    server = start_gunicorn(hello_env, port)
    try:
        wrk(port, "/", 2)
        cpu_before = workers_cpu_seconds(server)
        result = wrk(port, "/", seconds)
        cpu_per_request = (workers_cpu_seconds(server) - cpu_before) * 1000 / (result["rps"] * seconds)
        print(
            f"{'hello world':12} {'-':10} {result['rps']:8.1f} {result['p50_ms']:7.1f} "
            f"{result['p90_ms']:7.1f} {result['p99_ms']:7.1f} {result['errors']:7} {cpu_per_request:10.2f}"
        )
    finally:
        stop(server)
    print(f"\nmemory per site worker after the runs (RSS): {', '.join(f'{size:.0f} MB' for size in memory)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="demo", help="demo, or the size of the search benchmark's corpus (10000)")
    parser.add_argument("--requests", type=int, default=30, help="requests per page for the CPU median")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per address")
    parser.add_argument("--skip-wrk", action="store_true", help="only the in-process figures")
    options = parser.parse_args()
    setup_django(options.corpus)
    addresses = page_addresses()
    print(f"{options.corpus} content, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    in_process(addresses, options.requests)
    if not options.skip_wrk:
        under_gunicorn(options.corpus, addresses, options.seconds)


if __name__ == "__main__":
    main()
