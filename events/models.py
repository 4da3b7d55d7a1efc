from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.cards import PageLink
from core.models import ArticleIndexPage, ArticlePage, today_in_site_time_zone
from core.queries import inline_rows
from people.models import PersonRelation


class EventRecapPage(ArticlePage):
    search_type = "events"
    date_field = "start_date"
    search_vocabulary_fields = ("title", "standfirst", "event_name")
    parent_page_types = ["events.EventIndexPage"]

    event_name = models.CharField(_("event name"), max_length=200)
    start_date = models.DateField(_("first day"), default=today_in_site_time_zone)
    end_date = models.DateField(_("last day"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    attendance = models.PositiveIntegerField(_("attendance"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_name"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("venue"),
                FieldPanel("organiser"),
                FieldPanel("attendance"),
            ],
            heading=_("The event"),
        ),
        FieldPanel("standfirst"),
        FieldPanel("hero"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("sponsors", label=_("Sponsors")),
        FieldPanel("body"),
    ]
    search_fields = [
        *ArticlePage.search_fields,
        index.SearchField("event_name", boost=2),
        index.SearchField("venue"),
        index.RelatedFields("speakers", [index.SearchField("talk_title"), index.AutocompleteField("talk_title")]),
        index.FilterField("start_date"),
        index.AutocompleteField("event_name"),
        index.AutocompleteField("venue"),
    ]

    class Meta:
        verbose_name = _("event recap")
        verbose_name_plural = _("event recaps")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    def links(self):
        """The recap's speakers and sponsors: one query for both."""
        if not hasattr(self, "_links"):
            self._links = inline_rows(self, {"speakers": ("person_id", "talk_title"), "sponsors": ("name", "url")})
        return self._links

    def linked_pages_by_role(self):
        return {"speakers": [PageLink(person_id, talk_title) for person_id, talk_title in self.links()["speakers"]]}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sponsors"] = [EventSponsor(name=name, url=url) for name, url in self.links()["sponsors"]]
        return context


class EventIndexPage(ArticleIndexPage):
    article_model = EventRecapPage

    subpage_types = ["events.EventRecapPage"]

    class Meta:
        verbose_name = _("event index page")


class EventSpeaker(TranslatableMixin, PersonRelation, Orderable):
    """Translatable so that the talk title is translated with the recap."""

    page = ParentalKey(EventRecapPage, on_delete=models.CASCADE, related_name="speakers")
    talk_title = models.CharField(_("talk title"), max_length=300, blank=True)

    panels = [*PersonRelation.panels, FieldPanel("talk_title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")


class EventSponsor(Orderable):
    page = ParentalKey(EventRecapPage, on_delete=models.CASCADE, related_name="sponsors")
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("sponsor")
