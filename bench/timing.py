"""Latency: search, answer and the plain pipeline (embed + Chroma top-10), timed question by question."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bench.config import Say
from retrieval.store import Store


@dataclass
class Timings:
    """Latencies of one operation in milliseconds."""

    values: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        self.values.append(seconds * 1000.0)

    def summary(self) -> dict[str, float]:
        if not self.values:
            return {"n": 0, "p50_ms": float("nan"), "p95_ms": float("nan"), "mean_ms": float("nan")}
        ordered = np.asarray(sorted(self.values))
        return {
            "n": len(self.values),
            "p50_ms": round(float(np.percentile(ordered, 50)), 2),
            "p95_ms": round(float(np.percentile(ordered, 95)), 2),
            "mean_ms": round(statistics.fmean(self.values), 2),
        }


def rss_mb(kilobytes: int) -> float:
    """``ru_maxrss`` is KiB on Linux, bytes on macOS."""
    return round(kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3) if denominator else float("nan")


def plain_pipeline(store: Store, question: str) -> int:
    """The baseline: embed the question with the same model, Chroma top-10 over the passages."""
    vector = store.embedder.queries([question])[0]
    got = store.collections["passages"].query(
        query_embeddings=[vector.tolist()], n_results=10, include=["metadatas", "distances"]
    )
    return len(got["ids"][0])


def measure_latency(service: Any, questions: list[str], warmup: int, say: Say) -> dict[str, Any]:
    """Search, answer and the plain pipeline, each question by all three in turn (same load for all)."""
    say(f"timing {len(questions)} questions (search, answer, plain pipeline) …")
    search, answer, plain = time_questions(service, questions, warmup)
    s, a, p = search.summary(), answer.summary(), plain.summary()
    return {
        "questions": len(questions),
        "search": s,
        "answer": a,
        "plain": p,
        "search_vs_plain_p50": ratio(s["p50_ms"], p["p50_ms"]),
        "answer_vs_plain_p50": ratio(a["p50_ms"], p["p50_ms"]),
        "answer_vs_plain_p95": ratio(a["p95_ms"], p["p95_ms"]),
    }


def latency_at(service: Any, questions: list[str], warmup: int) -> dict[str, Any]:
    search, answer, plain = time_questions(service, questions, warmup)
    return {"search": search.summary(), "answer": answer.summary(), "plain": plain.summary()}


def time_questions(service: Any, questions: list[str], warmup: int) -> tuple[Timings, Timings, Timings]:
    """Search, answer and plain-pipeline latency of each question, the three in turn and in a rotating
    order, so a burst of load from other processes hits all three alike; ``warmup`` questions first.
    Search and answer go through ``Belegbot`` exactly as the bot calls them."""
    for question in questions[:warmup]:
        service.answer(question)
        plain_pipeline(service.store, question)
    search, answer, plain = Timings(), Timings(), Timings()
    steps: list[tuple[Timings, Callable[[str], object]]] = [
        (plain, lambda q: plain_pipeline(service.store, q)),
        (search, lambda q: service.search(q, k=5)),
        (answer, lambda q: service.answer(q)),
    ]
    for number, question in enumerate(questions):
        for timings, step in steps[number % 3 :] + steps[: number % 3]:
            began = time.perf_counter()
            step(question)
            timings.add(time.perf_counter() - began)
    return search, answer, plain
