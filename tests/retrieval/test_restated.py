"""A figure answer claims the other sentences of its article that state its figure again ("Die Pensionen werden …
um 1,2 Prozent angehoben." and "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent."), where
the answer's figure is sure: the question guard finds its claim answering, or two articles give it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES, countable
from retrieval.answer.listing import Listed
from retrieval.answer.restated import RESTATED, same_figure, sure
from retrieval.figures import extract_figures
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question


@dataclass(frozen=True)
class _Row:
    doc_id: str
    index: int
    start: int
    end: int


class _Library:
    """Articles by id, their sentences split at full stops before a capital, each analysed for its figures only."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.spans = {d: [m.span() for m in re.finditer(r"\S.*?\.(?=\s+[A-ZÄÖÜ]|$)", t)] for d, t in texts.items()}
        self.infos = {
            d: {i: SentenceInfo(figures=tuple(extract_figures(self.texts[d], s, e))) for i, (s, e) in enumerate(sp)}
            for d, sp in self.spans.items()
        }

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", text=self.texts[doc_id])

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos[doc_id])

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> list[Any]:
        return [_Row(d, i, *self.spans[d][i]) for d, i in keys if i < len(self.spans[d])]

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.ones(2) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.ones(2)

    def candidate(self, doc_id: str, index: int) -> Candidate:
        s, e = self.spans[doc_id][index]
        text = self.texts[doc_id]
        return Candidate(doc_id, index, s, e, 0.8, 0.0, text[s:e], "", "T", text[:400], None, self.infos[doc_id][index])


def _answer(texts: dict[str, str], question: str, claimed: list[tuple[str, int, float]]) -> list[str]:
    """The claims' sentences once ``claimed`` ((article, sentence index, the guard's tuned score)) are listed, with
    the sentences that restate the answer's figure added."""
    library = _Library(texts)
    q = parse_question(question)
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = []
    for doc_id, index, h in claimed:
        c = library.candidate(doc_id, index)
        listed.append(Listed(c, 0.9, countable(c, q), None, h=h))
    pool = Pool(q, [item.candidate for item in listed], None, {d: library.article(d) for d in texts})
    rows = [[0.0] * len(NAMES) for _ in listed]
    out = answerer._restated(q, listed, pool, rows, np.array([0.9] * len(listed)))
    return [item.candidate.text for item in out]


PENSIONS = (
    "Wien – Die Pensionen werden im kommenden Jahr voraussichtlich um 1,2 Prozent angehoben. "
    "Für 2013 bedeutete dies eine Pensionserhöhung um 1,8 Prozent anstelle von 2,8 Prozent. "
    "Maßgeblich ist die Inflation von August bis Juli. "
    "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent."
)
QUESTION = "Um wie viel Prozent werden die Pensionen nächstes Jahr erhöht?"


def test_a_sentence_that_states_the_answers_figure_again_is_claimed_beside_it() -> None:
    texts = _answer({"d": PENSIONS}, QUESTION, [("d", 0, 1.0)])
    assert texts == [
        "Wien – Die Pensionen werden im kommenden Jahr voraussichtlich um 1,2 Prozent angehoben.",
        "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent.",
    ]


def test_a_figure_the_guard_doubts_is_not_claimed_again() -> None:
    texts = _answer({"d": PENSIONS}, QUESTION, [("d", 0, -1.0)])
    assert texts == ["Wien – Die Pensionen werden im kommenden Jahr voraussichtlich um 1,2 Prozent angehoben."]


def test_a_figure_two_articles_give_is_claimed_again_though_the_guard_doubts_it() -> None:
    other = "Rom – Die Erhöhung der Pensionen soll 1,2 Prozent betragen. Das beschloss die Regierung."
    texts = _answer({"d": PENSIONS, "e": other}, QUESTION, [("d", 0, -1.0), ("e", 0, -1.5)])
    assert texts == [
        "Wien – Die Pensionen werden im kommenden Jahr voraussichtlich um 1,2 Prozent angehoben.",
        "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent.",
        "Rom – Die Erhöhung der Pensionen soll 1,2 Prozent betragen.",
    ]


def test_an_article_is_quoted_at_most_three_times_for_its_figure() -> None:
    text = " ".join(f"Satz {n}: Die Pensionen steigen um 1,2 Prozent." for n in "ABCDE")
    texts = _answer({"d": text}, QUESTION, [("d", 0, 1.0)])
    assert len(texts) == 1 + RESTATED


def test_only_the_same_number_of_the_same_thing_is_a_restatement() -> None:
    def first(text: str) -> Any:
        return extract_figures(text)[0]

    assert same_figure(first("Die Verkäufe stiegen um 74 Prozent."), first("Rust sales grew 74% last week."))
    assert same_figure(first("Dabei starben 32 Menschen."), first("Dabei kamen 32 Personen ums Leben."))
    assert not same_figure(first("Dabei starben 32 Menschen."), first("Er muss 32 Jahre in Haft."))
    assert not same_figure(first("Die Pensionen steigen um 1,2 Prozent."), first("Die Mieten stiegen um 1,8 Prozent."))
    # a number in words is no restatement: two halves are two figures
    assert not same_figure(first("Mehr als die Hälfte der Manager."), first("Knapp die Hälfte der Vorfälle."))


def test_the_guard_off_makes_no_figure_sure_on_one_article_alone() -> None:
    library = _Library({"d": PENSIONS})
    c = library.candidate("d", 0)
    assert not sure("d", [Listed(c, 0.99, list(c.info.figures), None)])  # h 0: the guard said nothing
    assert sure("d", [Listed(c, 0.99, list(c.info.figures), None, h=0.4)])
