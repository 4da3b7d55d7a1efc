"""Reading the environment for the settings: yes/no flags, the secret key's strength, the mail server."""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

STRONG_KEY_COMMAND = (
    'python -c "from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())"'
)


def env_flag(name, default):
    """A yes/no environment variable: 1/true/yes/on or 0/false/no/off; unset or empty means ``default``."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off), not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def require_strong_secret_key(key):
    """
    Refuse the keys Django's deployment check warns about (security.W009): shorter than 50
    characters, fewer than 5 different characters, or one of Django's generated ``django-insecure-``
    development keys. The message never repeats the key.
    """
    if not key:
        problem = "Set the SECRET_KEY environment variable."
    elif key.startswith("django-insecure-"):
        problem = "SECRET_KEY is a development key (it starts with 'django-insecure-')."
    elif len(key) < 50:
        problem = f"SECRET_KEY is too short ({len(key)} characters; at least 50 are needed)."
    elif len(set(key)) < 5:
        problem = f"SECRET_KEY has too little variety ({len(set(key))} different characters; at least 5 are needed)."
    else:
        return key
    raise ImproperlyConfigured(f"{problem} Generate a strong one with: {STRONG_KEY_COMMAND}")


# scheme → (EMAIL_BACKEND, default port, EMAIL_USE_TLS (STARTTLS), EMAIL_USE_SSL)
EMAIL_SCHEMES = {
    "smtp": ("django.core.mail.backends.smtp.EmailBackend", 25, False, False),
    "smtp+tls": ("django.core.mail.backends.smtp.EmailBackend", 587, True, False),
    "smtps": ("django.core.mail.backends.smtp.EmailBackend", 465, False, True),
    "console": ("django.core.mail.backends.console.EmailBackend", None, False, False),
}


def email_settings_from_url(url):
    """
    Django's email settings from one URL: ``smtp+tls://user:password@host:587`` (STARTTLS),
    ``smtps://…`` (TLS from the start, port 465), ``smtp://host`` (no encryption; a relay on the
    same machine) or ``console://`` (messages written to the log, for a staging server). The user
    name and password are percent-decoded (``%40`` for ``@``); ``?timeout=`` sets seconds (10).
    """
    parts = urlsplit(url)
    if parts.scheme not in EMAIL_SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with one of {', '.join(f'{scheme}://' for scheme in EMAIL_SCHEMES)}, "
            f"not {parts.scheme + '://' if parts.scheme else 'nothing'}."
        )
    backend, default_port, use_tls, use_ssl = EMAIL_SCHEMES[parts.scheme]
    settings = {"EMAIL_BACKEND": backend}
    if default_port is None:
        return settings
    if not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL names no host (smtp+tls://user:password@host:587).")
    query = parse_qs(parts.query)
    settings.update(
        EMAIL_HOST=parts.hostname,
        EMAIL_PORT=parts.port or default_port,
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_TLS=use_tls,
        EMAIL_USE_SSL=use_ssl,
        EMAIL_TIMEOUT=int(query.get("timeout", ["10"])[0]),
    )
    return settings


CACHE_TABLE = "newsroom_cache"
RENDITIONS_CACHE_TABLE = "newsroom_renditions_cache"
PAGE_CACHE_TABLE = "newsroom_page_cache"


def cache_settings(redis_url):
    """
    The caches every process shares: the engine's pause, the did-you-mean vocabulary, image
    renditions and the page cache. Redis when ``redis_url`` is given (``redis://host:6379/0``),
    otherwise Django's database cache, which every process on the database shares too (its table
    comes from ``manage.py createcachetable``, which the set-up commands run).
    """
    if redis_url:
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
        pages = {**backend, "KEY_PREFIX": "pages"}
        renditions = {**backend, "KEY_PREFIX": "renditions"}
    else:
        backend = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": CACHE_TABLE}
        # Tables of their own: the database cache culls a third of a table once it holds
        # MAX_ENTRIES rows (300 unless set), which would drop renditions for pages, and the reverse.
        pages = {**backend, "LOCATION": PAGE_CACHE_TABLE, "OPTIONS": {"MAX_ENTRIES": 20_000}}
        renditions = {**backend, "LOCATION": RENDITIONS_CACHE_TABLE, "OPTIONS": {"MAX_ENTRIES": 50_000}}
        backend["OPTIONS"] = {"MAX_ENTRIES": 5_000}
    return {
        "default": {**backend, "KEY_PREFIX": "newsroom"},
        # Wagtail looks renditions up here first (one cache read instead of a query per image).
        "renditions": {**renditions, "TIMEOUT": 7 * 24 * 60 * 60},
        # Whole pages for anonymous readers (core/page_cache): an hour at most, though any content
        # change makes them unreachable at once.
        "pages": {**pages, "TIMEOUT": 60 * 60},
    }


TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_settings(name):
    """
    Where background tasks (search indexing after a save, replaying missed index updates) run:
    ``immediate`` runs them in the request that queues them; ``database`` queues them in the
    database for ``manage.py db_worker``, so publishing never waits for the search engine.
    """
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {name!r}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


def media_storage_from_env(environ):
    """
    Where uploads go: ``MEDIA_ROOT`` on the file system, or, with ``S3_BUCKET``, an S3-compatible
    bucket (AWS, MinIO, Ceph…) through django-storages: ``S3_ENDPOINT_URL`` for one that is not
    AWS, ``S3_REGION``, ``S3_CUSTOM_DOMAIN`` for a CDN in front; the credentials come from
    ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY`` (boto3 reads them). Objects are public and
    addressed without signatures, so pages and the page cache hold stable image addresses.
    """
    bucket = environ.get("S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    try:
        import storages  # noqa: F401
    except ImportError:
        raise ImproperlyConfigured(
            "S3_BUCKET is set but django-storages is not installed: pip install -r requirements/s3.txt"
        ) from None
    options = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("S3_ENDPOINT_URL") or None,
        "region_name": environ.get("S3_REGION") or None,
        "custom_domain": environ.get("S3_CUSTOM_DOMAIN") or None,
        "querystring_auth": False,
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def frontend_cache_settings(environ):
    """
    ``WAGTAILFRONTENDCACHE``, the caches in front of the site that Wagtail purges when content
    changes (core/page_cache/purging.py): ``FRONTEND_CACHE_URL``, comma-separated, for caches
    that take an HTTP ``PURGE`` (Varnish, nginx: ``http://127.0.0.1:6081``); Cloudflare with
    ``CLOUDFLARE_API_TOKEN`` and ``CLOUDFLARE_ZONE_ID``. Neither: nothing to purge.
    """
    backends = {}
    for number, url in enumerate(u.strip() for u in environ.get("FRONTEND_CACHE_URL", "").split(",")):
        if url:
            backends[f"http{number or ''}"] = {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": url,
            }
    token, zone = environ.get("CLOUDFLARE_API_TOKEN", ""), environ.get("CLOUDFLARE_ZONE_ID", "")
    if bool(token) != bool(zone):
        raise ImproperlyConfigured("Set both CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID, or neither.")
    if token:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": token,
            "ZONEID": zone,
        }
    return backends


DEEPL_TRANSLATOR = "wagtail_localize.machine_translators.deepl.DeepLTranslator"


def machine_translator_settings(deepl_api_key):
    """
    wagtail-localize's machine translator: DeepL when a key is given (wagtail-localize sends a key
    ending ":fx" to DeepL's free API, and asks for Bokmål as DeepL's "NB"), otherwise none, and the
    translation editor offers no "Machine translate" button.
    """
    if not deepl_api_key:
        return None
    return {"CLASS": DEEPL_TRANSLATOR, "OPTIONS": {"AUTH_KEY": deepl_api_key, "TIMEOUT": 20}}
