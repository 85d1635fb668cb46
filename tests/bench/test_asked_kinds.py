"""``bench/asked_kinds.py``: what kind the answer stage reads a question as, against its set's type."""

from __future__ import annotations

from bench.asked_kinds import KINDS, row_of, table
from bench.eval_answers import scorer

DOCS = {"a": "Der Minister sagte, die Lage sei ernst. Er nannte 300 Tote."}


def test_a_who_said_question_is_split_by_whether_its_gold_sentence_prints_a_digit() -> None:
    rules = scorer()
    words = {"type": "who_said", "gold": [{"doc_id": "a", "quote": "Der Minister sagte, die Lage sei ernst."}]}
    figure = {"type": "who_said", "gold": [{"doc_id": "a", "quote": "Er nannte 300 Tote."}]}
    assert row_of(words, DOCS, rules) == "who_said"
    assert row_of(figure, DOCS, rules) == "who_said+digit"
    assert row_of({"type": "figure", "gold": []}, DOCS, rules) == "figure"


def test_the_table_has_a_cell_of_questions_and_passes_for_each_type_and_intent_read() -> None:
    lines = table({("figure", "figure"): (3, 2), ("figure", "general"): (1, 0)}).splitlines()
    assert lines[0].split() == ["figure", "general"]
    assert lines[1].split() == ["figure", "3/2", "1/0"]


def test_every_intent_has_its_kind_of_the_contract() -> None:
    assert KINDS["when"] == "who_said" and KINDS["figure"] == "figure" and KINDS["general"] == "general"
