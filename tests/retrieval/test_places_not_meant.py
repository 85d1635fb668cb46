"""Words a question does not mean as places set no place condition: the first word of a place's name ("new" of
"new york")."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a word of a place's name is no place of its own
        ("What did the chancellor say at the new year's reception?", []),
        ("How many tourists came to new york?", ["new york"]),
    ],
)
def test_words_not_meant_as_places_set_no_place(text: str, places: list[str]) -> None:
    assert parse_question(text).places == places
