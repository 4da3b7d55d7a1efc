"""Middleware of the foundation: what every request must satisfy before any app sees it."""

from django.core.exceptions import BadRequest


class RejectNulBytesMiddleware:
    """
    A NUL byte (``%00``) in the path or the query string is a 400 Bad Request, before routing.

    No address or parameter of the site can hold one, and PostgreSQL refuses NUL in text with a
    ``DataError``: ``/en/news/?topic=%00``, ``/nb/sok/?topic=%00`` and the API's
    ``/api/v2/pages/find/?html_path=%00`` (Wagtail's router looks the slug up) were 500s there.
    SQLite stores NUL, so only the PostgreSQL run of the suite showed them. Stopping it here
    covers Wagtail's own views too, which no parameter parsing of ours reaches.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or any(
            "\x00" in name or any("\x00" in value for value in values) for name, values in request.GET.lists()
        ):
            raise BadRequest("The address holds a NUL byte.")
        return self.get_response(request)
