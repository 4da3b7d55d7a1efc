from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.editorial.snippets import NewObjectTitleFieldPanel, TranslatableSnippetForm


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject news is filed under. The name is translated; the slug is the same in every language."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    # The language is chosen when the topic is created; the slug follows the name until it is saved.
    panels = [
        FieldPanel("language"),
        NewObjectTitleFieldPanel("name", targets=["slug"], placeholder=False),
        FieldPanel("slug", widget=SlugInput),
    ]
    base_form_class = TranslatableSnippetForm
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name
