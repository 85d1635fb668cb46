"""The one object the front ends talk to: an open store with the indexer, search and answers on top."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from retrieval import analysis, corpus
from retrieval.answer import Answerer
from retrieval.embedding import Embedder, get_embedder
from retrieval.index import Index
from retrieval.indexer import Indexer, IndexReport, Progress
from retrieval.models import Answer, Language
from retrieval.search import Searcher, SearchResult
from retrieval.store import Store, StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Belegbot:
    """Index, search and answer over one corpus; safe to share between threads."""

    def __init__(self, index_dir: Path, model: str, chroma_url: str | None = None) -> None:
        self.embedder = get_embedder(model)
        self.store = Store(index_dir, self.embedder, chroma_url, analysis_version=analysis.VERSION)
        self.indexer = Indexer(self.store, self.embedder, analysis.analyse, analysis.VERSION)
        self.searcher = Searcher(self.store, self.embedder)
        self.answerer = Answerer(self.searcher)
        self.index = Index(index_dir, self.embedder, indexer=self.indexer)  # the old API, for bot/ and the bench

    def index_paths(
        self,
        paths: Sequence[Path],
        prune: bool = False,
        progress: Progress | None = None,
        on_total: Any = None,
    ) -> IndexReport:
        loaded = corpus.load(paths)
        if on_total is not None:
            on_total(len(loaded.articles))
        return self.indexer.sync(loaded.articles, loaded.errors, prune=prune, progress=progress)

    def search(self, query: str, k: int = 5, language: Language | None = None) -> SearchResult:
        return self._current(lambda: self.searcher.search(query, k=k, language=language))

    def answer(self, question: str, default_language: str = "en") -> Answer:
        return self._current(lambda: self.answerer.answer(question, default_language=default_language))

    def _current(self, ask: Callable[[], T]) -> T:
        """Run ``ask`` on the current generation; once more if its generation was dropped meanwhile."""
        self.store.refresh()
        try:
            return ask()
        except StoreError:
            if not self.store.refresh(force=True):
                raise
            log.info("the index switched generations during a search: asking again")
            return ask()

    def close(self) -> None:
        self.store.close()


def rebuild(
    index_dir: Path,
    embedder: Embedder,
    paths: Sequence[Path],
    chroma_url: str | None = None,
    progress: Progress | None = None,
    on_total: Any = None,
) -> IndexReport:
    """Re-embed the articles in ``paths`` into a new generation of the index (works after a model change,
    when the current generation cannot be opened with ``embedder``)."""
    loaded = corpus.load(paths)
    if on_total is not None:
        on_total(len(loaded.articles))
    return Indexer.rebuild(
        index_dir,
        embedder,
        loaded.articles,
        loaded.errors,
        chroma_url,
        analyser=analysis.analyse,
        analysis_version=analysis.VERSION,
        progress=progress,
    )
