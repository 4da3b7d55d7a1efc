"""
The read-only Wagtail API v2 at ``/api/v2/``: pages (live and public only, of the site the
request is for, so ``?site=`` is refused; filter with ``?locale=nb`` and ``?translation_of=<id>``,
search with ``?search=``) and images (those in collections without view restrictions).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

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
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
