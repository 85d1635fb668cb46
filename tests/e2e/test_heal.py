"""Issue 11, stores that heal, through the real CLI in a subprocess (a new process opens Chroma afresh, as
an operator's next command would): a damaged lexical file is rebuilt and answers; Chroma's data lost is
one line telling the admin to rebuild, with the lexical side kept; a read-only index folder and a full
disk are one line naming the folder, and the old generation keeps serving.

The full disk is a file size limit (``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored, so a write past it fails
as on a full disk); the read-only folder drops the capability that lets root ignore file modes.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

QUESTION = "How many soldiers is North Korea sending to Russia, according to whom?"
ROOT_WITHOUT_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


class Cli:
    """``python -m bot.cli`` in a subprocess over one index folder and a copy of the seed corpus."""

    def __init__(self, index_dir: Path, corpus: Path) -> None:
        self.index_dir = index_dir
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("BELEGBOT_")},
            "BELEGBOT_INDEX_DIR": str(index_dir),
            "BELEGBOT_CORPUS_DIR": str(corpus),
        }

    def __call__(
        self, *args: str, prefix: list[str] | None = None, limit: Callable[[], None] | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = [*(prefix or []), sys.executable, "-m", "bot.cli", *args]
        return subprocess.run(
            command, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=300, preexec_fn=limit
        )

    def answer(self) -> str:
        result = self("ask", QUESTION)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        assert "1500 nordkoreanischen Soldaten" in result.stdout, result.stdout
        return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``error:`` line a failed command printed (and nothing like a traceback)."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "╭" not in result.stderr, result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    return line


@pytest.fixture
def cli(seed_index_copy: Callable[[str], Path], tmp_path: Path) -> Cli:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    return Cli(seed_index_copy("heal"), corpus)


def test_a_lexical_file_cut_in_half_is_rebuilt_and_answers_as_before(cli: Cli) -> None:
    before = cli.answer()
    lexical = cli.index_dir / "lexical.sqlite"
    with lexical.open("r+b") as file:
        file.truncate(lexical.stat().st_size // 2)
    result = cli("ask", QUESTION)
    assert result.returncode == 0 and result.stdout == before, result.stderr
    damaged = [line for line in result.stderr.splitlines() if "is damaged" in line]
    assert len(damaged) == 1 and "rebuilding it from Chroma" in damaged[0] and "Traceback" not in result.stderr
    assert "is damaged" not in cli("ask", QUESTION).stderr  # healed for good


@pytest.mark.parametrize("loss", ["emptied", "deleted"])
def test_lost_chroma_data_is_named_and_the_lexical_side_kept_until_a_rebuild(cli: Cli, loss: str) -> None:
    database = cli.index_dir / "chroma" / "chroma.sqlite3"
    if loss == "emptied":
        database.write_bytes(b"")
    else:
        shutil.rmtree(database.parent)
    lexical = cli.index_dir / "lexical.sqlite"
    kept = lexical.read_bytes()
    for command in (["ask", QUESTION], ["search", "Soldaten"], ["index"]):
        line = one_line_error(cli(*command))
        assert f"the index data in {database.parent} is lost" in line and "belegbot index --rebuild" in line
    assert lexical.read_bytes() == kept
    rebuilt = cli("index", "--rebuild")
    assert rebuilt.returncode == 0 and "added 2" in rebuilt.stdout, rebuilt.stderr
    cli.answer()


def read_only_prefix() -> list[str]:
    """What makes this process's file modes bind: nothing for a user, ``setpriv`` without the override for root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made to bind")
    return ROOT_WITHOUT_OVERRIDE


@pytest.mark.parametrize("command", [["ask", QUESTION], ["search", "Soldaten"], ["index"], ["run"]])
def test_a_read_only_index_folder_is_one_line_naming_it(cli: Cli, command: list[str]) -> None:
    paths = [cli.index_dir, *cli.index_dir.rglob("*")]
    for path in paths:
        path.chmod(path.stat().st_mode & ~0o222)
    try:
        prefix = read_only_prefix()
        probe = subprocess.run([*prefix, "touch", str(cli.index_dir / "probe")], capture_output=True)
        assert probe.returncode != 0, "the folder is not read-only for the command"
        line = one_line_error(cli(*command, prefix=prefix))
    finally:
        for path in paths:
            path.chmod(path.stat().st_mode | 0o200)
    assert str(cli.index_dir) in line and "must be writable" in line
    cli.answer()


def file_size_limit(index_dir: Path, room: int) -> Callable[[], None]:
    """A ``preexec_fn``: no file may grow past the largest in the index folder plus ``room`` bytes."""
    largest = max(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (largest + room, largest + room))

    return limit


def test_a_full_disk_while_indexing_is_one_line_and_the_old_generation_serves(cli: Cli) -> None:
    before = cli.answer()
    current = (cli.index_dir / "generation.json").read_bytes()
    line = one_line_error(cli("index", "--rebuild", limit=file_size_limit(cli.index_dir, 16_384)))
    assert line.startswith(f"error: cannot write the index in {cli.index_dir} (") and "is the disk full" in line
    assert (cli.index_dir / "generation.json").read_bytes() == current
    assert cli.answer() == before
    rebuilt = cli("index", "--rebuild")  # with room again, the half-built generation is dropped and redone
    assert rebuilt.returncode == 0 and "added 2" in rebuilt.stdout, rebuilt.stderr
    assert cli.answer() == before
