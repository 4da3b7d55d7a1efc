"""
Content of a chosen size for the query-budget tests: ``build(size)`` adds, to the English demo
site, an article and a recap with ``size`` of every kind of item, the people and articles they
link to, and as many more articles and recaps for the listings, home page and search.
"""

import datetime
import uuid

from wagtail.models import Locale

from demo.factories import (
    EventRecapPageFactory,
    ImageFactory,
    NewsPageFactory,
    PersonPageFactory,
    TopicFactory,
    generated_image_file,
    hero,
    photo_value,
)
from events.models import EventIndexPage, EventSpeaker, EventSponsor
from news.models import NewsIndexPage, NewsPageAuthor, NewsPageMention, NewsPageRelatedPage, NewsPageTopic
from people.models import PeopleIndexPage

LANGUAGE = "en"
SEARCH_WORD = "zebrafinch"  # in every page built here, and in no demo page


class Built:
    """The pages ``build`` made, to visit."""

    def __init__(self, article, recap, person, pages):
        self.article, self.recap, self.person, self.pages = article, recap, person, pages


def image(label):
    """A small image of its own (renditions of small images are quick to make)."""
    return ImageFactory(
        title=f"Budget image {label}", file=generated_image_file(label, width=96, height=64, name=f"budget-{label}.png")
    )


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def body(size, tag, people):
    """``size`` paragraphs, headings, photos and quotes, and a gallery of ``size`` images."""
    blocks = []
    for number in range(size):
        blocks += [
            _block("heading", {"text": f"Heading {number}", "level": "h2"}),
            _block("paragraph", f"<p>Paragraph {number} about the {SEARCH_WORD}.</p>"),
            _block(
                "image",
                {
                    "image": photo_value(image(f"{tag}-photo-{number}"), f"Photo {number}"),
                    "caption": f"Caption {number}",
                    "credit": "Credit",
                    "credit_kind": "photo",
                },
            ),
            _block("quote", {"text": f"Quote {number}", "person": people[number].pk, "name": "", "role": ""}),
        ]
    gallery = [
        {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {
                "image": photo_value(image(f"{tag}-gallery-{number}"), f"Gallery image {number}"),
                "caption": f"Gallery caption {number}",
                "credit": "Credit",
                "credit_kind": "photo",
            },
        }
        for number in range(size)
    ]
    blocks.append(_block("gallery", {"title": "Gallery", "images": gallery}))
    return blocks


def build(size):
    tag = f"s{size}"
    locale = Locale.objects.get(language_code=LANGUAGE)
    news_index = NewsIndexPage.objects.get(locale=locale)
    events_index = EventIndexPage.objects.get(locale=locale)
    people_index = PeopleIndexPage.objects.get(locale=locale)
    day = datetime.date(2026, 1, 1)

    people = [
        PersonPageFactory(
            parent=people_index,
            title=f"Budget Person {tag} {number}",
            slug=f"budget-person-{tag}-{number}",
            role=f"{SEARCH_WORD} researcher",
            photo=image(f"{tag}-portrait-{number}"),
        )
        for number in range(size)
    ]
    person = people[0]  # appears in every article and recap built here
    others = [
        NewsPageFactory(
            parent=news_index,
            title=f"Budget article {tag} {number}",
            slug=f"budget-article-{tag}-{number}",
            date=day - datetime.timedelta(days=number),
            standfirst=f"About the {SEARCH_WORD}.",
            hero=hero(image(f"{tag}-hero-{number}"), f"Hero {number}"),
            author_links=[NewsPageAuthor(person=person)],
        )
        for number in range(size)
    ]
    recaps = [
        EventRecapPageFactory(
            parent=events_index,
            title=f"Budget recap {tag} {number}",
            slug=f"budget-recap-{tag}-{number}",
            start_date=day - datetime.timedelta(days=number),
            standfirst=f"The {SEARCH_WORD} event.",
            hero=hero(image(f"{tag}-recap-hero-{number}"), f"Recap hero {number}"),
            speakers=[EventSpeaker(person=person, talk_title="A talk")],
        )
        for number in range(size)
    ]
    topics = [TopicFactory(locale=locale, name=f"Budget topic {tag} {number}") for number in range(size)]
    article = NewsPageFactory(
        parent=news_index,
        title=f"Budget article {tag}",
        slug=f"budget-article-{tag}",
        date=day + datetime.timedelta(days=1),
        standfirst=f"All the {SEARCH_WORD}s.",
        hero=hero(image(f"{tag}-article-hero"), "The article's hero"),
        body=body(size, f"{tag}-article", people),
        author_links=[NewsPageAuthor(person=each) for each in people],
        mention_links=[NewsPageMention(person=each) for each in people],
        related_links=[NewsPageRelatedPage(related_page=other) for other in others],
        topic_links=[NewsPageTopic(topic=topic, locale=locale) for topic in topics],
    )
    recap = EventRecapPageFactory(
        parent=events_index,
        title=f"Budget recap {tag}",
        slug=f"budget-recap-{tag}",
        start_date=day + datetime.timedelta(days=1),
        standfirst=f"The big {SEARCH_WORD} event.",
        hero=hero(image(f"{tag}-recap-hero"), "The recap's hero"),
        body=body(size, f"{tag}-recap", people),
        speakers=[EventSpeaker(person=each, talk_title=f"Talk {number}") for number, each in enumerate(people)],
        sponsors=[EventSponsor(name=f"Sponsor {number}", url="https://example.com/") for number in range(size)],
    )
    for page in (article, recap):  # published as an editor would: dated, with a revision
        page.save_revision().publish()
    return Built(article, recap, person, [*people, *others, *recaps, article, recap])
