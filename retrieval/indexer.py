"""The indexing stage: articles -> sentences and passages -> analysis -> embeddings -> store writes.

Only sentences are embedded. A passage's vector is the mean of its sentences' vectors weighted by their
length in characters, normalised (:func:`pooled`), and an article's is the mean of its passages': embedding
passages as well cost 47 % of the tokens (gnad + dev: 0.64M of 1.36M) for XQuAD R@1 0.956 / 0.892 (de / en)
instead of 0.956 / 0.887, and dev / dev2 pass rates 0.711 / 0.608 instead of 0.711 / 0.600.

``sync`` adds new articles, replaces edited ones and skips unchanged ones (content hashes), and with
``prune`` removes the ones no longer given; ``rebuild`` embeds everything into a new generation that
becomes current only when complete. Both also re-analyse, without re-embedding, every stored article
whose analysis was made by another ``analysis_version`` (readers only warn about those), and re-derive from
the stored sentence vectors the passage vectors of an index made when passages were embedded themselves
(``VECTORS``; readers serve such an index as it is).

HanTa's analyses of the words (``retrieval.nlp.recording``), which analysing computes anyway, and the lemma path of
each word's likeliest tag (``retrieval.nlp.record_words``) are stored with the articles, so that answering looks them
up instead of computing them again; an index whose words were not recorded so (older code, another HanTa model) is
re-analysed once to record them.

Two cores: with ``workers``, a large sync segments and analyses its articles in worker processes, a few groups
ahead, while this process embeds (OpenVINO's two streams) and writes the groups before them; the store takes
each group's records in one call per collection. Both give the same records as one process, bit for bit.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from functools import partial
from pathlib import Path

import numpy as np

from retrieval import nlp, segment
from retrieval.embedding import Embedder, Vectors
from retrieval.models import Article, ArticleAnalysis, IndexReport, LoadError, Sentence
from retrieval.store import ArticleRecords, Key, Store, stored_units

log = logging.getLogger(__name__)

EMBED_BATCH = 512  # texts per embedder call at most (the engine batches them itself, shortest first)
# The sentences of this many articles go to the embedder in one call: sorted by length across articles, its
# batches pad less and fill both OpenVINO streams (embedding 2.0x faster than a call per article, median of 3
# interleaved rounds beside other jobs on 32 gnad articles; 4 per call 1.9x, 16 per call 1.5x).
ARTICLES_PER_CALL = 8
# Segmenting and analysing (SoMaJo, HanTa, attribution, figures: pure Python, about half of indexing's time) run in
# worker processes, a few groups of ARTICLES_PER_CALL ahead, while this process embeds (OpenVINO, outside the GIL)
# and writes the groups before them. A worker costs about 1 s to start (imports, HanTa's model), so fewer changed
# articles than POOL_FROM are analysed here, one after the other, with the analyser already loaded.
WORKERS = 1
POOL_FROM = 32
AHEAD = 2  # groups handed to the workers beyond the one being embedded, per worker
REDERIVE_BATCH = 100  # articles whose passage vectors are re-derived in one Chroma update
VECTORS = "sentences-chars-1"  # passages pooled from sentences (see pooled), sentence vectors copied into SQLite

Analyser = Callable[[Article, list[Sentence]], ArticleAnalysis]
Progress = Callable[[int], None]
Prepared = tuple[list[Sentence], ArticleAnalysis | None]  # an article's sentences and analysis (None: no sentences)
Group = tuple[list[Prepared], dict[str, str]]  # a group's articles prepared, and the word analyses computed for them


class Indexer:
    """Writes articles into ``store``, embedded by ``embedder`` and analysed by ``analyser`` (none: an empty
    analysis of ``analysis_version``).

    With ``workers`` > 0, a sync of at least ``POOL_FROM`` changed articles segments and analyses them in that
    many worker processes beside the embedding; ``analyser`` must then be picklable (a module-level function)."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        analyser: Analyser | None = None,
        analysis_version: str = "0",
        *,
        workers: int = 0,
    ) -> None:
        if embedder.name != store.embedder.name:
            raise ValueError(f"the store is open for model {store.embedder.name!r}, not {embedder.name!r}")
        if workers < 0:
            raise ValueError(f"workers must be >= 0, got {workers}")
        self.store = store
        self.embedder = embedder
        self.analysis_version = analysis_version
        self.analyser: Analyser = analyser or partial(_no_analysis, analysis_version)
        self.workers = workers

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
        workers: int = 0,
    ) -> IndexReport:
        """Embed ``articles`` into a new generation; make it current only when complete; drop the old one."""
        with Store.build(index_dir, embedder, chroma_url, command) as store:
            indexer = cls(store, embedder, analyser, analysis_version, workers=workers)
            return indexer.sync(articles, errors, progress=progress)

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
            self._rederive()
            words_stored = self.store.start_word_analyses(nlp.model_fingerprint(), nlp.STORED_WORDS)
            known = self.store.hashes()
            groups = [
                articles[first : first + ARTICLES_PER_CALL] for first in range(0, len(articles), ARTICLES_PER_CALL)
            ]
            changed = [[a for a in group if known.get(a.id) != a.content_hash] for group in groups]
            with closing(self._prepared(changed)) as prepared:
                for group, (ready, analyses) in zip(groups, prepared, strict=True):
                    self._sync_some(group, iter(ready), known, report, progress)
                    self.store.add_word_analyses(analyses)
            if prune:
                for doc_id in set(known) - {a.id for a in articles}:
                    if prunable is not None and not prunable(doc_id):
                        continue
                    self.store.delete(doc_id)
                    report.removed += 1
            self._reanalyse(set() if words_stored else set(known) - {a.id for group in changed for a in group})
            self.store.finish_word_analyses(nlp.model_fingerprint(), nlp.STORED_WORDS)
            self._embed_units()
            report.seconds = round(time.perf_counter() - began, 3)
            return report

    def remove(self, doc_id: str) -> bool:
        """Delete one article and all of its records; False if it was not indexed."""
        with self.store.writing():
            return self.store.delete(doc_id)

    def _prepared(self, groups: list[list[Article]]) -> Generator[Group, None, None]:
        """Each group's articles segmented and analysed, group by group: here, or (``workers``, enough
        articles) in worker processes that keep ``AHEAD`` groups per worker ready. Closing the iterator early
        (an error while writing) cancels what the workers have not started."""
        if self.workers == 0 or sum(map(len, groups)) < POOL_FROM:
            for group in groups:
                yield prepare(self.analyser, group)
            return
        workers = _Workers(self.workers, self.analyser)
        try:
            pending = deque[Callable[[], Group]]()
            for group in groups:
                pending.append(workers.submit(group))
                if len(pending) > AHEAD * self.workers:
                    yield pending.popleft()()
            while pending:
                yield pending.popleft()()
        finally:
            workers.close()

    def _sync_some(
        self,
        articles: Sequence[Article],
        prepared: Iterator[Prepared],
        known: dict[str, str],
        report: IndexReport,
        progress: Progress | None,
    ) -> None:
        """Sync a few articles, the sentences of all that changed embedded in one call (see ARTICLES_PER_CALL);
        ``prepared`` gives the sentences and analysis of each changed one, in order."""
        changed: list[tuple[Article, list[Sentence], ArticleAnalysis]] = []
        for article in articles:
            previous = known.get(article.id)
            if previous == article.content_hash:
                report.unchanged += 1
            elif (analysed := next(prepared))[1] is None:
                if previous is not None and self.store.delete(article.id):  # its old text must not be quoted any more
                    report.removed += 1
                report.errors.append(
                    LoadError(
                        path=article.source_path or article.id,
                        reason=f"article {article.id!r} has no sentences (no letters or digits); skipped",
                    )
                )
            else:
                changed.append((article, analysed[0], analysed[1]))
                continue
            if progress:
                progress(1)
        vectors = self._embed([text for _, units, _ in changed for text in embedded_texts(units)])
        records, offset = [], 0
        for article, units, analysis in changed:
            records.append(_records(article, units, analysis, vectors[offset : offset + len(units)]))
            offset += len(units)
        self.store.write(records)
        for record in records:
            report.passages_embedded += len(record.passages)
            report.sentences_embedded += len(record.sentences)
            if known.get(record.article.id) is None:
                report.added += 1
            else:
                report.updated += 1
            if progress:
                progress(1)

    def _rederive(self) -> None:
        """Make the passage and article vectors of an index written by another ``VECTORS`` scheme (embedded
        passages) from its stored sentence vectors, and copy those into SQLite: no embedding (the gnad index's
        1,030 articles in 3.7 s)."""
        if self.store.vector_scheme() == VECTORS:
            return
        stored = sorted(self.store.hashes())
        if stored:
            log.warning("deriving the passage vectors of %d articles from their sentences (no embedding)", len(stored))
        for first in range(0, len(stored), REDERIVE_BATCH):
            rows = {doc_id: self.store.sentences(doc_id) for doc_id in stored[first : first + REDERIVE_BATCH]}
            found = self.store.vectors(
                "sentences", [(r.doc_id, r.index) for doc_rows in rows.values() for r in doc_rows]
            )
            passages: dict[Key, Vectors] = {}
            articles: dict[str, Vectors] = {}
            for doc_id, doc_rows in rows.items():
                if not doc_rows or any((doc_id, r.index) not in found for r in doc_rows):
                    log.warning("%s: sentence vectors missing; its passage vectors stay as they are", doc_id)
                    continue
                vectors = np.vstack([found[(doc_id, r.index)] for r in doc_rows])
                pooled_passages = pooled(vectors, [r.end - r.start for r in doc_rows], [r.passage for r in doc_rows])
                passages |= {(doc_id, index): vector for index, vector in enumerate(pooled_passages)}
                articles[doc_id] = _article_vector(pooled_passages)
            self.store.set_pooled_vectors(found, passages, articles)
        self.store.mark_vectors(VECTORS)

    def _reanalyse(self, unrecorded: set[str]) -> None:
        """Re-run the (cheap) analysis of every article whose stored one is stale, and of the ``unrecorded`` ones,
        whose words' analyses are not stored yet (see ``Store.start_word_analyses``); no re-embedding."""
        stale = set(self.store.stale_analyses(self.analysis_version))
        if stale:
            log.warning("analysis changed (version %s): re-analysing %d articles", self.analysis_version, len(stale))
        if unrecorded - stale:
            log.warning("analysing %d articles again to store their words' analyses", len(unrecorded - stale))
        with nlp.recording() as analyses:
            for doc_id in sorted(stale | unrecorded):
                article = self.store.article(doc_id)
                if article is not None:
                    analysis = self.analyser(article, stored_units(article, self.store.sentences(doc_id)))
                    nlp.record_words(segment.words(article), article.language)
                    if doc_id in stale:
                        self.store.set_analysis(doc_id, analysis)
        self.store.add_word_analyses(analyses)
        self.store.mark_analysed(self.analysis_version)

    def _embed_units(self) -> None:
        """Embed the nouns the stored figures count that have no vector yet (new articles, a new analysis, an
        index written before these were stored), as answering embeds them: passage vectors, one noun each."""
        nouns = self.store.unvectored_nouns()
        if nouns:
            self.store.set_unit_vectors(dict(zip(nouns, self._embed(nouns), strict=True)))

    def _embed(self, texts: list[str]) -> Vectors:
        parts = [self.embedder.passages(texts[i : i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
        return np.vstack(parts) if parts else np.zeros((0, self.embedder.dim), dtype=np.float32)


class _Workers:
    """Worker processes that prepare groups of articles (:func:`prepare`). Once they stop (a ``__main__`` that
    cannot be imported again, as spawning needs, or a killed worker), groups are prepared in this process: the
    same result, slower. An error of the analyser itself is raised as it is."""

    def __init__(self, count: int, analyser: Analyser) -> None:
        # spawn, not fork: this process already runs OpenVINO's and Chroma's threads
        self._pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
        self._analyser = analyser
        self._stopped = False

    def submit(self, group: list[Article]) -> Callable[[], Group]:
        """Start on ``group``; the callable returned waits for what became of it."""
        if not self._stopped:
            try:
                future = self._pool.submit(prepare, self._analyser, group)
                return lambda: self._result(group, future)
            except BrokenProcessPool as error:
                self._stop(error)
        return lambda: prepare(self._analyser, group)

    def close(self) -> None:
        """Stop the workers; what they have not started is dropped."""
        self._pool.shutdown(cancel_futures=True)

    def _result(self, group: list[Article], future: Future[Group]) -> Group:
        try:
            return future.result()
        except BrokenProcessPool as error:
            self._stop(error)
            return prepare(self._analyser, group)

    def _stop(self, error: BrokenProcessPool) -> None:
        if not self._stopped:
            log.warning("the analysis workers stopped (%s): analysing in this process", error)
            self._stopped = True


def prepare(analyser: Analyser, articles: Sequence[Article]) -> Group:
    """Each article's sentences and their analysis (None for an article without sentences), and HanTa's word
    analyses computed meanwhile; what the worker processes run."""
    out: list[Prepared] = []
    with nlp.recording() as analyses:
        for article in articles:
            units = segment.sentences(article)
            out.append((units, analyser(article, units) if units else None))
            nlp.record_words(segment.words(article), article.language)
    return out, analyses


def _records(article: Article, units: list[Sentence], analysis: ArticleAnalysis, vectors: Vectors) -> ArticleRecords:
    """What the store writes of one article: its passages, and their vectors and its own pooled from its
    sentences' ``vectors``."""
    chunks = segment.passages(article, units)
    owners = [c.index for c in chunks for _ in range(c.first_sentence, c.last_sentence + 1)]  # runs, in order
    passage_vectors = pooled(vectors, [s.end - s.start for s in units], owners)
    return ArticleRecords(
        article, units, chunks, (vectors, passage_vectors, _article_vector(passage_vectors)), analysis
    )


def _no_analysis(version: str, article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    return ArticleAnalysis(version=version)


def embedded_texts(units: Sequence[Sentence]) -> list[str]:
    """What indexing an article embeds, in order: the text of each of its sentences (nothing else)."""
    return [s.text for s in units]


def pooled(vectors: Vectors, weights: Sequence[float], groups: Sequence[int]) -> Vectors:
    """One L2-normalised vector per group (numbered 0, 1, … in ``groups``, at least one row): the mean of its
    rows of ``vectors`` weighted by ``weights``. Weighting sentences by their length keeps a passage's vector
    closest to what embedding its text gives (XQuAD-en R@1: 0.8874 weighted by characters, 0.8866 by tokens, 0.8807
    unweighted; 0.8924 with passages embedded)."""
    sums = np.zeros((max(groups) + 1, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, np.asarray(groups), vectors * np.asarray(weights, dtype=np.float64)[:, None])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.maximum(norms, 1e-12)).astype(np.float32)


def _article_vector(passage_vectors: Vectors) -> Vectors:
    """The article's vector (one row): the plain mean of its passages' (search does not use it today)."""
    return pooled(passage_vectors, [1.0] * len(passage_vectors), [0] * len(passage_vectors))
