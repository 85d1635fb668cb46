"""Per-user flood control for questions: at most so many in any sliding minute."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most ``per_minute`` events per key in any sliding minute."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute < 1:
            raise ValueError(f"per_minute must be >= 1, got {per_minute}")
        self.per_minute = per_minute
        self.clock = clock
        self._events: dict[int, deque[float]] = {}

    def wait(self, key: int) -> float:
        """0 and the event is counted, or the seconds until ``key`` may go again."""
        now = self.clock()
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - 60.0:
            events.popleft()
        if len(events) >= self.per_minute:
            return 60.0 - (now - events[0])
        events.append(now)
        return 0.0
