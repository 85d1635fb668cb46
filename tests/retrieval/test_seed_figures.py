"""Figure questions whose conditions single one figure out of several on the same topic: what has happened by now
("already", "bereits", "so far") is not what is planned, expected or possible."""

from __future__ import annotations

import pytest

from retrieval.answer.features import asks_realised, unrealised


@pytest.mark.parametrize(
    ("question", "realised"),
    [
        ("According to South Korea, how many North Korean soldiers have already been moved into Ukraine?", True),
        ("Wie viele nordkoreanische Soldaten sollen schon jetzt in Russland sein – und wer sagt das?", True),
        ("wieviel spendengeld hatten griss und van der bellen zu beginn vom wahlkampf schon beisammen", True),
        ("how many of those contracts has wien energie sold so far?", True),
        ("How many soldiers, according to whom?", False),
        # the question itself asks what is still to come, or what could be
        ("wie viele nordkoreaner sollen bis dezember noch nach russland dazukommen, ein teil is ja schon dort", False),
        ("seoul expects 10k by december rite, how many of those r supposedly in russia already", False),
        ("kyivs 12k figure, is that troops already in russia or how many pyongyang could send", False),
    ],
)
def test_asks_realised(question: str, realised: bool) -> None:
    assert asks_realised(question) is realised


@pytest.mark.parametrize(
    ("sentence", "not_yet"),
    [
        ("Der Geheimdienst geht davon aus, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten schicken wird.", True),
        ("Diese berichtete, dass Pjöngjang insgesamt vier Brigaden mit 12.000 Soldaten entsenden wolle.", True),
        ("Die Regierung in Kiew sprach sogar von 12.000 Soldaten, die Russlands Partner entsenden könnte.", True),
        ("Als Minimum will sie 500.000 Euro auftreiben – aber nicht von Parteien.", True),
        ("Nordkorea wird 10.000 Soldaten schicken.", True),
        ("The ministry expects 2,000 more arrivals by the end of the year.", True),
        # what is there by now
        ("3000 von ihnen sollen sich bereits im Land befinden.", False),
        ("Südkorea: 1500 nordkoreanische Soldaten in die Ukraine verlegt", False),
        ("Bisher stehe man bei etwas mehr als 100.000 Euro, wobei der Großteil von Leitner kam.", False),
        # a passive, not a future
        ("Die Zahl der Toten wird auf 300 geschätzt.", False),
        ("Die Schule wird im Sommer geschlossen.", False),
    ],
)
def test_unrealised(sentence: str, not_yet: bool) -> None:
    assert unrealised(sentence) is not_yet
