"""
What the site does while the search engine is away.

A circuit breaker: after a failure the engine is paused for ``PAUSE_SECONDS`` (in the shared cache,
so every process skips it), then one request at a time probes it until it answers; searches go to
the database meanwhile, and index
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
# Once the pause is over, one request (whichever process wins the probe) tries the engine while
# the others keep to the database, so a still-hanging engine holds one worker, not all of them.
TRIPPED_KEY = "search:engine-tripped"
PROBE_KEY = "search:engine-probe"
TRIPPED_SECONDS = 60 * 60
# Set when an update is recorded, so that the first answer from the engine sends it; the rows,
# not this flag, are the record: search_catch_up finds them even if the cache forgets.
PENDING_KEY = "search:missed-updates-pending"


def engine_paused():
    """True for a while after the engine failed: searches and index updates skip it meanwhile."""
    state = cache.get_many([PAUSE_KEY, TRIPPED_KEY])
    if state.get(PAUSE_KEY):
        return True
    if state.get(TRIPPED_KEY):
        # The probe lasts as long as a pause: if it hangs, the others wait for it, not for the engine.
        return not cache.add(PROBE_KEY, True, PAUSE_SECONDS)
    return False


def pause_engine():
    cache.set_many({PAUSE_KEY: True}, PAUSE_SECONDS)
    cache.set(TRIPPED_KEY, True, TRIPPED_SECONDS)
    cache.delete(PROBE_KEY)


def record_missed_update(language, obj, action):
    from .models import MissedIndexUpdate

    MissedIndexUpdate.record(language, obj, action)
    cache.set(PENDING_KEY, True, None)


def engine_answered():
    """Called when the engine did what it was asked: close the breaker, send what it missed."""
    state = cache.get_many([PENDING_KEY, TRIPPED_KEY])
    if state.get(TRIPPED_KEY):
        cache.delete_many([TRIPPED_KEY, PROBE_KEY])
    if state.get(PENDING_KEY):
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
