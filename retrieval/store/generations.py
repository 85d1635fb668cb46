"""Generations of the index and the pointer to the current one.

Each generation has its own Chroma collections (``belegbot_g<id>_sentences`` …) and its own lexical
SQLite file (``lexical-g<id>.sqlite``). ``index --rebuild`` fills a new generation and only then moves
the pointer, so readers never see a half-built one. An index made before generations existed (plain
``belegbot_sentences`` …, ``lexical.sqlite``) is generation ``"0"``; so is an index with no pointer yet.

The pointer also carries a revision, bumped by every write to the current generation, and a token
naming the writer, so a reader can tell that another process changed what it has open.

* embedded Chroma: ``generation.json`` under the index folder, replaced atomically (temp file, fsync,
  ``os.replace``, fsync of the folder);
* a Chroma server: the metadata of a ``belegbot_meta`` collection on the server, so every process
  sharing the server agrees.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from chromadb.api import ClientAPI
from chromadb.errors import NotFoundError

PREFIX = "belegbot"
LEGACY = "0"
META = f"{PREFIX}_meta"
POINTER_FILE = "generation.json"
_NAME = re.compile(rf"^{PREFIX}_(?:g(?P<generation>[0-9a-f]+)_)?(?P<name>sentences|passages|articles)$")


@dataclass(frozen=True)
class Current:
    """What the pointer says: the generation to read, its revision and who wrote it last."""

    generation: str = LEGACY
    revision: int = 0
    writer: str = ""


def new_generation() -> str:
    """A fresh generation id: a timestamp (so ids sort by age) and a random suffix."""
    return time.strftime("%Y%m%d%H%M%S") + secrets.token_hex(2)


def collection_name(generation: str, name: str) -> str:
    return f"{PREFIX}_{name}" if generation == LEGACY else f"{PREFIX}_g{generation}_{name}"


def generation_of(collection: str) -> str | None:
    """The generation a collection belongs to; None for the pointer and for other programs' collections."""
    match = _NAME.match(collection)
    if match is None:
        return None
    return match["generation"] or LEGACY


def lexical_path(index_dir: Path, stem: str, generation: str) -> Path:
    suffix = "" if generation == LEGACY else f"-g{generation}"
    return index_dir / f"{stem}{suffix}.sqlite"


def lexical_files(index_dir: Path, stem: str) -> dict[Path, str]:
    """Every lexical file (with its WAL and SHM) of ``stem`` under ``index_dir``, with its generation."""
    pattern = re.compile(rf"^{re.escape(stem)}(?:-g(?P<generation>[0-9a-f]+))?\.sqlite(?:-wal|-shm|-journal)?$")
    found = {}
    for path in index_dir.glob(f"{stem}*.sqlite*"):
        if match := pattern.match(path.name):
            found[path] = match["generation"] or LEGACY
    return found


def drop_generations(client: ClientAPI, index_dir: Path, stem: str, keep: str) -> list[str]:
    """Delete every generation but ``keep``: its collections and this folder's lexical files.

    Only a writer holding the lock may call this (a rebuild in progress is another generation).
    Returns the deleted collection names.
    """
    dropped = []
    for collection in client.list_collections():
        generation = generation_of(collection.name)
        if generation is not None and generation != keep:
            client.delete_collection(collection.name)
            dropped.append(collection.name)
    for path, generation in lexical_files(index_dir, stem).items():
        if generation != keep:
            path.unlink(missing_ok=True)
    return dropped


class Pointer(Protocol):
    def read(self) -> Current: ...

    def write(self, current: Current) -> None: ...


class FilePointer:
    """The pointer as a small JSON file, replaced atomically (embedded Chroma)."""

    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / POINTER_FILE

    def read(self) -> Current:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Current()
        return Current(
            generation=str(data["generation"]),
            revision=int(data.get("revision", 0)),
            writer=str(data.get("writer", "")),
        )

    def write(self, current: Current) -> None:
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with temporary.open("w", encoding="utf-8") as out:
            json.dump(asdict(current), out)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(self.path)
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


class ChromaPointer:
    """The pointer as the metadata of the ``belegbot_meta`` collection on a Chroma server."""

    def __init__(self, client: ClientAPI) -> None:
        self._client = client

    def read(self) -> Current:
        try:
            meta = self._client.get_collection(META, embedding_function=None).metadata or {}  # type: ignore[arg-type]
        except NotFoundError:
            return Current()
        if "generation" not in meta:
            return Current()
        return Current(
            generation=str(meta["generation"]),
            revision=int(meta.get("revision") or 0),
            writer=str(meta.get("writer") or ""),
        )

    def write(self, current: Current) -> None:
        metadata = asdict(current)
        collection = self._client.get_or_create_collection(META, embedding_function=None, metadata=metadata)  # type: ignore[arg-type]
        collection.modify(metadata=metadata)
