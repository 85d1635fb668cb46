"""``bench/train_scorer.py``: choosing the scorer's bars on out-of-fold probabilities."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bench.train_scorer import GROUPS, Row, choose, kept_scorer, left_out, shipped_listing
from retrieval.answer.features import NAMES
from retrieval.answer.scorer import default_scorer


def _row(qid: str, kind: str, no_answer: bool, label: int) -> Row:
    return Row(qid, "dev", kind, False, no_answer, True, label, [0.0] * len(NAMES))


def test_found_only_chooses_the_found_bar_and_keeps_the_shipped_listing(tmp_path: Path) -> None:
    shipped = tmp_path / "scorer.json"
    shipped.write_text(
        json.dumps({"listed": dict.fromkeys(GROUPS, 0.7), "relative": dict.fromkeys(GROUPS, 0.3)}), encoding="utf-8"
    )
    rows = [
        _row("a", "figure", False, 1),  # answerable: its best candidate 0.96
        _row("a", "figure", False, 0),
        _row("b", "figure", True, 0),  # nothing answers: its best candidate 0.92
        _row("c", "who_said", False, 1),
    ]
    p = np.array([0.96, 0.2, 0.92, 0.8])
    listing = shipped_listing(shipped)
    policy = choose(rows, p, listing)
    assert policy["figure"][0] in (0.93, 0.95)  # between the two questions' best candidates
    assert all(policy[name][1:] == (0.7, 0.3) for name in GROUPS)
    assert choose(rows, p)["figure"][1:] != (0.7, 0.3)  # without it, the listing is chosen too


def test_a_new_scorer_file_keeps_the_listing_of_the_shipped_one(tmp_path: Path) -> None:
    shipped = default_scorer()
    listing = shipped_listing(tmp_path / "new.json")
    assert {name: listing[name][1:] for name in GROUPS} == {
        name: (shipped.listed[name], shipped.relative[name]) for name in GROUPS
    }


def test_keep_weights_keeps_the_weights_of_the_scorer_being_replaced(tmp_path: Path) -> None:
    assert kept_scorer(tmp_path / "new.json") == default_scorer()  # a new file: the shipped weights
    replaced = default_scorer().model_copy(update={"intercept": -1.0, "found": dict.fromkeys(GROUPS, 0.9)})
    path = tmp_path / "scorer.json"
    path.write_text(replaced.model_dump_json(), encoding="utf-8")
    kept = kept_scorer(path)
    assert kept.intercept == -1.0 and kept.coef == default_scorer().coef
    rows = [[0.0] * len(NAMES)]
    assert kept.probabilities(rows)[0] != default_scorer().probabilities(rows)[0]


def test_leaving_out_dev2_leaves_out_its_off_topic_seed_questions_too() -> None:
    names = ("dev", "dev2", "seed", "extra")
    rows = [Row(f"q{i}", name, "figure", False, False, True, 0, [0.0] * len(NAMES)) for i, name in enumerate(names)]
    kept, held = left_out(rows, "dev2")
    assert {r.set for r in held} == {"dev2", "seed"}
    assert {r.set for r in kept} == {"dev", "extra"}
    assert left_out(rows, None) == (rows, [])
