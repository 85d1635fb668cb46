"""Which figure of a sentence a claim shows: the one that prints the noun the question names (as its own or right
after it), never a designation ("2014 MU69"), and a sum of money for a question about taxes or subsidies."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.evidence import Candidate
from retrieval.answer.features import _measure, countable, margin, margin_asked
from retrieval.answer.figure_evidence import printing_asked, prints_asked
from retrieval.question import parse_question
from retrieval.question.amounts import asks_margin


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


@pytest.mark.parametrize(
    "question",
    ["how expensive is a season ticket for the zoo?", "how much more expensive will the new tram fares be, says who?"],
)
def test_how_expensive_asks_a_sum_of_money(question: str) -> None:
    # as "wie teuer" does: "vier Wagen" or "die Linie 5" is no price
    assert parse_question(question, "en").measure == "money"


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


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("um wieviel hat svindal die abfahrt gewonnen", True),
        ("By how many points did Hayböck beat Tande?", True),
        ("wie groß war der Vorsprung auf den Zweiten", True),
        ("um wie viel ist der Gewinn zurückgegangen", False),
        ("by how much did the EU cut the cod catch", False),
    ],
)
def test_a_winning_margin_is_asked(question: str, asked: bool) -> None:
    assert asks_margin(question) is asked


@pytest.mark.parametrize(
    ("sentence", "kept", "value"),
    [
        (
            "Der Doppelsieger setzte sich am Freitag 0,30 Sekunden vor Jansrud und 0,70 vor Fayed durch.",
            ["0,30 Sekunden", "0,70"],
            1.0,
        ),
        ("Svindal hat die ersten drei Speed-Rennen der Saison gewonnen.", ["drei Speed-Rennen"], -1.0),
        ("Er gewann mit einem Vorsprung von 12 Sekunden, knapp zwei Wochen nach seinem Sturz.", ["12 Sekunden"], 1.0),
        ("Er freute sich knapp zwei Wochen vor seinem Geburtstag, er hat drei Siege.", ["drei Siege"], -1.0),
    ],
)
def test_a_margin_answers_by_how_much_someone_won(sentence: str, kept: list[str], value: float) -> None:
    q = parse_question("um wieviel hat svindal die abfahrt gewonnen", "de")
    c = _candidate(sentence)
    figures = countable(c, q)
    assert [f.text for f in figures] == kept
    assert _measure(q, figures, c) == value
    assert all(margin(f, c) for f in figures) is (value > 0)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Das Objekt 2014 MU69 ist klein.", [("2014", "other"), ("69", "other")]),
        ("Der Airbus A380 hat 500 Sitze.", [("380", "other"), ("500 Sitze", "count")]),
        ("Nach Paragraf 278a drohen fünf Jahre Haft.", [("278", "other"), ("fünf Jahre", "duration")]),
        ("Es kamen 2014 MU-Studenten.", [("2014 MU-Studenten", "count")]),
    ],
)
def test_a_number_in_a_name_is_no_count(sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert [(f.text, f.kind) for f in figures_of(sentence).figures] == kinds


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("um wieviel hat svindal die abfahrt gewonnen", True),
        ("Um wie viel Prozent hat die ÖVP bei der Wahl gewonnen?", False),
        ("um wie viel Euro hat er den Prozess gewonnen", False),
    ],
)
def test_a_gain_in_shares_or_money_is_no_margin(question: str, asked: bool) -> None:
    assert margin_asked(parse_question(question, "de")) is asked


def test_a_winning_margin_is_read_once_for_all_candidates() -> None:
    # asked of each candidate, 150 times a question (stop 52)
    asks_margin.cache_clear()
    for _ in range(3):
        assert asks_margin("um wieviel hat svindal die abfahrt gewonnen")
    assert asks_margin.cache_info().misses == 1
