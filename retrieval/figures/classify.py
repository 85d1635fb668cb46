"""What a number expression is: label, date, time, share, percent, money, year, age, duration or count."""

from __future__ import annotations

import re

from retrieval.figures.compounds import hyphen_adjective
from retrieval.figures.dates import CLOCK, as_clock, as_dotted, as_month_date, as_year
from retrieval.figures.lexicon import (
    AGE_AFTER,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    EN_ORDINAL_SUFFIXES,
    FRACTION_NOUNS,
    LABEL_NOUNS,
    OF_WORDS,
    PARTITIVE_PRONOUNS,
    PERCENT_WORDS,
)
from retrieval.figures.nouns import counted_noun, lemma_of
from retrieval.figures.records import FigureKind, Found, Num
from retrieval.figures.tokens import Tokens

AGE_SUFFIX_RE = re.compile(r"(?i)(?:jährig|year-old|years-old|year old)")


def classify(toks: Tokens, num: Num) -> Found:
    """Decide kind, unit and span end of a number expression."""
    checks = (
        as_dotted,
        as_label,
        as_month_date,
        as_clock,
        as_hyphen_compound,
        as_fraction,
        as_percent,
        as_money,
        as_year,
        as_dotted_name,
    )
    for check in checks:
        found = check(toks, num)
        if found is not None:
            return found
    return as_counted(toks, num)


def as_label(toks: Tokens, num: Num) -> Found | None:
    """ "G20", "Artikel 5", "Platz 3", "2:1", "3D", "2014 MU69": numbers that name rather than count."""
    if not num.values:
        return Found("other", num.end, num.nxt)
    prev = toks.low(num.first - 1)
    nxt = toks.tok(num.nxt)
    if nxt is not None and toks.glued(num.nxt) and nxt.kind == "word" and not num.scaled:
        if nxt.text.lower() in EN_ORDINAL_SUFFIXES:
            unit, lemma, end, after = counted_noun(toks, num.nxt + 1, nxt.end)
            return Found("ordinal", end, after, unit=unit, unit_lemma=lemma, number_end=nxt.end)
        return Found("other", num.end, num.nxt)
    if ":" in num.raw and not CLOCK.fullmatch(num.raw):
        return Found("other", num.end, num.nxt)
    then = toks.tok(num.nxt + 1)
    if nxt is not None and nxt.kind == "word" and then is not None and then.kind == "num" and toks.glued(num.nxt + 1):
        return Found("other", num.end, num.nxt)  # "2014 MU69": a name, the letters glued to a number, no "MU" counted
    if prev in LABEL_NOUNS and not num.is_word and toks.near(num.first) and not num.scaled:
        return Found("other", num.end, num.nxt)
    return as_bracket_age(toks, num)


def as_bracket_age(toks: Tokens, num: Num) -> Found | None:
    """ "Heino (77) sagte": an age in brackets right after a name."""
    if num.is_word or num.scaled or not num.raw.isdecimal() or not 1 <= num.values[0] <= 120:
        return None
    if toks.low(num.first - 1) != "(" or toks.low(num.nxt) != ")":
        return None
    name = toks.tok(num.first - 2)
    if name is None or name.kind != "word" or not name.text[:1].isupper():
        return None
    return Found("age", num.end, num.nxt)


def as_hyphen_compound(toks: Tokens, num: Num) -> Found | None:
    """ "37-jährige", "37-Jährige", "37-year-old", "20-Prozent-Marke", "22-stündigen", "5-Sterne-Hotel"."""
    dash = toks.tok(num.nxt)
    word = toks.tok(num.nxt + 1)
    if dash is None or word is None or dash.text != "-" or not toks.glued(num.nxt):
        return None
    if not toks.glued(num.nxt + 1) or word.kind != "word":
        return None
    end = word.end
    if AGE_SUFFIX_RE.match(toks.text, word.start, toks.hi):
        m = AGE_SUFFIX_RE.match(toks.text, word.start, toks.hi)
        end = max(end, m.end()) if m else end
        unit, lemma, end2, nxt = counted_noun(toks, num.nxt + 2, end)
        if word.text[:1].isupper():
            unit, lemma = word.text, lemma_of(word.text, toks.lang)
        nxt_i = num.nxt + 2
        while nxt_i < len(toks) and toks[nxt_i].start < end2:
            nxt_i += 1
        return Found("age", end2, max(nxt, nxt_i), unit=unit, unit_lemma=lemma)
    low = word.text.lower()
    if low.startswith(("prozent", "percent")):
        return Found("percent", word.end, num.nxt + 2, unit=word.text, unit_lemma="Prozent")
    if (found := hyphen_adjective(toks, num, num.nxt + 1)) is not None:
        return found  # "22-stündigen", "58-köpfigen Profi-Feld"
    lemma = lemma_of(word.text, toks.lang)
    return Found("other", word.end, num.nxt + 2, unit=word.text, unit_lemma=lemma)


def as_fraction(toks: Tokens, num: Num) -> Found | None:
    """ "zwei Drittel", "drei Viertel": a share, kind percent, value in per cent."""
    t = toks.tok(num.nxt)
    if t is None or not toks.near(num.nxt) or num.scaled or not num.values:
        return None
    share = FRACTION_NOUNS.get(t.text.lower())
    if share is None or t.text.lower() == "hälfte":
        return None
    return Found("percent", t.end, num.nxt + 1, unit=t.text, unit_lemma=t.text, values=[v * share for v in num.values])


def as_percent(toks: Tokens, num: Num) -> Found | None:
    """ "25 Prozent", "25 %", "25%", "25 per cent", "3 Prozentpunkte"."""
    t = toks.tok(num.nxt)
    if t is None or not (toks.near(num.nxt) or toks.glued(num.nxt)):
        return None
    low = t.text.lower()
    if t.text == "%":
        return Found("percent", t.end, num.nxt + 1, unit="%", unit_lemma="percent" if toks.lang == "en" else "Prozent")
    if low in PERCENT_WORDS:
        return Found("percent", t.end, num.nxt + 1, unit=t.text, unit_lemma=lemma_of(t.text, toks.lang))
    if low == "per" and toks.low(num.nxt + 1) == "cent" and toks.near(num.nxt + 1):
        end = toks[num.nxt + 1].end
        return Found("percent", end, num.nxt + 2, unit=toks.text[t.start : end], unit_lemma="percent")
    return None


def as_money(toks: Tokens, num: Num) -> Found | None:
    """ "300.000 Euro", "125 Mio. Euro", "1,7 Milliarden Euro", "5 Millionen US-Dollar", "20 €"."""
    j = num.nxt
    t = toks.tok(j)
    if t is None or not (toks.near(j) or toks.glued(j)):
        return None
    if t.text in CURRENCY_SYMBOLS:
        return Found("money", t.end, j + 1, unit=t.text, unit_lemma=CURRENCY_SYMBOLS[t.text])
    lemma = CURRENCY_WORDS.get(t.text.lower())
    if lemma is None:
        return None
    return Found("money", t.end, j + 1, unit=t.text, unit_lemma=lemma)


# A German number with a dot before one or two digits: German writes decimals with a comma and groups thousands in
# threes, so "6.0", "8.1", "12.04", "20.15" are no amount (``as_dotted_name``)
DOTTED_NAME = re.compile(r"\d+\.\d{1,2}")


def as_dotted_name(toks: Tokens, num: Num) -> Found | None:
    """ "Android 6.0", "Windows 8.1", "Ubuntu 14.04", "f/2.4", "ZDF 20.15 DOKUMENTATION": in German text a number
    with a dot before one or two digits names a version, a time in a programme or a lens, it counts nothing. Scaled
    ones stay amounts ("auf 4.9 Milliarden": a comma typed as a dot). Stop 54: in the gnad corpus 135 figures,
    read as counts before (versions, TV times, f-stops, the radio "88.6", a date "12.6"); none a count."""
    if toks.lang != "de" or num.scaled or num.is_word or not DOTTED_NAME.fullmatch(num.raw):
        return None
    return Found("other", num.end, num.nxt)


def as_counted(toks: Tokens, num: Num) -> Found:
    """A count with the noun it counts; a duration or age when the noun is a time unit."""
    j = num.nxt
    if toks.low(j) in OF_WORDS and toks.near(j):
        pronoun = toks.low(j + 1)
        if pronoun in PARTITIVE_PRONOUNS:
            return Found("count", num.end, j)
        if num.quantity_noun and toks.near(j + 1):
            j += 1
    unit, lemma, end, nxt = counted_noun(toks, j, num.end)
    if unit is None:
        return Found("age" if is_age(toks, num, num.nxt) else "count", num.end, num.nxt)
    kind: FigureKind = "count"
    if unit.lower() in DURATION_UNITS:
        kind = "age" if is_age(toks, num, nxt) else "duration"
        if kind == "age" and toks.low(nxt) in AGE_AFTER:
            end, nxt = toks[nxt].end, nxt + 1
    elif unit.lower() in CURRENCY_WORDS:
        kind = "money"
    return Found(kind, end, nxt, unit=unit, unit_lemma=lemma)


def is_age(toks: Tokens, num: Num, after: int) -> bool:
    """ "37 Jahre alt", "im Alter von 40 Jahren", "aged 40 years", "40 years old"."""
    if toks.low(after) in AGE_AFTER and toks.near(after):
        return True
    j = num.first - 1
    if toks.low(j) in ("von", "of") and toks.low(j - 1) in ("alter", "age") and not num.is_word:
        return True
    return toks.low(j) == "aged"
