"""Uploaded images and documents served by the app itself: production on one machine (SERVE_MEDIA)."""

from django.conf import settings
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

# A day: an upload keeps its address once made (Wagtail gives a replaced file a new name, and a
# rendition's name carries its filter), but an image deleted for a reason should not linger a year.
MEDIA_MAX_AGE = 24 * 60 * 60


@require_safe
@cache_control(public=True, max_age=MEDIA_MAX_AGE)
def serve_media(request, path):
    """Django's file view (no directory listings, no paths outside MEDIA_ROOT, If-Modified-Since)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
