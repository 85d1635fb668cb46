"""``python -m bench`` (``make bench``): measure belegbot and print a table, or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from bench.config import DEFAULT_CORPORA, DEFAULT_QUESTIONS, RESULTS_DIR, BenchConfig
from bench.report import render_table
from bench.run import run
from bot.settings import SettingsError, load_settings

app = typer.Typer(add_completion=False, rich_markup_mode=None)
err = Console(stderr=True, soft_wrap=True)


@app.command()
def bench(
    as_json: Annotated[bool, typer.Option("--json", help="print the results as JSON")] = False,
    quick: Annotated[
        bool, typer.Option(help="100 articles, 100 questions, growth to 300 articles: a few minutes")
    ] = False,
    corpus: Annotated[list[Path] | None, typer.Option(help="corpus file(s); default the gnad and dev corpora")] = None,
    questions: Annotated[
        list[Path] | None, typer.Option(help="question file(s); default the dev and XQuAD questions")
    ] = None,
    index_dir: Annotated[
        Path | None, typer.Option(help="reuse this index folder between runs (default: a temporary one)")
    ] = None,
    results_dir: Annotated[Path, typer.Option(help="where latest.json and latency.png go")] = RESULTS_DIR,
    growth_budget: Annotated[
        float, typer.Option(min=0, help="seconds the growth part may spend indexing and timing (10,000 articles: ~1 h)")
    ] = 1200.0,
) -> None:
    """Measure indexing, latency, cold start, memory and growth against the plain pipeline.

    Writes RESULTS_DIR/latest.json and RESULTS_DIR/latency.png and prints a table (or JSON). The model is
    the bot's (BELEGBOT_EMBEDDING_MODEL). Indexing all 1,030 articles takes minutes on 2 cores: keep
    --index-dir to reuse them. The growth part indexes a synthetic archive of up to 10,000 articles from
    scratch (about an hour on 2 cores) and stops when --growth-budget is spent, reporting articles/s so far.

    \b
    Examples:
      python -m bench --quick
      python -m bench --index-dir /tmp/bench-index --json > bench.json
      python -m bench --index-dir /tmp/bench-index --growth-budget 7200   # growth to 10,000 articles
      python -m bench --corpus corpus/ --questions ../shared/eval/dev/questions.jsonl --quick
    """
    try:
        model = load_settings().embedding_model
    except SettingsError as error:
        raise fail(str(error)) from None
    config = BenchConfig(
        corpora=corpus or DEFAULT_CORPORA,
        questions=questions or DEFAULT_QUESTIONS,
        model=model,
        index_dir=index_dir,
        results_dir=results_dir,
        quick=quick,
        growth_budget_s=growth_budget,
    )
    try:
        results = run(config, say=lambda message: err.print(message, style="dim", highlight=False))
    except FileNotFoundError as error:
        raise fail(str(error)) from None
    if as_json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    Console().print(render_table(results))
    typer.echo(f"written: {results['files']['json']}, {results['files']['plot']}")


def fail(message: str) -> typer.Exit:
    """A usage error: the message on stderr, exit code 2."""
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(2)


if __name__ == "__main__":
    app()
