from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# One process (runserver, the demo loader): memory caches, so a new database needs no cache
# tables; REDIS_URL still names a shared cache (the scale check loads its demo through it).
if not os.environ.get("REDIS_URL"):  # noqa: F405
    CACHES = {  # noqa: F405
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in CACHES  # noqa: F405
    }
