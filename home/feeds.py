"""
RSS 2.0 feeds of the news and the event recaps, one per language (``/nb/feeds/news/``,
``/en/feeds/events/``…): the newest live, public articles of the current site, each with its
language, date, authors and summary.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site

from core.localization import localized_pages_by_id
from events.models import EventIndexPage, EventRecapPage
from news.models import NewsIndexPage, NewsPage, NewsPageAuthor

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
PUBLISHER = "Oslo Cancer Cluster"
FEED_LENGTH = 20


class DublinCoreRssFeed(Rss201rev2Feed):
    """RSS 2.0 with a ``dc:language`` and one ``dc:creator`` per author on every item."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.addQuickElement("dc:creator", author)
        handler.addQuickElement("dc:language", item["language"])


@dataclass
class FeedSource:
    """What one request's feed is made of: the listing page, and its items with their links."""

    index: object
    url: str
    items: list = field(default_factory=list)


@dataclass
class FeedItem:
    page: object
    url: str
    language: str
    authors: list


class ArticleFeed(Feed):
    feed_type = DublinCoreRssFeed
    index_model = None
    article_model = None
    title_text = ""
    url_name = ""

    def get_object(self, request):
        """The current site's listing in the language of the URL, with its newest articles."""
        try:
            locale = Locale.objects.get(language_code=get_language())
        except Locale.DoesNotExist as error:
            raise Http404("No such language.") from error
        site = Site.find_for_request(request)
        home = site.root_page.get_translation_or_none(locale) if site else None
        index = self.index_model.objects.live().public().descendant_of(home).first() if home else None
        if index is None:
            raise Http404("No listing in this language.")
        articles = list(
            self.article_model.objects.live()
            .public()
            .descendant_of(index)
            .select_related("locale")
            .order_by(f"-{self.article_model.date_field}", "-pk")[:FEED_LENGTH]
        )
        authors = self.author_names(articles, locale, site)
        source = FeedSource(index, index.get_url(request))
        source.items = [
            FeedItem(article, article.get_url(request), locale.language_code, authors.get(article.pk) or [PUBLISHER])
            for article in articles
        ]
        return source

    def author_names(self, articles, locale, site):
        """``{article pk: [author's name, ...]}``, in the feed's language."""
        return {}

    def title(self, source):
        return str(self.title_text)

    def link(self, source):
        return source.url

    # Feed readers show a <description> as HTML, and ours are plain text: escaped, so that what an
    # editor typed (``<script>`` in a standfirst) is shown, not run. Titles are plain text in RSS.
    def description(self, source):
        return escape(source.index.search_description or str(self.title_text))

    def items(self, source):
        return source.items

    def item_title(self, item):
        return item.page.title

    def item_description(self, item):
        return escape(item.page.standfirst)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        day = item.page.listing_date
        return timezone.make_aware(datetime.datetime(day.year, day.month, day.day))

    def item_updateddate(self, item):
        return item.page.last_published_at

    def item_extra_kwargs(self, item):
        return {"language": item.language, "authors": item.authors}


class NewsFeed(ArticleFeed):
    index_model = NewsIndexPage
    article_model = NewsPage
    title_text = _("Oslo Cancer Cluster: news")
    url_name = "news_feed"

    def author_names(self, articles, locale, site):
        authorships = NewsPageAuthor.objects.filter(page__in=articles).order_by("page", "sort_order")
        links = list(authorships.values_list("page_id", "person_id"))
        people = localized_pages_by_id({person_id for _page_id, person_id in links}, locale, site)
        names = {}
        for page_id, person_id in links:
            if person_id in people:
                names.setdefault(page_id, []).append(people[person_id].title)
        return names


class EventRecapFeed(ArticleFeed):
    index_model = EventIndexPage
    article_model = EventRecapPage
    title_text = _("Oslo Cancer Cluster: event recaps")
    url_name = "event_feed"


FEEDS = [NewsFeed, EventRecapFeed]
