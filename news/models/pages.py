from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock, quoted_person_ids
from home.listing import filter_by_year, paginate, query_string_without_page
from home.localization import localized_pages_by_id
from home.models import BasePage, HeroImageMixin
from people.models import PersonRelation

from .topics import Topic

NEWS_PER_PAGE = 10


class NewsIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = filter_by_year(request, NewsPage.objects.live().public().child_of(self), "date", context)
        context["topics"] = Topic.objects.filter(locale_id=self.locale_id)

        topic_slug = request.GET.get("topic", "").strip()
        if topic_slug:
            context["topic"] = context["topics"].filter(slug=topic_slug[:100]).first()
            if context["topic"]:
                articles = articles.filter(topic_links__topic=context["topic"])
            else:
                context["unknown_topic"] = topic_slug[:100]

        articles = articles.order_by("-date", "-pk").select_related("hero_image")
        context["articles"] = paginate(request, articles, NEWS_PER_PAGE)
        context["filter_query"] = query_string_without_page(request)
        return context


class NewsPage(HeroImageMixin, BasePage):
    date = models.DateField(_("publication date"))
    standfirst = models.TextField(_("standfirst"), help_text=_("One or two sentences that sum up the article."))
    hero_caption = models.CharField(_("hero image caption"), max_length=300, blank=True)
    hero_credit = models.CharField(_("hero image credit"), max_length=120, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt_text"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("author_links", label=_("Authors")),
        InlinePanel("mention_links", label=_("People mentioned")),
        InlinePanel("related_links", label=_("Related pages")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def search_snippet_texts(self):
        return [self.standfirst, *self.body.stream_block.get_searchable_content(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors = [link.person_id for link in self.author_links.all()]
        mentioned = [link.person_id for link in self.mention_links.all()]
        related = [link.related_page_id for link in self.related_links.all()]
        quoted = quoted_person_ids(self.body)
        pages = localized_pages_by_id([*authors, *mentioned, *related, *quoted], self.locale)
        context["people_by_id"] = {pk: pages[pk] for pk in quoted if pk in pages}
        context["authors"] = [pages[pk] for pk in authors if pk in pages]
        context["people_mentioned"] = [pages[pk] for pk in mentioned if pk in pages]
        context["related_pages"] = [pages[pk] for pk in related if pk in pages]
        context["topics"] = [link.topic for link in self.topic_links.select_related("topic")]
        return context


class NewsPageTopic(TranslatableMixin, Orderable):
    """Translatable so that the Norwegian article points at the Norwegian topic."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="page_links", verbose_name=_("topic"))

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")


class NewsPageAuthor(PersonRelation, Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="author_links")


class NewsPageMention(PersonRelation, Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="mention_links")


class NewsPageRelatedPage(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [PageChooserPanel("related_page", ["news.NewsPage", "events.EventRecapPage"])]
