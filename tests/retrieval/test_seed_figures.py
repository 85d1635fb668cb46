"""Figure questions whose conditions single one figure out of several on the same topic: what has happened by now
("already", "bereits", "so far"), or what happened (a question in the past tense), is not what is planned, expected,
threatened or possible; the highest or lowest figure asked is one compared with the others."""

from __future__ import annotations

import re

import numpy as np
import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import _planned_beside
from retrieval.answer.extreme import asks_extreme, extreme_only
from retrieval.answer.features import asks_happened, asks_realised, possible_only, stated_numbers, unrealised
from retrieval.answer.listing import Listed
from retrieval.api import Belegbot
from retrieval.models import Answer, Claim
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "realised"),
    [
        ("According to South Korea, how many North Korean soldiers have already been moved into Ukraine?", True),
        ("Wie viele Soldaten aus Nordkorea sind schon jetzt in Russland, und laut wem?", True),
        ("wieviel geld hatte die partei zu beginn vom wahlkampf schon gesammelt", True),
        ("how many of those contracts has wien energie sold so far?", True),
        ("How many soldiers, according to whom?", False),
        # the question itself asks what is still to come, or what could be
        ("wie viele soldaten kommen bis dezember noch dazu, ein paar sind ja schon dort", False),
        ("they expect 10k by december, how many of those r there already", False),
        ("that 12k figure, is it troops already there or how many they could send", False),
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


@pytest.mark.parametrize(
    ("question", "happened"),
    [
        ("wie viele Körbe hat die Spielerin im Finale geworfen", True),
        ("Wie lange wurde der Radprofi gesperrt?", True),
        ("wie viel Geld gab es für die Sieger", True),
        ("how much did the club pay for the striker", True),
        ("how many people were rescued from the ferry", True),
        # the English present perfect: "has/have" and a participle
        ("how many troops has north korea sent to russia?", True),
        ("how many goals has he scored this season", True),
        ("how many people have been rescued from the ferry", True),
        # the present, the future, an expectation, and a question of two parts
        ("wie viele Körbe wirft sie pro Spiel", False),
        ("Wie lange wird der Radprofi gesperrt werden?", False),
        ("wie viele rechnen mit einer Sperre", False),
        ("how much will the club pay for the striker", False),
        # "has" as the verb, an obligation, a state, and the future perfect
        ("how many children has the striker", False),
        ("how much has to be paid for the striker", False),
        ("how many soldiers does russia have stationed in syria", False),
        ("how many refugees will have arrived by may", False),
        ("Wie viele Körbe hat sie geworfen, und wie viele Punkte sind es insgesamt?", False),
        # the most that could have been, or what would have been
        ("what was the longest ban the cyclist faced", False),
        ("Wie viel Geld hätte der Verein bekommen, wenn er gewonnen hätte?", False),
        ("Wie hoch war die Höchststrafe für den Fahrer?", False),
    ],
)
def test_asks_happened(question: str, happened: bool) -> None:
    assert asks_happened(parse_question(question)) is happened


@pytest.mark.parametrize(
    ("sentence", "possible"),
    [
        ("Dem Radprofi droht eine Sperre durch den Weltverband (UCI) von bis zu zwei Jahren.", True),
        ("Der Kaufpreis könnte auf zwölf Millionen Euro steigen.", True),
        ("Wenn der Topf 80 Millionen Euro erreicht, sollen die Mitglieder eine Prämie bekommen.", True),
        ("Zum Auftakt werden rund 4.000 Besucher erwartet.", True),
        # what happened, beside what may come in another clause
        ("Der Klub zahlte acht Millionen Euro, die sich noch um eine Million erhöhen könnten.", False),
        ("Ein Leichtsinn, der teuer werden kann, wie das Vorjahr zeigt: 54 Fahrer wurden gesperrt.", False),
        ("Bisher wurden 300 Anträge gestellt, weitere könnten folgen.", False),
        ("Der Radprofi wurde für zwei Jahre gesperrt.", False),
    ],
)
def test_possible_only(sentence: str, possible: bool) -> None:
    figures = list(figures_of(sentence).figures)
    assert figures
    assert possible_only(sentence, 0, figures) is possible


@pytest.mark.parametrize(
    ("question", "extreme"),
    [
        ("What is the highest troop figure given in the coverage, and who is it attributed to?", "max"),
        ("was ist die kleinste zahl an nordkoreanischen soldaten die in den beiden artikeln vorkommt", "min"),
        ("Who was the biggest borrower of the investment company, and for how much?", "max"),
        ("Welche Partei hat am meisten dazugewonnen?", "max"),
        ("How many soldiers, at least?", None),
        ("Wie viele der meisten Soldaten sind schon dort?", None),
        ("what is the most recent figure?", None),
    ],
)
def test_asks_extreme(question: str, extreme: str | None) -> None:
    assert asks_extreme(question) == extreme


def _listed(text: str) -> Listed:
    c = sentence_candidate(text, info=figures_of(text))
    return Listed(c, 0.9, list(c.info.figures), None)


def test_extreme_only_keeps_the_extreme_figure_in_the_shared_measure() -> None:
    listed = [
        _listed("Südkorea: 1500 nordkoreanische Soldaten in die Ukraine verlegt"),
        _listed("3000 von ihnen sollen sich bereits im Land befinden."),
        _listed("Pjöngjang wolle insgesamt vier Brigaden mit 12.000 Soldaten entsenden."),
        _listed("Die Regierung in Kiew sprach sogar von 12.000 Soldaten."),
        _listed("Die Berichte über die Entsendung von 1500 nordkoreanischen Soldaten haben Besorgnis ausgelöst."),
    ]
    highest = [item.candidate.text for item in extreme_only("max", listed)]
    assert highest == [listed[2].candidate.text, listed[3].candidate.text]
    # "vier Brigaden" is not the lowest count of soldiers
    lowest = [item.candidate.text for item in extreme_only("min", listed)]
    assert lowest == [listed[0].candidate.text, listed[4].candidate.text]


def test_extreme_only_prefers_the_sentence_naming_the_superlative() -> None:
    listed = [
        _listed("Der Wert der Anlage war inzwischen auf 232,7 Millionen Euro gestiegen."),
        _listed("Größter Kreditnehmer im Ausmaß von 100 Millionen Euro ist laut Rechnungshofbericht die BLh selbst."),
        _listed("In der BVOG sind ursprünglich 225 Millionen Euro veranlagt."),
    ]
    assert [item.candidate.text for item in extreme_only("max", listed)] == [listed[1].candidate.text]


def _numbers(answer: Answer) -> set[int]:
    return {n for c in answer.claims for n in numbers_of(c)}


def numbers_of(claim: Claim) -> set[int]:
    return {int(n.replace(".", "")) for n in re.findall(r"\d[\d.]*\d|\d", claim.figure or "")}


@pytest.mark.parametrize(
    "question",
    [
        "Which is the largest number of North Korean troops mentioned, and by whom?",
        # no sentence answers alone above the "found" bar: the highest is found by comparing them
        "What is the biggest troop number in the reports, and who gives it?",
        "Welche ist die höchste Zahl an Soldaten in den Berichten, und von wem stammt sie?",
    ],
)
def test_the_largest_figure_is_the_one_compared_with_the_others(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert answer.found
    assert _numbers(answer) == {12000}


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Soldaten hat Nordkorea nach Russland geschickt?",
        "How many soldiers did North Korea send to Russia?",
        "how many troops has north korea sent to russia?",  # the present perfect (``features._perfect_en``)
    ],
)
def test_the_figures_of_what_happened_come_first_and_the_planned_ones_after(service: Belegbot, question: str) -> None:
    """A plan is what the articles report about the sending too ("bis Dezember insgesamt 10.000 Soldaten … schicken
    wird"): listed, but after the 1500 moved and the 3000 there by now (``answerer._planned_beside``). Yonhap's "mit
    12.000 Soldaten, darunter auch Spezialkräfte, entsenden wolle" is not read as a plan (``features.possible_only``
    reads the figure's own clause only): it may come anywhere after the first."""
    answer = service.answer(question)
    assert answer.found
    assert {1500, 3000, 10000, 12000} <= _numbers(answer)
    assert numbers_of(answer.claims[0]) & {1500, 3000}
    forecast = next(k for k, c in enumerate(answer.claims) if 10000 in numbers_of(c))
    assert forecast > max(k for k, c in enumerate(answer.claims) if numbers_of(c) & {1500, 3000})


def test_the_figures_there_already_leave_out_the_planned_ones(service: Belegbot) -> None:
    answer = service.answer("Wie viele nordkoreanische Soldaten sind laut den Berichten bereits in Russland?")
    assert answer.found
    assert not _numbers(answer) & {10000, 12000}


def test_who_gives_a_part_of_a_stated_whole_needs_the_part_printed(service: Belegbot) -> None:
    # "unter den 12.000 Soldaten": the whole sets the scene; the figure asked about is the part, which no article gives
    question = parse_question("Stimmt es, dass unter den 12.000 Soldaten 500 Spezialkräfte sind? Wer sagt das?", "de")
    assert (question.wholes, stated_numbers(question)) == ([12000.0], [500.0])
    assert not service.answer(question.text).found
    assert 12000 in _numbers(service.answer("Wer nennt die Zahl 12.000?"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Von allen erdähnlichen Planeten gibt es acht Prozent.",
        "In May, 300 people were killed.",
        "Erwartungsgemäß kamen 20.000 Besucher.",
    ],
)
def test_not_yet_words_inside_other_words(sentence: str) -> None:
    assert not unrealised(sentence)


def test_a_plan_is_listed_only_beside_a_best_that_tells_what_happened() -> None:
    p = np.array([0.99, 0.98, 0.40])
    assert _planned_beside([], [0, 1], p, 0.5, 12) == []  # only plans: nothing happened, nothing answers
    assert _planned_beside([2], [0, 1], p, 0.5, 12) == [0, 1]
    assert _planned_beside([2], [0, 1], p, 0.985, 12) == [0]  # under the best's bar: not listed
    assert _planned_beside([2], [0, 1], p, 0.5, 2) == [0]  # no more than the claims allowed
