"""
wagtail-localize's views with the language rules of ``rights`` applied, and the view a
translator hands a translation in with. ``core/wagtail_hooks.py`` mounts the guarded views over
wagtail-localize's own addresses, so its buttons and links lead here.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    Translation,
    TranslationSource,
)
from wagtail_localize.views import convert, submit_translations, update_translations

from .rights import can_edit_in_locale, can_publish_in_locale, editable_locale_ids
from .snippets import clash_message, clashes_in_language


def in_target_language(view):
    """
    Wrap one of wagtail-localize's translation-editor endpoints (edit a string or an override,
    upload a PO file, machine-translate, stop): it checks a snippet's permission per model only, so
    an English editor could rewrite the Norwegian topic's text. Refuse unless the user may edit the
    translation's target in its language.
    """

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not can_edit_in_locale(request.user, target):
            return HttpResponseForbidden()
        return view(request, translation_id, *args, **kwargs)

    guarded.checks_target_language = True
    return guarded


def convert_to_alias(request, page_id):
    """
    Converting a translation to an alias replaces its text with the source's and, when the source
    is live, makes it live at once: only someone who may publish the page may do it.
    """
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Sync, with "Publish immediately" only for a user who may publish every translation it updates."""

    def get_form(self):
        form = super().get_form()
        if not self.user_may_publish_all():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.help_text = gettext_lazy(
                "You may not publish every translation of this item, so the sync saves them as they are, unpublished."
            )
        return form

    def user_may_publish_all(self):
        if not hasattr(self, "_may_publish_all"):
            self._may_publish_all = all(
                can_publish_in_locale(self.request.user, target) for target in self.target_instances()
            )
        return self._may_publish_all

    def target_instances(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            try:
                yield translation.get_target_instance()
            except ObjectDoesNotExist:  # not created yet: nothing to publish there
                continue

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self.user_may_publish_all():
            raise PermissionDenied
        return super().form_valid(form)


def sync_url_for(page):
    """The address of wagtail-localize's sync for ``page``, when it is the source of enabled translations."""
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id, translations__enabled=True
    ).first()
    return source and reverse("wagtail_localize:update_translations", args=[source.pk])


class SubmitTranslationForm(submit_translations.SubmitTranslationForm):
    """
    Offers only the languages the user may edit in, and refuses a translation the database would
    refuse: a value unique per language that the target language already has (wagtail-localize
    swallows that ``ValidationError`` and then fails on the missing object: HTTP 500, upstream
    https://github.com/wagtail/wagtail-localize/issues/669).
    """

    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.instance = instance
        self.fields["locales"].queryset = self.fields["locales"].queryset.filter(pk__in=editable_locale_ids(user))

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        if isinstance(self.instance, Page):
            return locales  # wagtail-localize finds a free slug for a page itself
        model = type(self.instance)
        values = {field.name: field.value_from_object(self.instance) for field in model._meta.concrete_fields}
        errors = [
            _("Cannot translate into %(language)s: %(problem)s")
            % {"language": locale.get_display_name(), "problem": clash_message(model, name, clash, locale)}
            for locale in locales
            for name, clash in clashes_in_language(model, locale, values)
        ]
        if errors:
            raise ValidationError(errors)
        return locales


class SubmitFormMixin:
    def get_form(self):
        if self.request.method == "POST":
            return SubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        initial = None
        if requested := self.request.GET.get("select_locale"):
            locale = Locale.objects.filter(language_code=requested).first()
            initial = {"locales": [locale]} if locale else None
        return SubmitTranslationForm(self.object, initial=initial, user=self.request.user)


class SubmitPageTranslationView(SubmitFormMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(SubmitFormMixin, submit_translations.SubmitSnippetTranslationView):
    pass


@require_POST
def submit_translation_for_moderation(request, translation_id):
    """
    The translator's way to hand in: save the translated strings as a new draft revision of the
    translated page (the live page and its text stay as they are) and start, or resume, the
    page's moderation workflow. Refused while any string is untranslated.
    """
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    if not permissions.can_submit_for_moderation():
        messages.error(request, _("This page cannot be submitted for moderation now."))
        return redirect(edit_url)

    total, done = translation.get_progress()
    if done < total:
        messages.error(
            request,
            _("%(missing)d of %(total)d texts are not translated yet. Translate them all before submitting.")
            % {"missing": total - done, "total": total},
        )
        return redirect(edit_url)

    try:
        draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=False)
    except (MissingTranslationError, MissingRelatedObjectError):
        messages.error(
            request,
            _("Something this page links to is not translated yet. Translate it first, then submit again."),
        )
        return redirect(edit_url)
    draft.save_revision(user=request.user, log_action=True)  # writes the revision, not the live row
    page.refresh_from_db()

    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("The translation '%(title)s' has been submitted for moderation.")
        % {"title": draft.get_admin_display_title()},
    )
    return redirect(edit_url)
