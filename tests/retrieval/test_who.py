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


def test_a_body_asked_about_speaks_through_a_member_its_post_names_in_an_apposition() -> None:
    text = (
        "Auch für die Richtervereinigung stellt sich die Frage der Verhältnismäßigkeit, wie Sabine Matejka, "
        "Vizepräsidentin der Richtervereinigung, auf APA-Anfrage darlegte."
    )
    assert person_match(["richtervereinigung"], said(text, "Sabine Matejka")) == 1.0
    before = "Deplatziert findet die Vorsitzende der Jungen Industrie, Therese Niss, jeden Jubel, sagte sie."
    assert person_match(["junge", "industrie"], said(before, "Therese Niss")) == 1.0
    # the body named elsewhere in the sentence, not as the speaker's post: named, not speaking
    other = said(
        "Die Richtervereinigung sieht das anders, sagte Rupert Wolff, Präsident der Anwaltskammer.", "Rupert Wolff"
    )
    assert person_match(["richtervereinigung"], other) == 0.5
    # a spokesperson may speak for a person: not the person's own words
    proxy = said("Das war nie geplant, sagte Anna Berg, Sprecherin von Federica Mogherini.", "Anna Berg")
    assert person_match(["mogherini"], proxy) == 0.5
