"""A figure of another party (another show, website, country) is not the answer to a question about one party."""

from __future__ import annotations

import re

import pytest

from retrieval.answer.evidence import Pool
from retrieval.answer.features import terms, unnamed_articles
from retrieval.answer.owners import Owners, asked_owners, asked_states, named_owners, other_state, sentence_owners
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


@pytest.mark.parametrize(
    ("question", "states"),
    [
        ("Wie viele Polizisten wollen Polen und Ungarn an die Grenze schicken?", ["polen", "ungarn"]),
        ("how many tanks did Poland deliver", ["poland"]),
        ("Wie viele Menschen leben in Graz?", []),  # a place where, not who
        ("Wie viele Panzer hat der Konzern nach Polen geliefert?", []),
    ],
)
def test_a_country_as_the_subject_of_a_figure_question_is_whose_figure_it_asks(
    question: str, states: list[str]
) -> None:
    assert asked_states(parse_question(question)) == states


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tschechien hat die Entsendung von 80 Polizisten zugesagt.", True),
        ("Prag – Tschechien hat 80 Polizisten zugesagt.", True),  # a dateline before the subject
        ("Im Herbst schickte Tschechien 80 Polizisten an die Grenze.", True),
        ("Polen hat 200 Polizisten zugesagt, Tschechien 80.", False),  # names one asked about
        ("Die polnische Regierung will 200 Polizisten schicken.", False),
        ("Prag – Am Montag wurden 80 Polizisten an die Grenze geschickt.", False),  # no country acts
    ],
)
def test_a_sentence_on_what_another_country_does_gives_its_figure(sentence: str, expected: bool) -> None:
    assert other_state(sentence, ["polen", "ungarn"]) is expected


_PORTALS = (
    "Im Mai kommt heute.at auf 3.100.000 Visits und 900.000 Unique Clients. Die Verweildauer liegt bei 41 Minuten. "
    "Bei den Einzelangeboten kommt oe24.at auf 2.000.000 Visits."
)


def test_a_web_site_asked_about_by_its_domain_is_an_owner_however_it_is_written() -> None:
    assert asked_owners(parse_question("how many unique clients did oe24.at have in may")) == [("oe24.at",)]
    assert named_owners([("oe24.at",)], _PORTALS, "en") == ["oe24.at"]
    assert sentence_owners("Im Mai kommt heute.at auf 3.100.000 Visits.", [(29, 38)]) == ["heute.at"]


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        ("Im Mai kommt heute.at auf 3.100.000 Visits und 900.000 Unique Clients.", "", True),
        # goes on about the other site's figures without naming an owner of its own
        ("Die Verweildauer liegt bei 41 Minuten.", "Im Mai kommt heute.at auf 900.000 Unique Clients.", True),
        ("Die Verweildauer liegt bei 41 Minuten.", "", False),
        ("Die Verweildauer liegt bei 41 Minuten.", "Im Mai kommt oe24.at auf 900.000 Unique Clients.", False),
        ("Bei den Einzelangeboten kommt oe24.at auf 2.000.000 Visits.", "", False),
    ],
)
def test_a_sentence_on_another_web_site_or_going_on_about_it_gives_its_figure(
    sentence: str, before: str, expected: bool
) -> None:
    owners = Owners(asked_owners(parse_question("how many unique clients did oe24.at have in may")), "en")
    figures = [(m.start(), m.end()) for m in re.finditer(r"\d[\d.]*", sentence)]
    assert owners.other("d", lambda: _PORTALS, sentence, figures, None, before) is expected
