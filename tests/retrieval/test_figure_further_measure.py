"""Further claims of a figure question that names no measure keep the measure of the first claim
(``retrieval/answer/measures.py``): hectares are not answered beside by a sum of money, gigabytes not by servers.
And a number that names something ("Rang zwei", "Senat 3") counts nothing."""

from __future__ import annotations

import pytest
from conftest import figure_claim, figures_of, sentence_candidate

from retrieval.answer.features import _measure, designation
from retrieval.answer.measures import MEASURED, counts_things, given_per, measure_of, rates_dropped, same_measure_kept
from retrieval.figures import extract_figures
from retrieval.question import parse_question

AREA = figure_claim("Laut Landwirtschaftskammer sind rund 12.000 Hektar Obstgärten vom Hagel betroffen.", 1)
DAMAGE = figure_claim("Die Versicherung schätzt den Schaden auf mehr als 80 Millionen Euro.", 2)
MORE_AREA = figure_claim("In der Südsteiermark allein seien 4.500 Hektar verwüstet worden.", 3)
LOOT = figure_claim("Die Angreifer sollen insgesamt 7,5 Gigabyte an Daten kopiert haben.", 1)
SERVERS = figure_claim("Betroffen waren nach dem Bericht 22 Rechner der Verwaltung.", 2)
MORE_LOOT = figure_claim("Später seien noch einmal 2 Gigabyte abgeflossen.", 3)


def test_a_unit_of_measurement_is_a_measured_amount() -> None:
    assert [measure_of(f) for f in extract_figures("Es wurden 300 Quadratkilometer und 40 Tonnen gemeldet.")] == [
        MEASURED,
        MEASURED,
    ]
    assert [measure_of(f) for f in extract_figures("Es kamen 300 Besucher zum Programm.")] == ["count"]


def test_further_claims_of_another_measure_than_the_first_are_dropped() -> None:
    question = parse_question("Wie groß ist die vom Hagel verwüstete Fläche, und wer sagt das?")
    assert question.measure is None
    assert same_measure_kept(question, [AREA, DAMAGE, MORE_AREA]) == [AREA, MORE_AREA]
    question = parse_question("how much data did the attackers take from the ministry?")
    assert same_measure_kept(question, [LOOT, SERVERS, MORE_LOOT]) == [LOOT, MORE_LOOT]


def test_a_bare_count_first_rules_nothing_out() -> None:
    # the count of things first may be the wrong answer, and the sum after it the right one
    question = parse_question("how big are the debts of the bankrupt builder?")
    causes = figure_claim("Als Grund gelten drei geplatzte Aufträge.", 1)
    debts = figure_claim("Die Passiva betragen rund 3,4 Millionen Euro.", 2)
    assert same_measure_kept(question, [causes, debts]) == [causes, debts]


def test_a_question_that_names_its_measure_or_asks_two_things_is_left_alone() -> None:
    money = figure_claim("Der Umbau kostet 40 Millionen Euro.", 1)
    workers = figure_claim("Am Bau arbeiten 300 Menschen.", 2)
    asked_money = parse_question("Wie viel Geld kostet der Umbau?")
    assert same_measure_kept(asked_money, [money, workers]) == [money, workers]
    two = parse_question("Wie viel kostet der Umbau, und wie viele Menschen arbeiten daran?")
    assert same_measure_kept(two, [money, workers]) == [money, workers]


# A bare number that names what stands before it counts nothing (``features.designation``).
def _designations(text: str) -> list[tuple[str, bool]]:
    c = sentence_candidate(text, info=figures_of(text))
    return [(f.text, designation(f, c)) for f in c.info.figures]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Das sagte die Ministerin dem Radiosender Antenne 3 am Montag.", "3"),
        ("Die Beschwerde landet beim Strafsenat 2 des Obersten Gerichtshofs.", "2"),
        ("Mit dem Sieg kletterte die Mannschaft auf Platz vier der Tabelle.", "vier"),
        ("Das Spiel Space Raiders 3 wird im Herbst erscheinen.", "3"),
    ],
)
def test_a_number_that_names_what_stands_before_it_is_no_count(text: str, named: str) -> None:
    assert (named, True) in _designations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Verletzt wurden laut Rettung 14, laut Polizei 12.",
        "Am Dienstag wurden drei der Verdächtigen festgenommen.",
        "Von den Beschäftigten sollen nur mehr als 400 bleiben.",
        "Die Feuerwehr zählte am Abend 35.",
    ],
)
def test_a_bare_count_after_a_noun_stays_a_count(text: str) -> None:
    assert not any(named for _, named in _designations(text))


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("wie viele besucher kamen zum stadtfest", True),
        ("bei wie vielen proben fand das labor keime", True),
        ("how many samples were tested", True),
        ("wie viele tonnen müll fielen an", False),  # an amount in a unit is what is asked
        ("wie viel milch wurde geliefert", False),
    ],
)
def test_things_counted_one_by_one_are_no_amount_in_a_unit(question: str, things: bool) -> None:
    assert counts_things(parse_question(question)) is things


def test_a_distance_does_not_count_visitors() -> None:
    question = parse_question("wie viele besucher kamen zum stadtfest")
    text = "Der Festzug zog sich über drei Kilometer durch die Altstadt."
    assert _measure(question, list(figures_of(text).figures), sentence_candidate(text)) == -1.0
    text = "Zum Stadtfest kamen rund 4.000 Besucher."
    assert _measure(question, list(figures_of(text).figures), sentence_candidate(text)) == 1.0


MILK = figure_claim("Die Molkerei verarbeitete im Vorjahr rund 310 Millionen Liter Milch.", 1)
PER_FARM = figure_claim("Im Schnitt liefert jeder Hof damit pro Tag etwa 450 Liter an.", 2)
MORE_MILK = figure_claim("Davon gingen 40 Millionen Liter in den Export.", 3)


def test_further_rates_beside_a_total_are_dropped() -> None:
    question = parse_question("wie viel milch hat die molkerei verarbeitet")
    assert rates_dropped(question, [MILK, PER_FARM, MORE_MILK]) == [MILK, MORE_MILK]


def test_rates_stay_where_the_first_is_one_or_a_rate_is_asked() -> None:
    assert rates_dropped(parse_question("wie viel milch liefert ein hof pro tag"), [MILK, PER_FARM]) == [
        MILK,
        PER_FARM,
    ]
    question = parse_question("wie viel milch hat die molkerei verarbeitet")
    assert rates_dropped(question, [PER_FARM, MILK]) == [PER_FARM, MILK]


def test_a_share_of_every_so_many_is_no_rate() -> None:
    share = figure_claim("Mehr als jeder Dritte kauft Milch beim Bauern.", 1)
    assert not any(given_per(f, share.candidate.text, 0) for f in share.figures)
