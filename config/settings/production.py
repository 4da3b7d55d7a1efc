"""
Production: everything from the environment, refusing to start without what it needs
(README, "Production hardening"). `manage.py check --deploy --fail-level WARNING` passes.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config.environment import email_settings_from_url, env_flag, env_int, require_strong_secret_key

from .base import *  # noqa: F403

SECRET_KEY = require_strong_secret_key(SECRET_KEY)
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to a comma-separated list of host names.")

DEBUG = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

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
