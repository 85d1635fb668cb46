"""Figure questions phrased as the development sets do not: amounts asked with "wie viel", earnings and fines."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question
from retrieval.question.text import Chat


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("wie viel hat er eingenommen", "wie viel hat er eingenommen"),
        ("wie vile menschen", "wie viele menschen"),
        ("wie viele menschen", "wie viele menschen"),
        ("how mnay people", "how many people"),
    ],
)
def test_a_quantity_cue_as_typed_stays_itself(text: str, norm: str) -> None:
    assert Chat.of(text).norm == norm


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("wie viel hat der Chemiker mit den Ampullen eingenommen?", "money"),
        ("how much was the girl caught begging fined altogether?", "money"),
        ("wie viel Erlös brachte der Verkauf?", "money"),
        ("um wie viel ist das Vorsteuerergebnis eingebrochen?", None),  # an amount, not a count
        ("wie viel menschen kamen zur demo?", "count"),  # colloquial: a noun follows, it is counted
        ("wie viele Menschen kamen?", "count"),
    ],
)
def test_wie_viel_asks_an_amount_and_earnings_and_fines_are_money(text: str, measure: str | None) -> None:
    q = parse_question(text, default_language="de")
    assert q.kind == "figure"
    assert q.measure == measure
