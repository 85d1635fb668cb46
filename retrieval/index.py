"""The index: Chroma for vectors (sentences, passages, articles), SQLite for texts and BM25.

Chroma is embedded (``PersistentClient`` under ``index_dir``) unless a ``chroma run`` server URL is
given. Record ids come from the article's content hash, so indexing an unchanged article is a no-op
and an edited one replaces all of its old records. The model's name is stored with the collections;
opening an index with another model is an ``IndexModelMismatch``.

The index lives in generations (:mod:`retrieval.generations`): readers follow the pointer to the
current one (:meth:`Index.refresh`), ``sync`` and ``remove`` write into it, and :meth:`Index.rebuild`
fills a new one and switches only when it is complete. Every write holds the writer lock
(:mod:`retrieval.lock`).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from pydantic import BaseModel, Field

from retrieval import segment
from retrieval.corpus import LoadError
from retrieval.embedding import ChromaEmbeddingFunction, Embedder, Vectors
from retrieval.generations import (
    ChromaPointer,
    Current,
    FilePointer,
    Pointer,
    collection_name,
    drop_generations,
    generation_of,
    lexical_path,
    new_generation,
)
from retrieval.lexical import LexicalStore
from retrieval.lock import IndexBusy, IndexLock
from retrieval.models import Article, Passage, Sentence

log = logging.getLogger(__name__)

COLLECTIONS = ("sentences", "passages", "articles")
EMBED_BATCH = 32
CHECK_EVERY = 1.0  # seconds between two looks at the generation pointer
DROP_AFTER = 3 * CHECK_EVERY  # seconds the old generation outlives a switch, for searches still on it
RETIRE_AFTER = 60.0  # seconds a replaced generation stays open for searches still running on it

Analyser = Callable[[Article, list[Sentence]], dict[str, Any]]
Progress = Callable[[int], None]

__all__ = ["COLLECTIONS", "Index", "IndexBusy", "IndexError_", "IndexModelMismatch", "IndexReport"]


class IndexError_(RuntimeError):
    """The index cannot be opened or written; the message says what to do."""


class IndexModelMismatch(IndexError_):
    pass


class IndexReport(BaseModel):
    """What one ``index`` run did (the ``--json`` summary line)."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    passages_embedded: int = 0
    sentences_embedded: int = 0
    seconds: float = 0.0
    errors: list[str] = Field(default_factory=list)


def _no_analysis(article: Article, sentences: list[Sentence]) -> dict[str, Any]:
    return {}


@dataclass
class _View:
    """One generation, open: its collections and its lexical store."""

    generation: str
    collections: dict[str, Collection]
    store: LexicalStore
    retired: float = field(default=0.0)

    def chroma_hashes(self) -> dict[str, str]:
        got = self.collections["articles"].get(include=["metadatas"])
        return {i: str((m or {}).get("hash", "")) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    def reconcile(self, analyser: Analyser) -> None:
        """Make the SQLite side match Chroma (it is derived; Chroma may have been filled elsewhere)."""
        remote = self.chroma_hashes()
        local = self.store.hashes()
        if remote == local:
            return
        log.info(
            "lexical index out of step with Chroma (%d vs %d articles): rebuilding it",
            len(local),
            len(remote),
        )
        for doc_id in set(local) - set(remote):
            self.store.delete(doc_id)
        stale = [doc_id for doc_id, digest in remote.items() if local.get(doc_id) != digest]
        for start in range(0, len(stale), 100):
            got = self.collections["articles"].get(ids=stale[start : start + 100], include=["documents", "metadatas"])
            for doc_id, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
                article = _article_from_record(doc_id, text, dict(meta))
                units, passage_of = self.stored_sentences(article)
                self.store.put(article, units, passage_of, analyser(article, units))

    def stored_sentences(self, article: Article) -> tuple[list[Sentence], list[int]]:
        """The sentences Chroma holds for ``article`` (as indexed, whatever the segmenter does today)."""
        got = self.collections["sentences"].get(where={"doc_id": article.id}, include=["metadatas"])
        rows = sorted(
            (int(str(m["index"])), int(str(m["start"])), int(str(m["end"])), int(str(m["passage"])))
            for m in got["metadatas"] or []
            if m
        )
        units = [
            Sentence(doc_id=article.id, index=i, start=start, end=end, text=article.text[start:end])
            for i, start, end, _ in rows
        ]
        return units, [passage for *_, passage in rows]

    def refresh_analysis(self, analyser: Analyser, version: str) -> None:
        """Re-run the (cheap) text analysis of every article when its code has changed; no re-embedding."""
        if self.store.state("analysis_version") == version:
            return
        ids = list(self.store.hashes())
        if ids:
            log.warning("analysis changed (version %s): re-analysing %d articles", version, len(ids))
        for doc_id in ids:
            article = self.store.article(doc_id)
            if article is not None:
                units = [
                    Sentence(doc_id=doc_id, index=i, start=a, end=b, text=article.text[a:b])
                    for i, a, b, _ in self.store.sentences(doc_id)
                ]
                self.store.set_analysis(doc_id, analyser(article, units))
        self.store.set_state("analysis_version", version)


class Index:
    """Open (or create) the index for ``embedder`` under ``index_dir`` or on a Chroma server.

    Without ``generation`` it follows the pointer (readers and incremental writers); with one it is
    pinned to that generation (the builder of a rebuild). ``command`` is what the writer lock records.
    """

    def __init__(
        self,
        index_dir: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        analyser: Analyser | None = None,
        analysis_version: str = "0",
        *,
        generation: str | None = None,
        check_every: float = CHECK_EVERY,
        command: str | None = None,
    ) -> None:
        if check_every < 0:
            raise ValueError(f"check_every must be >= 0, got {check_every}")
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self.chroma_url = chroma_url
        self.analyser = analyser or _no_analysis
        self.analysis_version = analysis_version
        self.check_every = check_every
        self.command = command
        self.token = uuid.uuid4().hex[:12]  # names this object's writes in the pointer
        self._client = self._connect()
        self._pointer = pointer_for(self.index_dir, chroma_url, self._client)
        self._function = ChromaEmbeddingFunction(embedder.name, embedder)
        self._pinned = generation is not None
        self._current = Current(generation=generation) if generation is not None else self._pointer.read()
        self._view = self._open_view(self._current.generation)
        self._retired: list[_View] = []
        self._switching = threading.Lock()
        self._checked = time.monotonic()
        self._changed = False

    @classmethod
    def drop(cls, index_dir: Path, chroma_url: str | None = None) -> None:
        """Delete belegbot's collections and lexical files of every generation (holds the writer lock)."""
        client = cls._client_for(Path(index_dir), chroma_url)
        with IndexLock(Path(index_dir)):
            drop_generations(client, Path(index_dir), _lexical_stem(chroma_url), keep="")
            pointer_for(Path(index_dir), chroma_url, client).write(Current())

    @classmethod
    def rebuild(
        cls,
        index_dir: Path,
        embedder: Embedder,
        articles: Sequence[Article],
        errors: Iterable[LoadError] = (),
        chroma_url: str | None = None,
        *,
        analyser: Analyser | None = None,
        analysis_version: str = "0",
        progress: Progress | None = None,
        command: str | None = None,
    ) -> IndexReport:
        """Embed ``articles`` into a new generation; make it current only when complete; drop the old one."""
        index_dir = Path(index_dir)
        client = cls._client_for(index_dir, chroma_url)
        pointer = pointer_for(index_dir, chroma_url, client)
        stem = _lexical_stem(chroma_url)
        with IndexLock(index_dir, command):
            serving = pointer.read()
            drop_generations(client, index_dir, stem, keep=serving.generation)  # a killed rebuild's leftovers
            builder = cls(
                index_dir,
                embedder,
                chroma_url,
                analyser,
                analysis_version,
                generation=new_generation(),
                command=command,
            )
            try:
                report = builder._sync(articles, errors, prune=False, progress=progress)
            finally:
                builder.close()
            pointer.write(Current(generation=builder.generation, writer=builder.token))
            log.info("generation %s is current (was %s)", builder.generation, serving.generation)
            time.sleep(DROP_AFTER)  # readers look at the pointer every CHECK_EVERY s: let their searches end
            drop_generations(client, index_dir, stem, keep=builder.generation)
        return report

    # opening ---------------------------------------------------------------------------------------
    def _connect(self, fresh: bool = False) -> ClientAPI:
        return self._client_for(self.index_dir, self.chroma_url, fresh)

    @staticmethod
    def _client_for(index_dir: Path, chroma_url: str | None, fresh: bool = False) -> ClientAPI:
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if chroma_url:
            url = urlparse(chroma_url)
            try:
                client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=settings,
                )
                client.heartbeat()
            except Exception as error:
                raise IndexError_(
                    f"cannot reach the Chroma server at {chroma_url} "
                    f"(BELEGBOT_CHROMA_URL): {str(error).splitlines()[0]}"
                ) from None
            return client
        index_dir.mkdir(parents=True, exist_ok=True)
        path = str(index_dir / "chroma")
        if fresh:
            # Embedded Chroma keeps its vector indexes in memory and does not see other processes' writes;
            # a new system reads them from disk. Clients opened before keep the old system, which lives on
            # (and stays usable) until nothing refers to it any more.
            SharedSystemClient._identifier_to_system.pop(path, None)
        return chromadb.PersistentClient(path=path, settings=settings)

    def _open_view(self, generation: str, store: LexicalStore | None = None) -> _View:
        self._check_model(generation)
        collections = {name: self._open(generation, name) for name in COLLECTIONS}
        view = _View(
            generation,
            collections,
            store or LexicalStore(lexical_path(self.index_dir, _lexical_stem(self.chroma_url), generation)),
        )
        view.reconcile(self.analyser)
        view.refresh_analysis(self.analyser, self.analysis_version)
        return view

    def _check_model(self, generation: str) -> None:
        for collection in self._client.list_collections():
            if generation_of(collection.name) != generation:
                continue
            built_with = (collection.metadata or {}).get("embedding_model")
            if built_with and built_with != self.embedder.name:
                raise IndexModelMismatch(
                    f"the index was built with embedding model {built_with!r}, but BELEGBOT_EMBEDDING_MODEL "
                    f"is {self.embedder.name!r}. Set it back to {built_with!r}, or rebuild the index for the "
                    f"new model: belegbot index --rebuild"
                )

    def _open(self, generation: str, name: str) -> Collection:
        return self._client.get_or_create_collection(
            collection_name(generation, name),
            embedding_function=self._function,  # type: ignore[arg-type]
            metadata={
                "embedding_model": self.embedder.name,
                "dim": self.embedder.dim,
                "hnsw:space": "cosine",
            },
        )

    # following the pointer -------------------------------------------------------------------------
    @property
    def generation(self) -> str:
        return self._view.generation

    @property
    def collections(self) -> dict[str, Collection]:
        return self._view.collections

    @property
    def store(self) -> LexicalStore:
        return self._view.store

    def refresh(self, force: bool = False) -> bool:
        """Follow the pointer (at most every ``check_every`` seconds unless ``force``): open the generation
        that became current, or take in what another writer changed. True when something changed.

        Searches already running finish on the generation they started with; one that fails because
        its generation was dropped meanwhile can simply be asked again.
        """
        if self._pinned or (not force and time.monotonic() - self._checked < self.check_every):
            return False
        if not self._switching.acquire(blocking=force):
            return False  # another thread is switching right now; keep answering from the open view
        try:
            self._checked = time.monotonic()
            current = self._pointer.read()
            if current == self._current:
                return False
            self._follow(current)
            return True
        finally:
            self._switching.release()

    def _follow(self, current: Current) -> None:
        foreign = current.writer != self.token
        if foreign and not self.chroma_url:
            self._client = self._connect(fresh=True)
        if current.generation != self.generation:
            log.info("switching from generation %s to %s", self.generation, current.generation)
            self._replace_view(self._open_view(current.generation))
        elif foreign and not self.chroma_url:
            self._replace_view(self._open_view(current.generation, store=self.store))
        else:
            self._view.reconcile(self.analyser)
        self._current = current

    def _replace_view(self, view: _View) -> None:
        old, self._view = self._view, view
        old.retired = time.monotonic()
        if old.store is not view.store:
            self._retired.append(old)
        self._close_retired(older_than=RETIRE_AFTER)

    def _close_retired(self, older_than: float) -> None:
        now = time.monotonic()
        for view in [v for v in self._retired if now - v.retired >= older_than]:
            view.store.close()
            self._retired.remove(view)

    def chroma_hashes(self) -> dict[str, str]:
        return self._view.chroma_hashes()

    # writing ---------------------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the writer lock; start from what is current (dropping a killed rebuild's leftovers) and
        bump the pointer's revision afterwards if anything changed."""
        with IndexLock(self.index_dir, self.command):
            if not self._pinned:
                self.refresh(force=True)
                drop_generations(self._client, self.index_dir, _lexical_stem(self.chroma_url), keep=self.generation)
            before = self._current
            self._changed = False
            try:
                yield
            finally:
                if self._changed and not self._pinned:
                    self._current = Current(self.generation, before.revision + 1, self.token)
                    self._pointer.write(self._current)

    def sync(
        self,
        articles: Sequence[Article],
        errors: Iterable[LoadError] = (),
        prune: bool = False,
        progress: Progress | None = None,
    ) -> IndexReport:
        """Add new articles, replace edited ones, skip unchanged ones (and with ``prune`` remove the rest).

        Raises :class:`IndexBusy` at once if another writer holds the lock.
        """
        with self._writing():
            return self._sync(articles, errors, prune, progress)

    def remove(self, doc_id: str) -> bool:
        """Delete one article and all of its records; False if it was not indexed."""
        with self._writing():
            return self._remove(doc_id)

    def _sync(
        self, articles: Sequence[Article], errors: Iterable[LoadError], prune: bool, progress: Progress | None
    ) -> IndexReport:
        began = time.perf_counter()
        report = IndexReport(errors=[str(e) for e in errors])
        known = self.store.hashes()
        for article in articles:
            self._sync_one(article, known.get(article.id), report)
            if progress:
                progress(1)
        if prune:
            keep = {a.id for a in articles}
            for doc_id in set(known) - keep:
                self._remove(doc_id)
                report.removed += 1
        report.seconds = round(time.perf_counter() - began, 3)
        return report

    def _sync_one(self, article: Article, previous: str | None, report: IndexReport) -> None:
        if previous == article.content_hash:
            report.unchanged += 1
        elif not (units := segment.sentences(article)):
            if previous is not None:  # its old text must not be quoted any more
                self._remove(article.id)
                report.removed += 1
            report.errors.append(
                f"{article.source_path or article.id}: article {article.id!r} has no "
                "sentences (no letters or digits); skipped"
            )
        else:
            passages, sentences = self._write(article, units)
            report.passages_embedded += passages
            report.sentences_embedded += sentences
            if previous is None:
                report.added += 1
            else:
                report.updated += 1

    def _remove(self, doc_id: str) -> bool:
        if self.store.article(doc_id) is None and not self.collections["articles"].get(ids=[doc_id])["ids"]:
            return False
        self._changed = True
        self.collections["articles"].delete(ids=[doc_id])  # first: without it the article is not indexed
        for name in ("sentences", "passages"):
            self.collections[name].delete(where={"doc_id": doc_id})
        self.store.delete(doc_id)
        return True

    def _write(self, article: Article, units: list[Sentence]) -> tuple[int, int]:
        """Embed first, then replace the article's records in a few quick calls; the article record,
        which carries the content hash, goes last, so an interrupted write is redone by the next sync."""
        chunks = segment.passages(article, units)
        passage_of = _passage_of(units, chunks)
        analysis = self.analyser(article, units)
        sentence_vectors = self._embed([s.text for s in units])
        passage_vectors = self._embed([p.text for p in chunks])
        mean = passage_vectors.mean(axis=0, keepdims=True)
        self._changed = True
        self.collections["articles"].delete(ids=[article.id])
        for name in ("sentences", "passages"):
            self.collections[name].delete(where={"doc_id": article.id})
        digest = article.content_hash
        self._add(
            "sentences",
            [sentence_id(digest, s.index) for s in units],
            sentence_vectors,
            [s.text for s in units],
            [
                {"doc_id": article.id, "start": s.start, "end": s.end, "index": s.index, "passage": p}
                for s, p in zip(units, passage_of, strict=True)
            ],
        )
        self._add(
            "passages",
            [passage_id(digest, p.index) for p in chunks],
            passage_vectors,
            [p.text for p in chunks],
            [_passage_meta(p) for p in chunks],
        )
        self._add(
            "articles",
            [article.id],
            mean / max(float(np.linalg.norm(mean)), 1e-9),
            [article.text],
            [_article_meta(article)],
        )
        self.store.put(article, units, passage_of, analysis)
        return len(chunks), len(units)

    def _embed(self, texts: list[str]) -> Vectors:
        parts = [self.embedder.passages(texts[i : i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
        return np.vstack(parts) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _add(
        self,
        name: str,
        ids: list[str],
        vectors: Vectors,
        documents: list[str],
        metadatas: list[dict[str, Any]],
    ) -> None:
        self.collections[name].upsert(
            ids=ids,
            embeddings=vectors.tolist(),
            documents=documents,
            metadatas=metadatas,  # type: ignore[arg-type]
        )

    # reading ---------------------------------------------------------------------------------------
    def count(self) -> int:
        return self.store.count()

    def article(self, doc_id: str) -> Article | None:
        return self.store.article(doc_id)

    def query(self, name: str, vector: Vectors, k: int) -> list[tuple[str, float, dict[str, Any]]]:
        """``(id, cosine similarity, metadata)`` of the ``k`` nearest records of one collection."""
        if k <= 0:
            return []
        got = self.collections[name].query(  # fewer records than k is fine: Chroma returns what it has
            query_embeddings=[vector.tolist()], n_results=k, include=["metadatas", "distances"]
        )
        return [
            (i, 1.0 - float(d), dict(m or {}))
            for i, d, m in zip(got["ids"][0], (got["distances"] or [[]])[0], (got["metadatas"] or [[]])[0], strict=True)
        ]

    def vectors(self, name: str, ids: list[str]) -> dict[str, Vectors]:
        if not ids:
            return {}
        got = self.collections[name].get(ids=ids, include=["embeddings"])
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embeddings, strict=True)}

    def close(self) -> None:
        self._close_retired(older_than=0.0)
        self.store.close()


def pointer_for(index_dir: Path, chroma_url: str | None, client: ClientAPI) -> Pointer:
    """Where the current generation is recorded: on the server when there is one, else in ``index_dir``."""
    return ChromaPointer(client) if chroma_url else FilePointer(index_dir)


def _lexical_stem(chroma_url: str | None) -> str:
    """Lexical files are named per server, so one folder can serve several (and embedded mode)."""
    if not chroma_url:
        return "lexical"
    return "lexical-" + hashlib.sha256(chroma_url.encode()).hexdigest()[:10]


def sentence_id(digest: str, index: int) -> str:
    return f"{digest}-s{index}"


def passage_id(digest: str, index: int) -> str:
    return f"{digest}-p{index}"


def _passage_of(units: list[Sentence], chunks: list[Passage]) -> list[int]:
    owner = {}
    for chunk in chunks:
        for i in range(chunk.first_sentence, chunk.last_sentence + 1):
            owner[i] = chunk.index
    return [owner[s.index] for s in units]


def _passage_meta(p: Passage) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id,
        "start": p.start,
        "end": p.end,
        "index": p.index,
        "first": p.first_sentence,
        "last": p.last_sentence,
    }


def _article_meta(article: Article) -> dict[str, Any]:
    meta = {
        "hash": article.content_hash,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "source_path": article.source_path,
    }
    return {k: v for k, v in meta.items() if v is not None}


def _article_from_record(doc_id: str, text: str | None, meta: dict[str, Any]) -> Article:
    fields = {k: meta.get(k) for k in ("title", "outlet", "url", "published", "language", "source_path")}
    return Article(id=doc_id, text=text or "", **{k: v for k, v in fields.items() if v is not None})
