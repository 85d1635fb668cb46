"""The index: Chroma for vectors (sentences, passages, articles), SQLite for texts and BM25.

Chroma is embedded (``PersistentClient`` under ``index_dir``) unless a ``chroma run`` server URL is
given. Record ids come from the article's content hash, so indexing an unchanged article is a no-op
and an edited one replaces all of its old records. The model's name is stored with the collections;
opening an index with another model is an ``IndexModelMismatch``.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from pydantic import BaseModel, Field

from retrieval import segment
from retrieval.corpus import LoadError
from retrieval.embedding import ChromaEmbeddingFunction, Embedder, Vectors
from retrieval.lexical import LexicalStore
from retrieval.models import Article, Passage, Sentence

log = logging.getLogger(__name__)

COLLECTIONS = ("sentences", "passages", "articles")
PREFIX = "belegbot"
EMBED_BATCH = 32

Analyser = Callable[[Article, list[Sentence]], dict[str, Any]]
Progress = Callable[[int], None]


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


class Index:
    """Open (or create) the index for ``embedder`` under ``index_dir`` or on a Chroma server."""

    def __init__(self, index_dir: Path, embedder: Embedder, chroma_url: str | None = None,
                 analyser: Analyser | None = None, analysis_version: str = "0") -> None:
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self.chroma_url = chroma_url
        self.analyser = analyser or _no_analysis
        self.analysis_version = analysis_version
        self._client = self._connect()
        self._function = ChromaEmbeddingFunction(embedder.name, embedder)
        self._check_model()
        self.collections = {name: self._open(name) for name in COLLECTIONS}
        self.store = LexicalStore(self._lexical_path())
        self._reconcile()
        self._refresh_analysis()

    @classmethod
    def drop(cls, index_dir: Path, chroma_url: str | None = None) -> None:
        """Delete belegbot's collections and the lexical store, whatever model built them (``--rebuild``)."""
        client = cls._client_for(Path(index_dir), chroma_url)
        for collection in client.list_collections():
            if collection.name.startswith(PREFIX + "_"):
                client.delete_collection(collection.name)
        for path in Path(index_dir).glob("lexical*.sqlite*"):
            path.unlink()

    # opening ---------------------------------------------------------------------------------------
    def _connect(self) -> ClientAPI:
        return self._client_for(self.index_dir, self.chroma_url)

    @staticmethod
    def _client_for(index_dir: Path, chroma_url: str | None) -> ClientAPI:
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if chroma_url:
            url = urlparse(chroma_url)
            try:
                client = chromadb.HttpClient(host=url.hostname or "127.0.0.1",
                                             port=url.port or (443 if url.scheme == "https" else 8000),
                                             ssl=url.scheme == "https", settings=settings)
                client.heartbeat()
            except Exception as error:
                raise IndexError_(f"cannot reach the Chroma server at {chroma_url} "
                                  f"(BELEGBOT_CHROMA_URL): {str(error).splitlines()[0]}") from None
            return client
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=settings)

    def _lexical_path(self) -> Path:
        if not self.chroma_url:
            return self.index_dir / "lexical.sqlite"
        server = hashlib.sha256(self.chroma_url.encode()).hexdigest()[:10]
        return self.index_dir / f"lexical-{server}.sqlite"

    def _check_model(self) -> None:
        for collection in self._client.list_collections():
            name = collection.name
            if not name.startswith(PREFIX + "_"):
                continue
            built_with = (collection.metadata or {}).get("embedding_model")
            if built_with and built_with != self.embedder.name:
                raise IndexModelMismatch(
                    f"the index was built with embedding model {built_with!r}, but BELEGBOT_EMBEDDING_MODEL "
                    f"is {self.embedder.name!r}. Set it back to {built_with!r}, or rebuild the index for the "
                    f"new model: belegbot index --rebuild")

    def _open(self, name: str) -> Collection:
        return self._client.get_or_create_collection(
            f"{PREFIX}_{name}", embedding_function=self._function,  # type: ignore[arg-type]
            metadata={"embedding_model": self.embedder.name, "dim": self.embedder.dim, "hnsw:space": "cosine"},
        )

    def _reconcile(self) -> None:
        """Make the SQLite side match Chroma (it is derived; Chroma may have been filled elsewhere)."""
        remote = self.chroma_hashes()
        local = self.store.hashes()
        if remote == local:
            return
        log.info("lexical index out of step with Chroma (%d vs %d articles): rebuilding it", len(local),
                 len(remote))
        for doc_id in set(local) - set(remote):
            self.store.delete(doc_id)
        stale = [doc_id for doc_id, digest in remote.items() if local.get(doc_id) != digest]
        for start in range(0, len(stale), 100):
            got = self.collections["articles"].get(ids=stale[start:start + 100],
                                                   include=["documents", "metadatas"])
            for doc_id, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
                article = _article_from_record(doc_id, text, dict(meta))
                units, passage_of = self._stored_sentences(article)
                self.store.put(article, units, passage_of, self.analyser(article, units))

    def _stored_sentences(self, article: Article) -> tuple[list[Sentence], list[int]]:
        """The sentences Chroma holds for ``article`` (as indexed, whatever the segmenter does today)."""
        got = self.collections["sentences"].get(where={"doc_id": article.id}, include=["metadatas"])
        metas = sorted((dict(m or {}) for m in got["metadatas"] or []), key=lambda m: int(m["index"]))
        units = [Sentence(doc_id=article.id, index=int(m["index"]), start=int(m["start"]), end=int(m["end"]),
                          text=article.text[int(m["start"]):int(m["end"])]) for m in metas]
        return units, [int(m["passage"]) for m in metas]

    def _refresh_analysis(self) -> None:
        """Re-run the (cheap) text analysis of every article when its code has changed; no re-embedding."""
        if self.store.state("analysis_version") == self.analysis_version:
            return
        ids = list(self.store.hashes())
        if ids:
            log.warning("analysis changed (version %s): re-analysing %d articles", self.analysis_version, len(ids))
        for doc_id in ids:
            article = self.store.article(doc_id)
            if article is not None:
                units = [Sentence(doc_id=doc_id, index=i, start=a, end=b, text=article.text[a:b])
                         for i, a, b, _ in self.store.sentences(doc_id)]
                self.store.set_analysis(doc_id, self.analyser(article, units))
        self.store.set_state("analysis_version", self.analysis_version)

    def chroma_hashes(self) -> dict[str, str]:
        got = self.collections["articles"].get(include=["metadatas"])
        return {i: str((m or {}).get("hash", "")) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    # writing ---------------------------------------------------------------------------------------
    def sync(self, articles: Sequence[Article], errors: Iterable[LoadError] = (), prune: bool = False,
             progress: Progress | None = None) -> IndexReport:
        """Add new articles, replace edited ones, skip unchanged ones (and with ``prune`` remove the rest)."""
        began = time.perf_counter()
        report = IndexReport(errors=[str(e) for e in errors])
        known = self.store.hashes()
        for article in articles:
            previous = known.get(article.id)
            if previous == article.content_hash:
                report.unchanged += 1
            elif not (units := segment.sentences(article)):
                if previous is not None:  # its old text must not be quoted any more
                    self.remove(article.id)
                    report.removed += 1
                report.errors.append(f"{article.source_path or article.id}: article {article.id!r} has no "
                                     "sentences (no letters or digits); skipped")
            else:
                embedded = self._write(article, units, replace=previous is not None)
                report.passages_embedded += embedded[0]
                report.sentences_embedded += embedded[1]
                if previous is None:
                    report.added += 1
                else:
                    report.updated += 1
            if progress:
                progress(1)
        if prune:
            keep = {a.id for a in articles}
            for doc_id in set(known) - keep:
                self.remove(doc_id)
                report.removed += 1
        report.seconds = round(time.perf_counter() - began, 3)
        return report

    def remove(self, doc_id: str) -> bool:
        """Delete one article and all of its records; False if it was not indexed."""
        if self.store.article(doc_id) is None and not self.collections["articles"].get(ids=[doc_id])["ids"]:
            return False
        for name in ("sentences", "passages"):
            self.collections[name].delete(where={"doc_id": doc_id})
        self.collections["articles"].delete(ids=[doc_id])
        self.store.delete(doc_id)
        return True

    def _write(self, article: Article, units: list[Sentence], replace: bool) -> tuple[int, int]:
        chunks = segment.passages(article, units)
        passage_of = _passage_of(units, chunks)
        analysis = self.analyser(article, units)
        sentence_vectors = self._embed([s.text for s in units])
        passage_vectors = self._embed([p.text for p in chunks])
        if replace:
            for name in ("sentences", "passages"):
                self.collections[name].delete(where={"doc_id": article.id})
        digest = article.content_hash
        self._add("sentences", [sentence_id(digest, s.index) for s in units], sentence_vectors,
                  [s.text for s in units],
                  [{"doc_id": article.id, "start": s.start, "end": s.end, "index": s.index, "passage": p}
                   for s, p in zip(units, passage_of, strict=True)])
        self._add("passages", [passage_id(digest, p.index) for p in chunks], passage_vectors,
                  [p.text for p in chunks], [_passage_meta(p) for p in chunks])
        mean = passage_vectors.mean(axis=0, keepdims=True)
        self._add("articles", [article.id], mean / max(float(np.linalg.norm(mean)), 1e-9), [article.text],
                  [_article_meta(article)])
        self.store.put(article, units, passage_of, analysis)
        return len(chunks), len(units)

    def _embed(self, texts: list[str]) -> Vectors:
        parts = [self.embedder.passages(texts[i:i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
        return np.vstack(parts) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _add(self, name: str, ids: list[str], vectors: Vectors, documents: list[str],
             metadatas: list[dict[str, Any]]) -> None:
        self.collections[name].upsert(ids=ids, embeddings=vectors.tolist(), documents=documents,
                                      metadatas=metadatas)  # type: ignore[arg-type]

    # reading ---------------------------------------------------------------------------------------
    def count(self) -> int:
        return self.store.count()

    def article(self, doc_id: str) -> Article | None:
        return self.store.article(doc_id)

    def query(self, name: str, vector: Vectors, k: int) -> list[tuple[str, float, dict[str, Any]]]:
        """``(id, cosine similarity, metadata)`` of the ``k`` nearest records of one collection."""
        total = self.collections[name].count()
        if not total or k <= 0:
            return []
        got = self.collections[name].query(query_embeddings=[vector.tolist()], n_results=min(k, total),
                                           include=["metadatas", "distances"])
        return [(i, 1.0 - float(d), dict(m or {})) for i, d, m in
                zip(got["ids"][0], (got["distances"] or [[]])[0], (got["metadatas"] or [[]])[0], strict=True)]

    def vectors(self, name: str, ids: list[str]) -> dict[str, Vectors]:
        if not ids:
            return {}
        got = self.collections[name].get(ids=ids, include=["embeddings"])
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embeddings, strict=True)}

    def close(self) -> None:
        self.store.close()


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
    return {"doc_id": p.doc_id, "start": p.start, "end": p.end, "index": p.index,
            "first": p.first_sentence, "last": p.last_sentence}


def _article_meta(article: Article) -> dict[str, Any]:
    meta = {"hash": article.content_hash, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published, "language": article.language, "source_path": article.source_path}
    return {k: v for k, v in meta.items() if v is not None}


def _article_from_record(doc_id: str, text: str | None, meta: dict[str, Any]) -> Article:
    fields = {k: meta.get(k) for k in ("title", "outlet", "url", "published", "language", "source_path")}
    return Article(id=doc_id, text=text or "", **{k: v for k, v in fields.items() if v is not None})
