"""Number expressions: digits with their groups, number words, scale words and ranges ("1,7 bis 3,1 Milliarden")."""

from __future__ import annotations

from retrieval.figures.lexicon import (
    ARTICLE_ONES,
    ARTICLE_UNITS,
    BETWEEN_WORDS,
    GLUED_SCALES,
    HALF_WORDS,
    QUANTITY_NOUNS,
    RANGE_DASHES,
    RANGE_WORDS,
    SCALE_ABBREVIATIONS,
    SCALES,
    STANDALONE_SCALES,
)
from retrieval.figures.numbers import GROUP_SPACES, de_cardinal, digits_value, en_cardinal
from retrieval.figures.records import Num
from retrieval.figures.tokens import Tokens


def number(toks: Tokens, i: int) -> Num | None:
    """The number expression starting at token ``i`` (digits or words, with scale words)."""
    t = toks[i]
    num = digit_number(toks, i) if t.kind == "num" else word_number(toks, i)
    if num is None:
        return None
    apply_scales(toks, num)
    return num


def digit_number(toks: Tokens, i: int) -> Num | None:
    """ "12.000", "1,7", "12 000" with its digit groups; a number glued to a word ("G20") has no value."""
    t = toks[i]
    if toks.glued(i) and toks[i - 1].kind == "word" and t.text.isdecimal():
        return Num([], t.start, t.end, i, i + 1, t.text)  # "G20", "F-16": a label, kind other
    j = i + 1
    raw = t.text
    if t.text.isdecimal() and len(t.text) <= 3:
        while grouped(toks, j):
            raw = toks.text[t.start : toks[j].end]
            j += 1
    value = digits_value(raw, toks.lang)
    values = [] if value is None else [value]
    return Num(values, t.start, toks[j - 1].end, i, j, raw)


def grouped(toks: Tokens, j: int) -> bool:
    """Token ``j`` continues a digit group after one space: "12 000", "1 500 000"."""
    t = toks.tok(j)
    if t is None or t.kind != "num" or len(t.text) != 3 or not t.text.isdecimal():
        return False
    g = toks.gap(j)
    if len(g) != 1 or g not in GROUP_SPACES:
        return False
    after = toks.tok(j + 1)
    return not (after is not None and after.kind == "num" and toks.near(j + 1) and len(after.text) != 3)


def word_number(toks: Tokens, i: int) -> Num | None:
    """ "zwölf", "twenty-five", "Dutzende", "Millionen", "eine Million".

    A capitalised German numeral mid-sentence is a noun ("die deutsche Elf"), not a number.
    """
    t = toks[i]
    low = t.text.lower()
    if (
        t.text[:1].isupper()
        and toks.lang == "de"
        and low not in QUANTITY_NOUNS
        and low not in STANDALONE_SCALES
        and not toks.sentence_start(i)
    ):
        return None  # "die deutsche Elf", "außer Acht": capitalised mid-sentence is not a numeral
    if low in ARTICLE_ONES:
        return article_number(toks, i)
    if low in HALF_WORDS and toks.lang == "de" and toks.low(i + 1) in ("million", "milliarde") and toks.near(i + 1):
        return Num([0.5], t.start, t.end, i, i + 1, t.text, is_word=True)  # "Mehr als halbe Million Euro"
    if low in QUANTITY_NOUNS:
        return quantity_noun(toks, i, QUANTITY_NOUNS[low])
    if low in STANDALONE_SCALES:
        factor = STANDALONE_SCALES[low]
        return Num([factor], t.start, t.end, i, i + 1, t.text, scaled=True, is_word=True, quantity_noun=True)
    value = de_cardinal(low)
    if value is None:
        value = en_cardinal(low)
    if value is None:
        return None
    return Num([value], t.start, t.end, i, i + 1, t.text, is_word=True)


def quantity_noun(toks: Tokens, i: int, value: float) -> Num:
    """ "Dutzende", "thousands", "tens of thousands", "ein Dutzend"."""
    t = toks[i]
    start = t.start
    if t.text.lower() == "thousands" and toks.low(i - 2) == "tens" and toks.low(i - 1) == "of":
        value, start = 1e4, toks[i - 2].start
    if t.text.lower() == "thousands" and toks.low(i - 2) == "hundreds" and toks.low(i - 1) == "of":
        value, start = 1e5, toks[i - 2].start
    return Num([value], start, t.end, i, i + 1, t.text, is_word=True, quantity_noun=True)


def article_number(toks: Tokens, i: int) -> Num | None:
    """ "eine Million", "eine halbe Million", "a billion", "ein Dutzend", "half a million"; in German one unit of time
    or per cent ("bei etwa einer Sekunde", "eine halbe Stunde", "um ein Prozent": stop 52; 91 durations and 9 shares
    more over the gnad corpus, the one figure of dev94-019's gold sentence, and a claim in a no-answer, dev94-059:
    "wie lange bleibt Mogensen auf der ISS" -> "Die Übertragungszeit lag bei etwa einer Sekunde")."""
    t = toks[i]
    j = i + 1
    factor = 1.0
    if toks.low(j) in HALF_WORDS and toks.near(j):
        factor, j = 0.5, j + 1
    word = toks.low(j)
    if not toks.near(j):
        return None
    if word in ARTICLE_UNITS and toks.lang == "de" and t.text.lower() != "eines" and toks.low(i - 1) not in _WHEN:
        return Num([factor], t.start, toks[j - 1].end, i, j, t.text, is_word=True)  # "einer (halben) Stunde"
    if word in ("dutzend", "dozen"):
        return Num([12 * factor], t.start, toks[j].end, i, j + 1, t.text, is_word=True, quantity_noun=True)
    if word in SCALES or word in ("milliarde", "million"):
        start = t.start
        if toks.low(i - 1) == "half" and toks.near(i):
            factor, start = 0.5, toks[i - 1].start
        return Num([factor], start, t.end, i, j, t.text, is_word=True)
    return None


# "vor einem Jahr", "seit einem Jahr", "nach einer Woche", "in einer Stunde": when, not how long ("haben erstmals seit
# einem Jahr wieder telefoniert" is no length of the call, dev93-046)
_WHEN = frozenset({"vor", "seit", "nach", "in"})


def apply_scales(toks: Tokens, num: Num) -> None:
    """Multiply by following scale words: "125 Mio.", "sechs Millionen", "$5bn", "two hundred"."""
    j = num.nxt
    for _ in range(2):
        t = toks.tok(j)
        if t is None or t.kind != "word":
            return
        low = t.text.lower()
        if toks.glued(j) and low in GLUED_SCALES and toks[j - 1].kind == "num":
            factor = GLUED_SCALES[low]
        elif toks.near(j) and low in SCALES:
            factor = SCALES[low]
        elif toks.near(j) and t.text in ("Billion", "billion"):
            factor = 1e12 if t.text == "Billion" and toks.lang == "de" else 1e9
        else:
            return
        if low in ("hundert", "tausend") and t.text[:1].isupper() and not num.values:
            return
        num.values = [v * factor for v in num.values]
        num.scaled = True
        end_i = j
        if low in SCALE_ABBREVIATIONS and toks.low(j + 1) == "." and toks.glued(j + 1):
            end_i = j + 1
        num.end = toks[end_i].end
        j = end_i + 1
        num.nxt = j


def extend_range(toks: Tokens, num: Num) -> Num:
    """Join "300 bis 450", "1,7 bis 3,1 Milliarden", "zwischen fünf und 20", "2014-2016"."""
    j = num.nxt
    conn = toks.tok(j)
    if conn is None or not num.values:
        return num
    low = conn.text.lower()
    between = BETWEEN_WORDS.get(toks.low(num.first - 1))
    dash = conn.text in RANGE_DASHES and (toks.glued(j) or toks.near(j))
    if not (low in RANGE_WORDS and toks.near(j)) and not dash and not (between and low == between):
        return num
    if toks.low(j + 1) == "zu":  # "300 bis zu 500" is a bound, not a range start
        return num
    nxt_tok = toks.tok(j + 1)
    if nxt_tok is None or (not toks.near(j + 1) and not toks.glued(j + 1)):
        return num
    if nxt_tok.kind == "word" and nxt_tok.text.lower() in ARTICLE_ONES:
        return num
    second = number(toks, j + 1) if nxt_tok.kind in ("num", "word") else None
    if second is None or not second.values or second.quantity_noun:
        return num
    return merge_range(toks, num, second, between is not None)


def merge_range(toks: Tokens, first: Num, second: Num, between: bool) -> Num:
    """One expression for both ends; "1,7 bis 3,1 Milliarden" scales the low end too. A falling "range" is not one."""
    low_v, high_v = first.values[0], second.values[0]
    if second.scaled and not first.scaled and low_v < high_v / 100 * 1000 and low_v < 1000:
        factor = scale_factor(toks, second)
        low_v = low_v * factor
    if low_v > high_v:
        return first
    start = toks[first.first - 1].start if between else first.start
    return Num(
        [low_v, high_v],
        start,
        second.end,
        first.first,
        second.nxt,
        toks.text[first.start : second.end],
        scaled=first.scaled or second.scaled,
        is_word=first.is_word and second.is_word,
    )


def scale_factor(toks: Tokens, num: Num) -> float:
    """The factor a scaled number carries (second value / unscaled second value)."""
    t = toks[num.first]
    base = digits_value(t.text, toks.lang) if t.kind == "num" else (de_cardinal(t.text) or en_cardinal(t.text))
    if not base or not num.values:
        return 1.0
    return num.values[0] / base
