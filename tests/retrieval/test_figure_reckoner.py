"""A figure sentence the index attributes to no one whose verb tells that someone worked the figure out ("Mit
zumindest 50 Millionen rechnet der ehemalige Generaldirektor X", "…, berechnet Denk aus einem Alkomattest") gives
that person's figure, by the fullest name the article gave them; a reckoning no person is named doing stays no
one's."""

from __future__ import annotations

import pytest
from conftest import candidate_at, sentence_spans, third_sentence_source

from retrieval.answer.reporting import reckoner
from retrieval.figures import extract_figures
from retrieval.models import Article, SentenceInfo

# The article names an expert in passing first (no verb of saying), then a figure with a verb of reckoning.
OPENING = (
    "Die Sanierung des Stadtbads verzögert sich weiter. "
    "Für den Gemeinderat prüfte der Gutachter Martin Hollerer die Angebote der Baufirmen. "
)
QUESTION = "Wie viel kostet die Sanierung des Stadtbads?"


def _source(third: str) -> str | None:
    """The source the claim on ``third`` (after ``OPENING``) shows, where the index gives it no source."""
    text = OPENING + third
    start, end = sentence_spans(text)[2]
    infos = {2: SentenceInfo(figures=tuple(extract_figures(text[start:end])))}
    return third_sentence_source(text, infos, QUESTION, "Stadtbad wird teurer")


def test_a_role_and_name_after_the_verb_is_the_source() -> None:
    source = _source("Mit mindestens 14 Millionen Euro rechnet der frühere Baudirektor Karl Fessler.")
    assert source is not None and "Fessler" in source and not source.endswith(".")


def test_a_bare_surname_after_the_verb_takes_the_name_the_article_gave_before() -> None:
    source = _source("Die Sanierung kostet rund 9 Millionen Euro, berechnet Hollerer aus den Angeboten.")
    assert source is not None and "Martin Hollerer" in source


def _reckoner(sentence: str) -> str | None:
    """``reckoner`` of ``sentence`` as the third sentence after ``OPENING``."""
    text = OPENING + sentence
    start, end = sentence_spans(text)[2]
    c = candidate_at(text, (start, end), 2, {})
    return reckoner(c, Article(id="d", title="T", text=text))


def test_a_subject_opening_the_sentence_over_a_clause_about_it_reckons() -> None:
    source = _reckoner(
        "Staatschef Paul Wendt, der das Projekt seit Jahren betreibt, rechnete am Dienstag vor, "
        "dass für die Sanierung 300 Tage nötig sind."
    )
    assert source == "Staatschef Paul Wendt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Im kommenden Jahr rechnet man mit 300 Besuchern am Tag.",  # no one named
        "Für die Sanierung wurden 14 Millionen Euro berechnet.",  # a participle: no one reckons
        "Mit 300 Besuchern am Tag rechnet Wien im Sommer.",  # a place
        "Die Stadt hat die Kosten mit 14 Millionen Euro berechnet.",  # after the subject, no subject after it
        "Im Sommer rechnet die Stadt mit 300 Besuchern am Tag.",  # a body: the index's
    ],
)
def test_a_reckoning_no_person_is_named_doing_is_no_ones(sentence: str) -> None:
    assert _reckoner(sentence) is None
