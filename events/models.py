from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock, quoted_person_ids
from home.listing import filter_by_year, paginate, query_string_without_page
from home.localization import localized_pages_by_id
from home.models import BasePage, HeroImageMixin
from people.models import PersonRelation

RECAPS_PER_PAGE = 10


class EventIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventRecapPage"]

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recaps = filter_by_year(request, EventRecapPage.objects.live().public().child_of(self), "start_date", context)
        recaps = recaps.order_by("-start_date", "-pk").select_related("hero_image")
        context["recaps"] = paginate(request, recaps, RECAPS_PER_PAGE)
        context["filter_query"] = query_string_without_page(request)
        return context


class EventRecapPage(HeroImageMixin, BasePage):
    event_name = models.CharField(_("event name"), max_length=200)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    attendance = models.PositiveIntegerField(_("attendance"), null=True, blank=True)
    standfirst = models.TextField(_("standfirst"), help_text=_("One or two sentences that sum up the event."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

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
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Hero image")),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("sponsors", label=_("Sponsors")),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("event_name", boost=2),
        index.SearchField("standfirst", boost=1.5),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.RelatedFields("speakers", [index.SearchField("talk_title")]),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event recap")
        verbose_name_plural = _("event recaps")

    def search_snippet_texts(self):
        return [self.standfirst, *self.body.stream_block.get_searchable_content(self.body)]

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        speakers = list(self.speakers.all())
        quoted = quoted_person_ids(self.body)
        people = localized_pages_by_id([*(speaker.person_id for speaker in speakers), *quoted], self.locale)
        context["people_by_id"] = {pk: people[pk] for pk in quoted if pk in people}
        context["speakers"] = [
            (people[speaker.person_id], speaker.talk_title) for speaker in speakers if speaker.person_id in people
        ]
        return context


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
