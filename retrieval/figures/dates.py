"""Dates, years and clock times: "29.4.2016", "3. März 2015", "October 12, 2024", "2015/16", "15.30 Uhr"."""

from __future__ import annotations

import re

from retrieval.figures.lexicon import (
    AMBIGUOUS_MONTHS,
    CLOCK_CUES,
    COUNT_QUALIFIERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OF_WORDS,
    ORDINAL_CUES,
    SENTENCE_OPENERS,
    YEAR_CUES,
)
from retrieval.figures.nouns import counted_noun
from retrieval.figures.qualifiers import find_qualifier
from retrieval.figures.records import Found, Num
from retrieval.figures.tokens import Tokens

DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
SEASON = re.compile(r"(\d{4})/(\d{2}|\d{4})")
EN_CLOCK_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)


def as_dotted(toks: Tokens, num: Num) -> Found | None:
    """ "29.4.2016", "12.10.", "12. Oktober", "der 3. Platz", and "… waren es 12." at a sentence end."""
    m = DOTTED_DATE.fullmatch(num.raw)
    if m and int(m.group(1)) <= 31 and int(m.group(2)) <= 12:
        return Found("date", num.end, num.nxt, values=[float(g) for g in m.groups()])
    if num.scaled or num.is_word or not num.values or toks.low(num.nxt) != "." or not toks.glued(num.nxt):
        return None
    dot = toks[num.nxt]
    m = DAY_MONTH.fullmatch(num.raw)
    if m and int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
        return Found("date", dot.end, num.nxt + 1, values=[float(g) for g in m.groups()])
    if not num.raw.isdecimal() or len(num.raw) > 3:
        return None
    date = day_month(toks, num, num.nxt + 1)
    if date is not None:
        return date
    if toks.lang == "en" or not ordinal_dot(toks, num.first, num.nxt + 1):
        return None
    unit, lemma, end, after = counted_noun(toks, num.nxt + 1, dot.end)
    return Found("ordinal", end, after, unit=unit, unit_lemma=lemma, number_end=dot.end)


def ordinal_dot(toks: Tokens, first: int, after: int) -> bool:
    """Whether "12." is an ordinal ("der 12. Bezirk") rather than a count ending a sentence."""
    if toks.low(first - 1) in ORDINAL_CUES:
        return True
    nxt = toks.tok(after)
    if nxt is None or not toks.near(after):
        return False
    if nxt.kind == "num":
        return False
    if nxt.text in ")]/,;–-":  # "(41.)", "(81./Elfmeter)": a match minute or rank
        return True
    if nxt.kind == "word" and nxt.text[:1].islower():
        return True
    return nxt.kind == "word" and nxt.text.lower() not in SENTENCE_OPENERS


def day_month(toks: Tokens, num: Num, j: int) -> Found | None:
    """ "12. Oktober", "3. März 2015" (``j`` is the token after the day's dot)."""
    month = month_at(toks, j)
    if month is None or int(num.values[0]) > 31:
        return None
    values = [num.values[0], float(month[0])]
    end_i = month[1]
    year = toks.tok(end_i + 1)
    if year is not None and year.kind == "num" and len(year.text) == 4 and toks.near(end_i + 1):
        values.append(float(year.text))
        end_i += 1
    end = toks[end_i].end
    return Found("date", end, end_i + 1, values=values, number_end=end)


def month_at(toks: Tokens, j: int) -> tuple[int, int] | None:
    """``(month, last token index)`` if token ``j`` is a month name (with an abbreviation dot)."""
    t = toks.tok(j)
    if t is None or t.kind != "word":
        return None
    low = t.text.lower()
    month = MONTHS.get(low)
    if month is None or (low in AMBIGUOUS_MONTHS and not t.text[:1].isupper()):
        return None
    last = j
    if low in MONTH_ABBREVIATIONS:
        if toks.low(j + 1) != "." or not toks.glued(j + 1):
            return None
        last = j + 1
    return month, last


def as_month_date(toks: Tokens, num: Num) -> Found | None:
    """ "Oktober 2024", "October 12, 2024", "12 October 2024"."""
    if num.is_word or num.scaled or not num.raw.isdecimal():
        return None
    value = int(num.raw)
    month = month_before(toks, num.first)
    if month is not None:
        m_start = toks[month[1]].start
        if len(num.raw) == 4 and 1000 <= value <= 2100:
            return Found("date", num.end, num.nxt, start=m_start, values=[float(month[0]), value], number_start=m_start)
        if toks.lang == "en" and 1 <= value <= 31:
            return en_month_day(toks, num, month, m_start)
    if toks.lang == "en" and 1 <= value <= 31 and toks.near(num.nxt):
        found = month_at(toks, num.nxt)
        if found is not None:
            return day_month(toks, num, num.nxt)
    return None


def month_before(toks: Tokens, first: int) -> tuple[int, int] | None:
    """``(month, index of month token)`` when a month name directly precedes token ``first``."""
    j = first - 1
    if toks.low(j) == "." and toks.glued(j):
        j -= 1
    if j < 0 or not toks.near(first):
        return None
    found = month_at(toks, j)
    return (found[0], j) if found is not None else None


def en_month_day(toks: Tokens, num: Num, month: tuple[int, int], m_start: int) -> Found:
    """ "October 12" or "October 12, 2024" (``month`` is the month and its token, ``m_start`` where it starts)."""
    values = [float(month[0]), num.values[0]]
    end_i = num.nxt - 1
    if toks.low(num.nxt) == "," and toks.tok(num.nxt + 1) is not None:
        year = toks[num.nxt + 1]
        if year.kind == "num" and len(year.text) == 4 and toks.near(num.nxt + 1):
            values.append(float(year.text))
            end_i = num.nxt + 1
    end = toks[end_i].end
    return Found("date", end, end_i + 1, start=m_start, values=values, number_start=m_start, number_end=end)


def as_clock(toks: Tokens, num: Num) -> Found | None:
    """ "15 Uhr", "15.30 Uhr", "15:30", "3 p.m."."""
    if num.is_word and toks.lang == "de" and toks.low(num.nxt) != "uhr":
        return None
    m = CLOCK.fullmatch(num.raw)
    values = [float(m.group(1)), float(m.group(2))] if m else num.values[:1]
    if toks.low(num.nxt) == "uhr" and toks.near(num.nxt) and not num.scaled and values[0] <= 24:
        t = toks[num.nxt]
        return Found("time", t.end, num.nxt + 1, values=values)
    clock_cue = ":" in num.raw or toks.low(num.first - 1) in CLOCK_CUES
    if m and clock_cue and int(m.group(1)) <= 24 and int(m.group(2)) < 60:
        return Found("time", num.end, num.nxt, values=values)
    if toks.lang == "en" and not num.scaled and values[0] <= 12:
        suffix = EN_CLOCK_AFTER.match(toks.text, num.end, toks.hi)
        if suffix is not None:
            end = suffix.end()
            nxt = num.nxt
            while nxt < len(toks) and toks[nxt].start < end:
                nxt += 1
            return Found("time", end, nxt, values=values)
    return None


def as_year(toks: Tokens, num: Num) -> Found | None:
    """ "2014", "im Jahr 2013", "seit 2015", "2015/16", "2014 bis 2016" -- unless a noun follows."""
    if num.is_word or num.scaled:
        return None
    m = SEASON.fullmatch(num.raw)
    if m:
        return Found("year", num.end, num.nxt, values=[float(m.group(1)), float(m.group(2))])
    if not all(year_like(v) for v in num.values) or not plain_year(toks[num.first].text):
        return None
    prev = toks.low(num.first - 1)
    if prev in YEAR_CUES and prev != "of":
        return Found("year", num.end, num.nxt)
    if _amount_qualified(toks, num):
        return None  # "mehr als 2000 zumeist Vermummte", "rund 1500": an amount, not a year
    if all(v < ROUND_YEARS_FROM and v % 100 == 0 for v in num.values):
        return None  # "1000 bei Protestzug gegen …": a round hundred before 1900 with no year cue is an amount
    unit, _lemma, _end, _nxt = counted_noun(toks, num.nxt, num.end)
    if unit is not None or toks.low(num.nxt) in OF_WORDS:
        return None
    return Found("year", num.end, num.nxt)


_AND_OR = frozenset({"und", "oder", "bzw", "and", "or"})


def _amount_qualified(toks: Tokens, num: Num) -> bool:
    """Is the number qualified as an amount ("rund 1500", "mehr als 2000 zumeist Vermummte")? A comparison
    that ends the clause compares with a year ("335 Anzeigen, weniger als 2014.")."""
    qualifier, _ = find_qualifier(toks, toks[num.first].start)
    if not qualifier:
        return False
    lowered = qualifier.lower()
    if not any(lowered.endswith(q) for q in COUNT_QUALIFIERS):
        return False
    after = toks.tok(num.nxt)
    compares = lowered.endswith((" als", " than"))
    return not compares or (after is not None and after.kind == "word" and after.text.lower() not in _AND_OR)


ROUND_YEARS_FROM = 1900  # from here on a round hundred alone may be a year ("2000"); before, only after a cue


def year_like(value: float) -> bool:
    return 1000 <= value <= 2100 and value == int(value)


def plain_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdecimal()
