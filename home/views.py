from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET


@require_GET
def robots_txt(request):
    """
    Crawlers may read every page but the admin, the API and the search results (``noindex``
    anyway, and endless in their combinations of filters); the sitemap lists the pages.
    """
    disallowed = ["/admin/", "/api/"]
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            disallowed.append(reverse("search:search"))
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in disallowed),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
