"""Rich text as anonymous readers may see it: page links only to pages they can open."""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from .queries import visible


class PublicPageLinkHandler(PageLinkHandler):
    """
    Wagtail's page links, except that a link to a draft, an unpublished page or a page behind a
    login or password (its own or an ancestor's) keeps its text but loses its address, as Wagtail
    renders a link to a deleted page: the address would name the page (its slug) to every reader.
    """

    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = visible(Page.objects.filter(id__in=ids)).defer_streamfields().specific()
        by_id = {str(page.id): page for page in pages}
        return [by_id.get(str(page_id)) for page_id in ids]
