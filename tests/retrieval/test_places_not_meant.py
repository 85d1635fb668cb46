"""Words a question does not mean as places set no place condition: the first word of a place's name ("new" of
"new york"), a body's or broadcaster's short name ("at the UN", "in der ZiB 2", "im orf"), a German common noun that
names a newspaper or a currency ("im kurier", "in the Kurier interview", "in euro"), the pronoun "us" ("come to us").
An article that never prints them is not ruled out by them; towns typed as names stay places ("in Ulm", "in
saalfelden", "in Alpbach")."""

from __future__ import annotations

import pytest

from retrieval.constraints import names_place
from retrieval.nlp import german_noun
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
        # German common nouns: a newspaper, a currency
        ("was sagte der bürgermeister im kurier über die straßenbahn", []),
        ("What did the governor say in the Kurier interview about hospitals?", []),
        ("wie viel kostet die neue brücke in euro", []),
        # "us" typed in lower case as the pronoun, not the country
        ("how many tourists will come to us next summer", []),
        ("who said the neighbours were angry at us", []),
        ("how many people were hurt in the us last year", ["us"]),
        ("what did the general say to us troops", ["us"]),
        # places stay places
        ("How many jobs were lost in the UK last year?", ["UK"]),
        ("Wie viele Gäste kamen in Ulm an?", ["Ulm"]),
        ("wie viele gäste kamen in saalfelden an", ["saalfelden"]),
        ("What did the banker say in Alpbach?", ["Alpbach"]),
        # a city's district written with it is the city (stop 54); two places or a disease are not
        ("wie alt waren die drei schwerverletzten beim angriff in berlin-wedding", ["berlin"]),
        ("how many us-dollar did they pay in us-dollar", []),
        ("Wie viele Menschen sind bisher weltweit am Krim-Kongo-Fieber gestorben?", []),
    ],
)
def test_words_not_meant_as_places_set_no_place(text: str, places: list[str]) -> None:
    assert parse_question(text).places == places


def test_the_uk_is_named_by_its_german_name() -> None:
    assert names_place("UK", "Die Werften in Großbritannien bauen wieder Schiffe.")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("kurier", True), ("Radio", True), ("Celle", False), ("Spielfeld", False), ("Alpbach", False)],
)
def test_a_frequent_german_common_noun_is_told_from_a_town(word: str, expected: bool) -> None:
    assert german_noun(word) is expected
