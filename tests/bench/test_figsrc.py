"""The source-chooser study tools: the candidate phrases a sentence offers and the chooser's features."""

from __future__ import annotations

from bench.figsrc_ceiling import phrases
from bench.figsrc_train import features


def test_phrases_offers_names_and_bodies() -> None:
    found = phrases("Laut der städtischen Umweltbehörde zogen 4.200 Menschen zu, sagte Amtsleiterin Petra Kowalczyk.")
    assert any("Kowalczyk" in p for p in found)
    assert any(p.endswith("Umweltbehörde") for p in found)


def _row(**change: object) -> dict[str, object]:
    row: dict[str, object] = {
        "source": "Petra Kowalczyk",
        "origin": "name",
        "distance": 1,
        "same_par": True,
        "cand_how": "indirect",
        "cand_cue": True,
        "cand_speech": True,
        "same_how": "",
        "cue": False,
        "laut": False,
        "in_title": False,
        "mentions": 3,
        "subjunctive": True,
        "opens_back": False,
        "par_start": False,
        "gold_indexed": False,
    }
    return row | change


def test_features_tell_where_a_candidate_comes_from() -> None:
    before, same = features(_row()), features(_row(distance=0))
    assert len(before) == len(same)
    assert before != same
    assert features(_row(origin="none", source="")) != before
