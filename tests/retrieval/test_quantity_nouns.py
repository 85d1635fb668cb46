"""A German question that asks for a noun by itself ("Welchen Marktanteil hat Rewe …", "zuschauer beim 2:1 …?") asks
for a figure when the corpus prints a number beside that noun in most of the sentences that name it; a noun the
corpus prints without figures ("Welche Sanktionen …") leaves the question as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one_article_bot

from retrieval.question import parse_question
from retrieval.question.intent import noun_asked

ARTICLE = (
    "Rewe und Spar teilen den Handel unter sich auf\n"
    "Rewe kommt laut Bundeswettbewerbsbehörde auf einen Marktanteil von 35 Prozent. "
    "Spar hält einen Marktanteil von 30 Prozent. "
    "Hofer folgt mit einem Marktanteil von rund 20 Prozent. "
    "Der Marktanteil von Lidl liegt bei sieben Prozent. "
    "Zusammen kommen die kleinen Händler auf 8 Prozent Marktanteil. "
    "Über den Marktanteil im Onlinehandel gibt es keine Angaben. "
    "Die EU hat neue Sanktionen gegen die Händler nicht erwogen. "
    "Sanktionen wären nach Ansicht der Behörde überzogen. "
    "Die Sanktionen der Vergangenheit hätten wenig bewirkt. "
    "Neue Sanktionen kündigte niemand an. "
    "Auch über Sanktionen im Ausland wurde gesprochen."
)


def test_the_noun_a_question_asks_for_by_itself() -> None:
    assert noun_asked("welchen marktanteil hat rewe im österreichischen lebensmittelhandel?") == "marktanteil"
    assert noun_asked("zuschauer beim 2:1 vom wac gegen mattersburg in der lavanttal-arena?") == "zuschauer"
    # a question word after the first noun makes it the topic, not the ask; no noun after "wie"
    assert noun_asked("zuschauer beim 2:1 vom wac - wer hat die tore geschossen?") is None
    assert noun_asked("wie hat rewe reagiert?") is None


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with one_article_bot(tmp_path_factory.mktemp("quantity"), "handel", ARTICLE) as service:
        yield service


def test_a_noun_printed_beside_figures_is_a_quantity(bot) -> None:  # type: ignore[no-untyped-def]
    # "von 35 Prozent", "auf 8 Prozent Marktanteil" (digits after or before it); not "im Onlinehandel", nor a number
    # spelled out ("bei sieben Prozent": the stems keep digits only)
    assert bot.searcher.beside_figures("Marktanteil") == (6, 4)
    assert bot.searcher.beside_figures("Sanktionen") == (5, 0)
    assert bot.answerer._quantity("marktanteil")
    assert not bot.answerer._quantity("sanktionen")


def test_the_question_for_a_quantity_is_a_figure_question(bot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Welchen Marktanteil hat Rewe laut Bundeswettbewerbsbehörde?"
    assert parse_question(text, "de").kind == "general"  # no "wie hoch", no figure noun of the parse's own
    answer = bot.answer(text, language="de")
    assert answer.kind == "figure"
    assert answer.claims and "35 Prozent" in answer.claims[0].quote
    # a noun the corpus prints without figures: still no figure question
    assert bot.answer("Welche Sanktionen hat die EU gegen Rewe erwogen?", language="de").kind == "general"
    # the reading is the corpus's: told the noun is a quantity, the parse asks for a figure; an English question's
    # noun is not looked up (the corpus is German)
    assert parse_question("Welche Sanktionen hat die EU erwogen?", "de", lambda w: True).kind == "figure"
    assert parse_question("turnout in vienna at the election?", "en", lambda w: True).kind == "general"
