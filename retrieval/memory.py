"""Giving memory back: a serving process should hold what it keeps, not what it once used.

glibc's malloc keeps freed memory for reuse: up to eight arenas per core for a process with threads (search
runs the lexical and the dense query side by side), and free pages inside each. A bot that had answered the 158
dev and dev2 questions held 15 MB it no longer used; ``few_arenas`` at start and ``give_back`` after each answer
(half a millisecond) return it. Elsewhere than glibc both do nothing.

Python's cycle collector, too, works for what lives on: importing belegbot and reading its models makes about a
million objects that live as long as the process, and at the default threshold (a young collection every 700 new
containers, a full one after every hundred) the collector walked them again and again, 0.2 s of the 2.5 s of CPU a
cold start took to its first answer (stop 55). ``few_collections`` (called by the package's ``__init__``, before
anything is imported) collects every 20,000 new containers instead until ``collect_as_usual`` (once ``Belegbot``
is built), so a serving process collects as it always did: restored after the first answer instead, a bot that had
answered 320 questions held 4 MB more in 2 runs of 2.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # mallopt's parameter number for the arena limit (malloc.h)
ARENAS = 2  # one per core of the machine it serves on; more arenas hold more free memory, not more speed
STARTING_THRESHOLD = 20_000  # new containers between young collections while the process starts (Python's: 700)
_usual: list[tuple[int, int, int]] = []  # the thresholds before ``few_collections``, while it holds


@cache
def _libc() -> Any | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.malloc_trim  # noqa: B018  (glibc only: musl and macOS have no malloc_trim)
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError, TypeError):
        return None
    return libc


def few_arenas() -> None:
    """Let the threads that start from now on share ``ARENAS`` malloc arenas."""
    libc = _libc()
    if libc is not None and not libc.mallopt(M_ARENA_MAX, ARENAS):
        log.debug("mallopt(M_ARENA_MAX) refused")


def give_back() -> None:
    """Return the free pages of every malloc arena to the system."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def few_collections() -> None:
    """Collect cycles every ``STARTING_THRESHOLD`` new containers until :func:`collect_as_usual`: a starting process
    makes objects that live on, not garbage (no effect if the threshold is that high already)."""
    usual = gc.get_threshold()
    if not _usual and usual[0] < STARTING_THRESHOLD:
        _usual.append(usual)
        gc.set_threshold(STARTING_THRESHOLD, *usual[1:])


def collect_as_usual() -> None:
    """The collector's thresholds as they were before :func:`few_collections` (a no-op once they are)."""
    try:
        usual = _usual.pop()
    except IndexError:  # as usual already (or another thread restored them just now)
        return
    gc.set_threshold(*usual)
