"""Question sets kept in bench/sets/ place their gold quotes instead of quoting the corpus, and read back exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.question_sets import CORPORA, pack, packed, texts, unpack, unpacked

SETS = Path(__file__).resolve().parents[2] / "bench" / "sets"
ARTICLES = {"a1": "Titel. Die Polizei nahm fünf Verdächtige fest. Fünf Verdächtige.", "a2": "Nichts."}


def _question(quote: str, doc_id: str = "a1") -> dict[str, Any]:
    gold = [{"doc_id": doc_id, "figure": "fünf", "source": "Polizei", "quote": quote}]
    return {"id": "q-001", "type": "figure", "question": "wie viele?", "gold": gold, "notes": "n"}


def test_a_packed_set_holds_no_quote_and_unpacks_to_the_same_set() -> None:
    questions: list[dict[str, Any]] = [
        _question("Die Polizei nahm fünf Verdächtige fest."),
        {"id": "q-002", "gold": []},
    ]
    stored = pack(questions, ARTICLES)
    assert '"quote"' not in json.dumps(stored)
    assert stored[0]["gold"][0]["at"] == [7, 46]
    assert unpack(stored, ARTICLES) == questions
    assert "quote" in questions[0]["gold"][0]  # the input is left as it was


def test_a_repeated_sentence_is_placed_where_the_scorer_finds_it_first() -> None:
    stored = pack([_question("Fünf Verdächtige.")], {"a1": "Fünf Verdächtige. Und dann: Fünf Verdächtige."})
    assert stored[0]["gold"][0]["at"] == [0, 17]


def test_a_quote_its_article_lacks_is_an_error_not_a_wrong_place() -> None:
    with pytest.raises(ValueError, match="q-001"):
        pack([_question("Die Polizei nahm sechs Verdächtige fest.")], ARTICLES)
    with pytest.raises(ValueError, match="a9"):
        unpack([{"id": "q-001", "gold": [{"doc_id": "a9", "at": [0, 4]}]}], ARTICLES)


def test_only_a_packed_set_is_written_out_for_the_scorer(tmp_path: Path) -> None:
    quoting, placing = tmp_path / "quoting.jsonl", tmp_path / "placing.jsonl"
    quoting.write_text(json.dumps(_question("Nichts.", "a2")) + "\n", encoding="utf-8")
    placing.write_text(json.dumps(pack([_question("Nichts.", "a2")], ARTICLES)[0]) + "\n", encoding="utf-8")
    assert not packed(quoting) and packed(placing)
    assert unpacked(quoting, tmp_path / "out.jsonl", ARTICLES) == quoting
    written = unpacked(placing, tmp_path / "out.jsonl", ARTICLES)
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(quoting.read_text(encoding="utf-8"))


@pytest.mark.skipif(not all(corpus.exists() for corpus in CORPORA), reason="../shared/eval is not beside the clone")
@pytest.mark.parametrize("path", sorted(SETS.glob("*.jsonl")), ids=lambda path: path.stem)
def test_every_kept_set_places_quotes_the_scorer_finds_there(path: Path) -> None:
    articles = texts()
    stored = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert stored and not any("quote" in item for question in stored for item in question["gold"])
    for question, read in zip(stored, unpack(stored, articles), strict=True):
        for item, quoted in zip(question["gold"], read["gold"], strict=True):
            start, end = item["at"]
            assert end > start and articles[item["doc_id"]].find(quoted["quote"]) == start
