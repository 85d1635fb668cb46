"""Growth: latency at about 1k, 10k and 100k passages in a scratch index of copies of the real vectors.

The copies are jittered and get new ids; sentences grow in proportion; the articles and the lexical
store stay at the real corpus size. Inserting stops when the time budget is spent.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.config import BenchConfig, Say, scratch_dir
from bench.timing import latency_at, ratio
from retrieval.embedding import Embedder, Vectors
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.store import Store

INSERT_BATCH = 4_000
JITTER = 0.01  # std of the noise added to copied vectors, so HNSW sees distinct points


@dataclass
class _Source:
    """One passage of the real index with its sentences: what the growth copies."""

    digest: str
    passage_id: str
    passage_vector: np.ndarray
    passage_meta: dict[str, Any]
    sentences: list[tuple[str, np.ndarray, dict[str, Any]]]


def _sources(store: Store) -> list[_Source]:
    passages = store.collections["passages"].get(include=["embeddings", "metadatas"])
    sentences = store.collections["sentences"].get(include=["embeddings", "metadatas"])
    by_passage: dict[str, list[tuple[str, np.ndarray, dict[str, Any]]]] = {}
    for sid, vector, meta in zip(
        sentences["ids"], _rows(sentences["embeddings"]), sentences["metadatas"] or [], strict=True
    ):
        digest = sid.rsplit("-s", 1)[0]
        by_passage.setdefault(f"{digest}-p{meta['passage']}", []).append(
            (sid, np.asarray(vector, dtype=np.float32), dict(meta))
        )
    out = []
    for pid, vector, meta in zip(
        passages["ids"], _rows(passages["embeddings"]), passages["metadatas"] or [], strict=True
    ):
        out.append(
            _Source(
                pid.rsplit("-p", 1)[0],
                pid,
                np.asarray(vector, dtype=np.float32),
                dict(meta),
                by_passage.get(pid, []),
            )
        )
    return sorted(out, key=lambda s: s.passage_id)


def _rows(embeddings: Any) -> list[Any]:
    return list(embeddings) if embeddings is not None else []


def _jitter(vectors: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    if amount <= 0:
        return vectors
    noisy = vectors + rng.normal(0.0, amount, vectors.shape).astype(np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


class _KnownVectors:
    """An embedder that returns the vectors the real index already holds for a text (else embeds it)."""

    def __init__(self, embedder: Embedder, known: dict[str, np.ndarray]) -> None:
        self.name, self.dim = embedder.name, embedder.dim
        self._embedder, self._known = embedder, known

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._embedder.queries(texts)

    def passages(self, texts: Sequence[str]) -> Vectors:
        missing = [t for t in texts if t not in self._known]
        if missing:
            self._known.update(zip(missing, self._embedder.passages(missing), strict=True))
        return np.vstack([self._known[t] for t in texts]).astype(np.float32)


def _scratch_service(service: Any, articles: list[Article], folder: Path, model: str) -> Any:
    """A second ``Belegbot`` over the same articles in ``folder``, built from the real index's vectors."""
    from retrieval import analysis
    from retrieval.api import Belegbot

    known: dict[str, np.ndarray] = {}
    for name in ("sentences", "passages"):
        got = service.store.collections[name].get(include=["embeddings", "documents"])
        known.update(zip(got["documents"] or [], _rows(got["embeddings"]), strict=True))
    embedder = _KnownVectors(service.embedder, known)
    builder = Store(folder, embedder, analysis_version=analysis.VERSION)
    try:
        Indexer(builder, embedder, analysis.analyse, analysis.VERSION).sync(articles)
        for name in ("sentences", "passages"):  # the growth adds copies of these records only
            builder.collections[name].delete(ids=builder.collections[name].get(include=[])["ids"])
    finally:
        builder.close()
    return Belegbot(folder, model)


def measure_growth(
    service: Any, articles: list[Article], config: BenchConfig, questions: list[str], say: Say
) -> dict[str, Any]:
    """Latency at about each growth target of passages, until the time budget is spent."""
    sources = _sources(service.store)
    if not sources:
        return {"error": "the index has no passages"}
    rng = np.random.default_rng(6)
    points: list[dict[str, Any]] = []
    began = time.perf_counter()
    insert_s = 0.0
    with scratch_dir(None, "belegbot-growth-") as folder:
        say(f"growth: a scratch index of the {len(articles)} articles from the real index's vectors …")
        scratch = _scratch_service(service, articles, folder, config.model)
        store = scratch.store
        copy, position, total, inserted = 0, 0, 0, 0
        try:
            for target in config.growth_targets:
                if time.perf_counter() - began > config.growth_budget_s:
                    say(f"growth: time budget of {config.growth_budget_s:.0f} s spent at {total:,} passages")
                    break
                say(f"growth: inserting copies up to {target:,} passages …")
                while total < target:
                    batch: list[tuple[int, _Source]] = []
                    while len(batch) < min(INSERT_BATCH, target - total):
                        batch.append((copy, sources[position]))
                        position += 1
                        if position == len(sources):
                            position, copy = 0, copy + 1
                    step = time.perf_counter()
                    inserted += _insert(store, batch, rng)
                    insert_s += time.perf_counter() - step
                    total += len(batch)
                    if time.perf_counter() - began > config.growth_budget_s:
                        break
                sentences = store.collections["sentences"].count()
                passages = store.collections["passages"].count()
                say(f"growth: timing {len(questions)} questions at {passages:,} passages …")
                point = latency_at(scratch, questions, config.warmup)
                points.append(
                    {
                        "passages": passages,
                        "sentences": sentences,
                        "insert_s_so_far": round(insert_s, 1),
                        **point,
                    }
                )
                if passages < target:
                    say(f"growth: time budget spent at {passages:,} passages")
                    break
        finally:
            scratch.close()
    result: dict[str, Any] = {
        "points": points,
        "insert_s": round(insert_s, 1),
        "records_inserted": inserted,
        "records_per_s": round(inserted / insert_s, 1) if insert_s else None,
        "total_s": round(time.perf_counter() - began, 1),
        "method": "copies of the real passage and sentence vectors (jittered, new ids) in a scratch index "
        "searched through Belegbot; articles and the lexical store stay at the real corpus size; "
        "copies carry no documents",
    }
    by_size = {p["passages"]: p for p in points}
    ten = next((p for size, p in by_size.items() if 9_000 <= size <= 11_000), None)
    hundred = next((p for size, p in by_size.items() if size >= 90_000), None)
    if ten and hundred:
        result["answer_100k_vs_10k_p50"] = ratio(hundred["answer"]["p50_ms"], ten["answer"]["p50_ms"])
        result["search_100k_vs_10k_p50"] = ratio(hundred["search"]["p50_ms"], ten["search"]["p50_ms"])
    return result


def _insert(store: Store, batch: list[tuple[int, _Source]], rng: np.random.Generator) -> int:
    """Add ``batch`` (copy number, source passage) as new passage and sentence records; their count."""
    p_ids, p_vecs, p_metas = [], [], []
    s_ids, s_vecs, s_metas = [], [], []
    for copy, source in batch:
        digest = f"{source.digest}c{copy}"  # no dash: search splits ids at the last one
        p_ids.append(f"{digest}-p{int(source.passage_meta['index'])}")
        p_vecs.append(source.passage_vector)
        p_metas.append(source.passage_meta)
        for sid, vector, meta in source.sentences:
            s_ids.append(f"{digest}-s{sid.rsplit('-s', 1)[1]}")
            s_vecs.append(vector)
            s_metas.append(meta)
    for name, ids, vecs, metas in (
        ("passages", p_ids, p_vecs, p_metas),
        ("sentences", s_ids, s_vecs, s_metas),
    ):
        for start in range(0, len(ids), INSERT_BATCH):
            chunk = _jitter(np.vstack(vecs[start : start + INSERT_BATCH]), rng, JITTER)
            store.collections[name].add(
                ids=ids[start : start + INSERT_BATCH],
                embeddings=chunk,
                metadatas=metas[start : start + INSERT_BATCH],  # type: ignore[arg-type]
            )
    return len(p_ids) + len(s_ids)
