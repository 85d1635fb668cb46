"""The indexing stage: articles -> sentences and passages -> analysis -> embeddings -> store writes.

``sync`` adds new articles, replaces edited ones and skips unchanged ones (content hashes), and with
``prune`` removes the ones no longer given; ``rebuild`` embeds everything into a new generation that
becomes current only when complete. Both also re-analyse, without re-embedding, every stored article
whose analysis was made by another ``analysis_version`` (readers only warn about those).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from retrieval import segment
from retrieval.embedding import Embedder, Vectors
from retrieval.models import Article, ArticleAnalysis, IndexReport, LoadError, Sentence
from retrieval.store import Store, stored_units

log = logging.getLogger(__name__)

EMBED_BATCH = 32

Analyser = Callable[[Article, list[Sentence]], ArticleAnalysis]
Progress = Callable[[int], None]


class Indexer:
    """Writes articles into ``store``, embedded by ``embedder`` and analysed by ``analyser`` (none: an empty
    analysis of ``analysis_version``)."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        analyser: Analyser | None = None,
        analysis_version: str = "0",
    ) -> None:
        if embedder.name != store.embedder.name:
            raise ValueError(f"the store is open for model {store.embedder.name!r}, not {embedder.name!r}")
        self.store = store
        self.embedder = embedder
        self.analysis_version = analysis_version
        self.analyser = analyser or self._no_analysis

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
        with Store.build(index_dir, embedder, chroma_url, command) as store:
            return cls(store, embedder, analyser, analysis_version).sync(articles, errors, progress=progress)

    def sync(
        self,
        articles: Sequence[Article],
        errors: Iterable[LoadError] = (),
        prune: bool = False,
        progress: Progress | None = None,
        prunable: Callable[[str], bool] | None = None,
    ) -> IndexReport:
        """Add new articles, replace edited ones, skip unchanged ones (and with ``prune`` remove the rest, or
        of the rest only the ids ``prunable`` says yes to).

        Raises ``IndexBusy`` at once if another writer holds the lock.
        """
        with self.store.writing():
            began = time.perf_counter()
            report = IndexReport(errors=list(errors))
            known = self.store.hashes()
            for article in articles:
                self._sync_one(article, known.get(article.id), report)
                if progress:
                    progress(1)
            if prune:
                for doc_id in set(known) - {a.id for a in articles}:
                    if prunable is not None and not prunable(doc_id):
                        continue
                    self.store.delete(doc_id)
                    report.removed += 1
            self._reanalyse()
            report.seconds = round(time.perf_counter() - began, 3)
            return report

    def remove(self, doc_id: str) -> bool:
        """Delete one article and all of its records; False if it was not indexed."""
        with self.store.writing():
            return self.store.delete(doc_id)

    def _sync_one(self, article: Article, previous: str | None, report: IndexReport) -> None:
        if previous == article.content_hash:
            report.unchanged += 1
        elif not (units := segment.sentences(article)):
            if previous is not None and self.store.delete(article.id):  # its old text must not be quoted any more
                report.removed += 1
            report.errors.append(
                LoadError(
                    path=article.source_path or article.id,
                    reason=f"article {article.id!r} has no sentences (no letters or digits); skipped",
                )
            )
        else:
            passages, sentences = self._write(article, units)
            report.passages_embedded += passages
            report.sentences_embedded += sentences
            if previous is None:
                report.added += 1
            else:
                report.updated += 1

    def _write(self, article: Article, units: list[Sentence]) -> tuple[int, int]:
        """Segment, analyse and embed first; then the store replaces the article's records."""
        chunks = segment.passages(article, units)
        analysis = self.analyser(article, units)
        sentence_vectors = self._embed([s.text for s in units])
        passage_vectors = self._embed([p.text for p in chunks])
        mean = passage_vectors.mean(axis=0, keepdims=True)
        article_vector = mean / max(float(np.linalg.norm(mean)), 1e-9)
        self.store.write(article, units, chunks, (sentence_vectors, passage_vectors, article_vector), analysis)
        return len(chunks), len(units)

    def _reanalyse(self) -> None:
        """Re-run the (cheap) analysis of every article whose stored one is stale; no re-embedding."""
        stale = self.store.stale_analyses(self.analysis_version)
        if stale:
            log.warning("analysis changed (version %s): re-analysing %d articles", self.analysis_version, len(stale))
        for doc_id in stale:
            article = self.store.article(doc_id)
            if article is not None:
                units = stored_units(article, self.store.sentences(doc_id))
                self.store.set_analysis(doc_id, self.analyser(article, units))
        self.store.mark_analysed(self.analysis_version)

    def _embed(self, texts: list[str]) -> Vectors:
        parts = [self.embedder.passages(texts[i : i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
        return np.vstack(parts) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)

    def _no_analysis(self, article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
        return ArticleAnalysis(version=self.analysis_version)
