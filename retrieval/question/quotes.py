"""Quotations in a question: where they are, and the question with them blanked out.

The marks come from the one table in ``retrieval.nlp``. Marks that double as apostrophes ("don't",
"Merkel's") open only after a space or bracket and close only before a space or punctuation.
"""

from __future__ import annotations

from retrieval.nlp import AMBIGUOUS_MARKS, QUOTE_CHARS, QUOTE_PAIRS

MAX_CLOSE_ATTEMPTS = 50
OPEN_CONTEXT = frozenset(" \t\n([{:,;–—-/")
CLOSE_CONTEXT = frozenset(" \t\n.,;:!?)]}–—-/…")


def _can_open(text: str, i: int) -> bool:
    if text[i] not in AMBIGUOUS_MARKS:
        return True
    return (i == 0 or text[i - 1] in OPEN_CONTEXT) and i + 1 < len(text) and not text[i + 1].isspace()


def _can_close(text: str, j: int) -> bool:
    if text[j] not in AMBIGUOUS_MARKS:
        return True
    return (j + 1 == len(text) or text[j + 1] in CLOSE_CONTEXT or text[j + 1] in QUOTE_CHARS) and (
        j > 0 and not text[j - 1].isspace()
    )


def _find_close(text: str, i: int) -> int | None:
    """Index of the mark that closes the quote opened at ``i``, or None."""
    closers = QUOTE_PAIRS[text[i]]
    j = i + 1
    for _ in range(MAX_CLOSE_ATTEMPTS):
        positions = [p for p in (text.find(c, j) for c in closers) if p != -1]
        if not positions:
            return None
        p = min(positions)
        if p > i + 1 and _can_close(text, p):
            return p
        j = p + 1
    return None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the text inside each quotation, outer marks excluded, left to right."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in QUOTE_PAIRS and _can_open(text, i):
            close = _find_close(text, i)
            if close is not None and text[i + 1 : close].strip():
                spans.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    return spans


def blank_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each quotation (marks included) replaced by spaces: same length, same offsets."""
    chars = list(text)
    for s, e in spans:
        for k in range(max(s - 1, 0), min(e + 1, len(chars))):
            chars[k] = " "
    return "".join(chars)


def strip_marks(quote: str) -> str:
    """Trim spaces, closing punctuation and any stray outer quotation marks."""
    q = quote.strip()
    while len(q) > 1 and q[0] in QUOTE_CHARS and q[0] not in "'’" and q[-1] in QUOTE_CHARS:
        q = q[1:-1].strip()
    return q.strip(' \t\n„“”"»«‚‘')


def longest_quote(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The longest quotation of ``text``, marks stripped."""
    if not spans:
        return None
    s, e = max(spans, key=lambda span: span[1] - span[0])
    return strip_marks(text[s:e]) or None
