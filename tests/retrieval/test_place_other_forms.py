"""A place a German question names, printed in the articles by its country's name or adjective: "der Geheimdienst in
Seoul" is the one of articles on Südkorea; an article that says "die ungarische Regierung" names Ungarn."""

from __future__ import annotations

from retrieval.answer.features import unknown_names
from retrieval.constraints import country_meant, place_forms
from retrieval.question import parse_question
from retrieval.search import Searcher


def test_the_forms_of_a_place_are_its_countrys_name_and_adjectives() -> None:
    assert {"südkorea", "südkoreanisch"} <= set(place_forms("Seoul"))  # a capital stands for its country
    assert place_forms("Ungarn") == ("ungarisch",)
    assert place_forms("Odessa") == ()  # a place the tables do not know: no other forms


def test_a_capital_the_articles_name_by_its_country_is_no_unknown_name(seed_searcher: Searcher) -> None:
    q = parse_question(
        "Stimmt es, dass der südkoreanische Geheimdienst von 12.000 Soldaten ausgeht? "
        "Welche Gesamtzahlen werden dem Geheimdienst in Seoul zugeschrieben?"
    )
    assert unknown_names(q, seed_searcher.document_frequency) == []
    # a name no article prints in any form is still unknown, and so is a country only an adjective names in passing
    # ("an der russisch-chinesischen Grenze")
    other = parse_question("Welche Zahlen werden dem Geheimdienst in Canberra zugeschrieben?")
    assert unknown_names(other, seed_searcher.document_frequency) == ["Canberra"]
    china = parse_question("Wie viele Soldaten schickt China nach Russland?")
    assert unknown_names(china, seed_searcher.document_frequency) == ["China"]


def test_a_capital_that_acts_is_read_as_its_country_and_one_that_places_is_not() -> None:
    assert country_meant("wie viele soldaten entsendet pjöngjang", "de") == "wie viele soldaten entsendet Nordkorea"
    assert country_meant("How did Beijing react?", "en") == "How did China react?"
    assert country_meant("how many did pyongyang send", "en") == "how many did north korea send"
    # a place something is in or goes to, and a capital before a noun, stay
    for question in ("wie viele menschen leben in wien", "injured in the Moscow cemetery brawl", "Flüge nach Kiew"):
        assert country_meant(question, "de") == question
