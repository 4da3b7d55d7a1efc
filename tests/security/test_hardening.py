"""
Production hardening (README, "Production hardening"): the deployment check, HTTPS and the
security headers, the admin's sign-in lockout, and password reset only where mail can be sent.

Production's settings are read in a subprocess (they refuse to load without their environment);
the security settings they produce are then applied to this test run's site, so that a public
page and the admin are requested as production would serve them.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

# 50 characters, many of them different: what production accepts. Not a real key.
STRONG_KEY = "test-only-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "testserver,news.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "ALLOW_SQLITE": "true",
}
# Every variable production reads, so that the developer's own environment cannot leak into a test.
PRODUCTION_VARIABLES = (
    *PRODUCTION_ENVIRONMENT,
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_PRELOAD",
    "TRUSTED_PROXIES",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "SERVER_EMAIL",
    "SEARCH_URL",
    "REDIS_URL",
    "TASKS_BACKEND",
    "S3_BUCKET",
    "SERVE_MEDIA",
    "WAGTAILADMIN_BASE_URL",
)
# What production's settings decide about HTTPS, headers and mail, applied to this run's site.
SECURITY_SETTINGS = (
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "WAGTAIL_PASSWORD_RESET_ENABLED",
)


def run_production(arguments, **environment):
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_VARIABLES}
    env.update(PRODUCTION_ENVIRONMENT)
    env.update(environment, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(
        [sys.executable, *arguments], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=False
    )


def production_settings(*names, **environment):
    """The values production's settings module gives ``names`` in ``environment``."""
    script = (
        "import json, sys, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({name: getattr(settings, name, None) for name in sys.argv[1:]}))"
    )
    result = run_production(["-c", script, *names], **environment)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    if values.get("SECURE_PROXY_SSL_HEADER"):
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture(scope="module")
def production_security_settings():
    return production_settings(*SECURITY_SETTINGS)


@pytest.fixture
def as_in_production(production_security_settings):
    """This run's site with production's security settings (no proxy, no mail configured)."""
    with override_settings(**production_security_settings):
        yield


# The deployment check and the secret key


@pytest.mark.parametrize(
    "environment",
    [
        pytest.param({}, id="defaults"),
        pytest.param({"SECURE_SSL_REDIRECT": "false", "TRUSTED_PROXIES": "1"}, id="proxy-redirects"),
        pytest.param(
            {"EMAIL_URL": "smtp+tls://news:pw@mail.example.org", "DEFAULT_FROM_EMAIL": "n@example.org"}, id="mail"
        ),
    ],
)
def test_deployment_check_passes_with_a_proper_environment(environment):
    result = run_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **environment)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("", "Set the SECRET_KEY environment variable."),
        ("k3y-" * 12, "too short (48 characters"),
        ("abcd" * 13, "too little variety (4 different characters"),
        ("django-insecure-" + STRONG_KEY, "development key"),
    ],
    ids=["missing", "short", "low-variety", "django-insecure"],
)
def test_production_refuses_a_weak_secret_key_and_says_how_to_make_one(key, problem):
    result = run_production(["manage.py", "check", "--deploy"], SECRET_KEY=key)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert problem in result.stderr
    assert "get_random_secret_key()" in result.stderr
    assert not key or key not in result.stderr


# HTTPS and the headers


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, as_in_production):
    response = client.get("/en/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/"


@pytest.mark.django_db
def test_public_page_sends_hsts_and_an_enforced_strict_policy(client, as_in_production):
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Content-Security-Policy-Report-Only" not in response
    directives = dict(directive.split(" ", 1) for directive in response["Content-Security-Policy"].split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert "nonce-" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_public_pages_hold_no_inline_script_or_style(client, as_in_production):
    """Under the strict policy a browser would refuse them; structured data (JSON-LD) is not script."""
    html = client.get("/en/", secure=True).content.decode()
    for tag in html.split("<script")[1:]:
        attributes = tag.split(">", 1)[0]
        assert " src=" in attributes or 'type="application/ld+json"' in attributes, attributes
    assert "<style" not in html
    assert " style=" not in html


@pytest.mark.django_db
def test_admin_login_loads_under_its_own_policy(client, as_in_production):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert b"login-form" in response.content
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy


def test_proxy_headers_are_trusted_only_when_a_proxy_is_configured():
    names = ("SECURE_PROXY_SSL_HEADER", "AXES_IPWARE_META_PRECEDENCE_ORDER", "SECURE_SSL_REDIRECT")
    direct = production_settings(*names)
    assert direct["SECURE_PROXY_SSL_HEADER"] is None
    assert direct["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["REMOTE_ADDR"]
    assert direct["SECURE_SSL_REDIRECT"] is True
    proxied = production_settings(*names, TRUSTED_PROXIES="1", SECURE_SSL_REDIRECT="false")
    assert proxied["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    assert proxied["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["HTTP_X_FORWARDED_FOR"]
    assert proxied["SECURE_SSL_REDIRECT"] is False


@pytest.mark.django_db
def test_a_forged_forwarded_proto_does_not_pass_for_https(client, as_in_production):
    response = client.get("/en/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 301


# The admin's sign-in lockout

PASSWORD = "a long and correct passphrase"  # noqa: S105 (a test user's)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("lockout-editor", "lockout-editor@example.org", PASSWORD)


def sign_in(client, password, address="203.0.113.7", language="en"):
    return client.post(
        "/admin/login/",
        {"username": "lockout-editor", "password": password},
        REMOTE_ADDR=address,
        headers={"accept-language": language},
    )


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


def test_right_password_signs_in(client, editor):
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert is_signed_in(client)


def test_wrong_passwords_lock_sign_in_even_with_the_right_password(client, editor):
    for _attempt in range(4):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    locked = sign_in(client, "wrong")  # the fifth
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert "After 5 wrong passwords" in locked.content.decode()
    assert "locked for 15 minutes" in locked.content.decode()

    refused = sign_in(client, PASSWORD)
    assert refused.status_code == 429
    assert "Too many failed sign-in attempts" in refused.content.decode()
    assert not is_signed_in(client)


def test_lockout_page_speaks_norwegian(client, editor):
    for _attempt in range(5):
        response = sign_in(client, "wrong", language="nb")
    assert response.status_code == 429
    html = response.content.decode()
    assert "For mange mislykkede innloggingsforsøk" in html
    assert "Etter 5 feil passord er innlogging fra denne adressen med dette brukernavnet sperret i 15 minutter." in html


def test_lockout_holds_one_address_not_every_reader(client, editor):
    for _attempt in range(5):
        sign_in(client, "wrong", address="203.0.113.7")
    assert sign_in(client, PASSWORD, address="198.51.100.20").status_code == 302
    assert is_signed_in(client)


# Password reset only where mail can be sent


def test_production_offers_password_reset_only_with_a_mail_server():
    assert production_settings("WAGTAIL_PASSWORD_RESET_ENABLED")["WAGTAIL_PASSWORD_RESET_ENABLED"] is False
    configured = production_settings(
        "WAGTAIL_PASSWORD_RESET_ENABLED",
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
        EMAIL_URL="smtp+tls://news%40example.org:p%40ss@mail.example.org:587",
        DEFAULT_FROM_EMAIL="news@example.org",
    )
    assert configured == {
        "WAGTAIL_PASSWORD_RESET_ENABLED": True,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "news@example.org",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "DEFAULT_FROM_EMAIL": "news@example.org",
    }


def test_production_refuses_mail_without_a_sender():
    result = run_production(["manage.py", "check"], EMAIL_URL="smtp+tls://mail.example.org")
    assert result.returncode != 0
    assert "set DEFAULT_FROM_EMAIL" in result.stderr


@pytest.mark.django_db
def test_without_mail_the_admin_offers_no_password_reset(client, as_in_production):
    login = client.get("/admin/login/", secure=True)
    assert login.status_code == 200
    assert b"/admin/password_reset/" not in login.content
    assert client.get("/admin/password_reset/", secure=True, follow=True).status_code == 404


@override_settings(WAGTAIL_PASSWORD_RESET_ENABLED=True, EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
def test_with_mail_the_admin_sends_a_reset_link(client, editor):
    assert b"/admin/password_reset/" in client.get("/admin/login/").content
    response = client.post("/admin/password_reset/", {"email": "lockout-editor@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lockout-editor@example.org"]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body
