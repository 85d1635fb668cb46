"""A logistic model over the features of (question, candidate) pairs: how likely a sentence answers.

The weights are learnt by ``bench/train_scorer.py`` (cross-validated over whole questions of the
development sets, thresholds chosen on one set and checked on the other) and shipped as
``data/scorer.json``: a few dozen numbers, no data. Decisions read the thresholds from the same file:
``found`` (the best candidate must reach it, else "nothing found") and, per kind of question, ``listed``
and ``relative`` (how likely, and how close to the best, a further claim must be).

A second, question-level model over the best candidate was tried (2026-12) and dropped: on 143 questions it
learnt to doubt the seed question itself (0.30 against a bar of 0.3, flipped by a "(7)" typed after it),
for no net gain on dev + dev2. Tried again on 2026-12-05 (branch ``verify``) over 399 figure questions of 22 studied
sets, 34 features of the best usable candidate (this scorer's row, p and the gap to the next, the share of the
question's rare words in the sentence, the one before and the title, a time asked but not near), logistic and
depth-2 boosted trees, each set's bar chosen on the others (leave one set out): answering more below the "found" bar
gained nothing (+0), replacing the bar lost 5 to 17 questions, a veto above it 13 to 26. Of the 116 questions
between the "listed" and "found" bars only 10 would pass if answered, and no feature (AUC 0.38 to 0.60) tells them
from the 62 the articles do not answer; lowering the figure bar alone (0.97 -> 0.93 -> 0.85) cost dev2 4 and 8 of
its 30 no_answer passes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import ClassVar

import numpy as np
from pydantic import BaseModel, Field

from retrieval.answer.features import NAMES

WEIGHTS = Path(__file__).parent / "data" / "scorer.json"


class Logistic(BaseModel):
    """Standardise, weigh, squash: p = sigmoid(w · (x - mean) / scale + b), for rows of the features ``FEATURES``
    (the answer stage's scorer here, the further claims' second look in ``listing``)."""

    FEATURES: ClassVar[tuple[str, ...]]
    LABEL: ClassVar[str]

    names: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        if self.names != list(self.FEATURES):
            raise ValueError(
                f"{self.LABEL} weights are for features {self.names}, the code computes {list(self.FEATURES)}"
            )
        x = (np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(x @ np.asarray(self.coef) + self.intercept)))


class Scorer(Logistic):
    """How likely a candidate answers; and the thresholds."""

    FEATURES: ClassVar[tuple[str, ...]] = NAMES
    LABEL: ClassVar[str] = "scorer"

    found: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "other": 0.5})  # the best must reach it
    listed: dict[str, float] = Field(default_factory=lambda: {"figure": 0.3, "other": 0.3})
    relative: dict[str, float] = Field(default_factory=lambda: {"figure": 0.5, "other": 0.5})

    def answers(self, kind: str, p_best: float) -> bool:
        """Does the corpus answer a question of ``kind``, judged by its best candidate?"""
        return p_best >= self.found[_group(kind)]

    def bar(self, kind: str, best: float, relative: bool = True) -> float:
        """How likely a further claim must be, beside the best one, to be listed for a question of ``kind``
        (without ``relative``, however far below the best: the question's conditions already single it out)."""
        group = _group(kind)
        return max(self.listed[group], self.relative[group] * best if relative else 0.0)


def _group(kind: str) -> str:
    return "figure" if kind == "figure" else "other"


@cache
def default_scorer() -> Scorer:
    return Scorer.model_validate(json.loads(WEIGHTS.read_text(encoding="utf-8")))
