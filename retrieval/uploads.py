"""The corpus folder's files that the bot itself writes and deletes.

An upload is saved as ``folder/name`` and indexed; a file that yields no article (or whose indexing
fails) is not kept, and a file it replaced gets its old bytes back. Removing an article deletes its
file when the file lies in the folder and holds only that article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from retrieval.models import IndexReport

Indexer = Callable[[Sequence[Path]], IndexReport]


def add(folder: Path, name: str, data: bytes, index: Indexer) -> IndexReport:
    """Save ``data`` as ``folder/name`` and ``index`` it; keep the file only if it gave an article."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise ValueError(f"upload name must stay inside the corpus folder, got {name!r}")
    previous = target.read_bytes() if target.is_file() else None
    target.write_bytes(data)
    try:
        report = index([target])
    except BaseException:
        _restore(target, previous)
        raise
    if not report.kept:
        _restore(target, previous)
    return report


def delete(folder: Path, source_path: str | None) -> tuple[str | None, bool]:
    """``(file name, deleted)`` for an article's file: deleted if it is in ``folder`` and holds only that
    article (a ``.jsonl`` file holds others: kept); ``(None, False)`` if there is no such file."""
    path = _inside(folder, source_path)
    if path is None or not path.is_file():
        return None, False
    if path.suffix.lower() == ".jsonl":
        return path.name, False
    path.unlink()
    return path.name, True


def _inside(folder: Path, source_path: str | None) -> Path | None:
    if not source_path:
        return None
    path = Path(source_path).resolve()
    return path if path.is_relative_to(folder.resolve()) else None


def _restore(target: Path, previous: bytes | None) -> None:
    if previous is None:
        target.unlink(missing_ok=True)
    else:
        target.write_bytes(previous)
