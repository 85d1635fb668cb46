"""A logistic model over the features of (question, candidate) pairs: how likely a sentence answers.

The weights are learnt by ``bench/train_scorer.py`` (cross-validated over whole questions of the
development sets, thresholds chosen on one set and checked on the other) and shipped as
``data/scorer.json``: a few dozen numbers, no data. Decisions read two thresholds from the same file:
``found`` (the best candidate must reach it, else "nothing found") and, per kind of question, ``listed``
and ``relative`` (how likely, and how close to the best, a further claim must be).
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
    found: float = 0.5  # the best candidate must reach this, else "nothing found"
    listed: dict[str, float] = Field(default_factory=lambda: {"figure": 0.3, "other": 0.3})
    relative: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "other": 0.5})

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        if self.names != list(NAMES):
            raise ValueError(f"scorer weights are for features {self.names}, the code computes {list(NAMES)}")
        x = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        z = x @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def bar(self, kind: str, best: float) -> float:
        """How likely a further claim must be, beside the best one, to be listed for a question of ``kind``."""
        group = "figure" if kind == "figure" else "other"
        return max(self.listed[group], self.relative[group] * best)


@cache
def default_scorer() -> Scorer:
    return Scorer.model_validate(json.loads(WEIGHTS.read_text(encoding="utf-8")))
