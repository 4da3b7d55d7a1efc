"""
A user's languages are those of the page trees their groups hold page permissions on
(``GroupPagePermission`` on a locale's home page, or on the root for every language). Snippets,
which Wagtail permits per model only, are scoped to the same languages.
"""

import operator
from functools import reduce

from django.db.models import Q
from wagtail.models import DraftStateMixin, GroupPagePermission, Locale, Page
from wagtail.snippets.permissions import get_permission_name

EDIT_CODENAMES = ("add_page", "change_page")
PUBLISH_CODENAMES = ("publish_page",)


def _locale_ids_with(user, codenames):
    if not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(Locale.objects.values_list("pk", flat=True))
    paths = GroupPagePermission.objects.filter(group__user=user, permission__codename__in=codenames).values_list(
        "page__path", flat=True
    )
    if not paths:
        return frozenset()
    covered = reduce(operator.or_, (Q(path__startswith=path) for path in set(paths)))
    return frozenset(Page.objects.filter(covered).values_list("locale_id", flat=True).distinct())


def editable_locale_ids(user):
    """The locales whose pages the user may add or edit (cached on the user for the request)."""
    if not hasattr(user, "_editable_locale_ids"):
        user._editable_locale_ids = _locale_ids_with(user, EDIT_CODENAMES)
    return user._editable_locale_ids


def publishable_locale_ids(user):
    """The locales whose pages the user may publish."""
    if not hasattr(user, "_publishable_locale_ids"):
        user._publishable_locale_ids = _locale_ids_with(user, PUBLISH_CODENAMES)
    return user._publishable_locale_ids


def can_edit_in_locale(user, instance):
    """May the user change this translatable object (a page or a snippet) in its language?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return instance.locale_id in editable_locale_ids(user) and user.has_perm(
        get_permission_name("change", type(instance))
    )


def can_publish_in_locale(user, instance):
    """
    May the user make this object live in its language? A page: Wagtail's publish permission on
    it. A snippet with drafts: the model's publish permission and the language. A snippet without
    drafts goes live when saved, so saving is publishing: it needs the language's publish right.
    """
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if user.is_superuser:
        return True
    if instance.locale_id not in publishable_locale_ids(user):
        return False
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))
