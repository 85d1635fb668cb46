"""Near misses that the corpus does not answer: the conditions a question sets that no sentence meets."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many North Korean troops have been deployed to the Kursk region?", "Kursk"),
        ("Wie viele Soldaten sind in der Region Kursk stationiert?", "Kursk"),
        ("is iran sending soldiers to russia too?", "iran"),
    ],
)
def test_a_named_area_or_a_country_anywhere_in_the_question_is_a_place(question: str, place: str) -> None:
    assert place in parse_question(question).places


@pytest.mark.parametrize(
    "question", ["how many turkeys were sold for thanksgiving?", "what is the border region worth?"]
)
def test_a_noun_spelt_like_a_place_or_an_area_without_a_name_is_none(question: str) -> None:
    assert parse_question(question).places == []
