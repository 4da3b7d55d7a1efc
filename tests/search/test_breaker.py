"""
The circuit breaker's states (search/outage.py), in the cache every process shares: closed, paused
after a failure, then half-open, where one request probes the engine while the others wait.
"""

import pytest
from django.core.cache import cache

from search.outage import PAUSE_KEY, engine_answered, engine_paused, pause_engine


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_healthy_engine_is_not_paused():
    assert [engine_paused() for _ in range(3)] == [False, False, False]


def test_after_a_failure_every_request_skips_the_engine():
    pause_engine()
    assert [engine_paused() for _ in range(3)] == [True, True, True]


def test_when_the_pause_runs_out_one_request_probes_and_the_others_keep_away():
    pause_engine()
    cache.delete(PAUSE_KEY)  # the pause runs out
    assert [engine_paused() for _ in range(3)] == [False, True, True]


def test_an_answer_to_the_probe_closes_the_breaker():
    pause_engine()
    cache.delete(PAUSE_KEY)
    assert engine_paused() is False  # the probe
    engine_answered()
    assert [engine_paused() for _ in range(3)] == [False, False, False]


def test_a_failed_probe_pauses_everyone_again():
    pause_engine()
    cache.delete(PAUSE_KEY)
    assert engine_paused() is False  # the probe
    pause_engine()  # it failed
    assert [engine_paused() for _ in range(2)] == [True, True]
    cache.delete(PAUSE_KEY)
    assert [engine_paused() for _ in range(2)] == [False, True]  # a new probe, once
