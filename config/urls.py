from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.feeds import EventRecapFeed, NewsFeed
from home.sitemaps import MultilingualSitemap
from home.views import robots_txt
from search import urls as search_urls
from search import views as search_views

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    from .media import serve_media

    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve_media))

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "search/"), include(search_urls)),
    re_path(r"^search/(?P<rest>.*)$", search_views.old_search_address),  # /nb/search/ from before /nb/sok/
    path("feeds/news/", NewsFeed(), name=NewsFeed.url_name),
    path("feeds/events/", EventRecapFeed(), name=EventRecapFeed.url_name),
    path("", include(wagtail_urls)),
)
