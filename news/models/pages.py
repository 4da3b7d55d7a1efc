from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.cards import PageLink
from core.family import page_family
from core.models import ArticleIndexPage, ArticlePage, today_in_site_time_zone
from core.queries import IdList, inline_rows, visible
from people.models import PersonRelation

from .topics import Topic

AUTOMATIC_RELATED = 3  # articles shown by topic when editors linked none


class NewsPage(ArticlePage):
    search_type = "news"
    date_field = "date"
    parent_page_types = ["news.NewsIndexPage"]

    date = models.DateField(_("publication date"), default=today_in_site_time_zone)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("standfirst"),
        FieldPanel("hero"),
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics")),
        InlinePanel("author_links", label=_("Authors")),
        InlinePanel("mention_links", label=_("People mentioned")),
        InlinePanel("related_links", label=_("Related pages")),
    ]
    search_fields = [
        *ArticlePage.search_fields,
        index.RelatedFields("topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @classmethod
    def search_topics(cls, page_ids, language):
        # Topic slugs are the same in both languages: the reader's language names them (one query).
        name_in_language = Topic.objects.filter(locale__language_code=language, slug=OuterRef("topic__slug"))
        links = (
            NewsPageTopic.objects.filter(page_id__in=IdList(page_ids))
            .annotate(name=Subquery(name_in_language.values("name")[:1]))
            .values_list("page_id", "topic__slug", "name")
        )
        topics = {}
        for page_id, slug, name in links:
            topics.setdefault(page_id, {})[slug] = name or slug
        return topics

    def links(self):
        """The article's authors, people mentioned, related pages and topics: one query for all four."""
        if not hasattr(self, "_links"):
            self._links = inline_rows(
                self,
                {
                    "author_links": ("person_id",),
                    "mention_links": ("person_id",),
                    "related_links": ("related_page_id",),
                    "topic_links": ("topic_id", "topic__name", "topic__slug"),
                },
            )
        return self._links

    def linked_pages_by_role(self):
        links = self.links()
        related = [PageLink(page_id) for (page_id,) in links["related_links"]]
        self.related_by_topic = not related
        return {
            "authors": [PageLink(person_id) for (person_id,) in links["author_links"]],
            "people_mentioned": [PageLink(person_id) for (person_id,) in links["mention_links"]],
            "related_pages": related or [PageLink(pk) for pk in self.articles_sharing_topics()],
        }

    def articles_sharing_topics(self, limit=AUTOMATIC_RELATED):
        """
        Ids of live articles in this language that share a topic with this one, most topics in
        common first, then newest: the related articles shown when editors picked none. One query.
        """
        topic_ids = [topic_id for topic_id, _name, _slug in self.links()["topic_links"]]
        return list(
            visible(NewsPage.objects.all())
            .filter(locale_id=self.locale_id, topic_links__topic_id__in=topic_ids)
            .exclude(pk=self.pk)
            .annotate(shared=Count("topic_links"))  # after the filter: only the topics in common
            .order_by("-shared", "-date", "-pk")
            .values_list("pk", flat=True)[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = [Topic(pk=pk, name=name, slug=slug) for pk, name, slug in self.links()["topic_links"]]
        context["news_index"] = page_family(request, self).parent  # where a topic's link goes
        return context


class NewsIndexPage(ArticleIndexPage):
    article_model = NewsPage

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def filter_articles(self, articles, request):
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        topic_slug = request.GET.get("topic", "").strip()[:100]
        topic = next((topic for topic in topics if topic.slug == topic_slug), None) if topic_slug else None
        if topic is not None:
            articles = articles.filter(topic_links__topic=topic)
        unknown_topic = topic_slug if topic_slug and topic is None else ""
        return articles, {"topics": topics, "topic": topic, "unknown_topic": unknown_topic}


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
