"""The one object the front ends talk to: an open index with search (and answers) on top."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from retrieval import analysis, corpus
from retrieval.answer import Answerer
from retrieval.attribution import attribute
from retrieval.embedding import get_embedder
from retrieval.index import Index, IndexReport, Progress
from retrieval.models import Answer, Attribution, Language
from retrieval.search import Searcher, SearchResult

log = logging.getLogger(__name__)


class Belegbot:
    """Index, search and answer over one corpus; safe to share between threads."""

    def __init__(self, index_dir: Path, model: str, chroma_url: str | None = None) -> None:
        self.embedder = get_embedder(model)
        self.index = Index(
            index_dir, self.embedder, chroma_url, analyser=analysis.analyse, analysis_version=analysis.VERSION
        )
        self.searcher = Searcher(self.index)
        self.answerer = Answerer(self.index, self.searcher)

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
        return self.index.sync(loaded.articles, loaded.errors, prune=prune, progress=progress)

    def search(self, query: str, k: int = 5, language: Language | None = None) -> SearchResult:
        return self.searcher.search(query, k=k, language=language)

    def answer(self, question: str, default_language: str = "en") -> Answer:
        return self.answerer.answer(question, default_language=default_language)

    @staticmethod
    def quotes(text: str) -> list[Attribution]:
        return attribute(text)

    def close(self) -> None:
        self.index.close()
