"""Two small logistic models: how likely a sentence answers, and how likely the corpus answers at all.

The first weighs the features of (question, candidate) pairs and ranks the sentences of one question. It
learns what tells the answering sentence from its neighbours, not whether anything answers: a near miss
("police officers injured" where the article counts dead) has sentences as good as any. The second, the
``answerable`` model, weighs the question as a whole through its best candidate (how likely that one is, and
what the question asks that the best article lacks) and says "nothing found" when the corpus does not answer.

The weights are learnt by ``bench/train_scorer.py`` (cross-validated over whole questions of the
development sets, thresholds chosen on one set and checked on the other) and shipped as
``data/scorer.json``: a few dozen numbers, no data. Decisions read the thresholds from the same file:
``found`` (the best candidate must reach it), ``answerable`` (the question-level bar), and per kind of
question ``listed`` and ``relative`` (how likely, and how close to the best, a further claim must be).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from retrieval.answer.features import NAMES

WEIGHTS = Path(__file__).parent / "data" / "scorer.json"


class Logistic(BaseModel):
    """Standardise, weigh, squash: p = sigmoid(w · (x - mean) / scale + b)."""

    names: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float

    def __call__(self, rows: list[list[float]]) -> np.ndarray:
        x = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(x @ np.asarray(self.coef) + self.intercept)))


# What the question-level model sees of the best candidate, besides its probability.
QUESTION_FEATURES = ("dense", "cover", "cover_context", "cover_rare_article", "missing_rare", "missing_name", "unit")


def question_row(p_best: float, best_row: list[float]) -> list[float]:
    """The question-level features: the best candidate's probability and a few of its features."""
    return [p_best, *(best_row[NAMES.index(name)] for name in QUESTION_FEATURES)]


class Scorer(Logistic):
    """The candidate model, the question-level model and the thresholds that turn them into decisions."""

    answerable_model: Logistic | None = None
    answerable: float = 0.0  # the question-level bar: below it, "nothing found"
    found: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "other": 0.5})  # the best must reach it
    listed: dict[str, float] = Field(default_factory=lambda: {"figure": 0.3, "other": 0.3})
    relative: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "other": 0.5})

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        if self.names != list(NAMES):
            raise ValueError(f"scorer weights are for features {self.names}, the code computes {list(NAMES)}")
        return self(rows)

    def answers(self, kind: str, p_best: float, best_row: list[float]) -> bool:
        """Does the corpus answer a question of ``kind``, judged by its best candidate?"""
        if p_best < self.found[_group(kind)]:
            return False
        if self.answerable_model is None:
            return True
        return float(self.answerable_model([question_row(p_best, best_row)])[0]) >= self.answerable

    def bar(self, kind: str, best: float) -> float:
        """How likely a further claim must be, beside the best one, to be listed for a question of ``kind``."""
        group = _group(kind)
        return max(self.listed[group], self.relative[group] * best)


def _group(kind: str) -> str:
    return "figure" if kind == "figure" else "other"


@cache
def default_scorer() -> Scorer:
    return Scorer.model_validate(json.loads(WEIGHTS.read_text(encoding="utf-8")))
