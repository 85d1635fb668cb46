"""Further figures keep the measure of the first: an answer to "how big is the area" that gives hectares lists no
sum of money beside them.

A figure question that names no measure ("wie groß ist die betroffene Fläche", "how much data did they steal",
"wie viel soll der Verkauf bringen") leaves the measure to the answer: the best claim's figure tells it. Where that
figure is a sum of money, a percentage or an amount in a unit of measurement ("25.000 Hektar", "12,5 Gigabyte"),
a further claim whose figures are all of another measure ("200 Millionen Euro Schaden", "14 Bundestagsserver",
"fünf Geldhäuser") counts something else. A best claim that counts things bare ("zwei Zahlungsausfälle") rules
nothing out: such a count is often the wrong first answer, and the sum after it the right one. A question that asks
two things (``Question.compound``) may ask two measures ("wie viel Geld, und wie viele waren das").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from retrieval.models import Figure, Question

if TYPE_CHECKING:  # listing imports features, which asks ``measure_of``
    from retrieval.answer.listing import Listed

# figures of these kinds are of the measure their kind names; a count in a unit of measurement is a measured amount
_OWN_MEASURE = frozenset({"money", "percent", "duration"})
MEASURED = "measured"


def measure_of(figure: Figure) -> str:
    """The measure a figure gives: its kind, or ``MEASURED`` for a count in a unit of measurement ("25.000
    Hektar", "2,2 Milliarden Liter", "12,5 Gigabyte"; a compound ends with the unit: "Quadratkilometer")."""
    if figure.kind == "count" and _measured_in(figure.unit_lemma or figure.unit):
        return MEASURED
    return figure.kind


@cache
def _units() -> tuple[str, ...]:
    text = resources.files("retrieval.answer").joinpath("data/measure_units.txt").read_text(encoding="utf-8")
    return tuple(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _measured_in(unit: str | None) -> bool:
    return unit is not None and unit.lower().endswith(_units())


# "wie viele Zuschauer", "bei wie vielen Proben", "how many samples": things counted one by one
_ONE_BY_ONE = re.compile(r"(?i)\b(?:wie\s*viele[nm]?|how\s+many)\b")


def counts_things(question: Question) -> bool:
    """Does a figure question count things one by one ("wie viele Zuschauer", "how many samples"), not an amount
    in a unit ("wie viele Tonnen", "how many miles")? Then no amount measured in a unit answers it ("zwölf Metern",
    "tausende Kilometer")."""
    return (
        question.measure == "count"
        and bool(question.counted)
        and not _measured_in(question.counted)
        and _ONE_BY_ONE.search(question.text) is not None
    )


# a figure given per something in its clause: "acht Tonnen pro Müllwagen", "pro Tag etwa 5.000", "kostet jeden
# Österreicher rund 200 Euro", "Auf jeden der Arbeitsplätze kommen sechseinhalb Beschäftigte" (lower case: "iPad Pro";
# "jeder Zweite" is a share)
_PER = re.compile(r"\b(?:pro|je|per|jede[nmrs]?|each|every)\s+(?![A-ZÄÖÜ]\w*te[nr]?\b)[^\W\d_]")
_CLAUSE = re.compile(r"[^,;:–()]+")
# a question that asks a rate itself ("wie viele pro Tag", "how many a day", "jährlich", "im Schnitt")
_RATE_ASKED = re.compile(
    r"(?i)\b(?:pro|je|per|jede[nmrs]?|each|every|a\s+(?:day|week|month|year)|täglich|wöchentlich|monatlich|"
    r"jährlich|durchschnittlich|im\s+schnitt|on\s+average|average)\b"
)


def given_per(figure: Figure, text: str, start: int) -> bool:
    """Is ``figure`` given per something in its clause of ``text`` (which begins at ``start`` in its article)?"""
    at = figure.start - start
    clause = next((m.group() for m in _CLAUSE.finditer(text) if m.start() <= at < m.end()), "")
    return _PER.search(clause) is not None


def rates_dropped(question: Question, listed: list[Listed]) -> list[Listed]:
    """A figure answer whose first claim is a total, without the further claims that are all rates ("acht Tonnen
    pro Müllwagen" beside "491.000 Tonnen Lebensmittelabfälle"; "pro Tag etwa 5.000" beside "rund 200.000 im
    September"): a share of the total per one of something is another measure. Not where the question asks a rate."""
    if question.kind != "figure" or len(listed) < 2 or _RATE_ASKED.search(question.text):
        return listed

    def rate(item: Listed) -> bool:
        c = item.candidate
        return bool(item.figures) and all(given_per(f, c.text, c.start) for f in item.figures)

    if rate(listed[0]):
        return listed
    return listed[:1] + [item for item in listed[1:] if not rate(item)]


def same_measure_kept(question: Question, listed: list[Listed]) -> list[Listed]:
    """The claims of a figure question that names no measure, without the further ones whose figures are all of
    another measure than the best claim's, where that is a sum, a share or a measured amount (module docstring)."""
    if question.measure is not None or question.compound or len(listed) < 2:
        return listed
    first = {measure_of(f) for f in listed[0].figures}
    if not first or not first <= _OWN_MEASURE | {MEASURED}:
        return listed
    return [listed[0]] + [
        item for item in listed[1:] if not item.figures or any(measure_of(f) in first for f in item.figures)
    ]
