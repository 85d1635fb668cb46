"""The scan: walk the tokens of a text slice and turn each number expression into a Figure."""

from __future__ import annotations

import functools
import logging
import re

from retrieval.figures.build import build
from retrieval.figures.classify import classify
from retrieval.figures.compounds import word_adjective
from retrieval.figures.expressions import extend_range, number
from retrieval.figures.lexicon import (
    ARTICLE_ONES,
    CANDIDATE_SUFFIXES,
    CURRENCY_SYMBOLS,
    EN_ORDINALS,
    EN_SMALL,
    EVERY_WORDS,
    FRACTION_NOUNS,
    HALF_WORDS,
    QUANTITY_NOUNS,
    STANDALONE_SCALES,
)
from retrieval.figures.records import Found
from retrieval.figures.tokens import Tokens
from retrieval.figures.words import special_word
from retrieval.language import detect_language
from retrieval.models import Figure, Language

_LOG = logging.getLogger(__name__)
_LANG_SAMPLE = 20_000


@functools.lru_cache(maxsize=16)
def text_language(text: str) -> Language:
    """The language of a whole text, for its separators ("12.000" vs "12,000"); German when unsure.

    Cached: analysis calls ``extract_figures`` once per sentence, each time with the full article text.
    """
    return detect_language(text[:_LANG_SAMPLE], default="de")


def scan(toks: Tokens) -> list[Figure]:
    """Every figure in the token slice, left to right; a figure's tokens are not scanned again."""
    out: list[Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        nxt = i + 1
        try:
            found = figure_at(toks, i)
        except Exception:  # one odd candidate must not lose the rest of the text
            _LOG.debug("figure candidate at token %d failed", i, exc_info=True)
            found = None
        if found is not None:
            out.append(found[0])
            nxt = max(found[1], i + 1)
        i = nxt
    return _share_units(toks.text, out)


_COORDINATED = re.compile(r"\s*(?:und|oder|beziehungsweise|bzw\.|sowie|and|or)\s*")


def _share_units(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number coordinated with a figure that names its unit shares it: "um 60 beziehungsweise 46
    Prozent" is 60 percent (the span of the bare number stays as written); a scale is not shared ("3 oder 4
    Millionen Euro" may be three million or three Euro)."""
    out = list(figures)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.kind == "count" and a.unit is None and b.unit and b.kind in ("count", "money", "percent"):
            unscaled = not any(c.isalpha() for c in text[b.number_start : b.number_end])  # not "4 Millionen Euro"
            if _COORDINATED.fullmatch(text[a.end : b.start]) and b.start == b.number_start and unscaled:
                out[k] = a.model_copy(update={"kind": b.kind, "unit": b.unit, "unit_lemma": b.unit_lemma})
    return out


def is_candidate(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` may start a figure: digits, a currency symbol before digits, or a number-like word."""
    t = toks[i]
    if t.kind == "num":
        return True
    if t.kind != "word":
        after = toks.tok(i + 1)
        return t.text in CURRENCY_SYMBOLS and after is not None and after.kind == "num"
    low = t.text.lower()
    return (
        low in ARTICLE_ONES
        or low in HALF_WORDS
        or low in QUANTITY_NOUNS
        or low in STANDALONE_SCALES
        or low in EVERY_WORDS
        or low in FRACTION_NOUNS
        or low in EN_ORDINALS
        or low in EN_SMALL
        or low.endswith(CANDIDATE_SUFFIXES)
    )


def figure_at(toks: Tokens, i: int) -> tuple[Figure, int] | None:
    """The figure starting at token ``i`` and the token after it, or None."""
    if not is_candidate(toks, i):
        return None
    t = toks[i]
    if t.kind == "sym":
        return currency_first(toks, i)
    special = special_word(toks, i) if t.kind == "word" else None
    if special is not None:
        return special
    adjective = word_adjective(toks, i) if t.kind == "word" else None
    if adjective is not None:
        return build(toks, *adjective)  # "zweitägigen", "fünfköpfige"
    num = number(toks, i)
    if num is None:
        return None
    num = extend_range(toks, num)
    found = classify(toks, num)
    return build(toks, num, found)


def currency_first(toks: Tokens, i: int) -> tuple[Figure, int] | None:
    """ "$5 million", "€ 300", "US$ 12"."""
    sym = toks[i]
    if not (toks.glued(i + 1) or toks.near(i + 1)):
        return None
    num = number(toks, i + 1)
    if num is None or not num.values:
        return None
    num = extend_range(toks, num)
    start = sym.start
    if toks.low(i - 1) == "us" and toks.glued(i):
        start = toks[i - 1].start
    unit = toks.text[start : sym.end]
    lemma = CURRENCY_SYMBOLS[sym.text]
    found = Found("money", num.end, num.nxt, start=start, unit=unit, unit_lemma=lemma)
    return build(toks, num, found)


def _clamp(text: str, start: int, end: int | None) -> tuple[int, int]:
    n = len(text)
    lo = min(max(start, 0), n)
    hi = n if end is None else min(max(end, 0), n)
    return lo, max(lo, hi)


def extract_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every number in ``text[start:end]`` as a :class:`Figure` with offsets into the full ``text``.

    The language for separator conventions ("12.000" vs "12,000") comes from the whole text (``retrieval.language``).
    Never raises: malformed input gives an empty list.
    """
    try:
        if not isinstance(text, str) or not text:
            return []
        lo, hi = _clamp(text, int(start), end if end is None else int(end))
        if lo >= hi:
            return []
        return scan(Tokens(text, lo, hi, text_language(text)))
    except Exception:  # the contract is "never raises"; a bug here must not take the bot down
        _LOG.exception("extract_figures failed")
        return []


def parse_number(expr: str) -> list[float]:
    """The value(s) of one number expression: "12.000" -> [12000.0], "1,7 bis 3,1 Milliarden" ->
    [1.7e9, 3.1e9], "sechs Millionen" -> [6e6], "Dutzende" -> [12.0], "eine halbe Million" -> [5e5].

    Returns [] when ``expr`` holds no number.
    """
    try:
        figures = extract_figures(expr)
    except Exception:  # pragma: no cover - extract_figures already never raises
        return []
    for fig in figures:
        if fig.values:
            return list(fig.values)
    return []
