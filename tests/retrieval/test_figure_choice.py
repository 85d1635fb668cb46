"""Which figure of a sentence a claim shows: the one that prints the noun the question names (as its own or right
after it), never a designation ("2014 MU69"), and a sum of money for a question about taxes or subsidies."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import printing_asked, prints_asked
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import _measure, countable
from retrieval.question import parse_question


def _candidate(text: str) -> Candidate:
    return sentence_candidate(text, info=figures_of(text))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("2014 MU69 hat einen Durchmesser von nur 30 bis 45 Kilometern.", ["nur 30 bis 45 Kilometern"]),
        ("Das Objekt 2014 MU69 ist das nächste Ziel.", []),
        ("Die Sonde flog in 12.500 Kilometern Abstand vorbei.", ["12.500 Kilometern"]),
    ],
)
def test_a_designation_is_no_figure(sentence: str, kept: list[str]) -> None:
    q = parse_question("wie groß ist 2014 mu69 eigentlich", "de")
    assert [f.text for f in countable(_candidate(sentence), q)] == kept


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("wie viel mehrwertsteuer entgeht dem staat durch airbnb", "money"),
        ("Wie hoch waren die Landessubventionen für die Kulturhäuser?", "money"),
        ("how much tax did the company pay", "money"),
        ("wie viel Prozent Steuern zahlt man", "percent"),
    ],
)
def test_taxes_and_subsidies_are_sums(question: str, measure: str) -> None:
    assert parse_question(question, "de").measure == measure


def test_a_vague_count_is_no_sum_of_tax() -> None:
    q = parse_question("wie viel mehrwertsteuer entgeht dem staat durch airbnb", "de")
    c = _candidate("Durch Airbnb entgehen dem Staat Millionen.")
    assert _measure(q, countable(c, q), c) == -1.0


@pytest.mark.parametrize(
    ("question", "sentence", "printed"),
    [
        (
            "Wie hoch waren die Landessubventionen für die Kulturhäuser?",
            "2,55 Millionen Euro Landessubventionen stünden rund einer Million Eigenerlösen gegenüber.",
            {"2,55 Millionen Euro": True, "rund einer Million Eigenerlösen": False},
        ),
        (
            "wie viele Besucher kamen 2015",
            "Mit 50.000 Besuchern und 120 Veranstaltungen war es ein gutes Jahr.",
            {"50.000 Besuchern": True, "120 Veranstaltungen": False},
        ),
    ],
)
def test_the_figure_that_prints_the_noun_asked(question: str, sentence: str, printed: dict[str, bool]) -> None:
    q = parse_question(question, "de")
    c = _candidate(sentence)
    assert {f.text: prints_asked(q, f, c) for f in c.info.figures if f.text in printed} == printed


@pytest.mark.parametrize(
    ("question", "sentence", "kept"),
    [
        (
            "wie viele beschwerden gingen ein",
            "Davon betrafen 5.315 Beschwerden die Bundes- und 2.866 die Landesverwaltung, dazu kamen 40 Anfragen.",
            ["5.315 Beschwerden", "2.866"],
        ),
        (
            "Wie hoch waren die Landessubventionen für die Kulturhäuser?",
            "2,55 Millionen Euro Landessubventionen stünden rund einer Million Eigenerlösen gegenüber.",
            ["2,55 Millionen Euro"],
        ),
        (
            "how many complaints were filed",
            "Davon betrafen 5.315 Beschwerden und 40 Anfragen.",
            ["5.315 Beschwerden", "40 Anfragen"],
        ),
    ],
)
def test_a_bare_number_stays_beside_the_noun_asked(question: str, sentence: str, kept: list[str]) -> None:
    q = parse_question(question, "de")
    c = _candidate(sentence)
    figures = [f for f in c.info.figures if f.kind in ("count", "money")]
    assert [f.text for f in printing_asked(q, figures, c)] == kept
