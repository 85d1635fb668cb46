"""A figure question that asks for the highest or the lowest of the figures given ("What is the highest troop figure
given in the coverage?", "die kleinste Zahl, die in den beiden Artikeln vorkommt", "Who was the biggest borrower,
and for how much?") is answered by one figure compared with the others, not by every figure on its topic: of the
claims chosen, those with the extreme value are listed, or, where a sentence itself names the superlative ("Größter
Kreditnehmer im Ausmaß von 100 Millionen Euro"), that sentence."""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from retrieval.answer.features import unit_key
from retrieval.answer.listing import Listed

Extreme = Literal["max", "min"]

# "highest", "größte", "am meisten"; not "die meisten" (most of them), "the most recent", "höchstens".
_MOST = re.compile(
    r"(?i)\b(?:höchste[nmrs]?|größte[nmrs]?|grösste[nmrs]?|stärkste[nmrs]?|am\s+meisten|highest|largest|biggest|"
    r"greatest|maximum|the\s+most\b(?!\s+(?:recent\w*|likely|important|popular|common|famous|senior)\b))"
)
# "lowest", "kleinste", "am wenigsten"; not "at least", "mindestens".
_LEAST = re.compile(
    r"(?i)\b(?:kleinste[nmrs]?|niedrigste[nmrs]?|geringste[nmrs]?|wenigste[nmrs]?|am\s+wenigsten|smallest|lowest|"
    r"fewest|minimum|(?<!at\s)the\s+least)\b"
)


def asks_extreme(question: str) -> Extreme | None:
    """Does a figure question ask for the highest ("max") or the lowest ("min") figure? Neither where it names both."""
    most, least = _MOST.search(question) is not None, _LEAST.search(question) is not None
    return "max" if most and not least else "min" if least and not most else None


def names_extreme(extreme: Extreme, sentence: str) -> bool:
    """Does a sentence itself name the superlative asked ("Größter Kreditnehmer ist …", "the lowest figure")?"""
    return (_MOST if extreme == "max" else _LEAST).search(sentence) is not None


def extreme_only(extreme: Extreme, listed: list[Listed]) -> list[Listed]:
    """Of the claims chosen, those that answer a question for the highest or lowest figure: the sentences that name
    the superlative themselves if any do, else those whose figure is the extreme. A claim's figure is read in the
    measure most of the claims share ("vier Brigaden mit 12.000 Soldaten" beside "3000", "1500 Soldaten": 12,000)."""
    if len(listed) < 2:
        return listed
    if named := [item for item in listed if names_extreme(extreme, item.candidate.text)]:
        return named
    units = Counter(key for item in listed for key in {unit_key(f) for f in item.figures} - {""})
    shared = units.most_common(1)[0][0] if units else ""
    pick = max if extreme == "max" else min

    def value(item: Listed) -> float | None:
        figures = [f for f in item.figures if unit_key(f) in ("", shared)] or item.figures
        values = [v for f in figures for v in f.values]
        return pick(values) if values else None

    values = [value(item) for item in listed]
    known = [v for v in values if v is not None]
    if not known:
        return listed
    best = pick(known)
    return [item for item, v in zip(listed, values, strict=True) if v == best]
