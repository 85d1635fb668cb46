"""The question as the rules read it: lower case, chat shorthand spelled out, cue-word typos fixed.

People type questions in a chat: all lower case, "wieviele", "ppl", "how mnay", "gesgat". Every rule of
this package matches on ``Chat.norm``, the normalised text, and maps what it finds back to the text as the
user wrote it (``Chat.raw_span``), so a person or a quote comes back exactly as typed.

The word lists live in ``data/`` next to this module, one entry a line, ``#`` for comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

DATA = Path(__file__).parent / "data"
# A word: letters and digits, inner hyphens and apostrophes ("afd-demo", "don't"); anything else is one char.
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|\s+|.", re.S)
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
MIN_TYPO_LENGTH = 5
# "how mnay", "wie vile": after these words a one-edit typo of the quantity word is read as that word.
QUANTITY_AFTER: dict[str, tuple[str, ...]] = {"how": ("many", "much"), "wie": ("viele", "vielen", "viel")}


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The words of ``data/<name>``, lower case (several a line allowed)."""
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


@cache
def stop_words() -> frozenset[str]:
    """The question and function words of both languages (``data/stop_words.txt``) with their English contractions
    (``data/contractions.txt``)."""
    return words("stop_words.txt") | words("contractions.txt")


@cache
def phrases(name: str) -> tuple[str, ...]:
    """The lines of ``data/<name>``, lower case, longest first (so "im vergangenen jahr" wins over "jahr")."""
    return tuple(sorted({line.lower() for line in _lines(name)}, key=len, reverse=True))


@cache
def table(name: str) -> dict[str, str]:
    """``data/<name>`` as a mapping from the first tab-separated column to the second."""
    pairs = (line.split("\t", 1) for line in _lines(name))
    return {key.strip().lower(): value.strip() for key, value in pairs}


def _fix_typo(word: str, previous: str) -> str:
    """``word`` or the cue word it is one edit away from ("mnay" after "how" -> "many", "acording" -> "according");
    a cue word as typed stays itself ("wie viel" is not "wie viele": an amount, not a count)."""
    if word in QUANTITY_AFTER.get(previous, ()):
        return word
    for cue in QUANTITY_AFTER.get(previous, ()):
        if word != cue and len(word) >= 3 and OSA.distance(word, cue, score_cutoff=1) <= 1:
            return cue
    if len(word) < MIN_TYPO_LENGTH or word in words("cue_words.txt") or word in stop_words():
        return word
    for cue in words("cue_words.txt"):
        if abs(len(cue) - len(word)) <= 1 and OSA.distance(word, cue, score_cutoff=1) <= 1:
            return cue
    return word


@dataclass(frozen=True)
class Chat:
    """The raw text and its normalised reading, with a map from positions in ``norm`` back to ``raw``."""

    raw: str
    norm: str
    offsets: tuple[int, ...]  # len(norm) + 1 entries: norm index -> raw index

    @classmethod
    def of(cls, raw: str) -> Chat:
        pieces: list[str] = []
        offsets: list[int] = []
        previous = ""
        for m in TOKEN_RE.finditer(raw):
            piece = m.group()
            low = piece.lower()
            if low[:1].isalnum():
                low = table("chat.tsv").get(low, low)
                low = _fix_typo(low, previous)
                previous = low
            n = len(low)
            offsets.extend(m.start() + (i * len(piece)) // max(n, 1) for i in range(n))
            pieces.append(low)
        offsets.append(len(raw))
        return cls(raw=raw, norm="".join(pieces), offsets=tuple(offsets))

    def raw_span(self, start: int, end: int) -> str:
        """The text as written that ``norm[start:end]`` reads, trimmed."""
        return self.raw[self.offsets[start] : self.offsets[end]].strip()
