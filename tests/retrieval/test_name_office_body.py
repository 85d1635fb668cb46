"""A name question that describes someone by the office of a body ("what's the name of the unicef spokeswoman") is
answered by a sentence that names the holder with that body, not the same office of another body."""

from __future__ import annotations

import pytest
from conftest import candidate_at, sentence_spans

from retrieval.answer.answerer import Answerer, gives_name
from retrieval.answer.evidence import Candidate
from retrieval.answer.persons import described_body
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("description", "body"),
    [
        ("the unicef spokeswoman", ["unicef"]),
        ("the Unicef spokeswoman", ["unicef"]),  # typed with care or not, the same body
        ("the UNICEF spokeswoman", ["unicef"]),
        ("the greens' budget spokesman", ["grün", "budget"]),  # the table's German word of the party
        ("the north korean diplomat vienna expelled", []),  # a nationality, and a clause after the office
        ("the bulgarian ambassador", []),
        ("the spokeswoman", []),
        ("the tallest man", []),  # no office
    ],
)
def test_the_body_of_an_office_described_in_english(description: str, body: list[str]) -> None:
    assert described_body(description) == body


class _Library:
    """One article in which two bodies' spokespeople speak, and the library calls ``usable`` makes of it."""

    text = (
        "Die Hilfe komme zu spät, sagte Unicef-Sprecherin Marta Oberholz in Genf. "
        "Die Lieferungen stecken seit Wochen an der Grenze fest. "
        "Man prüfe alle Optionen, erklärte Fifa-Sprecherin Lena Brauchwald."
    )

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", outlet="DER STANDARD", text=self.text)


def _sentence(index: int) -> Candidate:
    return candidate_at(_Library.text, sentence_spans(_Library.text)[index], index, {})


@pytest.mark.parametrize(
    "question", ["whats the name of the unicef spokeswoman", "What's the name of the UNICEF spokeswoman?"]
)
def test_a_name_question_needs_the_body_of_the_office_near_the_name(question: str) -> None:
    q = parse_question(question)
    assert q.intent == "name"
    answerer = Answerer(_Library(), listing=None)  # type: ignore[arg-type]
    unicef, fifa = _sentence(0), _sentence(2)
    assert answerer.usable(q, unicef)
    assert not answerer.usable(q, fifa)  # the same office of another body


def test_an_english_body_word_the_article_lacks_asks_nothing_of_it() -> None:
    q = parse_question("whats the name of the vatican spokesman")
    answerer = Answerer(_Vatican(), listing=None)  # type: ignore[arg-type]
    sentence = candidate_at(_Vatican.text, sentence_spans(_Vatican.text)[0], 0, {})
    assert answerer.usable(q, sentence)  # "vatican" is the "Vatikan": German spells it otherwise


class _Vatican(_Library):
    text = "Der Papst sei wohlauf, sagte Vatikan-Sprecher Paolo Benedetti am Montag."


def test_gives_name_checks_the_body_it_is_given() -> None:
    q = parse_question("whats the name of the unicef spokeswoman")
    fifa = candidate_at(_Library.text, sentence_spans(_Library.text)[2], 2, {2: SentenceInfo()})
    assert gives_name(q, fifa)
    assert not gives_name(q, fifa, ["unicef"])
