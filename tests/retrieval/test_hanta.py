"""HanTa's models read from the compact cache hold the tables HanTa's own files hold, value for value and type for
type, and tag and lemmatise as they do."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from HanTa.HanoverTagger import HanoverTagger

from retrieval import hanta


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hanta")
    for language in ("de", "en"):
        hanta.load(language, folder)  # the first load writes the cache
    return folder


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_cached_model_holds_hantas_tables(cached: Path, language: str) -> None:
    own = HanoverTagger(hanta.MODEL_FILES[language])
    model = hanta.load(language, cached)
    assert (cached / f"{hanta.MODEL_FILES[language]}.marshal").exists()
    assert model.strict is own.strict
    for table in (*hanta.TABLES, "LP_trans_final", "LP_trans_nonfinal"):
        assert hanta._same(getattr(model, table), getattr(own, table)), table
    numpy = [r for readings in model.cache.values() for r in readings if isinstance(r[1], np.floating)]
    assert numpy  # HanTa's few NumPy floats came back as NumPy floats


def test_the_cached_model_tags_and_lemmatises_as_hanta(cached: Path) -> None:
    own, model = HanoverTagger(hanta.MODEL_FILES["de"]), hanta.load("de", cached)
    words = ["Der", "Kanzler", "sagte", "gestern", "in", "Hundstorfer", "etwas", "über", "Militärabkommen", "."]
    assert model.tag_sent(words) == own.tag_sent(words)
    assert model.analyze("Militärabkommen", taglevel=3) == own.analyze("Militärabkommen", taglevel=3)
    assert model.tag_word("Sirte") == own.tag_word("Sirte")
    english, own_english = hanta.load("en", cached), HanoverTagger(hanta.MODEL_FILES["en"])
    assert english.analyze("demonstrated") == own_english.analyze("demonstrated")
    assert english.tag_word("officers") == own_english.tag_word("officers")


def test_equal_values_are_held_once() -> None:
    seen: dict[tuple[object, ...], object] = {}
    a, b = _float(-2.25), _float(-2.25)
    assert a is not b
    shared = hanta._shared({"x": [(1, a)], "y": [(1, b)], "z": {3: a, 4: b}}, seen)
    assert shared["x"][0] is shared["y"][0]
    assert shared["z"][3] is shared["z"][4]
    assert shared["x"] is not shared["y"]  # lists stay apart: HanTa may change them


def test_values_alike_only_in_value_stay_apart() -> None:
    shared = hanta._shared([1.0, 1, True, 0.0, -0.0, (1, 2.0), (1.0, 2)], {})
    assert [type(v) for v in shared] == [float, int, bool, float, float, tuple, tuple]
    assert str(shared[4]) == "-0.0" and [type(v) for v in shared[6]] == [float, int]


def test_a_stale_or_broken_cache_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / f"{hanta.MODEL_FILES['de']}.marshal"
    path.write_bytes(b"not marshal")
    assert hanta.load("de", tmp_path).tag_word("Kanzler")
    assert hanta._read(path, hanta.MODEL_FILES["de"]) is not None


def _float(value: float) -> float:
    return float(str(value))  # a new object each time
