"""Parts of a frame of saying that stand far apart: the judging "als" of "bezeichnen" after an adverbial of the
occasion, first-person words late after a colon, and the original English words after their translation."""

from __future__ import annotations

import pytest
from conftest import attributed_sentences

from retrieval.attribution import attribute
from retrieval.segment import sentence_spans


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin bezeichnete die Reform im Gespräch mit der Zeitung als schweren Fehler.", "Die Ministerin"),
        (
            "Diese Frage zu klären bezeichnet der Landesvorsitzende Peter Huber im Gespräch mit dem STANDARD als ein "
            "Ziel des Verfahrens.",
            "der Landesvorsitzende Peter Huber",
        ),
        (
            "Den Vorschlag wertete Huber am Montag im Interview mit der APA als Schritt in die richtige Richtung.",
            "Huber",
        ),
    ],
)
def test_a_judging_als_far_into_the_verbs_clause_still_frames_the_words(text: str, speaker: str) -> None:
    (found,) = attribute(text, sentence_spans(text))
    assert found.speaker == speaker
    assert found.cue is not None and found.cue.endswith("als")


@pytest.mark.parametrize(
    "text",
    [
        # the "als" of a comparison, and one that opens a clause of time
        "Die Behörde bezeichnete das Gebiet seit dem Beginn der Arbeiten vor mehr als zwei Wochen.",
        "Er bezeichnete die Straße auf der Karte, als er in Wien ankam.",
        # the clause ends before the "als"
        "Sie bezeichnete die Route auf der alten Karte im Archiv der Stadt; als Ziel galt Linz.",
    ],
)
def test_an_als_that_judges_nothing_frames_no_words(text: str) -> None:
    assert not [a for a in attribute(text, sentence_spans(text)) if a.cue and "bezeichnete" in a.cue]


def test_first_person_words_late_after_a_colon_are_the_subjects() -> None:
    text = (
        "Anna Berg, mit der er lange arbeitete, erwies ihrem Kollegen auf Twitter die Ehre: Lebe wohl, lieber "
        "Robert, du großer Lehrer, der mir so viel beigebracht hat."
    )
    assert attributed_sentences(text) == [("Anna Berg", "indirect")]


def test_the_english_original_after_a_translated_statement_goes_on_with_its_speaker() -> None:
    text = (
        "Der Musikproduzent ist am Montag gestorben. "
        "Die Sängerin Anna Berg schrieb auf Twitter: Lebe wohl, lieber Robert, der mir so viel beigebracht hat. "
        "Farewell dear Robert, the great showman who taught me so much. "
        "With love, Anna. "
        "Der Produzent hatte jahrelang in London gearbeitet."
    )
    speakers = attributed_sentences(text)
    assert speakers[2] == ("Die Sängerin Anna Berg", "carried_over")
    assert speakers[3] == ("Die Sängerin Anna Berg", "carried_over")
    assert speakers[4] == (None, "")


def test_an_english_sentence_after_an_unattributed_one_is_nobodys() -> None:
    text = "Der Produzent ist am Montag gestorben. The show must go on."
    assert attributed_sentences(text)[1] == (None, "")
