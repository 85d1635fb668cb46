"""A figure sentence the index attributes to no one but that reads as someone's own words (the first person, or
Konjunktiv I in its main clause) gives the figures of the person its paragraph named last before it; a plain report
in the indicative stays the article's own (no source)."""

from __future__ import annotations

import pytest
from conftest import sentence_spans, third_sentence_source

from retrieval.answer.reporting import own_words
from retrieval.figures import extract_figures
from retrieval.models import SentenceInfo

# A beekeeper is named (not quoted) in one sentence; the next gives a figure with no verb of saying.
OPENING = "Am Stadtrand stehen seit dem Frühjahr wieder Bienenstöcke. Sie gehören der Imkerin Vera Lindner. "
FIRST = OPENING + "Heuer haben wir rund 900 Gläser Honig abgefüllt."
REPORTED = OPENING + "Heuer habe die Imkerei rund 900 Gläser Honig abgefüllt."
PLAIN = OPENING + "Heuer füllte die Imkerei rund 900 Gläser Honig ab."
# Konjunktiv only in a clause after "dass": the view of whoever the sentence names, not the beekeeper's words
AFTER_DASS = OPENING + "Fest steht nur, dass die Imkerei heuer rund 900 Gläser Honig abgefüllt habe."
# A new paragraph between the name and the words: whose they are is not told here
PARAGRAPH = OPENING.rstrip() + "\nHeuer haben wir rund 900 Gläser Honig abgefüllt."


def _source(text: str) -> str | None:
    """The source the claim on the third sentence shows, where the index gives that sentence no source."""
    start, end = sentence_spans(text)[2]
    infos = {2: SentenceInfo(figures=tuple(extract_figures(text[start:end])))}
    return third_sentence_source(text, infos, "Wie viele Gläser Honig wurden heuer abgefüllt?", "Honig vom Stadtrand")


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Heuer haben wir rund 900 Gläser abgefüllt.", True),
        ("Damals verkaufte ich 40 Kisten am Tag.", True),
        ("Im Winter werde der Betrieb 12 Leute beschäftigen.", True),
        ("Die Kosten seien um 8 Prozent gestiegen.", True),
        ("Im Winter beschäftigt der Betrieb 12 Leute.", False),
        ("Das Gericht fand, dass der Betrieb 12 Leute beschäftigt habe.", False),
        ("Offen ist, ob die Firma 12 Leute behalte.", False),
        ("Gelobt wird das Modell um 300 Euro, das leicht sei.", False),  # a relative clause: the testers' view
    ],
)
def test_own_words_are_the_first_person_or_a_reported_main_clause(sentence: str, own: bool) -> None:
    assert own_words(sentence) is own


def test_words_in_the_first_person_are_the_person_named_just_before() -> None:
    source = _source(FIRST)
    assert source is not None and "Lindner" in source


def test_a_reported_main_clause_is_the_person_named_just_before() -> None:
    source = _source(REPORTED)
    assert source is not None and "Lindner" in source


def test_a_plain_report_stays_the_articles_own() -> None:
    assert _source(PLAIN) is None


def test_a_reported_clause_after_dass_is_not_carried_over() -> None:
    assert _source(AFTER_DASS) is None


def test_own_words_do_not_reach_into_the_paragraph_before() -> None:
    assert _source(PARAGRAPH) is None
