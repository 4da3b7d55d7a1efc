"""
The abstract pages every section builds on: a base page, a section index, an article listing and
an article (news articles and event recaps).
"""

import math
from itertools import chain

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from .blocks import BodyStreamBlock, HeroStreamBlock
from .cards import CardImage, card_image_ids, cards_for
from .family import page_family
from .forms import BasePageForm
from .listing import ListingParams
from .localization import localized_pages_by_id
from .preload import convert_streams, fetch_images, preloaded, stream_image_ids
from .queries import visible
from .references import same_language_references

WORDS_PER_MINUTE = 200  # a common figure for reading on screen, in Norwegian and English alike


def _words(text):
    return len(strip_tags(text or "").split())


def today_in_site_time_zone():
    """
    Today's date where the newsroom is (``TIME_ZONE``), the default date of a new article or recap;
    not the editor's own time zone, which the admin activates for each request.
    """
    return timezone.localdate(timezone=timezone.get_default_timezone())


def optional_image_field(verbose_name, **kwargs):
    """A page's link to one image, which may be left empty (and is emptied if the image is deleted)."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class BasePage(Page):
    """
    The base of every page type on the site.

    A page type that readers find through the site search says so with ``search_type`` (its key in
    the search's type filter), and how it is filtered: ``date_field`` (by year, and sorting by date),
    ``search_topics`` (by topic), and the fields whose words "did you mean" may offer.
    """

    search_type = None
    date_field = None
    search_vocabulary_fields = ("title",)
    base_form_class = BasePageForm  # references in the page's own language (core.references)

    social_image = optional_image_field(
        _("social image"), help_text=_("Shown when the page is shared; the hero image is used when empty.")
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Common page configuration")),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.point_translated_rows_at_own_language()

    def point_translated_rows_at_own_language(self):
        """
        wagtail-localize fills a translation's inline rows (authors, mentions, speakers, related
        pages) with copies of the source's, still pointing at the source language's people and
        pages. Before a translation is saved (a sync, a submitted or published translation), each
        such reference moves to its translation in this page's language where there is one. Only
        rows held in memory are touched, as a translation's are: rows read from the database are
        the editor's, which the admin form checks (``core.forms``), as it does the body's choosers.
        """
        if self.locale_id is None:
            return
        for relation in get_all_child_relations(type(self)):
            rows = getattr(self, relation.get_accessor_name()).all()
            if isinstance(rows, FakeQuerySet):
                for row in rows:
                    same_language_references(row, self.locale_id, {field.name for field in row._meta.fields})

    @classmethod
    def search_topics(cls, page_ids, language):
        """``{page id: {topic slug: topic name in language}}`` for the search's topic filter."""
        return {}

    def search_snippet_texts(self):
        """Texts a search result for this page quotes from, best first; read no further than the first match."""
        return [self.search_description]

    def card_image(self):
        """The image this page shows on its card (a ``CardImage``), or None."""
        return None

    def get_social_image(self):
        return self.social_image

    def get_view_restrictions(self):
        """
        The view restrictions on this page and its ancestors, which Wagtail checks before serving
        it: none to read when ``core.queries.page_at``, which routed to the page, found there are
        none; otherwise one query (Wagtail reads the ancestors first, then their restrictions).
        As in Wagtail, an alias has its original's restrictions, not its own.
        """
        if getattr(self, "unrestricted", False):
            return PageViewRestriction.objects.none()
        pages = [self.path[: Page.steplen * depth] for depth in range(1, self.depth + 1)]
        originals = Page.objects.filter(path__in=pages, alias_of__isnull=False).values("alias_of_id")
        return PageViewRestriction.objects.filter(
            Q(page__path__in=pages, page__alias_of__isnull=True) | Q(page_id__in=originals)
        )

    def use_images(self, images):
        """Take this page's own images (``social_image``) from ``images`` (``{id: image}``) when there."""
        if self.social_image_id in images:
            self.social_image = images[self.social_image_id]


class SectionIndexPage(BasePage):
    """The top page of a section (news, events, people): an introduction above a listing."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True


class ArticlePage(BasePage):
    """
    A dated story: standfirst, hero photo and body. Subclasses name the field that dates them
    (``date_field``) and, in ``linked_page_ids``, the pages they link to.
    """

    search_vocabulary_fields = ("title", "standfirst")

    standfirst = models.TextField(_("standfirst"), help_text=_("One or two sentences that sum it up."))
    hero = StreamField(
        HeroStreamBlock(),
        verbose_name=_("hero image"),
        blank=True,
        help_text=_("The photo at the top, with its alt text in this page's language."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst", boost=1.5),
        index.SearchField("body"),
        # Wagtail's admin page search (and its explorer's) reads autocomplete fields only.
        index.AutocompleteField("standfirst"),
        index.AutocompleteField("body"),
    ]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def listing_date(self):
        return getattr(self, self.date_field)

    def search_snippet_texts(self):
        yield self.standfirst
        # The body only when the standfirst has no match. Converted with stand-ins for the images
        # (their alt text is in the raw data) and no quoted pages (whose text is not the body's):
        # no query, however many results show a snippet.
        image_model = get_image_model()
        stand_ins = {pk: image_model(pk=pk, collection_id=None) for pk in stream_image_ids(self.body)}
        with preloaded(stand_ins, {}):
            body = self.body.stream_block.to_python(list(self.body.raw_data))
            texts = self.body.stream_block.get_searchable_content(body)
        yield from texts

    def hero_photo(self):
        """The hero ``PhotoBlock`` value, or None."""
        return self.hero[0].value if self.hero else None

    def card_image(self):
        if not self.hero.raw_data:
            return None
        image = self.hero.raw_data[0]["value"]["image"]
        return CardImage(image["image"], "" if image.get("decorative") else image.get("alt_text", ""))

    def get_social_image(self):
        photo = self.hero_photo()
        return self.social_image or (photo["image"] if photo else None)

    @property
    def reading_minutes(self):
        """Minutes to read the standfirst and the body's text, counted from the body's raw data."""
        words = _words(self.standfirst)
        for block in self.body.raw_data:
            value = block["value"]
            if block["type"] == "paragraph":
                words += _words(value)
            elif block["type"] in ("heading", "quote"):
                words += _words(value.get("text"))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def linked_pages_by_role(self):
        """``{context name: [PageLink, ...]}``: the pages this article shows as cards, by role."""
        return {}

    def get_context(self, request, *args, **kwargs):
        """
        Every page the article links to (people quoted in the body, and ``linked_pages_by_role``),
        in the reader's language and with card images, and every image it shows (hero, body,
        galleries, cards) with its renditions: a fixed number of queries, whatever their number.
        """
        context = super().get_context(request, *args, **kwargs)
        roles = self.linked_pages_by_role()
        page_ids = chain(
            BodyStreamBlock.quoted_page_ids(self.body), *([link.page_id for link in links] for links in roles.values())
        )
        linked_pages = localized_pages_by_id(page_ids, self.locale, Site.find_for_request(request))
        context["linked_pages"] = linked_pages  # read by QuoteBlock
        shown = {role: [link for link in links if link.page_id in linked_pages] for role, links in roles.items()}
        all_shown = list(chain.from_iterable(shown.values()))
        card_pages = [linked_pages[link.page_id] for link in all_shown]
        images = fetch_images(
            [
                *stream_image_ids(self.hero),
                *stream_image_ids(self.body),
                self.social_image_id,
                *card_image_ids(card_pages),
            ]
        )
        convert_streams([self.hero, self.body], images, linked_pages.originals)
        self.use_images(images)
        cards = iter(cards_for(card_pages, [link.note for link in all_shown], images))
        for role, links in shown.items():
            context[role] = [next(cards) for _link in links]
        context["provenance"] = page_family(request, self).provenance
        context["share_url"] = self.get_full_url(request)
        return context


class ArticleIndexPage(SectionIndexPage):
    """A section's listing of its articles, newest first, by year and page."""

    article_model = None  # the ArticlePage subclass listed
    per_page = 10

    class Meta:
        abstract = True

    def filter_articles(self, articles, request):
        """A subclass's own filters: the narrowed queryset, and what the template needs to show them."""
        return articles, {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        params = ListingParams.from_query(request.GET)
        date_field = self.article_model.date_field
        articles = visible(self.article_model.objects.child_of(self))
        context["years"] = [day.year for day in articles.dates(date_field, "year", order="DESC")]
        context["year"], context["unknown_year"] = params.year, params.unknown_year
        if params.year:
            articles = articles.filter(**{f"{date_field}__year": params.year})
        articles, filter_context = self.filter_articles(articles, request)
        context.update(filter_context)
        articles = articles.order_by(f"-{date_field}", "-pk")
        context["articles"] = params.paginate(articles, self.per_page)
        context["cards"] = cards_for(context["articles"].object_list)
        context["filter_query"] = params.query_without_page
        return context
