"""
What the site does while the search engine is away.

A circuit breaker: after a failure the engine is paused for ``PAUSE_SECONDS`` (in the cache, so
every process that shares the cache skips it), searches go to the database meanwhile, and index
updates the engine did not take are kept as ``MissedIndexUpdate`` rows. When the engine answers
again, the missed updates are sent (``send_missed_updates``, through the task queue), and a row is
deleted only once the engine has confirmed its update; ``manage.py search_catch_up`` does the same
by hand or from a timer.
"""

import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

PAUSE_KEY = "search:engine-paused"
PAUSE_SECONDS = 30
# Set when an update is recorded, so that the first answer from the engine sends it; the rows,
# not this flag, are the record: search_catch_up finds them even if the cache forgets.
PENDING_KEY = "search:missed-updates-pending"


def engine_paused():
    """True for a while after the engine failed: searches and index updates skip it meanwhile."""
    return cache.get(PAUSE_KEY, False)


def pause_engine():
    cache.set(PAUSE_KEY, True, PAUSE_SECONDS)


def record_missed_update(language, obj, action):
    from .models import MissedIndexUpdate

    MissedIndexUpdate.record(language, obj, action)
    cache.set(PENDING_KEY, True, None)


def engine_answered():
    """Called when the engine did what it was asked: queue sending what it missed, if anything."""
    if cache.get(PENDING_KEY):
        cache.delete(PENDING_KEY)
        from .tasks import send_missed_updates

        send_missed_updates.enqueue()


def send_missed_updates_now():
    """
    Sends the recorded updates, oldest first, and returns ``(sent, still_missed)``. Stops at the
    first the engine does not take (and pauses it): nothing is deleted that was not delivered, and
    an update recorded again while it was being sent is kept for next time.
    """
    from wagtail.search.backends import get_search_backend

    from .models import MissedIndexUpdate

    sent = 0
    for missed in MissedIndexUpdate.objects.select_related("content_type").order_by("missed_at", "pk"):
        if missed.backend in settings.WAGTAILSEARCH_BACKENDS:
            try:
                get_search_backend(missed.backend).deliver(
                    missed.action, missed.content_type.model_class(), missed.object_id
                )
            except Exception:
                logger.exception("The search engine still fails; %s missed updates kept", missed.backend)
                pause_engine()
                cache.set(PENDING_KEY, True, None)
                return sent, MissedIndexUpdate.objects.count()
            sent += 1
        # No engine of that name any more (SEARCH_URL changed): nothing to send it to.
        MissedIndexUpdate.objects.filter(pk=missed.pk, missed_at=missed.missed_at).delete()
    return sent, MissedIndexUpdate.objects.count()
