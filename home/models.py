from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core.cards import card_image_ids, cards_for
from core.family import page_family
from core.localization import localized_pages_by_id
from core.models import BasePage
from core.preload import fetch_images
from core.queries import page_at, specific_pages, visible
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

    def route(self, request, path_components):
        """
        The page at ``path_components`` under this home page, found in one query on its
        ``url_path`` and locale (``core.queries.page_at``) rather than Wagtail's query per tree
        level; then the page's own ``route``, as Wagtail would. An address with no live page goes
        Wagtail's own way (which answers 404).
        """
        if path_components:
            page = page_at(f"{self.url_path}{'/'.join(path_components)}/", self.locale_id)
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        """
        Editors' picks, the newest news besides them and the latest recaps, in the home page's
        language, with their images: only pages any reader of this site may see, in a fixed number
        of queries.
        """
        context = super().get_context(request, *args, **kwargs)
        featured_ids = [item.page_id for item in self.featured_news.all()]
        featured_by_id = localized_pages_by_id(featured_ids, self.locale_id, Site.find_for_request(request))
        featured = [featured_by_id[pk] for pk in featured_ids if pk in featured_by_id]
        newest_news = (
            visible(NewsPage.objects.descendant_of(self))
            .exclude(pk__in=[page.pk for page in featured])
            .order_by("-date", "-pk")
            .values("pk")[:LATEST_NEWS]
        )
        newest_recaps = (
            visible(EventRecapPage.objects.descendant_of(self))
            .order_by("-start_date", "-pk")
            .values("pk")[:LATEST_RECAPS]
        )
        latest = specific_pages(Page.objects.filter(Q(pk__in=newest_news) | Q(pk__in=newest_recaps)))
        latest_news = sorted(
            (page for page in latest if isinstance(page, NewsPage)), key=lambda page: (page.date, page.pk), reverse=True
        )
        latest_recaps = sorted(
            (page for page in latest if isinstance(page, EventRecapPage)),
            key=lambda page: (page.start_date, page.pk),
            reverse=True,
        )
        shown = [*featured, *latest_news, *latest_recaps]
        images = fetch_images([self.social_image_id, *card_image_ids(shown)])
        self.use_images(images)
        cards = cards_for(shown, images=images)
        context["featured_cards"] = cards[: len(featured)]
        context["latest_news_cards"] = cards[len(featured) : len(featured) + len(latest_news)]
        context["recap_cards"] = cards[len(featured) + len(latest_news) :]
        sections = page_family(request, self).sections
        context["news_index"] = next((page for page in sections if page.specific_class is NewsIndexPage), None)
        context["people_index"] = next((page for page in sections if page.specific_class is PeopleIndexPage), None)
        return context


class HomePageFeaturedNews(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_news")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("news article")
    )

    panels = [PageChooserPanel("page", "news.NewsPage")]
