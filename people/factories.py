import factory
import wagtail_factories

from .models import PeopleIndexPage, PersonPage


class PeopleIndexPageFactory(wagtail_factories.PageFactory):
    title = "People"
    slug = "people"

    class Meta:
        model = PeopleIndexPage
        django_get_or_create = ("parent", "slug")


class PersonPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("name")
    role = "Researcher"
    organisation = "Oslo Cancer Cluster"

    class Meta:
        model = PersonPage
        django_get_or_create = ("parent", "slug")
