"""How the question parse reads the showcase corpus's questions: a person's name HanTa cannot read as one ("Mark
Rutte", "Kim Jong-un"), "what" before a noun phrase asking as "which" does, and "how has X reacted" asking for X's
words as "how did X react" does; and what the answer stage makes of them over the two seed articles."""

from __future__ import annotations

import pytest

from retrieval.api import Belegbot
from retrieval.nlp import first_name_reading, german_readings, unknown_german
from retrieval.question import parse_question
from retrieval.question.asked import asked_thing
from retrieval.question.scope import find_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Mark" a currency and "Rutte" a guess of HanTa's: together a first name and a surname it lacks
        ("Wann hat Mark Rutte Yoon angerufen?", ["Mark", "Rutte", "Yoon"]),
        ("Was hat Kim Jong-un selbst zur Entsendung seiner Soldaten gesagt?", ["Kim", "Jong-un"]),
        ("Welche Obergrenze nannte SPÖ-Kandidat Rudolf Hundstorfer?", ["Rudolf", "Hundstorfer"]),
        ("Zu welcher Strafe wurde Luis Durnwalder verurteilt?", ["Luis", "Durnwalder"]),  # "Luis" is no genitive
        # a name's genitive owns the noun after it, a common noun before a name stays one
        ("Wer sprach mit Blick auf Sobotkas DNA-Pläne von Hunger?", ["Sobotkas"]),
        ("Wie hoch war der Verlust der Raiffeisen Bank Aval?", ["Aval"]),
        ("Wie viele Soldaten schickt Nordkorea nach Russland?", ["Nordkorea", "Russland"]),
    ],
)
def test_a_german_question_names_a_person_by_both_names(text: str, names: list[str]) -> None:
    assert find_names(text, "de") == names


def test_a_hostile_long_word_is_not_tagged_for_a_name_part() -> None:
    """HanTa takes most of a minute over a 2,000-letter word: no name is that long."""
    assert german_readings("Ab" * 1000) == ()
    assert not unknown_german("Ab" * 1000) and not first_name_reading("Ab" * 1000)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("What concrete measures did President Yoon ask NATO to take?", ("concrete", "measures")),
        ("Which concrete measures did President Yoon ask NATO to take?", ("concrete", "measures")),
        ("What did Rutte say about the reports?", None),  # "what" before a verb asks no kind of thing
        ("What is NATO?", None),
    ],
)
def test_what_before_a_noun_phrase_asks_for_a_thing_of_its_kind(text: str, asked: tuple[str, ...] | None) -> None:
    assert asked_thing(text, "en") == asked


def test_how_has_someone_reacted_asks_for_their_words() -> None:
    perfect = parse_question("how has china reacted to the north korean troops in russia?")
    simple = parse_question("how did china react to the north korean troops in russia?")
    assert (perfect.intent, perfect.person) == (simple.intent, simple.person) == ("what_said", "china")


def test_the_seed_articles_name_no_measure_nor_a_reaction_of_china(service: Belegbot) -> None:
    for question in (
        "What concrete measures did President Yoon ask NATO to take?",
        "What concrete measures did Yoon Suk Yeol ask NATO to take?",
        "how has china reacted to the north korean troops in russia?",
        "Wann hat Mark Rutte Yoon angerufen?",  # "zuvor", before his warning on Monday: no day
    ):
        assert not service.answer(question).found, question
