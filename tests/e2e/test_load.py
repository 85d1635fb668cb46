"""Load: 50 users ask 10 questions each at once, through the fake Bot API with Telegram-like flood control,
against the real bot and a real ``Belegbot`` over the seed corpus.

Every question must be answered exactly once (replies are matched to questions by ``reply_to``), the
p95 end-to-end latency (question posted -> first chunk of its answer accepted by the server) is printed
and bounded, and a 429 is waited out for ``retry_after`` before the same send succeeds.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from botapi import ApiCall, FakeBotApi, FloodControl
from conftest import SEEDS_DIR, live_bot

USERS = 50
QUESTIONS_EACH = 10
DEV_QUESTIONS = SEEDS_DIR.parent / "eval" / "dev" / "questions.jsonl"  # ../shared beside the clone
FALLBACK = [
    "How many soldiers is North Korea sending to Russia, according to whom?",
    "Wie viele Soldaten schickt Nordkorea nach Russland?",
    "Who confirmed that North Korean soldiers are in Russia?",
    "Wie viele nordkoreanische Soldaten sind schon in Russland?",
    "Which ambassador did South Korea summon?",
]
P95_BOUND_S = 120.0  # generous: 500 answers queued at once on a shared 2-core machine; the printed figure counts
TOTAL_BOUND_S = 240.0


def questions(count: int) -> list[str]:
    """``count`` distinct questions: the dev set's (about the seed articles), else a fixed few."""
    if DEV_QUESTIONS.is_file():
        rows = [json.loads(line) for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines() if line]
        found = [str(row["question"]) for row in rows][:count]
        if len(found) == count:
            return found
    return (FALLBACK * count)[:count]


def question(call: ApiCall) -> tuple[int, int]:
    """(chat, id of the message it replies to) of a sent message; (chat, 0) if it replies to none."""
    message = call.result if isinstance(call.result, dict) else {}
    replied = (message.get("reply_to_message") or {}).get("message_id", 0)
    return int(call.params["chat_id"]), int(replied)


@pytest.mark.slow
async def test_fifty_users_ten_questions_each(seed_service: Any, seed_corpus_copy: Path) -> None:
    asked = questions(QUESTIONS_EACH)
    async with (
        FakeBotApi(flood=FloodControl(rate=1.0, burst=3)) as api,
        live_bot(api, seed_service, seed_corpus_copy, rate_limit_per_minute=QUESTIONS_EACH) as bot,
    ):
        users = [api.user(f"User{n}", language_code="de" if n % 2 else "en") for n in range(USERS)]
        # The first reply of the run meets a 429: it must be waited out, then sent again.
        api.fail_next("sendMessage", 429, retry_after=2)
        sent: dict[tuple[int, int], float] = {}  # (chat, question message id) -> when it was posted
        began = time.time()
        for round_ in range(QUESTIONS_EACH):  # everyone at once: 500 updates queued in a few ms
            for n, user in enumerate(users):
                message = api.send_text(user, asked[(round_ + n) % QUESTIONS_EACH])
                sent[(user.id, message["message_id"])] = time.time()

        def all_answered() -> bool | None:
            replies = {question(c) for c in api.calls("sendMessage") if c.ok}
            return True if replies >= sent.keys() else None

        def progress() -> str:
            answered = {question(c) for c in api.calls("sendMessage") if c.ok} & sent.keys()
            return f"an answer to every question ({len(answered)} of {len(sent)} answered)"

        await api.wait_until(all_answered, TOTAL_BOUND_S, progress)
        finished = time.time() - began

        # Match replies to questions: exactly one first chunk per question, none to anything else.
        first_chunks = [c for c in api.calls("sendMessage") if c.ok and question(c)[1]]
        per_question = Counter(question(c) for c in first_chunks)
        assert set(per_question) == set(sent), "a reply went to something that was not asked"
        duplicated = {key: n for key, n in per_question.items() if n > 1}
        assert not duplicated, f"answered more than once: {duplicated}"
        for user in users:  # every reply in a chat is an answer (no error, no rate-limit message)
            texts = [m.text for m in api.sent_messages(user)]
            assert not [t for t in texts if t.startswith(("Sorry", "You are asking", "Entschuldigung"))], texts
        assert bot.errors == [], f"the bot's error handler was reached: {bot.errors[:3]}"

        latencies = np.array([c.at - sent[question(c)] for c in first_chunks])
        p50, p95 = np.percentile(latencies, [50, 95])
        print(
            f"\nload: {len(sent)} questions from {USERS} users answered in {finished:.1f} s; end-to-end "
            f"latency p50 {p50:.2f} s, p95 {p95:.2f} s, max {latencies.max():.2f} s; "
            f"{sum(1 for c in api.calls('sendMessage') if c.status == 429)} sends met a 429"
        )
        assert p95 <= P95_BOUND_S

        # 429 honoured: the refused send was repeated after at least retry_after seconds, and succeeded.
        calls = api.calls("sendMessage")
        refused = next(c for c in calls if c.status == 429)
        retried = next(
            c
            for c in calls
            if c.at > refused.at
            and c.params.get("chat_id") == refused.params.get("chat_id")
            and c.params.get("text") == refused.params.get("text")
        )
        assert retried.ok and retried.at - refused.at >= 2.0
