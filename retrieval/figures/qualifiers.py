"""Qualifiers as written before a number: "mehr als", "rund", "insgesamt mehr als", "up to"."""

from __future__ import annotations

import re

from retrieval.figures.lexicon import QUALIFIERS
from retrieval.figures.tokens import Tokens

QUALIFIER_RE = re.compile(
    r"(?i)(?<![\w.])((?:(?:"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+)+)(?:von\s+|of\s+)?$"
)


def find_qualifier(toks: Tokens, start: int) -> tuple[str | None, int]:
    """The qualifier written right before ``start`` ("mehr als", "insgesamt mehr als") and its start."""
    window_start = max(toks.lo, start - 60)
    m = QUALIFIER_RE.search(toks.text, window_start, start)
    if m is None:
        return None, start
    q_text = m.group(1)
    return q_text.strip(), m.start(1)
