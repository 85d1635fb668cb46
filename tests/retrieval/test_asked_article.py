"""A figure question whose own article is among the candidates (it has every rare word of the question some candidate
article has, and a likely sentence) is not answered by a figure of an article that lacks one of those words: that
article is about something else ("wie viele wm-punkte hatte vettel vor spa": a season review's points of the duo)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, figures_of, sentence_candidate

from retrieval.answer.answerer import ASKED_ARTICLE, ELSEWHERE_RARE, Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.question import parse_question

QUESTION = "wie viele wm-punkte hatte vettel letztes jahr zum gleichen zeitpunkt, also vor spa?"
ON_TOPIC = "Vettel hat vor Spa fast doppelt so viele Zähler wie zum gleichen Zeitpunkt des Vorjahres."
ELSEWHERE = "701 Zähler fuhr das Duo 2014 ein, mit den 43 möglichen Punkten könnten es diesmal sogar 703 werden."


def _row(**values: float) -> list[float]:
    row = [0.0] * len(NAMES)
    for name, value in values.items():
        row[NAMES.index(name)] = value
    return row


def _select(asked_p: float, missing: float, unnamed: frozenset[str] = frozenset()) -> list[str]:
    q = parse_question(QUESTION)
    asked = replace(sentence_candidate(ON_TOPIC), doc_id="spa")  # no figure: it does not answer
    other = replace(sentence_candidate(ELSEWHERE, info=figures_of(ELSEWHERE)), doc_id="review")
    library = OneSentenceLibrary()
    pool = Pool(q, [asked, other], None, {d: library.article(d) for d in ("spa", "review")})
    pool.unnamed = unnamed
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    rows = [_row(cover_rare_article=1.0), _row(missing_rare=missing, cover_rare_article=0.3)]
    return [item.candidate.doc_id for item in answerer.select(q, pool, rows, np.array([asked_p, 0.99]))]


def test_a_figure_of_an_article_lacking_a_heavy_rare_word_does_not_answer_beside_the_asked_article() -> None:
    assert _select(asked_p=0.95, missing=0.9) == []


@pytest.mark.parametrize(
    ("asked_p", "missing"),
    [
        (ASKED_ARTICLE - 0.05, 0.9),  # the article with every rare word is unlikely: not the question's own
        (0.95, ELSEWHERE_RARE - 0.1),  # the word the other article lacks is light
    ],
)
def test_the_other_article_answers_where_the_asked_one_is_unlikely_or_the_missing_word_light(
    asked_p: float, missing: float
) -> None:
    assert _select(asked_p, missing) == ["review"]


def test_an_article_ruled_out_as_unnamed_is_not_the_asked_one() -> None:
    assert _select(asked_p=0.95, missing=0.9, unnamed=frozenset({"spa"})) == ["review"]
