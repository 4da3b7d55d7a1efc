from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.search import index

from core.cards import CardImage, card_image_ids, cards_for
from core.localization import in_site
from core.models import ArticlePage, BasePage, SectionIndexPage, optional_image_field
from core.preload import fetch_images
from core.queries import specific_pages, visible

from .blocks import LinkBlock

# Norwegian alphabetical order puts æ, ø, å after z, in that order (Unicode has å before æ).
NORWEGIAN_LAST_LETTERS = str.maketrans({"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003"})


def surname_first(person):
    """Sort key for a person page: the surname (the title's last word), then the given names."""
    *given, surname = person.title.casefold().translate(NORWEGIAN_LAST_LETTERS).split() or [""]
    return surname, " ".join(given)


class PersonRelation(models.Model):
    """A link from a page to a person, in the page's language (``core.references``); localised when shown."""

    person = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("person"))

    panels = [PageChooserPanel("person", "people.PersonPage")]

    class Meta:
        abstract = True


class PeopleIndexPage(SectionIndexPage):
    subpage_types = ["people.PersonPage"]

    class Meta:
        verbose_name = _("people index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        people = sorted(visible(PersonPage.objects.child_of(self)), key=surname_first)
        cards = cards_for(people, [person.board_role for person in people])
        context["board_cards"] = [card for card in cards if card.page.is_board_member]
        context["people_cards"] = [card for card in cards if not card.page.is_board_member]
        return context


class PersonPage(BasePage):
    """The page title is the person's full name."""

    search_type = "people"
    search_vocabulary_fields = ("title", "role")

    role = models.CharField(_("role or title"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = optional_image_field(_("photo"))
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link", "ul"])
    board_role = models.CharField(
        _("board role"),
        max_length=100,
        blank=True,
        help_text=_("For example 'Board member'; leave empty if not on the board."),
    )
    board_term_start = models.DateField(_("board term starts"), null=True, blank=True)
    board_term_end = models.DateField(_("board term ends"), null=True, blank=True)
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        MultiFieldPanel(
            [FieldPanel("board_role"), FieldRowPanel([FieldPanel("board_term_start"), FieldPanel("board_term_end")])],
            heading=_("Board membership"),
        ),
        FieldPanel("links"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.SearchField("biography"),
        # Wagtail's admin page search reads autocomplete fields only.
        index.AutocompleteField("role"),
        index.AutocompleteField("organisation"),
        index.AutocompleteField("biography"),
    ]

    parent_page_types = ["people.PeopleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def search_snippet_texts(self):
        return [", ".join(filter(None, [self.role, self.organisation])), strip_tags(self.biography)]

    @property
    def is_board_member(self):
        return bool(self.board_role)

    def card_image(self):
        return CardImage(self.photo_id) if self.photo_id else None  # decorative: the name is beside it

    def get_appearances(self, site):
        """
        Articles (news, recaps) in this page's language that quote, feature or were written by this
        person, newest first, found through Wagtail's reference index: those any reader of ``site``
        may see (live, public and on ``site``).
        """
        page_type = ContentType.objects.get_for_model(Page)
        # The reference index keeps object ids as text: compare them as text, all in one query.
        person_ids = (
            Page.objects.filter(translation_key=self.translation_key)
            .annotate(text_id=Cast("pk", CharField()))
            .values("text_id")
        )
        referencing_ids = (
            ReferenceIndex.objects.filter(
                to_content_type=page_type, to_object_id__in=person_ids, base_content_type=page_type
            )
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        keys = Page.objects.filter(pk__in=referencing_ids).values("translation_key")
        pages = specific_pages(
            visible(Page.objects.all()).filter(in_site(site), locale_id=self.locale_id, translation_key__in=keys)
        )
        articles = [page for page in pages if isinstance(page, ArticlePage)]
        return sorted(articles, key=lambda article: (article.listing_date, article.pk), reverse=True)

    def use_images(self, images):
        super().use_images(images)
        if self.photo_id in images:
            self.photo = images[self.photo_id]

    def get_context(self, request, *args, **kwargs):
        """The person's photo and the cards of the articles they appear in, their images read at once."""
        context = super().get_context(request, *args, **kwargs)
        appearances = self.get_appearances(Site.find_for_request(request))
        images = fetch_images([self.photo_id, self.social_image_id, *card_image_ids(appearances)])
        self.use_images(images)
        context["appearance_cards"] = cards_for(appearances, images=images)
        return context
