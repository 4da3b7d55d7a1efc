from .pages import NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageMention, NewsPageRelatedPage, NewsPageTopic
from .topics import Topic

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageAuthor",
    "NewsPageMention",
    "NewsPageRelatedPage",
    "NewsPageTopic",
    "Topic",
]
