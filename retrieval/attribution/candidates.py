"""An attribution under construction (``Cand``, character spans) and its conversion to the shared
:class:`~retrieval.models.Attribution`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from retrieval.attribution.tokens import Tok, char_span, trim_range
from retrieval.models import Attribution

Kind = Literal["direct", "indirect", "reported", "according_to", "carried_over"]


@dataclass(slots=True)
class Cand:
    """An attribution under construction (token indices resolved to character spans)."""

    q: tuple[int, int]
    kind: Kind
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    cue_text: str | None = None
    #: who the next sentences' quotes are from when that is not ``speaker`` ("X war nach eigenem Bekunden …")
    onward: tuple[int, int] | None = None
    #: the span a pronoun speaker stands for, when the sentence before names them ("… Bruno Rossmann. Er warnte …")
    antecedent: tuple[int, int] | None = None


def sentence_body(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int]:
    """Token range ``a..b`` without edge punctuation."""
    return trim_range(toks, a, b)


def candidate(
    toks: Sequence[Tok],
    q: tuple[int, int],
    kind: Kind,
    spk: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    cue_text: str | None = None,
) -> Cand | None:
    """Build a candidate from token ranges (None if the quote range is empty)."""
    qa, qb = sentence_body(toks, *q)
    if qb <= qa:
        return None
    spk_span = char_span(toks, *spk) if spk and spk[1] > spk[0] else None
    cue_span = char_span(toks, *cue) if cue else None
    if cue_text is None and cue is not None:
        cue_text = " ".join(t.text for t in toks[cue[0] : cue[1]])
    return Cand(char_span(toks, qa, qb), kind, spk_span, cue_span, cue_text)


def within(outer: tuple[int, int] | None, inner: tuple[int, int]) -> bool:
    """Whether span ``inner`` lies in ``outer`` (a quoted name inside the speaker: Der Sender „X“)."""
    return outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def cand_spans(toks: Sequence[Tok], spk: tuple[int, int], cue: tuple[int, int], cue_text: str) -> Cand:
    """A frame-only candidate (speaker and cue) for a direct quote."""
    return Cand((0, 0), "direct", char_span(toks, *spk), char_span(toks, *cue), cue_text)


def overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def to_model(text: str, c: Cand) -> Attribution:
    """Convert a candidate to the shared :class:`Attribution` model."""
    spk = c.speaker
    cue = c.cue
    return Attribution(
        quote_start=c.q[0],
        quote_end=c.q[1],
        speaker=text[spk[0] : spk[1]] if spk else None,
        speaker_start=spk[0] if spk else None,
        speaker_end=spk[1] if spk else None,
        antecedent=text[c.antecedent[0] : c.antecedent[1]] if c.antecedent else None,
        cue=c.cue_text if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        kind=c.kind,
    )


def valid(text: str, c: Cand) -> bool:
    """Spans inside the text and non-empty."""
    n = len(text)
    ok = 0 <= c.q[0] < c.q[1] <= n
    if c.speaker is not None:
        ok = ok and 0 <= c.speaker[0] < c.speaker[1] <= n
    if c.cue is not None:
        ok = ok and 0 <= c.cue[0] < c.cue[1] <= n
    return ok
