"""
The ceiling for scripts/benchmark_pages.py: production's settings and middleware, one view that
answers "Hello, world" without touching the database (hello_world_urls.py). Served by gunicorn like
the site: DJANGO_SETTINGS_MODULE=hello_world (with scripts/benchmark on PYTHONPATH) and config.wsgi.
"""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "hello_world_urls"
# Everything but the page cache (a hello-world answer is its own ceiling).
MIDDLEWARE = [name for name in MIDDLEWARE if "page_cache" not in name]  # noqa: F405
