"""
The read-only Wagtail API v2 at ``/api/v2/``: pages (live and public only, of the site the
request is for, so ``?site=`` is refused; filter with ``?locale=nb`` and ``?translation_of=<id>``,
search with ``?search=``) and images (those that pages readers may see on this site show, in
collections without view restrictions).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex, Site

from core.localization import in_site
from core.queries import visible
from core.upstream_fixes import IntegerIdFindMixin


class PagesEndpoint(IntegerIdFindMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        """
        The pages of the site the request came to. Wagtail's ``?site=<hostname>`` would list
        another site's pages at this site's address (and on any host the sites share a server with).
        """
        if "site" in self.request.GET:
            raise BadRequestError("site: this API serves the pages of the site it is on")
        return super().get_base_queryset()


class ImagesEndpoint(IntegerIdFindMixin, ImagesAPIViewSet):
    def get_queryset(self):
        """
        Only images that a live, public page of this site uses (Wagtail's reference index knows
        which): the hero of a draft, a private page or another site's page stays unlisted.
        """
        visible_pages = visible(Page.objects.filter(in_site(Site.find_for_request(self.request))))
        used = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=visible_pages.annotate(text_id=Cast("pk", CharField())).values("text_id"),
            to_content_type=ContentType.objects.get_for_model(self.model),
        ).values_list("to_object_id", flat=True)
        # A list, not a subquery: ?search= hands the queryset to the search backend, which takes
        # plain field lookups only.
        return super().get_queryset().filter(pk__in=[int(pk) for pk in set(used) if pk.isdigit()])


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
