"""Freed memory goes back to the system when the bot says so (glibc)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval import memory


def _anon_mb() -> float:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    match = re.search(r"RssAnon:\s*(\d+)", status)
    assert match
    return int(match.group(1)) / 1024


@pytest.mark.skipif(memory._libc() is None or not Path("/proc/self/status").exists(), reason="glibc on Linux only")
def test_give_back_returns_the_free_pages_between_live_blocks() -> None:
    blocks = [bytearray(16384) for _ in range(8192)]  # 128 MB from malloc's heap (below its mmap threshold)
    del blocks[::2]  # 64 MB of holes a page or more wide, between live blocks: free() keeps them
    before = _anon_mb()
    memory.give_back()
    assert before - _anon_mb() > 32
    assert len(blocks) == 4096  # still alive
