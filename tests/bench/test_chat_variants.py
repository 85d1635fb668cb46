"""bench/chat_variants.py: a question set typed again as in a chat, nothing but the question changed."""

from __future__ import annotations

import json
from pathlib import Path

from bench.chat_variants import bare, lower, write_variants


def test_lower_and_bare() -> None:
    text = "Hat die Ministerin „Wir bleiben hart!“ gesagt? Und war's im 'Standard'?"
    assert lower(text) == "hat die ministerin „wir bleiben hart!“ gesagt? und war's im 'standard'?"
    assert bare(text) == "hat die ministerin wir bleiben hart gesagt und wars im standard"


def test_write_variants_keeps_all_but_the_question(tmp_path: Path) -> None:
    rows = [{"id": "x-1", "type": "quote_check", "question": "Did Kim say »Nein«?", "gold": [{"doc_id": "a"}]}]
    source = tmp_path / "set.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    written = write_variants(source, tmp_path, "set")
    assert [p.name for p in written] == ["set.lower.jsonl", "set.bare.jsonl"]
    got = [json.loads(p.read_text(encoding="utf-8")) for p in written]
    assert [g["question"] for g in got] == ["did kim say »nein«?", "did kim say nein"]
    assert all({**g, "question": rows[0]["question"]} == rows[0] for g in got)
