import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from .models import NewsIndexPage, NewsPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))

    class Meta:
        model = Topic
        django_get_or_create = ("locale", "slug")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage
        django_get_or_create = ("parent", "slug")


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News article {n}")
    date = factory.LazyFunction(lambda: datetime.date(2025, 1, 28))
    standfirst = "A short summary of the article."

    class Meta:
        model = NewsPage
        django_get_or_create = ("parent", "slug")
