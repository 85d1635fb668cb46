"""The article-first ceiling's measures: which article covers a question, and what its reading would answer."""

from __future__ import annotations

from typing import Any

from bench.figart_ceiling import asked_unit, coverage, lift
from retrieval.answer.features import terms
from retrieval.answer.words import tokens
from retrieval.question import parse_question


def test_coverage_prefers_the_article_with_the_questions_rare_words() -> None:
    vocab = {
        "on": tokens("Schweden nahm im vergangenen Jahr 163.000 Asylbewerber auf, teilte die OECD mit."),
        "off": tokens("Dänemark nahm im vergangenen Jahr weniger Flüchtlinge auf als im Jahr davor."),
    }
    q = parse_question("Wie viele Asylbewerber hatte Schweden im vergangenen Jahr?", default_language="de")
    frequency = {"asylbewerber": 1, "schweden": 1, "hatte": 2, "vergangenen": 2, "jahr": 2}
    qt = terms(q, lambda ws: {w: frequency.get(w.lower(), 0) for w in ws}, 2)
    lenient, printed = coverage(qt, vocab)
    assert lenient["on"] > lenient["off"]
    assert printed["on"] > printed["off"]


def _sentence(gold: bool, p: float, counted: float = 0.0, ruled: bool = False) -> dict[str, Any]:
    row = {"figure": 1.0, "measure": 1.0, "counted": counted}
    return {"doc": "d1", "gold": gold, "p": p, "ruled": ruled, "row": row}


def _record(kind: str, sentences: list[dict[str, Any]], cover: float = 1.0, **change: Any) -> dict[str, Any]:
    rec = {"type": kind, "found": False, "pass": kind == "no_answer", "sents": sentences}
    return rec | {"top": [("d1", cover, 0.8)], "top_rd": [("d1", cover, 0.8)]} | change


def test_asked_unit_keeps_figures_of_what_is_asked_likeliest_first() -> None:
    rec = _record("figure", [_sentence(False, 0.5), _sentence(True, 0.9), _sentence(False, 0.99, counted=-1.0)])
    assert [s["p"] for s in asked_unit(rec, "d1", strict=False)] == [0.9, 0.5]
    rec = _record("figure", [_sentence(True, 0.9, ruled=True), _sentence(False, 0.5)])
    assert [s["gold"] for s in asked_unit(rec, "d1", strict=True)] == [False]


def test_lift_counts_gains_against_no_answer_questions_answered() -> None:
    recs = [
        _record("figure", [_sentence(True, 0.9)]),  # a wrong abstention its only figure answers: a gain
        _record("no_answer", [_sentence(False, 0.9)]),  # a passing no_answer question answered: a loss
        _record("figure", [_sentence(False, 0.9), _sentence(True, 0.5)]),  # another sentence first
        _record("figure", [_sentence(True, 0.9)], found=True),  # answered already: the lift never acts
        _record("figure", [_sentence(True, 0.9)], cover=0.4),  # the article covers too little of the question
    ]
    assert lift(recs, 0.5, only=False, ranking="", strict=True) == (1, 1, 1)
    assert lift(recs, 0.5, only=True, ranking="", strict=True) == (1, 1, 0)
