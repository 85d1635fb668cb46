"""A figure sentence whose own source only points back ("Seinen Angaben zufolge …", "…, so er") gives the figures
of the person its paragraph named last before it, where no earlier sentence has that person as its source (the
index resolves a pointer only to an earlier source)."""

from __future__ import annotations

import pytest
from conftest import third_sentence_source

from retrieval.figures import extract_figures
from retrieval.models import SentenceInfo
from retrieval.sources import only_pointer

# An engineer is named (not quoted) in one sentence; the next gives a figure "according to him".
ENGINEER = (
    "Die Stadtwerke bauen heuer das Fernwärmenetz im Norden der Stadt aus. "
    "Die Arbeiten leitet der Techniker Paul Gruber seit dem Frühjahr. "
    "Seinen Angaben zufolge werden bis Dezember rund 4.000 Haushalte angeschlossen."
)
# The same figure "by its own account": the subject's word, which points back to no one before it.
OWN = (
    "Die Stadtwerke bauen heuer das Fernwärmenetz im Norden der Stadt aus. "
    "Die Arbeiten leitet der Techniker Paul Gruber seit dem Frühjahr. "
    "Eigenen Angaben zufolge werden bis Dezember rund 4.000 Haushalte angeschlossen."
)
# A new paragraph between the name and the pointer: whom it stands for is not told here.
PARAGRAPH = (
    "Die Stadtwerke bauen heuer das Fernwärmenetz im Norden der Stadt aus. "
    "Die Arbeiten leitet der Techniker Paul Gruber seit dem Frühjahr.\n"
    "Seinen Angaben zufolge werden bis Dezember rund 4.000 Haushalte angeschlossen."
)


def _source(text: str, own: str) -> str | None:
    """The source the claim on the third sentence shows, where the index gives that sentence ``own`` as its source
    and could not tell whom it stands for."""
    sentence = text[text.index(own.split()[0]) :]
    infos = {2: SentenceInfo(source=own, how="according_to", shown="", figures=tuple(extract_figures(sentence)))}
    return third_sentence_source(
        text, infos, "Wie viele Haushalte werden an das Fernwärmenetz angeschlossen?", "Fernwärme"
    )


@pytest.mark.parametrize(
    ("source", "points"),
    [
        ("Seinen Angaben", True),
        ("ihrer Darstellung", True),
        ("er", True),
        ("sie", True),
        ("eigenen Angaben", False),  # the subject's own word
        ("den Angaben", False),  # names no one, points to no one
        ("Angaben der Polizei", False),
        ("der Techniker", False),  # a role: ``readable`` looks for whom it names
    ],
)
def test_a_pronoun_or_a_possessive_before_a_filler_only_points_back(source: str, points: bool) -> None:
    assert only_pointer(source) is points


def test_a_possessive_source_stands_for_the_person_named_just_before() -> None:
    source = _source(ENGINEER, "Seinen Angaben")
    assert source is not None and "Gruber" in source


def test_the_subjects_own_account_points_to_no_one_before() -> None:
    assert _source(OWN, "Eigenen Angaben") is None


def test_a_pointer_does_not_reach_into_the_paragraph_before() -> None:
    assert _source(PARAGRAPH, "Seinen Angaben") is None
