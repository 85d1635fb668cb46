"""Shares and ordinals written as words: "jeder Dritte", "zwei Drittel", "die Hälfte", "der dritte Tag"."""

from __future__ import annotations

from retrieval.figures.build import make_figure
from retrieval.figures.lexicon import ARTICLE_ONES, EN_ORDINALS, EVERY_NTH, EVERY_WORDS, FRACTION_NOUNS, ORDINAL_CUES
from retrieval.figures.nouns import counted_noun
from retrieval.figures.numbers import de_cardinal, de_ordinal
from retrieval.figures.tokens import Tokens
from retrieval.models import Figure


def special_word(toks: Tokens, i: int) -> tuple[Figure, int] | None:
    """Ordinal words, "jeder Dritte", "zwei Drittel", "die Hälfte"."""
    t = toks[i]
    low = t.text.lower()
    if low in EVERY_WORDS and toks.near(i + 1):
        share = EVERY_NTH.get(toks.low(i + 1))
        if share is not None:
            end = toks[i + 1].end
            return make_figure(toks, t.start, end, t.start, end, [share], "percent", None), i + 2
        return None
    if low == "hälfte" and toks.low(i - 1) in ("die", "der", "zur", "eine", "knapp", "gut"):
        return make_figure(toks, t.start, t.end, t.start, t.end, [50.0], "percent", t.text), i + 1
    if low in FRACTION_NOUNS and low != "hälfte":
        return fraction(toks, i)
    return ordinal_word(toks, i)


def fraction(toks: Tokens, i: int) -> tuple[Figure, int] | None:
    """ "ein Drittel", or a share whose number word was not read as a figure: kind percent, value in per cent."""
    t = toks[i]
    prev = toks.low(i - 1)
    count = 1.0 if prev in ARTICLE_ONES else de_cardinal(prev)
    if count is None or not toks.near(i):
        return None
    start = toks[i - 1].start
    value = count * FRACTION_NOUNS[t.text.lower()]
    return make_figure(toks, start, t.end, start, t.end, [value], "percent", t.text), i + 1


def ordinal_word(toks: Tokens, i: int) -> tuple[Figure, int] | None:
    """ "der dritte Tag", "the second round": an ordinal word after a determiner, with the noun it numbers."""
    t = toks[i]
    low = t.text.lower()
    if toks.low(i - 1) not in ORDINAL_CUES or not toks.near(i):
        return None
    value: float | None = EN_ORDINALS.get(low)
    if value is None and toks.lang == "de":
        value = de_ordinal(low)
    if value is None:
        return None
    unit, lemma, end, nxt = counted_noun(toks, i + 1, t.end)
    return make_figure(toks, t.start, end, t.start, t.end, [float(value)], "ordinal", unit, lemma), nxt
