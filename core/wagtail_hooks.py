"""
The translation workflow's admin hooks (``core/editorial/``). wagtail-localize's convert-to-alias,
sync and submit views are mounted again, at their own addresses and before wagtail-localize's, with
the language rules applied; a test checks that its URL names still resolve to ours.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin
from wagtail_localize.views import edit_translation

from core.editorial import reports, views
from core.editorial.rights import can_edit_in_locale, editable_locale_ids
from core.references import in_edited_language


@hooks.register("register_admin_urls", order=-1)
def guarded_translation_urls():
    return [
        path("localize/page/<int:page_id>/convert_to_alias/", views.convert_to_alias),
        path("localize/update/<int:translation_source_id>/", views.UpdateTranslationsView.as_view()),
        path("localize/submit/page/<int:page_id>/", views.SubmitPageTranslationView.as_view()),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
        ),
        *(
            path(f"localize/translate/<int:translation_id>/{route}", views.in_target_language(view))
            for route, view in [
                ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
                ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
                ("pofile/upload/", edit_translation.upload_pofile),
                ("machine_translate/", edit_translation.machine_translate),
                ("disable/", edit_translation.stop_translation),
            ]
        ),
        path(
            "editorial/translations/<int:translation_id>/submit-for-moderation/",
            views.submit_translation_for_moderation,
            name="editorial_submit_translation_for_moderation",
        ),
    ]


@hooks.register("before_edit_snippet", order=-1)  # before wagtail-localize's, which opens its editor
def refuse_editing_other_languages(request, instance):
    if isinstance(instance, TranslatableMixin) and not can_edit_in_locale(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-1)
def refuse_deleting_other_languages(request, instances):
    allowed = editable_locale_ids(request.user)
    if any(isinstance(item, TranslatableMixin) and item.locale_id not in allowed for item in instances):
        raise PermissionDenied


@hooks.register("register_rich_text_features", order=10)  # after Wagtail's own "page" link type
def page_links_for_readers(features):
    from core.rich_text import PublicPageLinkHandler

    features.register_link_type(PublicPageLinkHandler)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_from_non_publishers(menu_items, request, context):
    """The edit view's "Convert to alias page" leads to a refusal for them (``views.convert_to_alias``)."""
    page = context.get("page")
    if page is not None and page.pk and not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        name="translation-status",
        icon_name="site",
        order=650,
    )


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            reports.TranslationStatusReportView.as_view(),
            name="editorial_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            reports.TranslationStatusReportView.as_view(results_only=True),
            name="editorial_translation_status_results",
        ),
    ]


@hooks.register("construct_homepage_panels")
def translation_status_panel(request, panels):
    """Counts per language the user edits in; none for a user who edits in no language."""
    if editable_locale_ids(request.user):
        panels.append(reports.TranslationStatusPanel(request.user))


# The page chooser's search in the language the chooser was opened in (core.references).
hooks.register("construct_page_chooser_queryset", in_edited_language)


@hooks.register("after_edit_page")
def offer_to_sync_translations(request, page):
    """Publishing a page that others translate offers, beside Wagtail's message, to sync them now."""
    published = request.method == "POST" and request.POST.get("action-publish") and page.live
    if published and (sync_url := views.sync_url_for(page)):
        messages.info(
            request,
            _("Its translations still show the text before this change."),
            buttons=[messages.button(sync_url, _("Sync translations"))],
        )
