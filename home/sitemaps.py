"""
The sitemap: every live, public page of the current site in every language, each with
``xhtml:link`` alternates to its translations and an ``x-default``, at the host the request came
to (the same addresses as the pages' own ``hreflang`` links), dated by its last publication.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots.only("path"):
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .select_related("locale")
            .only(
                "pk", "path", "url_path", "translation_key", "locale", "last_published_at", "latest_revision_created_at"
            )
            .order_by("path")
        )

    def location(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page_number, protocol, domain):
        pages = list(self.paginator.page(page_number).object_list)
        translations = defaultdict(dict)  # translation key -> {language code: URL}
        for page in self._translations_of(pages):
            translations[page.translation_key][page.locale.language_code] = self.location(page)

        urls = []
        for page in pages:
            versions = translations[page.translation_key]
            alternates = [
                {"lang_code": code, "location": versions[code]} for code, _ in settings.LANGUAGES if code in versions
            ]
            alternates.append({"lang_code": "x-default", "location": alternates[0]["location"]})
            urls.append(
                {
                    "item": page,
                    "location": versions[page.locale.language_code],
                    "lastmod": self.lastmod(page),
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _translations_of(self, pages):
        """The pages in the sitemap that share a translation key with ``pages`` (themselves included)."""
        keys = {page.translation_key for page in pages}
        return list(self.items().filter(translation_key__in=keys)) if keys else []
