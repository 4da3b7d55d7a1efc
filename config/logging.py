"""
Logging for production: one JSON object a line on stderr (what a process manager or a container
platform collects), each with the request id of the request that wrote it and, for errors, the
traceback.
"""

import contextvars
import json
import logging
import re
import uuid

request_id = contextvars.ContextVar("request_id", default="-")

# An id a proxy in front passed on is kept only if it looks like one: it ends up in every log line.
VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,128}$")


class RequestIdMiddleware:
    """
    Gives every request an id: the proxy's ``X-Request-ID`` when it sent a sensible one, otherwise
    a new one. Log lines carry it, and so does the response, so a reader's report of an error page
    leads to its traceback.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        current = incoming if VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(current)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = current
        return response


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id.get(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            entry["method"] = request.method
            entry["path"] = request.path
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def logging_settings(level):
    """Django's LOGGING: everything at ``level`` and above, as JSON lines, to stderr."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "config.logging.JsonFormatter"}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            # Django's own handlers (mail to ADMINS, console only with DEBUG) are replaced: errors,
            # with their tracebacks, go to stderr like everything else.
            "django": {"handlers": ["stderr"], "level": level, "propagate": False},
            "django.server": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }
