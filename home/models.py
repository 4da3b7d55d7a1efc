from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .localization import localized_pages_by_id


class SocialMetaMixin(models.Model):
    """Fields that describe a page when it is shared or listed elsewhere."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; the hero image is used when empty."),
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Common page configuration")),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True


class HeroImageMixin(models.Model):
    """The picture at the top of an article or recap, with the alt text it needs there."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(_("hero image alt text"), max_length=250, blank=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text.strip():
            raise ValidationError({"hero_alt_text": _("Describe the hero image for people who cannot see it.")})


class BasePage(SocialMetaMixin, Page):
    """The base of every page type on the site."""

    class Meta:
        abstract = True

    def search_snippet_texts(self):
        """Texts a search result for this page quotes from, best first."""
        return [self.search_description]


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
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from events.models import EventRecapPage
        from people.models import PeopleIndexPage

        context = super().get_context(request, *args, **kwargs)
        featured_ids = [item.page_id for item in self.featured_news.all()]
        featured = localized_pages_by_id(featured_ids, self.locale)
        context["featured_news"] = [featured[pk] for pk in featured_ids if pk in featured]
        context["latest_recaps"] = (
            EventRecapPage.objects.live().public().filter(locale=self.locale).order_by("-start_date")[:3]
        )
        context["people_index"] = PeopleIndexPage.objects.live().child_of(self).first()
        return context


class HomePageFeaturedNews(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_news")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("news article")
    )

    panels = [PageChooserPanel("page", "news.NewsPage")]
