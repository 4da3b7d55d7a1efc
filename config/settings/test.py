from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# One folder per pytest-xdist worker (make test runs two), so that no worker deletes the other's files.
MEDIA_ROOT = BASE_DIR / "var" / "-".join(filter(None, ["test-media", os.environ.get("PYTEST_XDIST_WORKER")]))  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each test process has its own memory caches; tests of the shared caches set their own.
CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "renditions", "pages")
}
TASKS = task_settings("immediate")  # noqa: F405
# Tests see each render (and count its queries) unless they turn the page cache on, as
# tests/core/test_page_cache.py does.
PAGE_CACHE_ENABLED = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests rebuild and empty the engine's indexes: never the ones a developer's site uses.
WAGTAILSEARCH_BACKENDS = search_backends_from_url(  # noqa: F405
    os.environ.get("SEARCH_URL", ""),  # noqa: F405
    index_prefix=f"test-{SEARCH_INDEX_PREFIX}",  # noqa: F405
)
