"""Values of number words and digit strings, German and English: "zweihundertfünfzig", "12.000", "12,000"."""

from __future__ import annotations

import functools
import re

from retrieval.figures.lexicon import (
    DE_HALVES,
    DE_ORDINAL_STEMS,
    DE_TEENS,
    DE_TENS,
    DE_UNITS,
    EN_SMALL,
    EN_TENS,
    ORDINAL_ENDINGS,
)

GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
_DE_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_DOT = re.compile(r"\d+\.\d+")


def _de_below_100(s: str) -> int | None:
    if s in DE_UNITS:
        return DE_UNITS[s]
    if s in DE_TEENS:
        return DE_TEENS[s]
    if s in DE_TENS:
        return DE_TENS[s]
    if "und" in s:
        unit, _, tens = s.partition("und")
        if unit in DE_UNITS and unit != "eins" and tens in DE_TENS:
            return DE_UNITS[unit] + DE_TENS[tens]
    return None


def _de_below_1000(s: str) -> int | None:
    if "hundert" not in s:
        return _de_below_100(s)
    head, _, rest = s.partition("hundert")
    hundreds = 1 if head in ("", "ein") else _de_below_100(head)
    if hundreds is None or hundreds > 9:
        return None
    rest = rest.removeprefix("und")
    tail = _de_below_100(rest) if rest else 0
    return None if tail is None else hundreds * 100 + tail


@functools.lru_cache(maxsize=4096)
def de_cardinal(word: str) -> float | None:
    """Value of a German number word ("zweihundertfünfzig" -> 250, "anderthalb" -> 1.5), else None."""
    s = word.lower()
    if s in DE_HALVES:
        return DE_HALVES[s]
    if s.endswith("einhalb") and len(s) > 7:
        base = _de_below_100(s[:-7])
        return None if base is None else base + 0.5
    if "tausend" in s:
        head, _, rest = s.partition("tausend")
        thousands = 1 if head in ("", "ein") else _de_below_1000(head)
        tail = _de_below_1000(rest.removeprefix("und")) if rest else 0
        if thousands is None or tail is None:
            return None
        return float(thousands * 1000 + tail)
    value = _de_below_1000(s)
    return None if value is None else float(value)


def en_cardinal(word: str) -> float | None:
    """Value of an English number word ("twenty-five" -> 25), else None. "one" is left to scales."""
    s = word.lower()
    if s in EN_SMALL:
        return float(EN_SMALL[s])
    if s in EN_TENS:
        return float(EN_TENS[s])
    tens, sep, unit = s.partition("-")
    if sep and tens in EN_TENS and (unit in EN_SMALL or unit == "one") and EN_SMALL.get(unit, 1) < 10:
        return float(EN_TENS[tens] + EN_SMALL.get(unit, 1))
    return None


def de_ordinal(word: str) -> int | None:
    """Value of a German ordinal word ("dritten" -> 3, "zwanzigste" -> 20), else None."""
    s = word.lower()
    for ending in ORDINAL_ENDINGS:
        if not s.endswith(ending) or len(s) <= len(ending):
            continue
        stem = s[: -len(ending)]
        if stem in DE_ORDINAL_STEMS:
            return DE_ORDINAL_STEMS[stem]
        if stem.endswith("st"):
            value = de_cardinal(stem[:-2])
            if value is not None and value >= 20 and value == int(value):
                return int(value)
        if stem.endswith("t"):
            value = de_cardinal(stem[:-1])
            if value is not None and 4 <= value < 20 and value == int(value):
                return int(value)
        return None
    return None


def digits_value(raw: str, lang: str) -> float | None:
    """Value of a digit string with German or English separators.

    "12.000" is 12000 in German text and 12.0 in English text; "12,000" the other way round; groups of
    three after more than one separator ("1.500.000") are thousands in either language.
    """
    s = "".join(ch for ch in raw if ch not in GROUP_SPACES)
    try:
        if _DE_THOUSANDS.fullmatch(s):
            if lang == "en" and s.count(".") == 1 and "," not in s:
                return float(s)
            return float(s.replace(".", "").replace(",", "."))
        if _EN_THOUSANDS.fullmatch(s):
            if lang == "de" and s.count(",") == 1 and "." not in s:
                return float(s.replace(",", "."))
            return float(s.replace(",", ""))
        if _DECIMAL_COMMA.fullmatch(s):
            return float(s.replace(",", "."))
        if _DECIMAL_DOT.fullmatch(s) or s.isdecimal():
            return float(s)
    except ValueError:
        return None
    return None
