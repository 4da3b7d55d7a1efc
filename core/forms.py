"""The admin forms every page type and translatable snippet builds on."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Locale

from .references import same_language_references


class SameLanguageReferencesMixin:
    """
    On a valid form, each page or snippet chosen in another language than the edited object's is
    replaced by its translation in that language; one with no such translation is a form error on
    the field that holds it (``core.references``). Inline panels' rows are checked too.
    """

    def is_valid(self):
        if super().is_valid():
            self.keep_references_in_own_language()
        return super().is_valid()  # forms and formsets keep their results: this re-reads the errors

    def keep_references_in_own_language(self):
        locale_id = self.instance.locale_id
        if locale_id is None:
            return
        forms = [self]
        for formset in getattr(self, "formsets", {}).values():
            forms += [
                form
                for form in formset.forms
                if (form.has_changed() or form.instance.pk) and not form.cleaned_data.get("DELETE")
            ]
        for form in forms:
            for name, references in same_language_references(form.instance, locale_id, form.fields).items():
                form.add_error(name, _reference_error(form.fields[name], references, locale_id))


def _reference_error(field, references, locale_id):
    language = Locale.objects.get(pk=locale_id).get_display_name()
    messages = [
        _(
            "“%(target)s” is in %(other_language)s and has no %(language)s translation. "
            "Choose one in %(language)s, or translate it first."
        )
        % {
            "target": reference.target,
            "other_language": reference.target.locale.get_display_name(),
            "language": language,
        }
        for reference in references
    ]
    if hasattr(field, "block"):  # a StreamField: errors its editor shows above the blocks, naming the block
        return StreamBlockValidationError(
            non_block_errors=[
                _("%(block)s: %(problem)s") % {"block": reference.label, "problem": message}
                for reference, message in zip(references, messages, strict=True)
            ]
        )
    return messages


class BasePageForm(SameLanguageReferencesMixin, WagtailAdminPageForm):
    pass
