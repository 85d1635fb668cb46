"""A catalogue of hostile inputs, each through the real bot and the strict fake Bot API, each with the
clear reply it must get.

Every case runs as a fresh user (its own chat, so Telegram-like flood control never interferes) against
one bot over the seed corpus. Beyond the expected reply, every case checks that the bot's error handler
was not reached, that the fake server accepted every request (it rejects invalid HTML and over-long
messages with 400, like Telegram), and that nothing was added to the corpus by accident.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from botapi import FakeBotApi, FloodControl, SentMessage, User
from conftest import LiveBot, live_bot

import prompts
from bot.admin import MAX_UPLOAD_BYTES
from bot.handlers import MAX_QUESTION_CHARS

WAIT = 60.0  # seconds for an answer on a shared 2-core machine
SEED_QUESTION = "How many soldiers is North Korea sending to Russia, according to whom?"
RUTTE = "Die Entsendung von Truppen durch Nordkorea nach Russland würde eine erhebliche Eskalation bedeuten"


def en(key: str, **values: object) -> str:
    return prompts.text(key, "en", **values)


def prefix(template_key: str) -> str:
    """The fixed start of a template (up to its first placeholder)."""
    return en(template_key).split("{", 1)[0] if "{" in prompts.text(template_key, "en") else en(template_key)


# Any of these starts a reply to a question the bot took as a question: an answer or a polite "nothing",
# in English or (for a German question) in German.
ANSWERED = tuple(
    prompts.text(key, lang)
    for lang in ("en", "de")
    for key in (
        "render.found",
        "answer.found",
        "answer.nothing",
        "answer.empty",
        "render.verdict_verbatim",
        "render.verdict_paraphrase",
        "render.verdict_not_found",
        "answer.quote_not_found",
    )
)
TOO_LONG = en("bot.too_long", limit=MAX_QUESTION_CHARS)


@dataclass(frozen=True)
class Case:
    """``act(bot, user)`` sends something; the first reply must start with ``expect`` (one of them)."""

    name: str
    act: Callable[[LiveBot, User], Any]
    expect: tuple[str, ...]
    contains: str = ""  # and the reply must contain this
    admin: bool = False
    replies: int = 1


def text(message: str) -> Callable[[LiveBot, User], Any]:
    return lambda bot, user: bot.api.send_text(user, message)


def command(name: str, args: str = "") -> Callable[[LiveBot, User], Any]:
    return lambda bot, user: bot.api.send_command(user, name, args)


def upload(name: str, data: bytes, mime: str = "application/octet-stream") -> Callable[[LiveBot, User], Any]:
    return lambda bot, user: bot.api.send_document(user, name, data, mime)


EMPTY = (en("bot.empty"), en("answer.empty"))  # the bot's check, or the answer stage's
CASES = [
    # --- nothing to answer
    Case("whitespace", text("   \n\t  \u00a0 "), EMPTY),
    Case("punctuation only", text("?!?! … ;-)"), EMPTY),
    Case("zero-width only", text("\u200b\u200c\u200d\ufeff\u2060"), EMPTY),
    Case("emoji only", text("😀🙈🇩🇪👩‍👩‍👧👍🏽"), EMPTY),
    Case("combining marks only", text("\u0301\u0308\u0327" * 20), EMPTY),
    Case("3,000 lines of question marks", text("\n".join(["?"] * 3000)), EMPTY),
    Case("control characters only", text("\x01\x02\x1b[31m\x07\x08\x7f"), EMPTY),
    # --- very long input: a note, then the answer to the first 2,000 characters
    Case("100k characters", text(SEED_QUESTION + " " + "Nordkorea " * 10_000), (TOO_LONG,), "12.000"),
    Case("one 5,000-letter word", text("a" * 5000), (TOO_LONG,)),
    Case("/quote with 5,000 characters", command("quote", "Die Entsendung " * 340), (TOO_LONG,)),
    # --- injection: shown as text, never as markup; the answer still works
    Case("HTML injection", text(f"<b>x</b><script>alert(1)</script> {SEED_QUESTION}"), ANSWERED, "12.000"),
    Case("</blockquote> injection", text(f"</blockquote></b>&amp;&lt; {SEED_QUESTION}"), ANSWERED, "12.000"),
    Case(
        "Markdown injection",
        text(f"*bold* _it_ [x](http://e.org) `c` ~~s~~ {SEED_QUESTION}"),
        ANSWERED,
        "12.000",
    ),
    Case("SQL-ish", text("Soldaten'; DROP TABLE articles; -- \" OR 1=1"), ANSWERED),
    Case("FTS5 query syntax", text('Soldaten OR NEAR("Nordkorea" Russland) AND * ^ "unclosed'), ANSWERED),
    Case("format strings", text("{0} {question} {__class__} %s %d %(x)s Soldaten?"), ANSWERED),
    Case("null bytes", text("Wie viele\x00 Soldaten\x00 schickt Nordkorea?"), ANSWERED, "12.000"),
    Case(
        "control characters in a question",
        text("Wie\x07 viele Soldaten \x1b schickt\x7f Nordkorea?\x08"),
        ANSWERED,
        "12.000",
    ),
    Case("ANSI colour codes", text("\x1b[31mWie viele Soldaten schickt Nordkorea?\x1b[0m"), ANSWERED),
    # --- scripts and directions
    Case("zero-width inside words", text("Wie vie\u200ble Sol\u200bdaten schickt Nord\u200dkorea?"), ANSWERED),
    Case("right-to-left override", text("\u202eWie viele Soldaten schickt Nordkorea?\u202c"), ANSWERED),
    Case("Hebrew and Arabic", text("כמה חיילים שולחת צפון קוריאה? كم عدد الجنود؟"), ANSWERED),
    Case("mixed scripts", text("Wie viele солдат 士兵 soldiers schickt Nordkorea?"), ANSWERED),
    Case("URL only", text("https://example.org/nordkorea?soldaten=12000&x=<y>"), ANSWERED),
    Case("numbers only", text("12000 10.000 1500 3000"), ANSWERED),
    Case("nested quotes", text(f'Did Rutte say "he said „{RUTTE[:40]} ‚deep‘“ here"?'), ANSWERED),
    # --- commands
    Case("unknown command", command("frobnicate"), (en("bot.unknown_command"),)),
    Case("unknown command with arguments", command("drop_table", "articles; --"), (en("bot.unknown_command"),)),
    Case("/quote without text", command("quote"), (prefix("bot.quote_usage"),)),
    Case("/quote with only quote marks", command("quote", "„“ '' \"\""), (prefix("bot.quote_usage"),)),
    Case("/quote with HTML", command("quote", "<i>Eskalation</i> </blockquote>"), ANSWERED),
    Case("/quote verbatim in odd quote marks", command("quote", f"«{RUTTE}»"), (en("render.verdict_verbatim"),)),
    Case("/remove as a non-admin", command("remove", "seed-000"), (en("bot.not_admin"),)),
    Case(
        "/remove of a path",
        command("remove", "../../etc/passwd"),
        (prefix("bot.remove_unknown"),),
        "../../etc/passwd",
        admin=True,
    ),
    # --- files and media
    Case("upload as a non-admin", upload("a.md", b"# Hallo\n\nText."), (en("bot.not_admin"),)),
    Case(
        "oversized upload",
        upload("big.md", b"Wort " * (MAX_UPLOAD_BYTES // 5 + 1000), "text/markdown"),
        ("big.md is too large",),
        "the limit is 5 MB",
        admin=True,
    ),
    Case(
        "PDF upload",
        upload("scan.pdf", b"%PDF-1.4\n%\xe2\xe3", "application/pdf"),
        ("I can add .md, .txt, .html and .jsonl files; scan.pdf is none",),
        admin=True,
    ),
    Case(
        "executable disguised by its name",
        upload("notes.md.exe", b"MZ\x90\x00"),
        ("I can add .md, .txt, .html and .jsonl files; notes.md.exe is none",),
        admin=True,
    ),
    Case("no file name", upload("", b"Hallo"), ("I can add",), admin=True),
    Case(
        "binary file named .txt",
        upload("data.txt", bytes(range(256)) * 4, "text/plain"),
        ("data.txt was not added: binary file",),
        admin=True,
    ),
    Case(
        "broken front matter",
        upload("bad.md", b"---\ntitle: [unclosed\nid: x: y\n---\nText hier.\n"),
        ("bad.md was not added: broken front matter",),
        admin=True,
    ),
    Case(
        "front matter and no text",
        upload("hollow.md", b"---\ntitle: Leer\n---\n\n"),
        ("hollow.md was not added: no article text after the front matter",),
        admin=True,
    ),
    Case(
        "an article of punctuation only",
        upload("zeichen.md", b"---\nid: zeichen\ntitle: Zeichen\n---\n... !!! ??? --\n"),
        ("zeichen.md was not added: article 'zeichen' has no sentences (no letters or digits); skipped",),
        admin=True,
    ),
    Case(
        "JSON Lines with only bad lines",
        upload("bad.jsonl", b'{"id": 1}\nnot json\n[]\n'),
        ("bad.jsonl was not added:",),
        "needs an object",
        admin=True,
    ),
    Case("sticker", lambda bot, user: bot.api.send_sticker(user), (en("bot.text_only"),)),
    Case(
        "photo with a hostile caption",
        lambda bot, user: bot.api.send_photo(user, b"\xff\xd8", caption="</b>"),
        (en("bot.text_only"),),
    ),
]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(seed_service: Any, seed_corpus_copy: Path) -> AsyncIterator[LiveBot]:
    async with FakeBotApi(flood=FloodControl()) as api, live_bot(api, seed_service, seed_corpus_copy) as live:
        yield live


ASYNC = pytest.mark.asyncio(loop_scope="module")  # one bot for the whole module


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_catalogue_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@ASYNC
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_hostile_input_gets_its_clear_reply(bot: LiveBot, case: Case, seed_corpus_copy: Path) -> None:
    files = listing(seed_corpus_copy)
    user = bot.admin if case.admin else bot.api.user("Mallory")
    calls_before = len(bot.api.calls())
    errors_before = len(bot.errors)
    case.act(bot, user)
    replies: list[SentMessage] = await bot.api.wait_for_messages(user, case.replies, timeout=WAIT)
    first = replies[0]
    assert first.text.startswith(case.expect), f"{case.name}: unexpected reply {first.text[:200]!r}"
    assert case.contains in first.text + "".join(m.text for m in bot.api.sent_messages(user))
    await asyncio.sleep(0.2)  # let any follow-up (an error message, a second chunk) arrive
    calls = bot.api.calls()[calls_before:]
    failed = [(c.method, c.status, c.description) for c in calls if not c.ok and c.status != 429]
    assert not failed, f"the Bot API refused the bot's requests: {failed}"  # invalid HTML, too long, ...
    assert bot.errors[errors_before:] == [], "the bot's error handler was reached"
    assert en("bot.error") not in [m.text for m in bot.api.sent_messages(user)]
    assert listing(seed_corpus_copy) == files, "a rejected upload was kept"


@ASYNC
async def test_an_empty_text_is_ignored_without_a_crash(bot: LiveBot) -> None:
    """Telegram never delivers an empty text message; if one came, the bot must stay calm and silent."""
    user = bot.api.user("Eve")
    update_id = bot.api.add_update({"message": {**bot.api.send_text(user, "x"), "text": ""}})["update_id"]
    await bot.api.wait_for_messages(user, 1, timeout=WAIT)  # the answer to "x"
    await bot.api.wait_for_update_consumed(update_id, timeout=WAIT)
    await asyncio.sleep(0.5)
    assert len(bot.api.sent_messages(user)) == 1 and bot.errors == []


@ASYNC
async def test_a_bare_mention_in_a_group_is_asked_for_words(bot: LiveBot) -> None:
    group = bot.api.group("Hostile")
    bot.api.send_text(bot.api.user("Trent"), f"@{bot.api.bot_user.username}", chat=group)
    [reply] = await bot.api.wait_for_messages(group, 1, timeout=WAIT)
    assert reply.text == en("bot.empty") and bot.errors == []


@ASYNC
async def test_a_cp1252_upload_is_decoded_and_indexed(bot: LiveBot, seed_corpus_copy: Path, seed_service: Any) -> None:
    """A non-UTF-8 file is read in its own encoding (not refused), and its umlauts survive."""
    body = (
        "---\nid: kaese-1\ntitle: Käse-Rekord\n---\n"
        "Die Molkerei in Füssen verkaufte 4.321 Laibe Käse – „so viele wie nie“.\n"
    )
    bot.api.send_document(bot.admin, "kaese.md", body.encode("cp1252"), "text/markdown")
    try:
        [added] = await bot.api.wait_for_messages(bot.admin, 1, timeout=WAIT)
        assert added.text.startswith("Added kaese.md to the corpus: 1 new")
        assert (seed_corpus_copy / "kaese.md").read_bytes() == body.encode("cp1252")  # kept as sent
        article = seed_service.article("kaese-1")
        assert article is not None and "Füssen verkaufte 4.321 Laibe Käse – „so viele wie nie“." in article.text
    finally:
        bot.api.send_command(bot.admin, "remove", "kaese-1")
        [removed] = await bot.api.wait_for_messages(bot.admin, 1, timeout=WAIT)
    assert removed.text.startswith("Removed kaese-1 (Käse-Rekord)") and bot.errors == []
