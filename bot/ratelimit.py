"""A cost budget per user, shared by messages, commands, buttons and inline queries.

Each user has a bucket of ``per_minute × ANSWER`` units that refills evenly over a minute; every update
spends what its work costs (``cost``): an answer ``ANSWER``, an inline search ``INLINE``, a quote
check (``/quote``, or a question with quotation marks) ``QUOTE``, each once more per ``LONG_CHARS``
characters of input, and anything that only sends a reply ``CHEAP``.
An update the bucket cannot pay for is dropped; only the first in each ``NOTE_EVERY`` seconds gets a
"please wait" note, so a flood never turns into a flood of replies (which Telegram would answer with
429s). Buckets of users who have been quiet long enough to be full again are forgotten, and there are
never more than ``max_users`` of them, so memory stays bounded however many users write.
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

CHEAP = 3  # a command, a button, media, a text without words: only a reply is sent
CONTEXT = 3  # a "context" button: one article read
INLINE = 5  # an inline search (sent while the user types; Telegram caches repeats for a minute)
ANSWER = 10  # a question answered
QUOTE = 20  # a /quote check: matching a quote against the articles costs the most
QUOTE_MARKS = frozenset('„“”"«»‹›')  # a question with these is likely a quote check (apostrophes are not)
LONG_CHARS = 500  # each further this many characters of input costs the base price once more
NOTE_EVERY = 60.0  # seconds: at most one "please wait" note per user in this window
MAX_USERS = 10_000


def cost(base: int, chars: int = 0) -> int:
    """What work of price ``base`` on ``chars`` characters of input costs."""
    return base * (1 + max(0, chars - 1) // LONG_CHARS)


def question_cost(text: str, base: int = ANSWER) -> int:
    """A question's cost: ``QUOTE`` instead of ``base`` when it quotes something (checking a quote is
    the expensive kind of answer), more for long ones."""
    return cost(QUOTE if QUOTE_MARKS.intersection(text) else base, len(text))


class Verdict(enum.Enum):
    GO = "go"  # paid: do the work
    NOTE = "note"  # over budget: say "please wait" (the first time in a window)
    DROP = "drop"  # over budget, already told: ignore silently


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    wait: float = 0.0  # seconds until the update would have been paid for


@dataclass
class _Bucket:
    units: float
    updated: float
    noted: float = -math.inf


class CostBudget:
    """``per_minute`` answers' worth of units per user and minute (see the module docstring)."""

    def __init__(
        self, per_minute: int, clock: Callable[[], float] = time.monotonic, max_users: int = MAX_USERS
    ) -> None:
        if per_minute < 1:
            raise ValueError(f"per_minute must be >= 1, got {per_minute}")
        if max_users < 1:
            raise ValueError(f"max_users must be >= 1, got {max_users}")
        self.capacity = float(per_minute * ANSWER)
        self.rate = self.capacity / 60.0  # units per second
        self.clock = clock
        self.max_users = max_users
        self._buckets: dict[int, _Bucket] = {}  # least recently seen first

    def charge(self, key: int, units: int) -> Decision:
        """Spend ``units`` (at most a full bucket) of ``key``'s budget, or say why not."""
        now = self.clock()
        bucket = self._buckets.pop(key, None) or _Bucket(self.capacity, now)
        self._buckets[key] = bucket  # now the most recently seen
        bucket.units = min(self.capacity, bucket.units + (now - bucket.updated) * self.rate)
        bucket.updated = now
        price = min(float(units), self.capacity)
        self._evict(now)
        if bucket.units >= price:
            bucket.units -= price
            return Decision(Verdict.GO)
        wait = (price - bucket.units) / self.rate
        if now - bucket.noted >= NOTE_EVERY:
            bucket.noted = now
            return Decision(Verdict.NOTE, wait)
        return Decision(Verdict.DROP, wait)

    def __len__(self) -> int:
        return len(self._buckets)

    def _evict(self, now: float) -> None:
        """Forget the least recently seen users whose buckets are full again (and whose note window is
        over), and any beyond ``max_users``."""
        refill = self.capacity / self.rate
        while self._buckets:
            key, oldest = next(iter(self._buckets.items()))
            idle = now - oldest.updated
            if len(self._buckets) <= self.max_users and (idle < refill or now - oldest.noted < NOTE_EVERY):
                return
            del self._buckets[key]
