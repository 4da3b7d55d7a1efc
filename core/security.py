"""
Security headers and the admin's sign-in lockout, in every environment (config/settings/base.py),
so that development and the tests see what production serves.
"""

from axes.backends import AxesBackend
from axes.helpers import get_client_username, get_failure_limit
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """
    django-csp's middleware, with the public site's policy (``CONTENT_SECURITY_POLICY``) everywhere
    except under the admin, which gets ``ADMIN_CONTENT_SECURITY_POLICY``: Wagtail's and
    wagtail-localize's admin templates hold inline scripts (inline panels, date pickers, the
    translation editor), so a policy without 'unsafe-inline' would break the editor. The admin is
    a separate, signed-in part of the site; the public pages keep the strict policy.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(reverse("wagtailadmin_home")):
            return PolicyParts(
                default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """Django has no setting for ``Permissions-Policy``: this sends ``PERMISSIONS_POLICY`` on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})" for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class LoginAttemptBackend(AxesBackend):
    """
    django-axes' check, first in ``AUTHENTICATION_BACKENDS``: it refuses a locked address and
    user name (its signal handler counts the failures) and returns nothing otherwise, leaving the
    password to ``ModelBackend`` after it. django-axes raises when ``authenticate()`` has no
    request; only code outside a web request calls it so (the shell, a management command, the
    test client's ``login()``), where there is no client address to count, so that is passed on.
    Being an ``AxesBackend`` (a ``ModelBackend``) it can also load a signed-in user and check
    permissions for a session that names it.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def login_lockout_response(request, original_response=None, credentials=None):
    """The page django-axes shows a locked address and user name (``AXES_LOCKOUT_CALLABLE``), in the admin's language."""
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "core/login_lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
