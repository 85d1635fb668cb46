"""Conditions that ruled out the right answer of a figure question, so that it said "nothing found": a sum printed
without its currency ("Die Überschuldung beläuft sich auf 18,1 Millionen" after "29 Millionen Euro") is a sum of money;
the happening one part of a compound question names is no condition on its other part ("wie viele festgenommen, und
wie viele Haftbefehle"); and a source the question names by a person's name is not met by another person of the same
office ("SPÖ-Kandidat Rudolf Hundstorfer" is not "Präsidentschaftskandidat Alexander Van der Bellen")."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.features import NAMES, _measure, countable, rules_out, unpriced_sum
from retrieval.constraints import same_source
from retrieval.question import parse_question

_PREDICATE = NAMES.index("predicate")


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Schirnhofer bietet eine Quote auf die Verbindlichkeiten in Höhe von 29 Millionen Euro an.",
            "Die Überschuldung beläuft sich auf 18,1 Millionen, geht aus dem Insolvenzantrag hervor.",
        ),
        ("", "Die gleiche Summe soll an UN-Organisationen gehen, davon 5,5 Millionen für das UNHCR."),
    ],
)
def test_a_sum_without_its_currency_answers_a_question_for_money(before: str, sentence: str) -> None:
    question = parse_question("wie hoch sind die schulden?", default_language="de")
    c = sentence_candidate(sentence, before=before, info=figures_of(sentence))
    figures = countable(c, question)
    assert any(unpriced_sum(f, c) for f in figures)
    assert _measure(question, figures, c) == 1.0


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("Die Polizei nahm 161 Personen fest.", "Die Überschuldung beläuft sich auf 18,1 Millionen Hektar."),  # a unit
        ("", "Die Zahl der Haftbefehle ist mit 17 allerdings gering, schrieb die Zeitung über die Schulden."),
        ("", "Im Land leben 8,7 Millionen Menschen."),  # millions of people, no sum named
    ],
)
def test_a_count_is_no_sum_without_currency_or_price(before: str, sentence: str) -> None:
    question = parse_question("wie hoch sind die schulden?", default_language="de")
    c = sentence_candidate(sentence, before=before, info=figures_of(sentence))
    assert not any(unpriced_sum(f, c) for f in countable(c, question))


def test_the_happening_of_one_part_of_a_compound_question_rules_out_nothing() -> None:
    row = [0.0] * len(NAMES)
    row[_PREDICATE] = -1.0  # "Die Zahl der Haftbefehle ist mit 17 allerdings gering": no arrest
    compound = parse_question(
        "wie viele leute hat die polizei festgenommen, und wie viele haftbefehle gabs?", default_language="de"
    )
    single = parse_question("wie viele leute hat die polizei festgenommen?", default_language="de")
    assert compound.compound and not single.compound
    assert not rules_out(row, compound)
    assert rules_out(row, single)


@pytest.mark.parametrize(
    ("wanted", "source", "same"),
    [
        ("SPÖ-Kandidat Rudolf Hundstorfer", "Der grüne Präsidentschaftskandidat Alexander Van der Bellen", False),
        ("Landeshauptmann-Stellvertreter Johann Tschürtz", "Landeshauptmann Günther Platter", False),
        ("SPÖ-Kandidat Rudolf Hundstorfer", "Hundstorfer", True),  # the surname alone
        ("SPÖ-Kandidat Rudolf Hundstorfer", "der SPÖ-Kandidat", True),  # the office alone may be him
        ("Caritas-Präsident Michael Landau", "Michael Landau", True),
    ],
)
def test_a_person_named_is_not_another_of_the_same_office(wanted: str, source: str, same: bool) -> None:
    assert same_source(wanted, source, by_stem=True) is same
