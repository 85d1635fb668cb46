"""Figures built from a number expression and what was found around it, text taken from the source."""

from __future__ import annotations

from retrieval.figures.nouns import lemma_of
from retrieval.figures.qualifiers import find_qualifier
from retrieval.figures.records import FigureKind, Found, Num
from retrieval.figures.tokens import Tokens
from retrieval.models import Figure


def build(toks: Tokens, num: Num, found: Found) -> tuple[Figure, int]:
    """The Figure for ``num`` as classified, with the qualifier written before it; and the token to go on from."""
    n_start = found.number_start if found.number_start is not None else num.start
    n_end = found.number_end if found.number_end is not None else num.end
    start = found.start if found.start is not None else num.start
    end = max(found.end, n_end)
    qualifier = None
    if found.kind in ("count", "money", "percent", "duration", "age", "other"):
        qualifier, start = find_qualifier(toks, start)
        if qualifier is not None and start > n_start:
            start = n_start
    values = found.values if found.values is not None else num.values
    fig = make_figure(toks, start, end, n_start, n_end, values, found.kind, found.unit, found.unit_lemma, qualifier)
    return fig, found.nxt


def make_figure(
    toks: Tokens,
    start: int,
    end: int,
    n_start: int,
    n_end: int,
    values: list[float],
    kind: FigureKind,
    unit: str | None,
    unit_lemma: str | None = None,
    qualifier: str | None = None,
) -> Figure:
    """A Figure with ``text`` taken from the source text."""
    if unit is not None and unit_lemma is None:
        unit_lemma = lemma_of(unit, toks.lang)
    n_start, n_end = max(start, n_start), min(end, n_end)
    return Figure(
        start=start,
        end=end,
        number_start=n_start,
        number_end=max(n_start, n_end),
        text=toks.text[start:end],
        values=list(values),
        unit=unit,
        unit_lemma=unit_lemma,
        qualifier=qualifier,
        kind=kind,
    )
