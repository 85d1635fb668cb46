"""A figure of another party (another show, website, country) is not the answer to a question about one party."""

from __future__ import annotations

import pytest

from retrieval.answer.evidence import Pool
from retrieval.answer.features import terms, unnamed_articles
from retrieval.models import Article
from retrieval.question import parse_question

_ARTICLES = {
    "opera": Article(id="opera", title="Festspiele", text="Nabucco wird live in ORF 2 übertragen."),
    "report": Article(id="report", title="Reportage", text="Die Reportage sahen im ORF 412.000 Zuseher."),
}


def _unnamed(question: str) -> frozenset[str]:
    q = parse_question(question)
    frequency = {"nabucco": 1, "orf": 2, "zuseher": 1, "zuseherinnen": 1, "reportage": 1}
    qt = terms(q, lambda ws: {w: frequency.get(w, 0) for w in ws}, 100)
    return unnamed_articles(q, qt, Pool(q, [], None, _ARTICLES))


@pytest.mark.parametrize(
    "question",
    [
        # the female and male forms of one noun list no names: each name asked about must be named
        "Wie viele Zuseherinnen und Zuseher sahen die Übertragung des Nabucco in ORF 2?",
        "Wie viele Zuseher und Zuseherinnen sahen die Übertragung des Nabucco in ORF 2?",
        "Wie viele Zuseher/innen sahen die Übertragung des Nabucco in ORF 2?",
    ],
)
def test_an_article_on_another_show_of_the_same_channel_does_not_answer(question: str) -> None:
    assert _unnamed(question) == {"report"}


def test_names_listed_side_by_side_may_be_answered_one_by_one() -> None:
    assert _unnamed("Wie viele Zuseher hatten Nabucco und die Reportage im ORF?") == set()
