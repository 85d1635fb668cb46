"""A source a figure question names by office or body, met by the sentence of the person the article introduces as it,
and a source named first in a question that runs on into the question without a comma."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.features import introduced_as, source_match
from retrieval.question import parse_question

ARTICLE = (
    "Nicht so für Hainburgs Bürgermeister Karl Pfeiffer (ÖVP): Die Frage sei eine Identitätsfrage. "
    "Die Studie, deren Kosten Pfeiffer mit rund 50.000 Euro beziffert, ist in Arbeit. "
    "Die Opposition hält das für zu teuer, sagte Gemeinderätin Anna Brunner."
)
STUDY = "Die Studie, deren Kosten Pfeiffer mit rund 50.000 Euro beziffert, ist in Arbeit."


def test_a_person_introduced_by_the_office_asked_speaks_as_that_office() -> None:
    c = sentence_candidate(STUDY, source="Pfeiffer")
    assert introduced_as("Hainburgs Bürgermeister", "Karl Pfeiffer", ARTICLE)
    assert source_match("Hainburgs Bürgermeister", c, article=ARTICLE) == 1.0
    # without the article that introduces him, the name is another's word
    assert source_match("Hainburgs Bürgermeister", c) == -1.0


def test_a_person_introduced_by_a_compound_of_the_body_asked_speaks_for_it() -> None:
    article = "ZTE-Chef Alexander Huber erwartet mehr Verkehr. Dann werden 30 Exabytes verbraucht, so Huber."
    c = sentence_candidate("Dann werden 30 Exabytes verbraucht, so Huber.", source="Alexander Huber")
    assert source_match("ZTE", c, article=article) == 1.0
    assert source_match("Huawei", c, article=article) == -1.0  # another body's word


@pytest.mark.parametrize(
    ("source", "said_by"),
    [
        ("Hainburgs Bürgermeister", "Anna Brunner"),  # another person of the article
        ("Opposition", "Anna Brunner"),  # named in the sentence before hers, not in the words before her name
        ("Hainburgs Bürgermeister", "die Gemeinde"),  # no name
    ],
)
def test_only_the_words_right_before_the_name_introduce_it(source: str, said_by: str) -> None:
    assert not introduced_as(source, said_by, ARTICLE)


def test_a_source_named_before_others_introduces_none_of_them() -> None:
    article = "Das sagten Verteidigungsminister Boris Pistorius und Nato-Generalsekretär Jens Stoltenberg am Montag."
    assert not introduced_as("Verteidigungsminister Pistorius", "Jens Stoltenberg", article)
    assert introduced_as("Nato-Generalsekretär", "Jens Stoltenberg", article)
    assert not introduced_as("Anklage", "Bericht", "Die Anklage Bericht wurde verlesen.")  # no person's name


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("according to ZTE how much mobile data will be used per month in 2020", "ZTE"),
        ("according to the police how many people came to the demo", "police"),
        ("laut Polizei wie viele Menschen kamen zur Demo", "Polizei"),
        ("According to Kyiv, how many North Korean soldiers are already fighting?", "Kyiv"),
    ],
)
def test_a_source_named_first_ends_at_the_question_word(question: str, source: str) -> None:
    assert parse_question(question).source == source
