"""
The read-only Wagtail API v2 at ``/api/v2/``: pages (live and public only, of the site the
request is for; filter with ``?locale=nb`` and ``?translation_of=<id>``, search with ``?search=``)
and images (those in collections without view restrictions).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.upstream_fixes import IntegerIdFindMixin


class PagesEndpoint(IntegerIdFindMixin, PagesAPIViewSet):
    pass


class ImagesEndpoint(IntegerIdFindMixin, ImagesAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
