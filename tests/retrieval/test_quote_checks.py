"""Quote checks: how a question puts up the words to check, and when a sentence of the person's says them in other
words (a paraphrase) rather than something else on the same topic (not found)."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("text", "person", "claim"),
    [
        # whom the words were said to stands between the speaker and the verb
        (
            "Hat der Bürgermeister Karl Huber dem ORF vorgeworfen, nach dem Motto zu arbeiten, dass nur schlechte "
            "Nachrichten gute Nachrichten sind?",
            "der Bürgermeister Karl Huber",
            "nach dem Motto zu arbeiten, dass nur schlechte Nachrichten gute Nachrichten sind",
        ),
        ("hat der trainer einem reporter gesagt, die mannschaft sei müde", "der trainer", "die mannschaft sei müde"),
        # a report ("gemeldet") is a verb of saying in news
        (
            "Hat die Polizei gemeldet, dass drei Menschen verletzt wurden?",
            "die Polizei",
            "drei Menschen verletzt wurden",
        ),
    ],
)
def test_the_words_put_up_for_checking(text: str, person: str, claim: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.person, q.claimed_quote) == ("quote_check", person, claim)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Zitatprüfung: Die Sprecherin soll angekündigt haben, der Rat werde „umgehend über eine Reaktion beraten“. "
            "Ist das so belegt?",
            "Die Sprecherin",
        ),
        ('Quote check: the mayor said "we will rebuild the bridge", right?', "the mayor"),
    ],
)
def test_a_label_before_the_statement_is_no_speaker(text: str, person: str) -> None:
    assert parse_question(text).person == person


def test_a_quoted_report_is_a_quote_check() -> None:
    q = parse_question(
        "der geheimdienst soll gemeldet haben die soldaten würden „derzeit im osten russlands ausgebildet und "
        "danach an die front geschickt“ – passt das zitat so"
    )
    assert (q.kind, q.person) == ("quote_check", "der geheimdienst")
