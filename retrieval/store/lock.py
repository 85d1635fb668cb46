"""One writer at a time: an exclusive ``flock`` on a file under the index folder.

The file records who holds it (pid, host, command, start time), so a refused writer can say who is
busy. The kernel releases a ``flock`` when its process dies, even by SIGKILL, so a stale file never
blocks: the next writer takes the lock and overwrites the record. Two threads of one process are two
writers too (each opens the file anew). The lock is local to one machine: writers on several hosts
sharing one Chroma server must be coordinated outside belegbot (for example, run ``index`` from one
host only).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

LOCK_FILE = "index.lock"


class IndexBusy(RuntimeError):
    """Another writer holds the index lock; ``holder`` is what it recorded (may be empty)."""

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"the index is being written by {describe(holder)}; try again when it has finished (lock file {path})"
        )


def describe(holder: dict[str, Any]) -> str:
    if not holder:
        return "another process (it has not recorded itself yet)"
    return f"pid {holder.get('pid')} on {holder.get('host')} ({holder.get('command')!r}, since {holder.get('started')})"


def current_command() -> str:
    """This process's command line, with the program's path shortened to its name."""
    return " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv and sys.argv[0] else "python"


class IndexLock:
    """``with IndexLock(index_dir, command):`` holds the writer lock or raises :class:`IndexBusy` at once."""

    def __init__(self, index_dir: Path, command: str | None = None) -> None:
        self.path = Path(index_dir) / LOCK_FILE
        self.command = command or current_command()
        self._fd: int | None = None

    def __enter__(self) -> IndexLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise IndexBusy(self.path, holder) from None
        if previous := _read(fd):
            log.warning("the previous writer, %s, ended without releasing the index lock", describe(previous))
        self._fd = fd
        _write(
            fd,
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "command": self.command,
                "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            },
        )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # a clean release leaves no holder behind
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def holder(index_dir: Path) -> dict[str, Any]:
    """What the lock file records (empty when nobody wrote it or the last writer released it)."""
    path = Path(index_dir) / LOCK_FILE
    if not path.exists():
        return {}
    fd = os.open(path, os.O_RDONLY)
    try:
        return _read(fd)
    finally:
        os.close(fd)


def _read(fd: int) -> dict[str, Any]:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        value = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _write(fd: int, record: dict[str, Any]) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(record).encode())
    os.fsync(fd)
