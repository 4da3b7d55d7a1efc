"""Settings shared by every environment. Whatever differs between machines comes from the environment."""

import os
import zoneinfo
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.environment import (
    cache_settings,
    env_flag,
    env_int,
    frontend_cache_settings,
    machine_translator_settings,
    task_settings,
)
from search.configuration import search_backends_from_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [host.strip() for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host.strip()]

INSTALLED_APPS = [
    "core",
    "people",
    "news",
    "events",
    "home",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RejectNulBytesMiddleware",  # before anything looks a slug or parameter up
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.localization.LanguagePrefixCaseMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After the language is known, before anything reads the user: README, "Page cache".
    "core.page_cache.middleware.PageCacheMiddleware",
    "core.routing.RoutingMiddleware",  # after the page cache: it reads the generation found there
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "core.upstream_fixes.QueryKeepingRedirectMiddleware",
    # Last, as django-axes asks: it turns a locked sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in: django-axes refuses a locked client (core/security.py), then Django checks the password.
AUTHENTICATION_BACKENDS = [
    "core.security.LoginAttemptBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Norwegian Bokmål is the default; every page exists in both.
LANGUAGE_CODE = "nb"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nb", _("Norwegian Bokmål")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True
# The time zones an editor may choose under Account. Wagtail's default, every zone the machine
# knows, includes Debian's "localtime" and tzdata's "Factory", which the browser refuses ("Invalid
# time zone specified: localtime") when the account page names each option: places and UTC only.
WAGTAIL_USER_TIME_ZONES = ["UTC", *sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone)]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "home" / "assets"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = False  # production on one machine serves MEDIA_ROOT itself (config/media.py)

WAGTAIL_SITE_NAME = "Oslo Cancer Cluster News"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar avatars in the admin: they would send a hash of each editor's email address to
# gravatar.com, and load images from a host the admin's Content-Security-Policy does not list.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No autosave (Wagtail 7.1+). In the create view an autosave already creates the page, as a draft:
# an editor who then leaves or reloads the form leaves that draft behind, and its slug refuses
# their next attempt ("slug already in use"). Wagtail has no switch for the create view alone, so
# editors save drafts themselves everywhere, as before Wagtail 7.1.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Translation workflow (core/editorial/): a new translation starts as a draft, never published
# untranslated because its source is live (wagtail-localize's default, issue 655 upstream); it goes
# live when someone who may publish in that language publishes it, or approves it in the workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Drafts of translations by DeepL (nb <-> en) when DEEPL_API_KEY is set; no machine translation without it.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_settings(os.environ.get("DEEPL_API_KEY", ""))
WAGTAIL_WORKFLOW_ENABLED = True

CACHES = cache_settings(os.environ.get("REDIS_URL", ""))
TASKS = task_settings(os.environ.get("TASKS_BACKEND", "immediate"))

# Page cache for anonymous readers (core/page_cache; README, "Page cache"): whole pages in the
# "pages" cache, served to readers without a session cookie; any content change makes every
# stored page unreachable at once, on every app server. Browsers keep a page PAGE_CACHE_MAX_AGE
# seconds, a CDN or proxy PAGE_CACHE_S_MAXAGE (purged by Wagtail when WAGTAILFRONTENDCACHE is set).
PAGE_CACHE_ENABLED = env_flag("PAGE_CACHE", True)  # off only to measure without it (benchmark)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_S_MAXAGE = env_int("PAGE_CACHE_S_MAXAGE", 300)
# Never stored: the API and documents (privacy checked per request), files, and search results
# (endless combinations of words and filters, and the engine's index catches up after a publish).
PAGE_CACHE_EXCLUDED_PATHS = ["/api/", "/documents/", STATIC_URL, MEDIA_URL]
PAGE_CACHE_EXCLUDED_NAMESPACES = ["search"]
# Addresses every content change purges from the frontend cache, besides the pages concerned:
# (URL name, once per language).
PAGE_CACHE_PURGE_URL_NAMES = [("sitemap", False), ("news_feed", True), ("event_feed", True)]
WAGTAILFRONTENDCACHE = frontend_cache_settings(os.environ)

# Search: SEARCH_URL picks the engine; unset means the database backend.
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "newsroom")
WAGTAILSEARCH_BACKENDS = search_backends_from_url(
    os.environ.get("SEARCH_URL", ""),
    index_prefix=SEARCH_INDEX_PREFIX,
    timeout=float(os.environ.get("SEARCH_TIMEOUT") or 0) or None,
)

# Security headers, the same in every environment so that development and the tests meet them;
# production adds HTTPS (HSTS, the redirect, secure cookies). README, "Production hardening".
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Video embeds (wagtail.embeds: an oEmbed provider's <iframe>) the pages may frame; providers
# that inject their own <script> (X, Instagram) are refused by the policy.
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# The public site: no inline script or style, nothing from other hosts but framed videos.
# JSON-LD blocks (<script type="application/ld+json">) are data, which the policy does not govern.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": EMBED_FRAME_SOURCES,
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        # 'self': Wagtail renders the admin's preview of a page (an iframe) through the page's own
        # address, so the public policy applies to it; other sites still cannot frame the pages.
        "frame-ancestors": ["'self'"],
    }
}
# The admin (core.security.ContentSecurityPolicyMiddleware): Wagtail's templates need inline
# script and style; still nothing from other hosts, no plugins, no framing by other sites.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Browser features the site never uses, off for it and anything it frames (core.security).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Admin sign-in lockout (django-axes): 5 wrong passwords for one user name from one address lock
# that pair for 15 minutes; each try while locked starts the 15 minutes again. Client addresses
# come from REMOTE_ADDR unless production trusts a proxy (TRUSTED_PROXIES).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.security.login_lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
