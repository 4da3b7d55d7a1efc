"""
What the site's chrome shows around a page, in one query: its translations (language switcher,
``hreflang``), its ancestors (breadcrumbs, structured data) and theirs (the home page in the reader's
language, the nearest translated ancestor), the menu and the page it was translated from.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from .localization import LanguageLink, Provenance
from .queries import restricted_q


class PageFamily:
    """
    ``page`` among its relatives on ``site``, for readers of ``language``; with no page (a view that
    is not a Wagtail page, such as search), the site's home page stands in for it.

    - ``ancestors``: the page's ancestors below the tree's root, and the page itself, top first;
    - ``translations``: ``{language code: page}``, the page's live translations and itself;
    - ``home``: the site's home page in ``language`` (itself when that translation is not live);
    - ``sections``: the live, public pages right under that home page; ``menu``: those of them
      marked "show in menus";
    - ``provenance``: where a translated page comes from (a ``Provenance``), or None.
    """

    def __init__(self, page, site, language):
        self.page, self.site, self.language = page, site, language
        root = site.root_page if site else None
        subject = page if page is not None else root
        self.ancestors, self.translations, self.sections, self.menu = [], {}, [], []
        self.home, self.provenance, self._translated = root, None, {}
        if subject is None:
            return
        steplen = Page.steplen
        paths = [subject.path[: steplen * depth] for depth in range(2, subject.depth + 1)]
        relatives = Q(path__in=paths) | Q(
            live=True, translation_key__in=Page.objects.filter(path__in=paths).values("translation_key")
        )
        if root is not None:
            under_a_home = Exists(
                Page.objects.filter(
                    translation_key=root.translation_key, path=Substr(OuterRef("path"), 1, root.depth * steplen)
                )
            )
            relatives |= Q(under_a_home, depth=root.depth + 1, live=True)
        rows = Page.objects.filter(relatives).select_related("locale").annotate(restricted=restricted_q())
        if page is not None:
            sources = Translation.objects.filter(
                source__object_id=page.translation_key,
                source__locale_id=OuterRef("locale_id"),
                target_locale_id=page.locale_id,
            ).exclude(source__locale_id=page.locale_id)
            rows = rows.annotate(
                is_original=Exists(sources), synced_at=Subquery(sources.values("source__last_updated_at")[:1])
            )
        rows = list(rows.order_by("path"))
        self._read(rows, paths, subject, root)

    def _read(self, rows, paths, subject, root):
        for row in rows:
            if row.live and not row.restricted:  # what every reader may open, the switcher's targets
                self._translated.setdefault((row.translation_key, row.locale.language_code), row)
        by_path = {row.path: row for row in rows}
        if self.page is not None and self.page.path in by_path and not Page.locale.is_cached(self.page):
            self.page.locale = by_path[self.page.path].locale  # read here rather than on its own
        self.ancestors = [by_path[path] for path in paths[:-1] if path in by_path] + [subject]
        if root is not None:
            self.home = self._translated.get((root.translation_key, self.language), root)
            self.sections = [
                row
                for row in rows
                if row.depth == root.depth + 1
                and row.path.startswith(self.home.path)
                and row.live
                and not row.restricted
            ]
            self.menu = [row for row in self.sections if row.show_in_menus]
        if self.page is None:
            return
        self.translations = {
            row.locale.language_code: row
            for row in rows
            if row.live and not row.restricted and row.translation_key == self.page.translation_key
        }
        self.translations[self.page.locale.language_code] = self.page  # even a draft preview
        original = next(
            (
                row
                for row in rows
                if row.is_original
                and row.live
                and not row.restricted
                and row.translation_key == self.page.translation_key
            ),
            None,
        )
        if original is not None:
            may_lag = bool(
                original.synced_at and original.last_published_at and original.last_published_at > original.synced_at
            )
            self.provenance = Provenance(original, may_lag)

    @property
    def parent(self):
        """The page's parent (None for a site's home page, or with no page)."""
        return self.ancestors[-2] if self.page is not None and len(self.ancestors) > 1 else None

    def nearest_translated_ancestor(self, language_code):
        """The deepest live ancestor (not the page itself) translated into ``language_code``, or None."""
        for ancestor in reversed(self.ancestors[:-1]):
            translated = self._translated.get((ancestor.translation_key, language_code))
            if translated is not None:
                return translated
        return None


def page_family(request, page=None):
    """The ``PageFamily`` of ``page`` (or of the site, for other views), read once per request."""
    site = Site.find_for_request(request) if request is not None else None
    language = get_language() or settings.LANGUAGE_CODE
    if request is None:
        return PageFamily(page, site, language)
    if page is not None and page.pk is None:  # a preview of a page not saved yet
        return PageFamily(page, site, language)
    families = request.__dict__.setdefault("_page_families", {})
    key = (page.pk if page is not None else None, language)
    if key not in families:
        families[key] = PageFamily(page, site, language)
    return families[key]


def page_language_links(page, request=None):
    """
    One link per site language: to ``page``'s live translation, or, when there is none, to the
    nearest ancestor that is translated (marked ``is_fallback`` so the switcher can say so).
    """
    family = page_family(request, page)
    links = []
    for code, _name in settings.LANGUAGES:
        if code in family.translations:
            target = family.translations[code]
            links.append(LanguageLink(code, target.get_url(request), target, is_current=target.pk == page.pk))
        elif (ancestor := family.nearest_translated_ancestor(code)) is not None:
            links.append(LanguageLink(code, ancestor.get_url(request), ancestor, is_fallback=True))
    return links
