"""Builds the demo site in English, then translates it into Norwegian through wagtail-localize."""

import datetime
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from events.models import EventIndexPage, EventRecapPage, EventSpeaker, EventSponsor
from home.models import HomePage, HomePageFeaturedNews
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageMention,
    NewsPageRelatedPage,
    NewsPageTopic,
    Topic,
)
from people.models import PeopleIndexPage, PersonPage

from .content import events as event_content
from .content import news as news_content
from .content import people as people_content
from .factories import (
    EventIndexPageFactory,
    EventRecapPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PeopleIndexPageFactory,
    PersonPageFactory,
    TopicFactory,
    hero,
    photo_value,
)
from .roles import DemoRoles
from .translate import translate_with_localize

SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "nb"
BLOCK_ID_NAMESPACE = uuid.UUID("6f1c9a52-53a4-4f43-9d2e-7f3f1a0c2b11")
# A name, which Wagtail's Account page requires before it saves any preference.
DEMO_ADMIN = {
    "username": "admin",
    "password": "admin",
    "email": "admin@example.com",
    "first_name": "Ada",
    "last_name": "Admin",
}


def _date(value):
    return datetime.date.fromisoformat(value)


def _block_id(*parts):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _illustrated(hero_value):
    """A hero whose picture is credited as an illustration (the demo's pictures are drawn)."""
    for block in hero_value:
        block["value"]["credit_kind"] = event_content.CREDIT_KIND
    return hero_value


class DemoContentLoader:
    def __init__(self, log=print, create_admin=True):
        self.log = log
        self.create_admin = create_admin
        self.created = 0

    # -- bookkeeping -------------------------------------------------------------------------
    def _report(self, label, obj, was_new):
        if was_new:
            self.created += 1
        self.log(f"  {'created' if was_new else 'exists '} {label}: {obj}")

    def _publish(self, page, label):
        """Publish a page made by a factory, unless an earlier run already did."""
        was_new = page.latest_revision_id is None
        if was_new:
            page.save_revision().publish()
        self._report(label, page, was_new)
        return page

    def _translate(self, source, translated, label):
        was_new = not source.get_translations().filter(locale=self.nb).exists()
        result = translate_with_localize(source, self.nb, translated)
        self._report(f"{label} (nb)", result, was_new)
        return result

    # -- the whole run -----------------------------------------------------------------------
    @transaction.atomic
    def load(self):
        self.en, _ = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
        self.nb, _ = Locale.objects.get_or_create(language_code=TARGET_LANGUAGE)
        self._admin_user()

        self.log("[1/6] Site structure")
        self._site_structure()
        self.log("[2/6] Images (drawn locally with Pillow)")
        self._images()
        self.log("[3/6] People")
        self._people()
        self.log("[4/6] Topics")
        self._topics()
        self.log("[5/6] Event recap and news")
        self._recap()
        self._articles()
        self._featured_news()
        self.log("[6/6] Norwegian translations through wagtail-localize")
        self._translations()
        self._change_after_translation()
        self.log("  roles: editors and translators per language, moderators, the review workflow")
        self._roles()
        self.log(f"Done: {self.created} objects created.")
        return self.created

    def _admin_user(self):
        if not self.create_admin:
            self.log(f"  no demo admin: make your own with createsuperuser (the demo's is {DEMO_ADMIN['username']!r})")
            return
        User = get_user_model()
        if not User.objects.filter(username=DEMO_ADMIN["username"]).exists():
            User.objects.create_superuser(**DEMO_ADMIN)
            self.created += 1

    # -- English source content ----------------------------------------------------------------
    def _section_fields(self, key, language):
        section = news_content.SECTIONS[key]
        return {
            "title": section["title"](language),
            "slug": section["slug"](language),
            "introduction": section["introduction"](language),
        }

    def _site_structure(self):
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a "Welcome" page of the base Page type (and a site pointing
        # at it); it has no place on this site.
        root.get_children().filter(
            content_type=ContentType.objects.get_for_model(Page), slug="home", numchild=0
        ).delete()
        self.home = self._publish(
            HomePageFactory(parent=root, locale=self.en, **self._section_fields("home", SOURCE_LANGUAGE)), "home page"
        )
        self._default_site()
        self.sections = {
            "news": NewsIndexPageFactory(parent=self.home, **self._section_fields("news", SOURCE_LANGUAGE)),
            "events": EventIndexPageFactory(parent=self.home, **self._section_fields("events", SOURCE_LANGUAGE)),
            "people": PeopleIndexPageFactory(parent=self.home, **self._section_fields("people", SOURCE_LANGUAGE)),
        }
        for key, page in self.sections.items():
            if not page.show_in_menus:
                page.show_in_menus = True
                page.save()
            self._publish(page, f"{key} index")

    def _default_site(self):
        """Point the default site at the demo home, unless it already serves another site's pages."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and site.root_page_id != self.home.pk and site.root_page.depth > 1:
            self.log(f"  the default site serves {site.root_page.title!r}: left as it is")
            return
        # At the address the site is served at, which the admin's emails use too (WAGTAILADMIN_BASE_URL:
        # runserver's in development): the pages' addresses in those emails lead to the same place.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": address.hostname,
                "port": address.port or (443 if address.scheme == "https" else 80),
                "root_page": self.home,
                "site_name": self.home.title,
            },
        )

    def _images(self):
        def image(title):
            return ImageFactory(title=title)

        self.portraits = {person["slug"]: image(f"Portrait: {person['name']}") for person in people_content.PEOPLE}
        self.article_images = {
            article["slug"].en: image(f"News: {article['title'].en}") for article in news_content.ARTICLES
        }
        recap = event_content.RECAP
        self.recap_hero = image(f"Event: {recap['event_name'].en}")
        self.gallery_images = [
            image(f"Gallery: {recap['event_name'].en} {number}") for number in range(1, event_content.GALLERY_SIZE + 1)
        ]
        self.log(f"  {len(self.portraits) + len(self.article_images) + 1 + len(self.gallery_images)} images ready")

    def _person_fields(self, person, language):
        fields = {
            "title": person["name"],
            "slug": person["slug"],
            "role": person["role"](language),
            "organisation": person["organisation"],
            "biography": f"<p>{person['biography'](language)}</p>",
            "photo": self.portraits[person["slug"]],
        }
        if "board_role" in person:
            fields["board_role"] = person["board_role"](language)
            fields["board_term_start"] = _date(person["board_term_start"])
        return fields

    def _people(self):
        self.people = {}
        for person in people_content.PEOPLE:
            page = PersonPageFactory(parent=self.sections["people"], **self._person_fields(person, SOURCE_LANGUAGE))
            self.people[person["slug"]] = self._publish(page, "person")

    def _topics(self):
        self.topics = {}
        for slug, name in news_content.TOPICS:
            topic = Topic.objects.filter(locale=self.en, slug=slug).first()
            was_new = topic is None
            if was_new:
                topic = TopicFactory(locale=self.en, slug=slug, name=name.en)
            self.topics[slug] = topic
            self._report("topic", topic, was_new)

    def _recap_fields(self, language):
        recap = event_content.RECAP

        def paragraph(key, text):
            return {"type": "paragraph", "value": f"<p>{text(language)}</p>", "id": _block_id("recap", key)}

        quotes = [
            {
                "type": "quote",
                "id": _block_id("recap", "quote", number),
                "value": {
                    "text": quote["text"](language),
                    "person": self.people[quote["person"]].pk,
                    "name": "",
                    "role": "",
                },
            }
            for number, quote in enumerate(recap["quotes"])
        ]
        gallery = {
            "type": "gallery",
            "id": _block_id("recap", "gallery"),
            "value": {
                "title": recap["gallery_title"](language),
                "images": [
                    {
                        "type": "item",
                        "id": _block_id("recap", "gallery", number),
                        "value": {
                            "image": photo_value(
                                image, recap["alt_text"](language).format(caption=caption(language).lower())
                            ),
                            "caption": caption(language),
                            "credit": recap["credit"](language),
                            "credit_kind": event_content.CREDIT_KIND,
                        },
                    }
                    for number, (image, caption) in enumerate(zip(self.gallery_images, recap["gallery"], strict=True))
                ],
            },
        }
        body = [
            paragraph("intro-0", recap["intro"][0]),
            paragraph("intro-1", recap["intro"][1]),
            {
                "type": "heading",
                "id": _block_id("recap", "heading"),
                "value": {"text": recap["programme_heading"](language), "level": "h2"},
            },
            quotes[0],
            paragraph("audience", recap["audience"]),
            quotes[1],
            gallery,
            paragraph("more", recap["more"]),
        ]
        return {
            "title": recap["title"](language),
            "slug": recap["slug"](language),
            "event_name": recap["event_name"](language),
            "start_date": _date(recap["start_date"]),
            "venue": recap["venue"](language),
            "organiser": recap["organiser"](language),
            "attendance": recap["attendance"],
            "standfirst": recap["standfirst"](language),
            "hero": _illustrated(
                hero(
                    self.recap_hero,
                    recap["alt_text"](language).format(caption=recap["gallery"][0](language).lower()),
                    credit=recap["credit"](language),
                    block_id=_block_id("recap", "hero"),
                )
            ),
            "body": body,
            "speakers": [
                EventSpeaker(person=self.people[slug], talk_title=title(language)) for slug, title in recap["speakers"]
            ],
            "sponsors": [EventSponsor(name=name, url=url) for name, url in recap["sponsors"]],
        }

    def _recap(self):
        self.recap = self._publish(
            EventRecapPageFactory(parent=self.sections["events"], **self._recap_fields(SOURCE_LANGUAGE)), "event recap"
        )

    def _article_fields(self, article, language):
        slug = article["slug"].en
        fields = {
            "title": article["title"](language),
            "slug": article["slug"](language),
            "date": _date(article["date"]),
            "standfirst": article["standfirst"](language),
            "hero": _illustrated(
                hero(
                    self.article_images[slug],
                    news_content.HERO_ALT_TEXT(language),
                    caption=article["title"](language),
                    credit=event_content.RECAP["credit"](language),
                    block_id=_block_id(slug, "hero"),
                )
            ),
            "body": [
                {"type": "paragraph", "value": f"<p>{paragraph(language)}</p>", "id": _block_id(slug, number)}
                for number, paragraph in enumerate(article["body"])
            ],
            "topic_links": [NewsPageTopic(topic=self.topics[topic]) for topic in article["topics"]],
            "author_links": [NewsPageAuthor(person=self.people[person]) for person in article["authors"]],
            "mention_links": [NewsPageMention(person=self.people[person]) for person in article["mentions"]],
        }
        if article.get("related_to_recap"):
            fields["related_links"] = [NewsPageRelatedPage(related_page=self.recap)]
        return fields

    def _articles(self):
        self.articles = {}
        total = len(news_content.ARTICLES)
        for number, article in enumerate(news_content.ARTICLES, start=1):
            page = NewsPageFactory(parent=self.sections["news"], **self._article_fields(article, SOURCE_LANGUAGE))
            self.articles[article["slug"].en] = self._publish(page, f"news {number}/{total}")

    def _featured_news(self):
        if self.home.featured_news.exists():
            return
        self.home.featured_news = [
            HomePageFeaturedNews(page=self.articles[article["slug"].en])
            for article in news_content.ARTICLES
            if article.get("featured")
        ]
        self.home.save_revision().publish()

    def _roles(self):
        homes = {SOURCE_LANGUAGE: self.home, TARGET_LANGUAGE: self.home.get_translation(self.nb)}
        DemoRoles(homes, self._report).load(create_users=self.create_admin)

    # -- Norwegian translations ----------------------------------------------------------------
    def _translations(self):
        self._translate(self.home, HomePage(**self._section_fields("home", TARGET_LANGUAGE)), "home page")
        section_models = {"news": NewsIndexPage, "events": EventIndexPage, "people": PeopleIndexPage}
        for key, model in section_models.items():
            self._translate(self.sections[key], model(**self._section_fields(key, TARGET_LANGUAGE)), f"{key} index")
        for slug, name in news_content.TOPICS:
            self._translate(self.topics[slug], Topic(name=name.nb, slug=slug), "topic")
        for person in people_content.PEOPLE:
            self._translate(
                self.people[person["slug"]], PersonPage(**self._person_fields(person, TARGET_LANGUAGE)), "person"
            )
        self._translate(self.recap, EventRecapPage(**self._recap_fields(TARGET_LANGUAGE)), "event recap")
        for article in news_content.ARTICLES:
            if article.get("translate", True):
                self._translate(
                    self.articles[article["slug"].en],
                    NewsPage(**self._article_fields(article, TARGET_LANGUAGE)),
                    "news",
                )
            else:
                self.log(f"  left untranslated on purpose: {self.articles[article['slug'].en]}")

    def _change_after_translation(self):
        """
        Publish a new English revision of one article after its translation was synced, as an editor
        would: its Norwegian page is then out of date (the translation status report says so).
        """
        change = news_content.OUT_OF_DATE_ARTICLE
        page = self.articles[change["slug"]]
        page.refresh_from_db()
        block = page.body[change["paragraph"]]
        new_value = f"<p>{change['text']}</p>"
        was_new = block.value.source != new_value
        if was_new:
            page.body[change["paragraph"]] = ("paragraph", RichText(new_value), block.id)
            page.save_revision().publish()
        self._report("out of date on purpose (changed after translation)", page, was_new)
