"""Who said it, asked in other words: the phrasings of a what-said question and the person they ask about."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Mit welchen Worten warnte die britische Botschafterin vor einem EU-Austritt?", "die britische Botschafterin"),
        ("Mit welchen Worten hat Merkel gewarnt?", "Merkel"),
        ("Welche Worte fand Merkel für die Flüchtlingskrise?", "Merkel"),
        ("Wovor warnte die britische Botschafterin?", "die britische Botschafterin"),
        ("Womit begründete Merkel den Schritt?", "Merkel"),
        ("How did Merkel react to the vote?", "Merkel"),
        ("What words did merkel use to warn against Brexit?", "merkel"),
        ("With what words did the ambassador warn against Brexit?", "the ambassador"),
        ("what were klitschko's words about fury", "klitschko"),
        ("was sagt selenskyj dazu", "selenskyj"),
    ],
)
def test_other_phrasings_ask_what_someone_said(question: str, person: str) -> None:
    q = parse_question(question)
    assert (q.intent, q.person, q.claimed_quote) == ("what_said", person, None)


@pytest.mark.parametrize(
    "question",
    ["Hat Merkel gesagt, dass wir das schaffen?", "Merkel said we can do it, right?", "Did Merkel say we can do it?"],
)
def test_a_claimed_statement_is_still_checked(question: str) -> None:
    q = parse_question(question)
    assert (q.intent, q.person) == ("quote_check", "Merkel")
