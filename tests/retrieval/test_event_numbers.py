"""A number after "into" is what something becomes, part of the event a question asks about ("when the 41 regional
Volksbanken are merged into eight"), not a guess at the answer; a number typed as a guess still is one."""

from __future__ import annotations

import pytest

from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "guesses"),
    [
        ("How many jobs will be cut when the 41 regional Volksbanken are merged into eight?", []),
        ("how many jobs are lost when the company is split into two", []),
        ("how many jobs will be cut, like 500?", [500.0]),
        ("how many protesters were there, 10k?", [10000.0]),
    ],
)
def test_a_number_after_into_is_no_guess(question: str, guesses: list[float]) -> None:
    assert parse_question(question, default_language="en").guesses == guesses
