"""Deprecated: the old ``Index`` (store and indexer in one object) for code outside the retrieval stages that
still uses it (``bot/`` through ``Belegbot.index``, ``retrieval/bench.py``). New code uses
:class:`retrieval.store.Store`, :class:`retrieval.indexer.Indexer` and :class:`retrieval.search.Searcher`.
Remove this module when ``bot/`` talks to ``retrieval.api`` and the benchmark to the new classes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from retrieval.embedding import Embedder
from retrieval.indexer import EMBED_BATCH, Analyser, Indexer, IndexReport, Progress
from retrieval.store import IndexBusy, IndexError_, IndexModelMismatch, Store

__all__ = ["EMBED_BATCH", "Index", "IndexBusy", "IndexError_", "IndexModelMismatch", "IndexReport", "Progress"]


class _Listing:
    """``index.store``: the two calls bot/ and the benchmark make, with the rows as dicts as before."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def listing(self) -> list[dict[str, Any]]:
        return [row.model_dump() for row in self._store.listing()]

    def hashes(self) -> dict[str, str]:
        return self._store.hashes()


class Index:
    """A :class:`Store` with its :class:`Indexer`, under the old names."""

    def __init__(
        self,
        index_dir: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        analyser: Analyser | None = None,
        analysis_version: str = "0",
        *,
        indexer: Indexer | None = None,
    ) -> None:
        if indexer is None:
            store = Store(index_dir, embedder, chroma_url, analysis_version=analysis_version)
            indexer = Indexer(store, embedder, analyser, analysis_version)
        self.indexer = indexer
        self.embedder = indexer.embedder
        self.store = _Listing(indexer.store)
        self.sync = indexer.sync
        self.remove = indexer.remove
        self.count = indexer.store.count
        self.article = indexer.store.article
        self.refresh = indexer.store.refresh
        self.close = indexer.store.close

    @property
    def collections(self) -> dict[str, Any]:
        return self.indexer.store.collections
