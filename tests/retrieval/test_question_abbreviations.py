"""The person a question names keeps the full stops of its abbreviations: an initial, an ordinal, a short title."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("What did 1. FC Köln's managing director say about the referees?", "1. FC Köln's managing director"),
        ("Was sagte Thomas D. Trummer über Ausstellungen?", "Thomas D. Trummer"),
        ("was sagt der bürgermeister von st. pölten zu den flüchtlingen", "der bürgermeister von st. pölten"),
        ("Wie reagiert die Versicherung D.A.S. auf die Darstellung?", "die Versicherung D.A.S"),
        ("Was sagte Putin. Und Merkel?", "Putin"),  # a sentence's full stop still ends the phrase
    ],
)
def test_an_abbreviations_full_stop_does_not_end_the_person_asked_about(question: str, person: str) -> None:
    assert parse_question(question, default_language="en").person == person
