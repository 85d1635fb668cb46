"""The corpus folder's files that the bot itself writes and deletes.

An upload is read from a hidden staging file in the folder first and refused before it touches the
corpus when it is too big (more than ``MAX_UPLOAD_ARTICLES`` articles), when one of its ids belongs to
an article from another file (it would overwrite that article and shadow its file), or when one of its
texts is already indexed under another id (the same quote would be shown twice). Otherwise it is
moved into place with ``Path.replace`` (``os.replace``) (never half written) and indexed; a file whose indexing fails,
is cancelled (the bot shutting down) or yields no article is not kept, and a file it replaced gets its old
bytes back, again atomically. Articles it had added to the index by then are taken out again, so the index
never holds half an upload.
Removing an article deletes its file when the file lies in the folder and holds only that article.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from retrieval import corpus
from retrieval.models import Article, IndexReport, SourceEntry
from retrieval.store import IndexBusy

MAX_UPLOAD_ARTICLES = 1000  # about three minutes of indexing on two cores

Indexer = Callable[[Sequence[Path]], IndexReport]


class Known(Protocol):
    """What the index already holds (``retrieval.api.Belegbot`` is one)."""

    def article(self, doc_id: str) -> Article | None: ...

    def sources(self) -> list[SourceEntry]: ...

    def forget(self, doc_ids: Sequence[str]) -> None: ...


class UploadRefused(Exception):
    """An upload that was not saved. ``reason`` names the prompt that explains it to the admin
    (``bot.upload_<reason>``); ``values`` fill it in."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(f"{reason}: {values}")
        self.reason = reason
        self.values = values


def add(folder: Path, name: str, data: bytes, index: Indexer, known: Known) -> IndexReport:
    """Save ``data`` as ``folder/name`` and ``index`` it; keep the file only if it gave an article.

    Raises :class:`UploadRefused` (nothing written) for too many articles or a clash with an indexed
    article; whatever ``index`` raises (e.g. ``IndexBusy``, or a cancellation between two articles) after
    the folder is put back as it was and the articles it added are out of the index again.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise ValueError(f"upload name must stay inside the corpus folder, got {name!r}")
    staged = _stage(folder, name, data)
    try:
        loaded = corpus.load([staged])
        if not loaded.articles:  # nothing to index: say why, without touching the corpus
            errors = [e.model_copy(update={"path": str(target)}) for e in loaded.errors]
            return IndexReport(errors=errors)
        if len(loaded.articles) > MAX_UPLOAD_ARTICLES:
            raise UploadRefused("too_many", count=len(loaded.articles), limit=MAX_UPLOAD_ARTICLES)
        for article in loaded.articles:
            _check_clash(article, target, known)
        new = [article.id for article in loaded.articles if known.article(article.id) is None]
        previous = target.read_bytes() if target.is_file() else None
        staged.replace(target)  # atomic: the corpus never holds half a file
    finally:
        staged.unlink(missing_ok=True)
    try:
        report = index([target])
    except BaseException as error:
        _restore(target, previous)
        if not isinstance(error, IndexBusy):  # busy: nothing was written
            known.forget(new)
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


def _check_clash(article: Article, target: Path, known: Known) -> None:
    """Refuse ``article`` if its id is another file's article, or its text is indexed under another id."""
    same_id = known.article(article.id)
    if same_id is not None and not _same_file(same_id.source_path, target):
        raise UploadRefused("id_taken", doc_id=article.id, title=same_id.title, file=_file_name(same_id))
    for entry in known.sources():
        if entry.chars != len(article.text) or entry.id == article.id:
            continue
        other = known.article(entry.id)
        if other is not None and other.text == article.text:
            raise UploadRefused("duplicate", doc_id=other.id, title=other.title, file=_file_name(other))


def _same_file(source_path: str | None, target: Path) -> bool:
    return source_path is not None and Path(source_path).resolve() == target.resolve()


def _file_name(article: Article) -> str:
    return Path(article.source_path).name if article.source_path else "?"


def _stage(folder: Path, name: str, data: bytes) -> Path:
    """``data`` in a hidden file next to ``name`` (same suffix, so it reads the same; hidden, so no
    re-index picks it up), flushed to disk."""
    staged = folder / f".upload-{secrets.token_hex(4)}-{name}"
    with staged.open("xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    return staged


def _inside(folder: Path, source_path: str | None) -> Path | None:
    if not source_path:
        return None
    path = Path(source_path).resolve()
    return path if path.is_relative_to(folder.resolve()) else None


def _restore(target: Path, previous: bytes | None) -> None:
    if previous is None:
        target.unlink(missing_ok=True)
    else:
        _stage(target.parent, target.name, previous).replace(target)
