"""The records a scan passes between its steps: a number expression and what was found around it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FigureKind = Literal["count", "money", "percent", "date", "year", "time", "duration", "age", "ordinal", "other"]


@dataclass
class Num:
    """A parsed number expression: tokens ``[first, nxt)`` of the scanner."""

    values: list[float]
    start: int
    end: int
    first: int
    nxt: int
    raw: str
    scaled: bool = False
    is_word: bool = False
    quantity_noun: bool = False


@dataclass
class Found:
    """What the classifier found around a number expression."""

    kind: FigureKind
    end: int
    nxt: int
    start: int | None = None
    unit: str | None = None
    unit_lemma: str | None = None
    values: list[float] | None = None
    number_start: int | None = None
    number_end: int | None = None
