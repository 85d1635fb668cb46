"""Tokens and sentences with character offsets into the article, and the small tests on them (punctuation,
quotation mark, finite verb) that every rule uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.nlp import QUOTE_CHARS


@dataclass(slots=True)
class Tok:
    """A token with character offsets into the full text, its HanTa tag and lemma."""

    text: str
    start: int
    end: int
    tag: str = "XY"
    lemma: str = ""
    #: A quotation mark of a short quoted fragment inside a clause (den „sofortigen Abzug“ der Truppen).
    inline: bool = False

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Sent:
    """A sentence: its tokens (absolute offsets) and its position among the text's sentences."""

    toks: list[Tok]
    index: int

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def is_punct(tok: Tok) -> bool:
    return tok.tag.startswith("$") or (len(tok.text) == 1 and not tok.text.isalnum())


def is_quote_mark(tok: Tok) -> bool:
    return tok.text in QUOTE_CHARS or tok.text in ("''", "``")


def is_boundary_mark(tok: Tok) -> bool:
    """A quotation mark that delimits a clause (not one of an inline quoted fragment)."""
    return is_quote_mark(tok) and not tok.inline


def is_finite(tok: Tok) -> bool:
    return tok.tag.endswith("FIN") and tok.tag[:2] in ("VV", "VA", "VM")


def is_verb(tok: Tok) -> bool:
    return tok.tag[:2] in ("VV", "VA", "VM")


def char_span(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int]:
    """Character span of tokens ``a..b-1``."""
    return toks[a].start, toks[b - 1].end


def trim_range(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int]:
    """Drop punctuation (but not quotation marks, nor a parenthesis closed at the end) from both ends of a
    token range."""
    while a < b and is_punct(toks[a]) and not is_quote_mark(toks[a]):
        a += 1
    while b > a and is_punct(toks[b - 1]) and not is_quote_mark(toks[b - 1]):
        if toks[b - 1].text == ")" and any(t.text == "(" for t in toks[a : b - 1]):
            break
        b -= 1
    return a, b


def quote_depth(toks: Sequence[Tok], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quotation-marked span."""
    return [any(a < t.start and t.end < b for a, b in spans) for t in toks]


def find_tok(toks: Sequence[Tok], i: int, limit: int, text: str) -> int | None:
    for j in range(i, limit):
        if toks[j].text == text:
            return j
    return None


def find_tok_back(toks: Sequence[Tok], j: int, text: str) -> int | None:
    """Index of the nearest token ``text`` before ``j`` in the same clause (None if there is none)."""
    for k in range(j - 1, -1, -1):
        if toks[k].text == text:
            return k
        if toks[k].text in (",", ";", ":", ")"):
            return None
    return None


def match_seq(toks: Sequence[Tok], i: int, seq: tuple[str, ...]) -> bool:
    return i + len(seq) <= len(toks) and all(toks[i + k].low == w for k, w in enumerate(seq))
