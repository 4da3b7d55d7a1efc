from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cards import cards_for
from core.localization import localized_pages_by_id
from core.models import BasePage
from events.models import EventRecapPage
from people.models import PeopleIndexPage

LATEST_RECAPS = 3


class HomePage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("featured_news", label=_("Featured news"), max_num=4),
    ]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "events.EventIndexPage", "people.PeopleIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured_ids = [item.page_id for item in self.featured_news.all()]
        featured = localized_pages_by_id(featured_ids, self.locale)
        context["featured_cards"] = cards_for(featured[pk] for pk in featured_ids if pk in featured)
        latest_recaps = EventRecapPage.objects.live().public().filter(locale=self.locale).order_by("-start_date")
        context["recap_cards"] = cards_for(latest_recaps[:LATEST_RECAPS])
        context["people_index"] = PeopleIndexPage.objects.live().child_of(self).first()
        return context


class HomePageFeaturedNews(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_news")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("news article")
    )

    panels = [PageChooserPanel("page", "news.NewsPage")]
