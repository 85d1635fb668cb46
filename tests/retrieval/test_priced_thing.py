"""A price question asks the price of one thing of a whole ("die Ersatzakkus für die Drohne"): a sentence that names
the whole but not the thing prices something else, mostly the whole itself."""

from __future__ import annotations

from conftest import one_sentence_row

from retrieval.answer.features import NAMES
from retrieval.answer.priced import Priced, names_whole, priced_asked, prices_whole

COUNTED = NAMES.index("counted")


def test_the_thing_priced_and_its_whole_are_read_from_the_question() -> None:
    assert priced_asked("was kosten die ersatzakkus für die drohne", "de") == Priced(("ersatzakkus",), ("drohne",))
    assert priced_asked("Was kostet die Sanierung des Rathauses in Gmunden?", "de") == Priced(
        ("sanierung",), ("rathauses",)
    )
    assert priced_asked("how much does the charging cable for the scooter cost", "en") == Priced(
        ("charging", "cable"), ("scooter",)
    )
    assert priced_asked("what's the price of the spare battery for the drone", "en") == Priced(
        ("spare", "battery"), ("drone",)
    )
    assert priced_asked("was kostet die drohne eigentlich", "de") is None  # no whole: nothing to tell apart
    assert priced_asked("was kostet der umbau in der altstadt", "de") is None  # a place, not a whole
    assert priced_asked("wie viele drohnen wurden verkauft", "de") is None  # no price asked


def test_a_sentence_naming_the_whole_but_not_the_thing_prices_another_thing() -> None:
    batteries = Priced(("ersatzakkus",), ("drohne",))
    assert prices_whole(batteries, "Die Drohne kostet im Handel rund 600 Euro.")
    assert not prices_whole(batteries, "Ein Ersatzakku für die Drohne kostet 80 Euro.")  # the thing, named
    assert not prices_whole(batteries, "Sie kosten je 80 Euro.")  # names neither: cannot tell
    # the thing in other words or the other language (USE-m3): named
    assert not prices_whole(Priced(("spare", "battery"), ("drone",)), "Der Ersatzakku für die Drone kostet 80 Euro.")
    assert not prices_whole(Priced(("sanierung",), ("rathauses",)), "Die Sanierung des Rathauses kostet 3 Mio. Euro.")


def test_a_price_of_the_whole_is_ruled_out_for_the_price_of_its_part() -> None:
    asked = "was kosten die ersatzakkus für die drohne"
    assert one_sentence_row(asked, "Die Drohne kostet im Handel rund 600 Euro.", "de")[COUNTED] == -1.0
    assert one_sentence_row(asked, "Ein Ersatzakku für die Drohne kostet 80 Euro.", "de")[COUNTED] == 0.0
    # the whole's own price, asked for, stays
    assert one_sentence_row("was kostet die drohne", "Die Drohne kostet im Handel rund 600 Euro.", "de")[COUNTED] == 0.0
    asked = "how much does the charging cable for the scooter cost"
    assert one_sentence_row(asked, "Der Scooter kostet im Handel 450 Euro.", "en")[COUNTED] == -1.0
    assert one_sentence_row(asked, "Das Ladekabel für den Scooter kostet 30 Euro.", "en")[COUNTED] == 0.0


def test_an_article_that_never_names_the_whole_prices_the_thing_of_another() -> None:
    batteries = Priced(("spare", "battery"), ("skyhopper",))
    other = "Der neue Quadrokopter von Flugwerk ist da. Ein Ersatzakku kostet extra 60 Euro."
    assert not names_whole(batteries, other, "en")  # a name, never spelled: another drone's battery
    assert names_whole(batteries, "Die Skyhopper fliegt 20 Minuten. Ein Ersatzakku kostet 60 Euro.", "en")
    # common nouns may be named in the other language, by a noun like them
    assert names_whole(Priced(("spare", "battery"), ("drone",)), "Die Drohne fliegt 20 Minuten.", "en")
    asked = "how much does a spare battery for the skyhopper cost"
    sentence = "Ein Ersatzakku kostet extra 60 Euro."
    assert one_sentence_row(asked, sentence, "en", text=other)[COUNTED] == -1.0
    named = "Die Skyhopper fliegt 20 Minuten. Ein Ersatzakku kostet extra 60 Euro."
    assert one_sentence_row(asked, sentence, "en", text=named)[COUNTED] == 0.0
