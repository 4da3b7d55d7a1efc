"""
The ceiling for scripts/benchmark_pages.py: production's settings and middleware, one view that
answers "Hello, world" without touching the database. Served by gunicorn like the site:
DJANGO_SETTINGS_MODULE=hello_world (with scripts/benchmark on PYTHONPATH) and config.wsgi.
"""

from django.http import HttpResponse
from django.urls import path

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "hello_world"
# Everything but the page cache, which looks up the admin's address this URLconf does not have.
MIDDLEWARE = [name for name in MIDDLEWARE if "page_cache" not in name]  # noqa: F405


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello)]
