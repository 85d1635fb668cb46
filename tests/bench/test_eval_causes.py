"""``eval_answers --causes`` counts why held-out questions missed without naming them: a reason keeps its kind and
what the claim lacked, never a figure, a source, a document or a number of claims."""

from __future__ import annotations

import pytest

from bench.eval_answers import cause


@pytest.mark.parametrize(
    ("kind", "why", "reason"),
    [
        ("figure", "source 'Rupert Wolff', gold 'ÖRAK (Wahrnehmungsbericht)'", "figure source X, gold X"),
        ("figure", "source None, gold 'Polizei (Aussendung)'", "figure source None, gold X"),
        ("figure", "no claim on the gold sentence (gnad-000532)", "figure no claim on the gold sentence X"),
        ("no_answer", "answered with 3 claims", "no_answer answered with X"),
        ("quote_check", "verdict verbatim (gold paraphrase)", "quote_check verdict verbatim X"),
        ("who_said", "nothing found", "who_said nothing found"),
    ],
)
def test_a_reason_keeps_what_failed_and_names_no_item(kind: str, why: str, reason: str) -> None:
    assert cause(kind, why) == reason
