import datetime

import factory
import wagtail_factories

from .models import EventIndexPage, EventRecapPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage
        django_get_or_create = ("parent", "slug")


class EventRecapPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event recap {n}")
    event_name = factory.LazyAttribute(lambda obj: obj.title)
    start_date = factory.LazyFunction(lambda: datetime.date(2025, 1, 23))
    standfirst = "What happened at the event."

    class Meta:
        model = EventRecapPage
        django_get_or_create = ("parent", "slug")
