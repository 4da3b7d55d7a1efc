from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core.cards import cards_for
from core.localization import localized_pages_by_id
from core.models import BasePage
from events.models import EventRecapPage
from news.models import NewsIndexPage, NewsPage
from people.models import PeopleIndexPage

LATEST_RECAPS = 3
LATEST_NEWS = 4


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
        """
        Editors' picks, the newest news besides them and the latest recaps, in the home page's
        language, with their images in one query: only pages any reader of this site may see.
        """
        context = super().get_context(request, *args, **kwargs)
        featured_ids = [item.page_id for item in self.featured_news.all()]
        featured_by_id = localized_pages_by_id(featured_ids, self.locale, Site.find_for_request(request))
        featured = [featured_by_id[pk] for pk in featured_ids if pk in featured_by_id]
        latest_news = list(
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .exclude(pk__in=[page.pk for page in featured])
            .order_by("-date", "-pk")[:LATEST_NEWS]
        )
        latest_recaps = list(
            EventRecapPage.objects.live().public().descendant_of(self).order_by("-start_date")[:LATEST_RECAPS]
        )
        cards = cards_for([*featured, *latest_news, *latest_recaps])
        context["featured_cards"] = cards[: len(featured)]
        context["latest_news_cards"] = cards[len(featured) : len(featured) + len(latest_news)]
        context["recap_cards"] = cards[len(featured) + len(latest_news) :]
        context["news_index"] = NewsIndexPage.objects.live().public().child_of(self).first()
        context["people_index"] = PeopleIndexPage.objects.live().public().child_of(self).first()
        return context


class HomePageFeaturedNews(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_news")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("news article")
    )

    panels = [PageChooserPanel("page", "news.NewsPage")]
