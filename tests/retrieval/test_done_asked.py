"""A question that asks what someone did, in the past tense ("What did the North Atlantic Council decide"), is not
answered by a sentence that tells only what is still to come ("Der Nordatlantikrat werde in Kürze über eine Reaktion
beraten"): where the likeliest sentence is such, nothing answers (``features.asks_done``, ``features.to_come_only``)."""

from __future__ import annotations

import pytest

from retrieval.answer.features import asks_done, to_come_only
from retrieval.api import Belegbot
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Nordatlantikrat werde in Kürze über eine Reaktion beraten, erklärte Dakhlallah.", True),
        ("Der Geheimdienst geht davon aus, dass Nordkorea bis Dezember 10.000 Soldaten schicken wird.", True),
        ("Die Regierung will zügig entscheiden.", True),
        # a noun of planning is no plan: the sentence tells what was done
        (
            "Die Lage hat die Bundesregierung auf den Plan gerufen: Das Auswärtige Amt bestellte am Mittwoch den "
            "Geschäftsträger ein.",
            False,
        ),
        # a candidate running on into a second sentence that tells what was done
        (
            '"Das würde eine erhebliche Eskalation bedeuten", schrieb Rutte. Zuvor hatte er mit Yoon telefoniert, der '
            "die Nato dazu aufforderte, Maßnahmen zu ergreifen.",
            False,
        ),
        ("3000 sollen sich bereits im Land befinden, weitere könnten folgen.", False),
        ("Der Rat beschloss am Montag neue Sanktionen.", False),
    ],
)
def test_what_a_sentence_tells_is_to_come(sentence: str, expected: bool) -> None:
    assert to_come_only(sentence) is expected


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("What did the North Atlantic Council decide in response to the North Korean deployment?", "en", True),
        ("Was hat der Nordatlantikrat als Reaktion beschlossen?", "de", True),
        ("What will the North Atlantic Council decide?", "en", False),
        ("Was plant der Nordatlantikrat als Reaktion?", "de", False),
        ("In which Russian region are the North Korean troops deployed?", "en", False),
    ],
)
def test_a_question_asks_what_was_done(question: str, language: str, expected: bool) -> None:
    assert asks_done(parse_question(question, language)) is expected


@pytest.mark.parametrize(
    "question",
    [
        "What did the North Atlantic Council decide in response to the North Korean deployment?",
        "Was hat der Nordatlantikrat als Reaktion auf die nordkoreanischen Truppen beschlossen?",
    ],
)
def test_a_council_that_will_meet_has_decided_nothing(service: Belegbot, question: str) -> None:
    answer = service.answer(question, "en")
    assert not answer.found and not answer.claims


def test_a_request_made_is_still_answered(service: Belegbot) -> None:
    # the likeliest sentence opens with Rutte's warning ("würde … bedeuten") and goes on to what Yoon asked
    answer = service.answer("What did Yoon Suk Yeol ask NATO to do?", "en")
    assert answer.claims and "aufforderte" in answer.claims[0].quote
