"""
Production: everything from the environment, refusing to start without what it needs
(README, "Production hardening"). `manage.py check --deploy --fail-level WARNING` passes.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config.environment import (
    email_settings_from_url,
    env_flag,
    env_int,
    media_storage_from_env,
    require_strong_secret_key,
    task_settings,
)
from config.logging import logging_settings

from .base import *  # noqa: F403

SECRET_KEY = require_strong_secret_key(SECRET_KEY)
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to a comma-separated list of host names.")

DEBUG = False

# The database: PostgreSQL. SQLite only when asked for (ALLOW_SQLITE=true: one machine, a trial),
# never by forgetting DATABASE_URL. Connections stay open between requests (DATABASE_CONN_MAX_AGE
# seconds, 10 minutes unless set), checked before reuse, so a restarted database costs no errors.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env_flag("ALLOW_SQLITE", False):
    raise ImproperlyConfigured(
        "Set DATABASE_URL to the PostgreSQL database (postgres://user:password@host/name). "
        "To run on SQLite anyway (one machine, a trial), set ALLOW_SQLITE=true."
    )
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Static files: WhiteNoise serves them from the app server, compressed (gzip and Brotli where
# available) under hashed names, with a year's immutable caching. `manage.py collectstatic` first.
MIDDLEWARE = [
    "config.logging.RequestIdMiddleware",
    MIDDLEWARE[0],  # SecurityMiddleware: HTTPS redirect before anything is served
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]
# Uploaded images and documents: MEDIA_ROOT on one machine (served by the app, or by nginx from a
# shared volume), or S3-compatible object storage when S3_BUCKET is set (requirements/s3.txt).
STORAGES = {
    "default": media_storage_from_env(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SERVE_MEDIA = env_flag("SERVE_MEDIA", STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"))

# Indexing after a save, and replaying what the engine missed, run in `manage.py db_worker`:
# publishing never waits for the search engine.
TASKS = task_settings(os.environ.get("TASKS_BACKEND", "database"))

LOGGING = logging_settings(os.environ.get("LOG_LEVEL", "INFO").upper())

# Links in notification emails: the site's real address.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}")

# HTTPS only. Browsers remember for a year to use HTTPS, subdomains included. Not on the
# browsers' preload list unless SECURE_HSTS_PRELOAD is set: listing a domain is hard to undo and
# binds every subdomain of the organisation's domain, which is not this site's call alone.
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)
# Plain-HTTP requests are redirected to HTTPS here, unless the proxy in front does that itself.
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),  # "not preloaded": a choice, above
    *([] if SECURE_SSL_REDIRECT else ["security.W008"]),  # "no redirect": the proxy redirects
]

# Reverse proxies in front of the site (0: clients connect directly). Only then are their
# headers believed: X-Forwarded-Proto for HTTPS, X-Forwarded-For for the client address the
# sign-in lockout counts (the address TRUSTED_PROXIES places from the right, which a client
# cannot forge by sending the header itself).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",)
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXIES
    AXES_IPWARE_PROXY_ORDER = "right-most"

# Mail (password reset, workflow notifications, error reports) through EMAIL_URL. Without it
# the admin offers no password reset: better no link than a form that says "sent" and sends nothing.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "")
    if not DEFAULT_FROM_EMAIL:
        raise ImproperlyConfigured("With EMAIL_URL, set DEFAULT_FROM_EMAIL (the sender: news@example.org).")
    SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
    globals().update(email_settings_from_url(EMAIL_URL))  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT…
WAGTAIL_PASSWORD_RESET_ENABLED = bool(EMAIL_URL)
