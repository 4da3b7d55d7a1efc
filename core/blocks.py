"""StreamField blocks shared by news articles and event recaps."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .preload import PreloadedImageChooserBlock, PreloadedPageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "H2"), ("h3", "H3")], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Cancer Crosslinks 2025", "level": "h2"}


# Wagtail's own ImageBlock message, whose Norwegian locale/nb supplies.
IMAGE_ALT_TEXT_MISSING = _("Please add some alt text for your image or mark it as decorative")


class LabelledImageBlock(ImageBlock):
    """
    Wagtail's ImageBlock, whose image field upstream leaves without a (translatable) label, and
    whose chooser takes images a page has read already (``core.preload``). Neither
    shows in migrations: an ImageBlock deconstructs without its child blocks.
    """

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        chooser = PreloadedImageChooserBlock(required=required)
        chooser.set_name("image")
        chooser.label = _("Image")
        self.child_blocks["image"] = chooser


class PhotoBlock(blocks.StructBlock):
    """
    A published photo: Wagtail's ImageBlock (alt text in this page's language, or "decorative")
    with the caption and credit a newsroom prints under it.
    """

    image = LabelledImageBlock(label=_("Image and alt text"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)
    credit_kind = blocks.ChoiceBlock(
        choices=[("photo", _("Photo")), ("illustration", _("Illustration"))],
        default="photo",
        label=_("Credited as"),
    )

    class Meta:
        icon = "image"
        template = "blocks/photo_block.html"
        label = _("Image")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Gallery title"), required=False, max_length=200)
    images = blocks.ListBlock(PhotoBlock(label=_("Gallery image")), min_num=1, label=_("Images"))

    def clean(self, value):
        value = super().clean(value)
        # Wagtail asks for alt text only at publishing; in a gallery of many images the editor
        # then hunts for the one without it, so a gallery asks for it when a draft is saved too.
        undescribed = {
            index: StructBlockValidationError(
                block_errors={
                    "image": StructBlockValidationError(
                        block_errors={"alt_text": ValidationError(IMAGE_ALT_TEXT_MISSING)}
                    )
                }
            )
            for index, photo in enumerate(value["images"])
            if photo["image"] and not photo["image"].contextual_alt_text and not photo["image"].decorative
        }
        if undescribed:
            raise StructBlockValidationError(
                block_errors={"images": ListBlockValidationError(block_errors=undescribed)}
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        label = _("Gallery")


class QuoteBlock(blocks.StructBlock):
    """
    A quote attributed to a person page, or to a name and role when the person has no page.
    The page shows the person in the reader's language: ``ArticlePage.get_context`` puts every page
    the article links to, localised in one query, in ``linked_pages``.
    """

    text = blocks.TextBlock(label=_("Quote"))
    person = PreloadedPageChooserBlock(
        page_type="people.PersonPage",
        required=False,
        label=_("Person"),
        help_text=_("Choose the person quoted, or fill in name and role below."),
    )
    name = blocks.CharBlock(label=_("Name"), required=False, max_length=200)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=200)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        person = value.get("person")
        if person is not None:
            linked_pages = (parent_context or {}).get("linked_pages")
            context["person"] = linked_pages.get(person.pk) if linked_pages is not None else person.specific
        return context

    def clean(self, value):
        value = super().clean(value)
        # Like Wagtail's own checks, this one waits for publishing: a draft may be unfinished.
        if not self.is_deferred_validation and not value.get("person") and not value.get("name"):
            raise StructBlockValidationError(
                block_errors={"name": ValidationError(_("Choose a person or give the name of the person quoted."))}
            )
        return value

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "text": "We treat cancer differently than we did ten years ago.",
            "name": "Magnus Essand",
            "role": "Speaker",
        }


class BodyStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    image = PhotoBlock()
    quote = QuoteBlock()
    gallery = GalleryBlock()
    embed = EmbedBlock(label=_("Embedded media"), icon="media", template="blocks/embed_block.html")

    @staticmethod
    def quoted_page_ids(body):
        """Ids of the person pages quoted in a body, read from its raw data without loading them."""
        return [
            block["value"]["person"]
            for block in body.raw_data
            if block["type"] == "quote" and block["value"].get("person")
        ]


class HeroStreamBlock(blocks.StreamBlock):
    """The photo at the top of an article: at most one, so a StreamField can hold it with its alt text."""

    photo = PhotoBlock()

    class Meta:
        max_num = 1
