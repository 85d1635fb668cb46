"""Figure questions phrased as the development sets do not: amounts asked with "wie viel", earnings and fines."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.features import countable
from retrieval.models import Figure, SentenceInfo
from retrieval.question import parse_question
from retrieval.question.amounts import asks_duration
from retrieval.question.text import Chat


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("wie viel hat er eingenommen", "wie viel hat er eingenommen"),
        ("wie vile menschen", "wie viele menschen"),
        ("wie viele menschen", "wie viele menschen"),
        ("how mnay people", "how many people"),
    ],
)
def test_a_quantity_cue_as_typed_stays_itself(text: str, norm: str) -> None:
    assert Chat.of(text).norm == norm


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("wie viel hat der Chemiker mit den Ampullen eingenommen?", "money"),
        ("how much was the girl caught begging fined altogether?", "money"),
        ("wie viel Erlös brachte der Verkauf?", "money"),
        ("um wie viel ist das Vorsteuerergebnis eingebrochen?", None),  # an amount, not a count
        ("wie viel menschen kamen zur demo?", "count"),  # colloquial: a noun follows, it is counted
        ("wie viele Menschen kamen?", "count"),
    ],
)
def test_wie_viel_asks_an_amount_and_earnings_and_fines_are_money(text: str, measure: str | None) -> None:
    q = parse_question(text, default_language="de")
    assert q.kind == "figure"
    assert q.measure == measure


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("how long is each of the duels before the election?", True),
        ("wie lange dauert die Sitzung?", True),
        ("wie lang war die Rede", True),
        ("how long ago did it happen?", False),
        ("how many duels are there?", False),
        ("wie viele Minuten Verspätung?", False),
    ],
)
def test_how_long_asks_for_a_duration(text: str, duration: bool) -> None:
    assert asks_duration(text) is duration


def test_durations_count_for_a_question_that_asks_how_long_only() -> None:
    text = "Jedes der Gespräche dreht sich dabei 15 Minuten lang um ein Thema."
    minutes = Figure(start=37, end=47, number_start=37, number_end=39, text="15 Minuten", values=[15], kind="duration")
    c = sentence_candidate(text, info=SentenceInfo(figures=(minutes,)))
    assert countable(c, parse_question("how long is each of the duels?", default_language="en")) == [minutes]
    assert countable(c, parse_question("how many duels are there?", default_language="en")) == []
    assert countable(c) == []


@pytest.mark.parametrize(
    "text",
    ["wie dicht fahren u1 und u6 zu stoßzeiten?", "wie häufig kam es zu unfällen", "how frequently do trains run?"],
)
def test_how_often_and_how_dense_ask_for_a_figure_and_may_be_answered_by_a_duration(text: str) -> None:
    q = parse_question(text, default_language="de")
    assert q.kind == "figure"
    assert asks_duration(q.text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Welche Zahlen zu nordkoreanischen Soldaten in Russland werden genannt, und von wem?", "Soldaten"),
        ("What numbers of North Korean soldiers are reported, and by whom?", "soldiers"),
        ("hw many soldiers is north korea sending to russia", "soldiers"),  # chat shorthand for "how"
        # behind a passive's auxiliary, and a genitive plural with no article
        ("Welche Zahlen werden zu den nordkoreanischen Truppen genannt?", "Truppen"),
        ("Welche Zahlen nordkoreanischer Soldaten werden genannt?", "Soldaten"),
        ("Welche Zahlen gibt es zu den Flüchtlingen?", "Flüchtlingen"),
        ("what figures are given for the north korean troops?", "troops"),
    ],
)
def test_the_numbers_of_a_thing_count_the_thing(text: str, counted: str) -> None:
    question = parse_question(text)
    assert question.kind == "figure" and question.counted == counted
