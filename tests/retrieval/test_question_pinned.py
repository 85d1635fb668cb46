"""What a question pins down is read once, when it is parsed: the answer stage asks the parsed question, not its
text, for every candidate (the figure kind a how-old or how-long question asks for, its names, its nationalities)."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.answerer import names_subject
from retrieval.answer.features import countable
from retrieval.models import Figure, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("wie alt sind die Soldaten?", "de", "age"),
        ("how old was the worker?", "en", "age"),
        ("wie lange dauert die Sitzung?", "de", "duration"),
        ("how often do the trains run?", "en", "duration"),
        ("wie viele Soldaten hat Nordkorea geschickt?", "de", None),
        ("ab welchem alter sollen kinder gescreent werden", "de", "age"),  # "welchem Alter" asks a figure too
        ("mit wie viel jahren fangen jugendliche zu rauchen an", "de", "age"),
        ("how many yrs did the student get", "en", "duration"),  # a time unit counted
        ("wie viele Monate dauerte der Prozess?", "de", "duration"),
    ],
)
def test_a_figure_question_knows_the_figure_kind_it_asks_for(text: str, language: str, kind: str | None) -> None:
    q = parse_question(text, default_language=language)
    assert q.figure_kind == (kind if q.kind == "figure" else None)
    if kind is not None:
        assert q.kind == "figure"


def test_only_a_figure_question_asks_for_a_figure_kind() -> None:
    q = parse_question("Was sagte Pistorius über die Dauer der Sitzung?", default_language="de")
    assert q.kind != "figure"
    assert q.figure_kind is None


def test_a_question_knows_its_names_german_ones_by_hanta() -> None:
    assert parse_question("Wann kam Pistorius nach Kiew?", default_language="de").names[:1] == ["Pistorius"]
    german = parse_question("Wo hat der Minister Pistorius die Soldaten besucht?", default_language="de")
    assert "Pistorius" in german.names
    assert "Minister" not in german.names and "Soldaten" not in german.names  # nouns, not names
    assert parse_question("Where did Rutte meet Pistorius?", default_language="en").names == ["Rutte", "Pistorius"]


def test_a_where_or_when_question_knows_its_nationalities() -> None:
    q = parse_question("when did the first north korean troops get to russia", default_language="en")
    assert q.intent == "when"
    assert q.nationalities
    assert parse_question("how many north korean troops are in russia", default_language="en").nationalities == []


def test_the_answer_stage_reads_the_parsed_question_not_its_text() -> None:
    # with its text gone, the parsed question still says what it asks about and which figures answer it
    when = parse_question("Wann war Pistorius in Berlin?", default_language="de").model_copy(update={"text": ""})
    assert names_subject(when, sentence_candidate("Das sagte Pistorius in Berlin."))
    assert not names_subject(when, sentence_candidate("Das erklärte die Nato-Sprecherin in Brüssel."))
    troops = parse_question("when did the first north korean troops get to russia", default_language="en")
    troops = troops.model_copy(update={"text": "", "places": []})
    assert names_subject(troops, sentence_candidate("Die ersten nordkoreanischen Soldaten kamen im Oktober an."))
    assert not names_subject(troops, sentence_candidate("Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär."))
    text = "Jedes der Gespräche dreht sich dabei 15 Minuten lang um ein Thema."
    minutes = Figure(start=37, end=47, number_start=37, number_end=39, text="15 Minuten", values=[15], kind="duration")
    c = sentence_candidate(text, info=SentenceInfo(figures=(minutes,)))
    how_long = parse_question("how long is each of the duels?", default_language="en").model_copy(update={"text": ""})
    assert countable(c, how_long) == [minutes]


def test_an_age_is_answered_by_ages_and_by_durations_in_years_only() -> None:
    q = parse_question("Wie alt ist die Perle?", default_language="de")
    figures = [
        Figure(start=42, end=53, number_start=42, number_end=47, text="2.000 Jahre", values=[2000], kind="duration"),
        Figure(start=0, end=10, number_start=0, number_end=2, text="15 Minuten", values=[15], kind="duration"),
        Figure(start=20, end=31, number_start=20, number_end=22, text="30 Soldaten", values=[30], kind="count"),
    ]
    c = sentence_candidate(
        "Archäologen haben das Alter der Perle auf 2.000 Jahre bestimmt.", info=SentenceInfo(figures=tuple(figures))
    )
    assert [f.text for f in countable(c, q)] == ["2.000 Jahre"]
