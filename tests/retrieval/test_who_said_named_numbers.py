"""A who-said question's number that is part of a name or label the articles print ("Galaxy 9", "Warnstufe 3") sets
the scene of the statement: the speaker's sentence need not print it (``features.labelled_numbers``, ``_prints``); a
figure the question asks who gives must still be printed."""

from __future__ import annotations

import pytest
from conftest import article, figures_of, sentence_candidate

from retrieval.answer.features import _prints, labelled_numbers
from retrieval.question import parse_question

ARTICLES = [
    article(
        "a",
        "Das neue Galaxy 9 sorgt für Ärger. "
        "Das Gerät werde im Sommer viel zu heiß, warnte ein Techniker des Herstellers.",
    ),
    article(
        "b",
        "Der Wetterdienst rief die Warnstufe 3 aus. "
        "Bei dieser Stufe sei mit keinen Schäden zu rechnen, sagte ein Sprecher.",
    ),
]
SPEAKER = sentence_candidate("Das Gerät werde im Sommer viel zu heiß, warnte ein Techniker des Herstellers.")


@pytest.mark.parametrize(
    "question",
    [
        "Who warned that the Galaxy 9 phone gets far too hot in summer?",
        "wer hat gewarnt, dass das galaxy 9 im sommer viel zu heiß wird",
        "Wer sagte, bei der Warnstufe 3 sei mit keinen Schäden zu rechnen?",
    ],
)
def test_a_number_inside_a_name_the_articles_print_rules_no_speaker_out(question: str) -> None:
    q = parse_question(question, default_language="en")
    labels = labelled_numbers(q, ARTICLES)
    assert q.intent == "who_said" and labels == set(q.numbers)
    assert _prints(q, SPEAKER, labels, set()) == 0.0


def test_a_figure_the_question_asks_about_must_be_printed() -> None:
    q = parse_question("Wer spricht von 4000 Demonstranten in der Innenstadt?", default_language="en")
    printed = "Die Polizei zählte 4000 Demonstranten."
    labels = labelled_numbers(q, [article("c", f"Demo in Linz. {printed}")])
    assert not labels
    other = sentence_candidate("Die Polizei sprach von einer friedlichen Kundgebung.")
    assert _prints(q, other, labels, set()) == -1.0
    assert _prints(q, other, labels, {"d"}) == -1.0  # whose the figure is, even where the article prints it elsewhere
    assert _prints(q, sentence_candidate(printed, info=figures_of(printed)), labels, set()) == 0.0


def test_a_number_after_a_name_is_no_label_unless_the_articles_print_them_together() -> None:
    # "Lena Berg 30-mal": the articles never print "Berg 30", so the question asks about a figure
    q = parse_question("who said that touring with lena berg 30 times a year would be too much?", default_language="en")
    text = "Lena Berg ist eine gefragte Sängerin. Würde ich 30-mal im Jahr mit ihr touren, wäre es zu viel."
    assert not labelled_numbers(q, [article("d", text)])


@pytest.mark.parametrize(
    "question",
    ["spiegel online showing euro 2016 match highlights as video for the first time - who said that?"],
)
def test_a_year_after_a_word_names_an_event_the_articles_word_otherwise(question: str) -> None:
    q = parse_question(question, default_language="en")
    text = "Spiegel Online zeigt zur Fußball-EM erstmals Videos. Das sei neu, sagte der Chefredakteur."
    labels = labelled_numbers(q, [article("e", text)])
    assert q.intent == "who_said" and labels == {2016.0}
    assert _prints(q, sentence_candidate("Das sei neu, sagte der Chefredakteur."), labels, set()) == 0.0


def test_a_year_like_number_after_a_verb_is_a_figure() -> None:
    q = parse_question("who said they sent 1900 soldiers", default_language="en")
    assert 1900.0 in q.numbers and not labelled_numbers(q, [article("f", "Russland schickte Soldaten.")])
