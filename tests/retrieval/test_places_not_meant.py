"""Words a question does not mean as places set no place condition: the first word of a place's name ("new" of
"new york"), a body's or broadcaster's short name ("at the UN", "in der ZiB 2", "im orf"). An article that never
prints them is not ruled out by them; towns typed as names stay places ("in Ulm")."""

from __future__ import annotations

import pytest

from retrieval.constraints import names_place
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a word of a place's name is no place of its own
        ("What did the chancellor say at the new year's reception?", []),
        ("How many tourists came to new york?", ["new york"]),
        # short names of bodies and broadcasters, in capitals, mixed or lower case
        ("What did the envoy say at the UN about the ceasefire?", []),
        ("What did the mayor say in the BR interview about the tram?", []),
        ("Wer hat in der ZiB 2 über die Pensionen gesprochen?", []),
        ("was hat die ministerin im orf über die schulreform gesagt", []),
        ("wie viele soldaten sind in der eu stationiert", []),
        # places stay places
        ("How many jobs were lost in the UK last year?", ["UK"]),
        ("Wie viele Gäste kamen in Ulm an?", ["Ulm"]),
    ],
)
def test_words_not_meant_as_places_set_no_place(text: str, places: list[str]) -> None:
    assert parse_question(text).places == places


def test_the_uk_is_named_by_its_german_name() -> None:
    assert names_place("UK", "Die Werften in Großbritannien bauen wieder Schiffe.")
