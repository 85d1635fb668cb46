"""Giving memory back: a serving process should hold what it keeps, not what it once used.

glibc's malloc keeps freed memory for reuse: up to eight arenas per core for a process with threads (search
runs the lexical and the dense query side by side), and free pages inside each. A bot that had answered the 158
dev and dev2 questions held 15 MB it no longer used; ``few_arenas`` at start and ``give_back`` after each answer
(half a millisecond) return it. Elsewhere than glibc both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # mallopt's parameter number for the arena limit (malloc.h)
ARENAS = 2  # one per core of the machine it serves on; more arenas hold more free memory, not more speed


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
