"""
What the site does while the search engine is away: it stops asking for a while (every process
reads the same pause from the cache), searches the database instead, and records the index updates
the engine missed as ``MissedIndexUpdate`` rows, which ``manage.py search_catch_up`` replays.
"""

from django.core.cache import cache

PAUSE_KEY = "search:engine-paused"
PAUSE_SECONDS = 30


def engine_paused():
    """True for a while after the engine failed: searches and index updates skip it meanwhile."""
    return cache.get(PAUSE_KEY, False)


def pause_engine():
    cache.set(PAUSE_KEY, True, PAUSE_SECONDS)


def record_missed_update(language, obj, action):
    from .models import MissedIndexUpdate

    MissedIndexUpdate.record(language, obj, action)
