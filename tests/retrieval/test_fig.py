"""Figure answers on phrasing the development sets have few of: who gives a figure when the sentence after names
a speaker first, and when a speaker phrase runs on past "nach eigenen Angaben"."""

from __future__ import annotations

import pytest

from retrieval.answer.answerer import says_first


@pytest.mark.parametrize(
    ("sentence", "cue", "first"),
    [
        ("Die Bank erklärte, die dubiosen Kredite seien zu 60 Prozent gedeckt.", "erklärte", True),
        ("Die Polizei teilte am Sonntag mit, dass zwei Menschen verletzt wurden.", "teilte mit", True),
        ("Vier weitere werden vermisst, berichtete das griechische Staatsfernsehen.", "berichtete", False),
        ("Baubeginn ist noch im Sommer, wie das Unternehmen am Freitag mitteilte.", "wie mitteilte", False),
        ("Das sagte er am Montag.", "sagte", False),  # no words of its own after a comma
    ],
)
def test_a_sentence_that_names_its_speaker_first_gives_its_own_words(sentence: str, cue: str, first: bool) -> None:
    assert says_first(sentence, cue) is first
