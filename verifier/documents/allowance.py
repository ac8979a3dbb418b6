"""The time the other readings of one chain may take, counted in the CPU time of the process checking it.

A step FAILED literally is checked again under every other plausible reading
(:mod:`verifier.documents.doubts`), within ``doubts.READINGS_SECONDS``; the readings not tried by then
leave the step SKIPPED ("not every plausible reading could be tried"). Measured on the wall clock, that
limit made the verdicts of heavy chains depend on how busy the machine was: the same notes got PROVED
on an idle machine and SKIPPED under load. Counted in CPU seconds of this process (the chain's worker),
the readings tried are the same on any machine of the same speed, however loaded. A wall-clock cap, a
multiple of the allowance, still ends them on a machine so busy that the chain's own timeout would
otherwise take every step of the chain (TIMEOUT) instead of the few readings left.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from verifier.budget import WALL_FACTOR  # the wall-clock cap, as a multiple of the CPU allowance


class Allowance:
    """CPU seconds (and a wall-clock cap) for the other readings of one chain; work done while
    :meth:`paused` (inferring the row reading's scope, which is cached) is not counted."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._cpu = time.process_time()
        self._wall = time.perf_counter()

    def spent(self) -> bool:
        """Has the allowance run out (CPU seconds, or the wall-clock cap)?"""
        if time.process_time() - self._cpu > self.seconds:
            return True
        return time.perf_counter() - self._wall > self.seconds * WALL_FACTOR

    @contextmanager
    def paused(self) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            yield
        finally:
            self._cpu += time.process_time() - cpu
            self._wall += time.perf_counter() - wall
