"""Who-said questions asked by role, body or qualified office: the question side and the answer stage's person test."""

from __future__ import annotations

import pytest
from conftest import said

from retrieval.answer.features import identifying_words, names_checkably, person_match


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("the sociologist", "soziolog"),  # "der Soziologe", "die Soziologin"
        ("the virologists", "virolog"),
        ("a criminologist", "kriminolog"),
        ("the psychologist", "psycholog"),
    ],
)
def test_an_english_ologist_is_the_german_loge(person: str, expected: str) -> None:
    assert identifying_words(person, "en") == [expected]
    assert names_checkably(person, "en")


def test_a_scholar_asked_by_discipline_speaks_under_the_german_title() -> None:
    c = said(
        "Die ganze demokratische Fassade bröckelt, sagt der Soziologe Bernardo Arévalo.",
        "der Soziologe Bernardo Arévalo",
    )
    assert person_match(identifying_words("the sociologist", "en"), c) == 1.0
    other = said("Das ist ein historischer Tag, sagte der Abgeordnete Amilcar Pop.", "der Abgeordnete Amilcar Pop")
    assert person_match(identifying_words("the sociologist", "en"), other) < 1.0
