"""``belegbot bench``: the pure parts fast, and one small real run over the seed corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS_DIR
from typer.testing import CliRunner

from bot.cli import app
from retrieval.bench import BenchConfig, Timings, check_goals, load_questions, run

DEV_QUESTIONS = Path("/work/shared/eval/dev/questions.jsonl")


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
                "cold_start": {"peak_rss_mb": 400.0},
                "reindex_unchanged": {"seconds": 5.5},
                "growth": {},
            }
        )
    }
    assert goals["answer p50 after start-up"]["met"] is False
    assert goals["answer p50 / plain pipeline p50"]["met"] is True
    assert goals["indexing / raw embedder throughput"]["met"] is True
    assert goals["unchanged re-index"]["met"] is False
    assert goals["answer p50 at 100k / at 10k passages"]["met"] is None  # not measured is not "met"


def test_config_checks_its_values() -> None:
    assert BenchConfig(quick=True).growth_targets == (1_000, 10_000)
    with pytest.raises(ValueError, match="question_count must be >= 1, got 0"):
        BenchConfig(question_count=0)


def test_cli_names_a_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--corpus", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "nope.jsonl does not exist (--corpus)" in result.output


@pytest.mark.slow
def test_a_small_real_run_writes_json_and_plot(tmp_path: Path) -> None:
    if not DEV_QUESTIONS.is_file():
        pytest.skip(f"{DEV_QUESTIONS} is not on this machine")
    config = BenchConfig(
        corpora=[CORPUS_DIR],
        questions=[DEV_QUESTIONS],
        question_count=6,
        growth_questions=3,
        growth_targets=(40, 200),
        results_dir=tmp_path / "results",
        warmup=1,
    )
    results = run(config)
    saved = json.loads((tmp_path / "results" / "latest.json").read_text(encoding="utf-8"))
    assert saved["latency"]["questions"] == 6 and saved["latency"]["answer"]["n"] == 6
    assert saved["indexing"]["sample_articles"] == 2 and saved["indexing"]["index_vs_raw"] > 0
    assert saved["reindex_unchanged"]["unchanged"] == 2
    assert saved["cold_start"]["answer_found"] is True and saved["cold_start"]["peak_rss_mb"] > 0
    assert [p["passages"] for p in saved["growth"]["points"]] == [40, 200]
    assert (tmp_path / "results" / "latency.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert results["goals"] == saved["goals"]
