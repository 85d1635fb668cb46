"""bench/studied.py: every set in bench/sets/ is studied, each falls in one half, and two runs compare by half."""

from __future__ import annotations

import json
from pathlib import Path

from bench.studied import SETS_DIR, causes, compare, half, studied, table


def test_every_packed_set_is_studied_over_its_own_index() -> None:
    names = {name: kind for name, _, kind in studied()}
    assert {path.stem for path in SETS_DIR.glob("*.jsonl")} <= names.keys()
    assert names["dev"] == names["dev2/gnad"] == "gnad" and names["dev2/seed-offtopic"] == "seed"
    assert {kind for name, kind in names.items() if name.startswith("seed")} == {"seed"}


def test_halves_alternate_by_number_with_the_two_split_by_hand() -> None:
    assert [half(n) for n in ("dev", "dev2/gnad", "dev104", "dev105", "seed70", "seed71", "seed72", "seed73")] == [
        "B", "A", "A", "B", "B", "A", "A", "B",
    ]  # fmt: skip
    assert half("dev2/seed-offtopic") == "-"


def _run(folder: Path, passed: dict[str, bool], claims: dict[str, list[dict[str, object]]]) -> Path:
    folder.mkdir()
    rows = [{"id": i, "type": "figure", "got": int(ok), "need": 1} for i, ok in passed.items()]
    scores = {"dev104": {"rows": rows, "wrong_abstentions": 0, "claim_precision": 1.0}}
    (folder / "scores.json").write_text(json.dumps(scores), encoding="utf-8")
    answers = [{"id": i, "found": bool(c), "verdict": None, "claims": c} for i, c in claims.items()]
    (folder / "dev104.jsonl").write_text("\n".join(map(json.dumps, answers)), encoding="utf-8")
    return folder


def test_a_comparison_names_what_each_half_gained_and_lost_and_counts_changed_answers(tmp_path: Path) -> None:
    claim = {"doc_id": "d", "start": 0, "end": 5, "figure": "5", "source": "Polizei"}
    old = _run(tmp_path / "old", {"q1": False, "q2": True, "q3": True}, {"q1": [], "q2": [claim], "q3": [claim]})
    moved = {**claim, "source": None}
    new = _run(tmp_path / "new", {"q1": True, "q2": False, "q3": True}, {"q1": [claim], "q2": [moved], "q3": [claim]})
    lines = compare(old, new)
    assert lines[0] == "half A: +1 −1  gained q1  lost q2"
    assert lines[-1] == "2 answers changed: q1 q2"
    assert table(json.loads((new / "scores.json").read_text(encoding="utf-8")))[-1].startswith("half A: pass 2/3")


def test_causes_count_each_miss_by_half_and_list_it(tmp_path: Path) -> None:
    run = _run(tmp_path / "run", {"q1": False, "q2": True}, {"q1": [], "q2": []})
    asked: list[dict[str, object]] = [
        {"id": q, "type": "figure", "question": f"wie viele {q}?", "gold": []} for q in ("q1", "q2")
    ]
    (run / "dev104.questions.jsonl").write_text("\n".join(map(json.dumps, asked)), encoding="utf-8")
    assert causes(run, json.loads((run / "scores.json").read_text(encoding="utf-8"))) == [
        "   1 A    0 B  figure nothing found"
    ]
    assert (run / "causes.tsv").read_text(
        encoding="utf-8"
    ) == "q1\tA\tfigure nothing found\tnothing found\twie viele q1?\n"
