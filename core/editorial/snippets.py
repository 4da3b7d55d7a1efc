"""
Translatable snippets in the admin: the language is chosen on a visible field when the snippet is
created (Wagtail takes it silently from ``?locale=``, the default language otherwise) and shown,
fixed, afterwards; a clash with a unique constraint per language is a form error, not a 500.
"""

from django import forms
from django.db.models import UniqueConstraint
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import TitleFieldPanel
from wagtail.models import Locale

from ..forms import SameLanguageReferencesMixin
from .rights import editable_locale_ids


class NewObjectTitleFieldPanel(TitleFieldPanel):
    """A title panel whose slug follows the title while the object is new, not once it is saved."""

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_should_apply(self):
            return self.instance is None or self.instance.pk is None


class TranslatableSnippetForm(SameLanguageReferencesMixin, WagtailAdminModelForm):
    language = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Locale.objects.none(),
        empty_label=None,
        help_text=_("The language this item is written in. It cannot be changed later; translate it instead."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        locale_id = self.instance.locale_id
        if self.instance.pk is not None:
            field.queryset = Locale.objects.filter(pk=locale_id)
            field.disabled = True
        elif self.for_user is not None and not self.for_user.is_superuser:
            field.queryset = Locale.objects.filter(pk__in=editable_locale_ids(self.for_user))
        else:
            field.queryset = Locale.objects.all()
        field.initial = locale_id if field.queryset.filter(pk=locale_id).exists() else None
        field.label_from_instance = lambda locale: locale.get_display_name()

    def clean(self):
        cleaned_data = super().clean()
        locale = cleaned_data.get("language")
        if locale is not None:
            self.instance.locale = locale
            self._check_unique_per_language(cleaned_data, locale)
        return cleaned_data

    def _check_unique_per_language(self, cleaned_data, locale):
        for name, clash in clashes_in_language(self._meta.model, locale, cleaned_data, exclude_pk=self.instance.pk):
            self.add_error(name, clash_message(self._meta.model, name, clash, locale))


def clashes_in_language(model, locale, values, exclude_pk=None):
    """
    ``(field name, existing object)`` for each unique-per-language constraint (one naming
    ``locale``) that ``values`` would break in ``locale``.
    """
    for constraint in model._meta.constraints:
        if not isinstance(constraint, UniqueConstraint) or "locale" not in constraint.fields:
            continue
        others = [name for name in constraint.fields if name != "locale"]
        if any(name not in values for name in others):
            continue  # a field of it failed already, or is not on this form
        lookup = {name: values[name] for name in others}
        clash = model._default_manager.filter(locale=locale, **lookup).exclude(pk=exclude_pk).first()
        if clash is not None:
            for name in others:
                yield name, clash


def clash_message(model, field_name, clash, locale):
    return _("“%(other)s” already has this %(field)s in %(language)s. Choose another.") % {
        "other": clash,
        "field": model._meta.get_field(field_name).verbose_name,
        "language": locale.get_display_name(),
    }
