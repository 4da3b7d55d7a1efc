from django.urls import reverse


def refused(response):
    """Wagtail's admin answers a refused action with 403, or a redirect to the dashboard saying so."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])
