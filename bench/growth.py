"""Growth: a synthetic archive indexed from scratch, articles/s and latency at each size (up to 10,000 articles).

Synthetic article ``i`` is real article ``i mod n`` under a new id and title (``gnad-000001-c3``, "… (3)"), so
its content hash and record ids are new and the indexer does all of its work again: segmenting, analysis,
embedding every sentence, Chroma and SQLite writes. Only the texts repeat, so the sentence vectors of the copies
get a little noise (``JITTER``) after being embedded for real, or HNSW would hold exact duplicates. Indexing is
timed alone; at each target size the questions are timed through ``Belegbot`` as in the main run. The admin reads
off their archive's indexing time from ``articles_per_s``. Inserting stops when the time budget is spent.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from bench.config import BenchConfig, Say, scratch_dir
from bench.timing import latency_at, ratio
from retrieval.embedding import Embedder, Vectors
from retrieval.models import Article

SYNC_BATCH = 100  # articles per Indexer.sync call: a point is never more than this past its target
JITTER = 0.01  # std of the noise added to each dimension of a copy's sentence vectors (cosine to it about 0.98)


class _Jittered:
    """The real embedder, whose passage vectors get seeded noise (the copies repeat the texts)."""

    def __init__(self, embedder: Embedder, seed: int = 6) -> None:
        self.name, self.dim = embedder.name, embedder.dim
        self._embedder = embedder
        self._rng = np.random.default_rng(seed)

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._embedder.queries(texts)

    def passages(self, texts: Sequence[str]) -> Vectors:
        vectors = self._embedder.passages(texts)
        noisy = vectors + self._rng.normal(0.0, JITTER, vectors.shape).astype(np.float32)
        return (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)


def synthetic(articles: Sequence[Article], count: int) -> Iterator[Article]:
    """``count`` articles: the real ones under new ids and titles, round after round."""
    for number in range(count):
        base, copy = articles[number % len(articles)], number // len(articles)
        yield base.model_copy(update={"id": f"{base.id}-c{copy}", "title": f"{base.title} ({copy})"})


def measure_growth(articles: list[Article], config: BenchConfig, questions: list[str], say: Say) -> dict[str, Any]:
    """Index a synthetic archive in a scratch folder up to each of ``config.growth_targets`` articles; the
    indexing rate and the latency at each size, until ``config.growth_budget_s`` is spent."""
    from retrieval import analysis
    from retrieval.api import Belegbot
    from retrieval.indexer import WORKERS, Indexer

    if not articles:
        return {"error": "no articles to grow from"}
    targets = sorted(config.growth_targets)
    began = time.perf_counter()
    points: list[dict[str, Any]] = []
    index_s, done = 0.0, 0
    with scratch_dir(None, "belegbot-growth-") as folder:
        service = Belegbot(folder, config.model)
        # with the analysis workers `belegbot index` uses (started once per call of SYNC_BATCH: about 2 s each)
        jittered = _Jittered(service.embedder)
        indexer = Indexer(service.store, jittered, analysis.analyse, analysis.VERSION, workers=WORKERS)
        source = synthetic(articles, targets[-1])
        try:
            for target in targets:
                say(f"growth: indexing synthetic articles up to {target:,} …")
                while done < target and time.perf_counter() - began < config.growth_budget_s:
                    batch = [next(source) for _ in range(min(SYNC_BATCH, target - done))]
                    step = time.perf_counter()
                    indexer.sync(batch)
                    index_s += time.perf_counter() - step
                    done += len(batch)
                if done < target:
                    say(f"growth: time budget of {config.growth_budget_s:.0f} s spent at {done:,} articles")
                    break
                stats = service.store.stats()
                say(f"growth: timing {len(questions)} questions at {done:,} articles …")
                points.append(
                    {
                        "articles": stats.articles,
                        "passages": stats.passages,
                        "sentences": stats.sentences,
                        "index_s_so_far": round(index_s, 1),
                        "articles_per_s_so_far": round(done / index_s, 2) if index_s else None,
                        **latency_at(service, questions, config.warmup),
                    }
                )
        finally:
            service.close()
    result: dict[str, Any] = {
        "points": points,
        "articles_indexed": done,
        "index_s": round(index_s, 1),
        "articles_per_s": round(done / index_s, 2) if index_s else None,
        "hours_per_100k_articles": round(100_000 / (done / index_s) / 3600, 1) if done and index_s else None,
        "total_s": round(time.perf_counter() - began, 1),
        "method": f"{done:,} synthetic articles (the real ones under new ids and titles, sentence vectors embedded "
        f"for real plus noise of {JITTER} per dimension) indexed from scratch by Indexer.sync in calls of "
        f"{SYNC_BATCH}; latency through Belegbot at each size",
    }
    first, last = (points[0], points[-1]) if len(points) > 1 else (None, None)
    if first and last:
        result["sizes_compared"] = [first["articles"], last["articles"]]
        result["answer_largest_vs_smallest_p50"] = ratio(last["answer"]["p50_ms"], first["answer"]["p50_ms"])
        result["search_largest_vs_smallest_p50"] = ratio(last["search"]["p50_ms"], first["search"]["p50_ms"])
    return result
