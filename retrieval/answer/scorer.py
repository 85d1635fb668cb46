"""A logistic model over the features of (question, candidate) pairs: how likely a sentence answers.

The weights are learnt by ``bench/train_scorer.py`` (cross-validated over whole questions of the
development sets, thresholds chosen on one set and checked on the other) and shipped as
``data/scorer.json``: a few dozen numbers, no data. Decisions read two thresholds from the same file:
``found`` (the best candidate must reach it, else "nothing found") and ``listed`` (with ``relative``, how
close to the best a further claim must be).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from retrieval.answer.features import NAMES

WEIGHTS = Path(__file__).parent / "data" / "scorer.json"


class Scorer(BaseModel):
    """Standardise, weigh, squash: p = sigmoid(w · (x - mean) / scale + b)."""

    names: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    found: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "who_said": 0.5, "general": 0.5})
    listed: float = 0.3
    relative: float = 0.5

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        if self.names != list(NAMES):
            raise ValueError(f"scorer weights are for features {self.names}, the code computes {list(NAMES)}")
        x = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        z = x @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def found_threshold(self, kind: str) -> float:
        return self.found.get(kind, self.found.get("general", 0.5))


@cache
def default_scorer() -> Scorer:
    return Scorer.model_validate(json.loads(WEIGHTS.read_text(encoding="utf-8")))
