"""How many someone has is not answered by how many something happened to (``retrieval/answer/holding.py``)."""

from __future__ import annotations

import pytest
from conftest import figures_of

from retrieval.answer.holding import asks_holding, event_untold, event_words, held_only, tells_event
from retrieval.figures import extract_figures
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "holding"),
    [
        ("wie viele angestellte hat die brauerei", True),
        ("Wie viele Mitglieder umfasste der Chor insgesamt?", True),
        ("how many ships does the navy have", True),
        ("wie viel preisgeld hat die schwimmerin gewonnen", False),  # an event: what she won
        ("Wie viele Fans haben gegen die Vereinsführung protestiert?", False),
        ("wie viele angestellte hat die brauerei, und wie viele davon in wien?", False),  # two things asked
        ("wie viel geld soll der berater nach zypern überwiesen haben", False),  # a perfect, its participle first
        ("wie viel will der verlag von der frau, die das foto geteilt hat", False),
        ("wie viele beamte soll die neue behörde künftig haben", True),  # a holding to come, no participle
        ("how many trees do the workers have to cut down", False),  # "have to": a must
    ],
)
def test_a_question_asks_a_holding_without_a_verb_of_an_event(question: str, holding: bool) -> None:
    assert asks_holding(parse_question(question)) is holding


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Drei ihrer Köche seien am Freitag entlassen worden, teilte die Brauerei mit.", True),
        ("Die Marine hat vier Fregatten in das Mittelmeer verlegt.", True),
        ("Die Brauerei beschäftigt derzeit 140 Menschen.", False),
        ("Der Chor, der 1990 gegründet wurde, hat heute 60 Mitglieder.", False),  # the event is another clause's
        ("Laut Geschäftsbericht hat das Unternehmen 2.300 Beschäftigte.", False),
    ],
)
def test_a_clause_tells_an_event_where_a_full_verb_ends_it_after_an_auxiliary(sentence: str, event: bool) -> None:
    assert tells_event(sentence, 0, list(figures_of(sentence).figures)) is event


def test_a_count_recorded_or_reported_is_the_whole_tally() -> None:
    sentence = "Im ersten Halbjahr waren laut Ministerium 84 neue Anträge verzeichnet worden."
    assert not tells_event(sentence, 0, list(figures_of(sentence).figures))


def test_what_someone_has_answers_not_what_happened_to_some_of_them() -> None:
    q = parse_question("wie viele hp mitarbeiter haben das memo mit der kleiderordnung bekommen")
    assert event_words(q) == ["memo", "kleiderordnung", "bekommen"]
    text = "HP Enterprise Services hat mehr als 100.000 Angestellte, wovon ein Großteil in Indien arbeitet."
    assert held_only(text, 0, extract_figures(text))
    assert event_untold(q, text, text, 0, extract_figures(text))
    told = "Rund 300 Mitarbeiter haben das Memo bekommen."
    assert not event_untold(q, told, told, 0, extract_figures(told))


def test_a_participle_after_a_bracket_or_a_decimal_comma_tells_an_event() -> None:
    for text in (
        "Die Polizei hat 53 Sympathisanten der Terrormiliz Islamischer Staat (IS) festgenommen.",
        "Servus TV hat im Jahr 2015 über 2,2 Millionen Euro aus dem Fonds erhalten.",
    ):
        assert not held_only(text, 0, extract_figures(text))


def test_a_holding_question_asks_no_event() -> None:
    assert event_words(parse_question("wie viele Mitarbeiter hat die Zeitschrift")) == []
