"""
The demo's people: a group per role and language, the moderation workflow on both language trees,
and (on a development site only) a demo user per role. Permissions follow Wagtail's own model: page
permissions on each language's home page, collection permissions for pictures and documents, model
permissions for topics (limited to the user's languages by ``core.editorial``) and
wagtail-localize's ``submit_translation``.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

ADMIN_ACCESS = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
TOPIC_PERMISSIONS = ("news.add_topic", "news.change_topic", "news.delete_topic")
EDITOR_MEDIA = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
TRANSLATOR_MEDIA = ("choose_image", "choose_document")
LANGUAGE_NAMES = {"nb": "Norwegian", "en": "English"}
MODERATORS = "Moderators"  # Wagtail's own group, given both trees below
WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Approval by a moderator"

# Demo users (development sites only): password = user name, like the demo admin.
DEMO_USERS = [
    {
        "username": "editor-nb",
        "first_name": "Nora",
        "last_name": "Redaktør",
        "group": "Norwegian editors",
        "language": "nb",
    },
    {
        "username": "editor-en",
        "first_name": "Emma",
        "last_name": "Editor",
        "group": "English editors",
        "language": "en",
    },
    {
        "username": "translator-nb",
        "first_name": "Tor",
        "last_name": "Oversetter",
        "group": "Norwegian translators",
        "language": "nb",
    },
    {
        "username": "translator-en",
        "first_name": "Tess",
        "last_name": "Translator",
        "group": "English translators",
        "language": "en",
    },
    {"username": "moderator", "first_name": "Mona", "last_name": "Moderator", "group": MODERATORS, "language": "nb"},
]


def editors_group(language):
    return f"{LANGUAGE_NAMES[language]} editors"


def translators_group(language):
    return f"{LANGUAGE_NAMES[language]} translators"


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


class DemoRoles:
    def __init__(self, homes, report):
        """``homes``: each language's home page by language code; ``report(label, obj, was_new)``."""
        self.homes = homes
        self.report = report

    def load(self, create_users):
        groups = {}
        for language, home in self.homes.items():
            groups[editors_group(language)] = self._group(
                editors_group(language),
                home,
                page_codenames=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
                model_permissions=(ADMIN_ACCESS, SUBMIT_TRANSLATION, *TOPIC_PERMISSIONS),
                media=EDITOR_MEDIA,
            )
            groups[translators_group(language)] = self._group(
                translators_group(language),
                home,
                page_codenames=("change_page",),
                model_permissions=(ADMIN_ACCESS, SUBMIT_TRANSLATION),
                media=TRANSLATOR_MEDIA,
            )
        moderators = groups[MODERATORS] = Group.objects.get_or_create(name=MODERATORS)[0]
        for home in self.homes.values():
            self._page_permissions(moderators, home, ("change_page", "publish_page"))
        moderators.permissions.add(_permission(ADMIN_ACCESS))
        self._workflow(moderators)
        if create_users:
            for user in DEMO_USERS:
                self._user(user, groups[user["group"]])

    def _group(self, name, home, page_codenames, model_permissions, media):
        group, was_new = Group.objects.get_or_create(name=name)
        self.report("group", group, was_new)
        group.permissions.add(*(_permission(dotted) for dotted in model_permissions))
        self._page_permissions(group, home, page_codenames)
        root = Collection.get_first_root_node()
        for codename in media:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=_permission(f"{app_label}.{codename}")
            )
        return group

    def _page_permissions(self, group, page, codenames):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(f"wagtailcore.{codename}")
            )

    def _workflow(self, moderators):
        workflow, was_new = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        self.report("workflow", workflow, was_new)
        if was_new:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            task.groups.set([moderators])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        for home in self.homes.values():
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    def _user(self, fields, group):
        User = get_user_model()
        user, was_new = User.objects.get_or_create(
            username=fields["username"],
            defaults={
                "first_name": fields["first_name"],
                "last_name": fields["last_name"],
                "email": f"{fields['username']}@example.com",
            },
        )
        if was_new:
            user.set_password(fields["username"])
            user.save()
            user.groups.add(group)
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = fields["language"]
            profile.save()
        self.report("user", user, was_new)
