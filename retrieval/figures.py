"""Find the numbers in a news text, with what they count, as written.

``extract_figures`` scans ``text[start:end]`` and returns one :class:`~retrieval.models.Figure` per
number expression: digits with German or English separators ("12.000", "1,7", "12 000", "12,000"),
number words ("zwölf", "Dutzende", "thousands"), scale words ("125 Mio.", "1,7 Milliarden"), ranges
("300 bis 450", "zwischen fünf und 20"), qualifiers as written ("mehr als", "rund", "up to") and the
counted noun after the number ("12.000 nordkoreanische Soldaten" -> unit "Soldaten", lemma "Soldat").

Every figure gets a ``kind`` so later stages can tell a count from a date, year, time, duration, age or
ordinal.  ``values`` are plain numbers for count, money, percent and duration/age ("1,7 bis 3,1
Milliarden" -> ``[1.7e9, 3.1e9]``); for date and time they are the written components in written order
("3. März 2015" -> ``[3, 3, 2015]``, "15.30 Uhr" -> ``[15, 30]``).  Measurements ("10.000 Hektar",
"5 Tonnen") are kind ``count`` with their unit.  A partitive pronoun ("3000 von ihnen") leaves
``unit`` None.

Tokenisation is a single regular expression over the raw text (SoMaJo would give the same tokens for
numbers but costs ~20 s on the 2.7 M-character corpus); HanTa supplies lemmas and the part of speech
that tells an adjective between number and noun from a verb.  Models load lazily, once.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from retrieval.models import Figure
from retrieval.nlp import analyze

_LOG = logging.getLogger(__name__)

FigureKind = Literal["count", "money", "percent", "date", "year", "time", "duration", "age", "ordinal", "other"]

# --------------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------------

DE_UNITS: dict[str, int] = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
DE_TEENS: dict[str, int] = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
DE_TENS: dict[str, int] = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
DE_HALVES: dict[str, float] = {"anderthalb": 1.5, "eineinhalb": 1.5, "einhalb": 0.5}
EN_SMALL: dict[str, int] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
EN_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Words that are numbers only when a scale follows: "eine Million", "a billion", "one million".
ARTICLE_ONES: frozenset[str] = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "a", "an", "one"})
HALF_WORDS: frozenset[str] = frozenset({"halbe", "halben", "halbes", "halber", "half"})
# Plural quantity nouns: "Dutzende Menschen", "thousands of people".
QUANTITY_NOUNS: dict[str, float] = {
    "dutzend": 12,
    "dutzende": 12,
    "dutzenden": 12,
    "hunderte": 100,
    "hunderten": 100,
    "tausende": 1e3,
    "tausenden": 1e3,
    "zehntausende": 1e4,
    "zehntausenden": 1e4,
    "hunderttausende": 1e5,
    "hunderttausenden": 1e5,
    "dozen": 12,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
SCALES: dict[str, float] = {
    "hundert": 100,
    "hundred": 100,
    "tausend": 1e3,
    "thousand": 1e3,
    "tsd": 1e3,
    "mio": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mill": 1e6,
    "mrd": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "billionen": 1e12,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
}
SCALE_ABBREVIATIONS: frozenset[str] = frozenset({"mio", "mrd", "tsd", "mill"})
GLUED_SCALES: dict[str, float] = {"m": 1e6, "bn": 1e9, "mn": 1e6, "k": 1e3}
# Scales that stand alone as quantity nouns: "Millionen Menschen", "Milliarden Euro".
STANDALONE_SCALES: frozenset[str] = frozenset({"millionen", "milliarden", "millions", "billions"})

CURRENCY_WORDS: dict[str, str] = {
    "euro": "Euro",
    "euros": "Euro",
    "eur": "Euro",
    "cent": "Cent",
    "cents": "Cent",
    "dollar": "Dollar",
    "dollars": "Dollar",
    "us-dollar": "Dollar",
    "usd": "Dollar",
    "franken": "Franken",
    "chf": "Franken",
    "pfund": "Pfund",
    "pound": "Pfund",
    "pounds": "Pfund",
    "yen": "Yen",
    "yuan": "Yuan",
    "rubel": "Rubel",
    "roubles": "Rubel",
    "rubles": "Rubel",
    "schilling": "Schilling",
    "kronen": "Kronen",
    "lira": "Lira",
    "rupien": "Rupie",
}
CURRENCY_SYMBOLS: dict[str, str] = {"€": "Euro", "$": "Dollar", "£": "Pfund", "¥": "Yen"}
PERCENT_WORDS: frozenset[str] = frozenset({"prozent", "percent", "prozentpunkte", "prozentpunkten", "prozentpunkt"})

MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mär": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dez": 12,
    "dec": 12,
}
# Lowercase month names that are also ordinary English words ("may", "march") count only when capitalised.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mai", "jan", "dec", "sept", "aug"})
# Abbreviations need their dot ("Okt."); full names stand alone.
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    {"jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec"}
)

DURATION_UNITS: frozenset[str] = frozenset(
    {
        "sekunde",
        "sekunden",
        "minute",
        "minuten",
        "stunde",
        "stunden",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "jahrzehnt",
        "jahrzehnte",
        "jahrzehnten",
        "jahrhundert",
        "jahrhunderte",
        "jahrhunderten",
        "nächte",
        "nächten",
        "second",
        "seconds",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "nights",
    }
)
CLOCK_CUES: frozenset[str] = frozenset({"um", "ab", "gegen", "at"})
AGE_AFTER: frozenset[str] = frozenset({"alt", "alte", "alten", "alter", "altes", "old"})
AGE_SUFFIX_RE = re.compile(r"(?i)(?:jährig|year-old|years-old|year old)")

# Preceding words after which a four-digit number is a year ("im Jahr 2013", "seit 2015").
YEAR_CUES: frozenset[str] = frozenset(
    {
        "im",
        "in",
        "seit",
        "bis",
        "ab",
        "jahr",
        "jahre",
        "jahres",
        "jahresende",
        "ende",
        "anfang",
        "mitte",
        "frühjahr",
        "frühling",
        "sommer",
        "herbst",
        "winter",
        "vor",
        "nach",
        "zwischen",
        "since",
        "until",
        "by",
        "year",
        "early",
        "late",
        "mid",
        "before",
        "after",
        "spring",
        "summer",
        "autumn",
        "fall",
        "saison",
        "wahl",
        "wahlen",
        "jahrgang",
        "of",
    }
)
# Words before a number that make it a label, not a quantity ("Artikel 5", "Platz 3").
LABEL_NOUNS: frozenset[str] = frozenset(
    {
        "artikel",
        "paragraf",
        "paragraph",
        "§",
        "platz",
        "rang",
        "nummer",
        "nr",
        "seite",
        "kapitel",
        "punkt",
        "stufe",
        "level",
        "runde",
        "linie",
        "folge",
        "teil",
        "staffel",
        "klasse",
        "gruppe",
        "zimmer",
        "article",
        "page",
        "chapter",
        "number",
        "no",
        "section",
        "round",
        "line",
        "room",
        "tor",
        "spieltag",
        "bezirk",
        "kilometer",
        "km",
        "minute",
        "tabellenplatz",
    }
)
# Determiners/prepositions that make a following "12." or "dritte" an ordinal.
ORDINAL_CUES: frozenset[str] = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "zum",
        "zur",
        "am",
        "im",
        "beim",
        "vom",
        "ins",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "unser",
        "unsere",
        "jeder",
        "jede",
        "jedes",
        "jeden",
        "jedem",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "the",
        "its",
        "his",
        "her",
        "their",
        "a",
        "an",
        "for",
    }
)
# Capitalised words that typically open a sentence: "… waren es 12. Die Polizei …" ends a sentence.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "er",
        "sie",
        "es",
        "wir",
        "ich",
        "ihr",
        "man",
        "in",
        "im",
        "am",
        "auch",
        "doch",
        "aber",
        "und",
        "diese",
        "dieser",
        "dieses",
        "nach",
        "mit",
        "bei",
        "von",
        "zu",
        "für",
        "als",
        "wie",
        "was",
        "wer",
        "dabei",
        "damit",
        "so",
        "noch",
        "nun",
        "laut",
        "seit",
        "dort",
        "hier",
        "da",
        "dann",
        "zudem",
        "außerdem",
        "allerdings",
        "jetzt",
        "bereits",
        "schon",
        "insgesamt",
        "mehr",
        "nur",
        "rund",
        "etwa",
        "knapp",
        "über",
        "unter",
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "this",
        "that",
        "on",
        "at",
        "but",
    }
)
DE_ORDINAL_STEMS: dict[str, int] = {"erst": 1, "zweit": 2, "dritt": 3, "siebt": 7, "acht": 8}
EN_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}
# Cheap pre-filter: word endings of number words, ordinals and fractions.
CANDIDATE_SUFFIXES: tuple[str, ...] = (
    "zig",
    "ßig",
    "sig",
    "ert",
    "end",
    "ehn",
    "alb",
    "lf",
    "ei",
    "er",
    "nf",
    "hs",
    "en",
    "ht",
    "un",
    "ns",
    "ty",
    "te",
    "es",
    "em",
    "wo",
    "ix",
    "ve",
    "ne",
    "el",
    "ls",
)
ORDINAL_ENDINGS: tuple[str, ...] = ("en", "er", "es", "em", "e")
EN_ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})
# Fractions and shares: "jeder Dritte", "zwei Drittel", "die Hälfte" (kind percent, value in per cent).
FRACTION_NOUNS: dict[str, float] = {
    "hälfte": 50.0,
    "drittel": 100 / 3,
    "viertel": 25.0,
    "fünftel": 20.0,
    "zehntel": 10.0,
}
EVERY_NTH: dict[str, float] = {
    "zweite": 50.0,
    "dritte": 100 / 3,
    "vierte": 25.0,
    "fünfte": 20.0,
    "zehnte": 10.0,
}
EVERY_WORDS: frozenset[str] = frozenset({"jeder", "jede"})

# Qualifiers as written before a number; several may chain ("insgesamt mehr als").
QUALIFIERS: tuple[str, ...] = (
    "nicht weniger als",
    "nicht mehr als",
    "deutlich mehr als",
    "weit mehr als",
    "etwas mehr als",
    "knapp mehr als",
    "mehr als",
    "weniger als",
    "bis zu",
    "weit über",
    "knapp über",
    "knapp unter",
    "deutlich über",
    "deutlich unter",
    "weit unter",
    "rund",
    "etwa",
    "ca.",
    "circa",
    "zirka",
    "beinahe",
    "knapp",
    "über",
    "unter",
    "fast",
    "mindestens",
    "höchstens",
    "maximal",
    "insgesamt",
    "sogar",
    "nahezu",
    "annähernd",
    "ungefähr",
    "schätzungsweise",
    "gut",
    "nur",
    "lediglich",
    "allein",
    "bereits",
    "an die",
    "more than",
    "less than",
    "fewer than",
    "no more than",
    "no fewer than",
    "as many as",
    "as much as",
    "up to",
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "at least",
    "at most",
    "over",
    "under",
    "some",
    "just over",
    "just under",
    "only",
    "an estimated",
    "a total of",
    "well over",
)
_QUALIFIER_RE = re.compile(
    r"(?i)(?<![\w.])((?:(?:"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+)+)(?:von\s+|of\s+)?$"
)

RANGE_WORDS: frozenset[str] = frozenset({"bis", "to"})
RANGE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})
BETWEEN_WORDS: dict[str, str] = {"zwischen": "und", "between": "and"}
PARTITIVE_PRONOUNS: frozenset[str] = frozenset(
    {
        "ihnen",
        "denen",
        "uns",
        "euch",
        "them",
        "us",
        "those",
        "these",
        "which",
        "whom",
    }
)
OF_WORDS: frozenset[str] = frozenset({"von", "of"})
DE_ADJ_TAGS: frozenset[str] = frozenset({"ADJ(A)", "ADJ(D)", "ADJA", "ADJD"})
EN_SKIP_TAGS: frozenset[str] = frozenset({"AJ0", "AJC", "AJS", "NP0"})
MAX_SKIPPED_ADJECTIVES = 3
_WS = " \t\u00a0\u202f\u2009"
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")

# --------------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S")
_DE_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_DOT = re.compile(r"\d+\.\d+")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
_SEASON = re.compile(r"(\d{4})/(\d{2}|\d{4})")
_EN_CLOCK_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
_DE_WORD_HINTS = re.compile(r"(?i)\b(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dem|den|sie|von|ein|eine)\b")
_EN_WORD_HINTS = re.compile(r"(?i)\b(?:the|and|is|are|was|were|of|to|with|that|for|on|said|has|have)\b")
_LANG_SAMPLE = 20_000


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    kind: str  # "num", "word" or "sym"


@dataclass
class _Num:
    """A parsed number expression: tokens ``[first, nxt)`` of the scanner."""

    values: list[float]
    start: int
    end: int
    first: int
    nxt: int
    raw: str
    scaled: bool = False
    is_word: bool = False
    quantity_noun: bool = False


@dataclass
class _Found:
    """What the classifier found around a number expression."""

    kind: FigureKind
    end: int
    nxt: int
    start: int | None = None
    unit: str | None = None
    unit_lemma: str | None = None
    values: list[float] | None = None
    number_start: int | None = None
    number_end: int | None = None


def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    """Number, word and symbol tokens of ``text[start:end]`` with absolute offsets."""
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s = m.group()
        c = s[0]
        kind = "num" if c.isdigit() else ("word" if c.isalpha() else "sym")
        toks.append(_Tok(s, m.start(), m.end(), kind))
    return toks


def guess_language(text: str) -> str:
    """ "de" or "en" by counting frequent function words (German wins ties)."""
    sample = text[:_LANG_SAMPLE]
    de = len(_DE_WORD_HINTS.findall(sample))
    en = len(_EN_WORD_HINTS.findall(sample))
    return "en" if en > de else "de"


# --------------------------------------------------------------------------------------------------
# Number words and digit strings
# --------------------------------------------------------------------------------------------------


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
    s = "".join(ch for ch in raw if ch not in _GROUP_SPACES)
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


# --------------------------------------------------------------------------------------------------
# Lemmas
# --------------------------------------------------------------------------------------------------


def lemma_of(word: str, lang: str) -> str:
    """Lemma of a (possibly hyphenated) noun: "US-Soldaten" -> "US-Soldat", "soldiers" -> "soldier"."""
    head, sep, last = word.rpartition("-")
    if not last:
        return word
    lemma = analyze(last, lang)[0] or last
    if lang == "de" and last[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    return f"{head}{sep}{lemma}" if sep else lemma


# --------------------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------------------


class _Scanner:
    """Walks the tokens of one text slice and builds figures."""

    def __init__(self, text: str, start: int, end: int, lang: str) -> None:
        self.text = text
        self.lo = start
        self.hi = end
        self.lang = lang
        self.toks = _tokenize(text, start, end)

    # ---- token helpers -------------------------------------------------------------------------

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.text.lower() if t else ""

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``."""
        if i <= 0 or i >= len(self.toks):
            return ""
        return self.text[self.toks[i - 1].end : self.toks[i].start]

    def glued(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with no space."""
        return 0 < i < len(self.toks) and self.toks[i - 1].end == self.toks[i].start

    def near(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` on the same line, separated by spaces at most."""
        if not 0 < i < len(self.toks):
            return False
        g = self.gap(i)
        return len(g) <= 3 and all(ch in _WS for ch in g)

    def sentence_start(self, i: int) -> bool:
        """Token ``i`` opens a sentence or line."""
        if i == 0:
            return True
        return self.toks[i - 1].text in ".!?:;\"„“”»«'‚‘" or "\n" in self.gap(i)

    # ---- main loop -----------------------------------------------------------------------------

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        n = len(self.toks)
        while i < n:
            nxt = i + 1
            try:
                found = self.figure_at(i)
            except Exception:  # one odd candidate must not lose the rest of the text
                _LOG.debug("figure candidate at token %d failed", i, exc_info=True)
                found = None
            if found is not None:
                out.append(found[0])
                nxt = max(found[1], i + 1)
            i = nxt
        return out

    def is_candidate(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind == "num":
            return True
        if t.kind != "word":
            after = self.tok(i + 1)
            return t.text in CURRENCY_SYMBOLS and after is not None and after.kind == "num"
        low = t.text.lower()
        return (
            low in ARTICLE_ONES
            or low in QUANTITY_NOUNS
            or low in STANDALONE_SCALES
            or low in EVERY_WORDS
            or low in FRACTION_NOUNS
            or low in EN_ORDINALS
            or low in EN_SMALL
            or low.endswith(CANDIDATE_SUFFIXES)
        )

    def figure_at(self, i: int) -> tuple[Figure, int] | None:
        if not self.is_candidate(i):
            return None
        t = self.toks[i]
        if t.kind == "sym":
            return self.currency_first(i)
        special = self.special_word(i) if t.kind == "word" else None
        if special is not None:
            return special
        num = self.number(i)
        if num is None:
            return None
        num = self.extend_range(num)
        found = self.classify(num)
        return self.build(num, found)

    # ---- number expressions --------------------------------------------------------------------

    def number(self, i: int) -> _Num | None:
        """The number expression starting at token ``i`` (digits or words, with scale words)."""
        t = self.toks[i]
        num = self.digit_number(i) if t.kind == "num" else self.word_number(i)
        if num is None:
            return None
        self.apply_scales(num)
        return num

    def digit_number(self, i: int) -> _Num | None:
        t = self.toks[i]
        if self.glued(i) and self.toks[i - 1].kind == "word" and t.text.isdecimal():
            return _Num([], t.start, t.end, i, i + 1, t.text)  # "G20", "F-16": a label, kind other
        j = i + 1
        raw = t.text
        if t.text.isdecimal() and len(t.text) <= 3:
            while self.grouped(j):
                raw = self.text[t.start : self.toks[j].end]
                j += 1
        value = digits_value(raw, self.lang)
        values = [] if value is None else [value]
        return _Num(values, t.start, self.toks[j - 1].end, i, j, raw)

    def grouped(self, j: int) -> bool:
        """Token ``j`` continues a digit group after one space: "12 000", "1 500 000"."""
        t = self.tok(j)
        if t is None or t.kind != "num" or len(t.text) != 3 or not t.text.isdecimal():
            return False
        g = self.gap(j)
        if len(g) != 1 or g not in _GROUP_SPACES:
            return False
        after = self.tok(j + 1)
        return not (after is not None and after.kind == "num" and self.near(j + 1) and len(after.text) != 3)

    def word_number(self, i: int) -> _Num | None:
        t = self.toks[i]
        low = t.text.lower()
        if (
            t.text[:1].isupper()
            and self.lang == "de"
            and low not in QUANTITY_NOUNS
            and low not in STANDALONE_SCALES
            and not self.sentence_start(i)
        ):
            return None  # "die deutsche Elf", "außer Acht": capitalised mid-sentence is not a numeral
        if low in ARTICLE_ONES:
            return self.article_number(i)
        if low in QUANTITY_NOUNS:
            return self.quantity_noun(i, QUANTITY_NOUNS[low])
        if low in STANDALONE_SCALES:
            return _Num(
                [SCALES.get(low, 1e6) if low in SCALES else (1e6 if "mill" in low else 1e9)],
                t.start,
                t.end,
                i,
                i + 1,
                t.text,
                scaled=True,
                is_word=True,
                quantity_noun=True,
            )
        value = de_cardinal(low)
        if value is None:
            value = en_cardinal(low)
        if value is None:
            return None
        return _Num([value], t.start, t.end, i, i + 1, t.text, is_word=True)

    def quantity_noun(self, i: int, value: float) -> _Num:
        """ "Dutzende", "thousands", "tens of thousands", "ein Dutzend"."""
        t = self.toks[i]
        start = t.start
        if t.text.lower() == "thousands" and self.low(i - 2) == "tens" and self.low(i - 1) == "of":
            value, start = 1e4, self.toks[i - 2].start
        if t.text.lower() == "thousands" and self.low(i - 2) == "hundreds" and self.low(i - 1) == "of":
            value, start = 1e5, self.toks[i - 2].start
        return _Num([value], start, t.end, i, i + 1, t.text, is_word=True, quantity_noun=True)

    def article_number(self, i: int) -> _Num | None:
        """ "eine Million", "eine halbe Million", "a billion", "ein Dutzend", "half a million"."""
        t = self.toks[i]
        j = i + 1
        factor = 1.0
        if self.low(j) in HALF_WORDS and self.near(j):
            factor, j = 0.5, j + 1
        word = self.low(j)
        if not self.near(j):
            return None
        if word in ("dutzend", "dozen"):
            return _Num([12 * factor], t.start, self.toks[j].end, i, j + 1, t.text, is_word=True, quantity_noun=True)
        if word in SCALES or word in ("milliarde", "million"):
            start = t.start
            if self.low(i - 1) == "half" and self.near(i):
                factor, start = 0.5, self.toks[i - 1].start
            return _Num([factor], start, t.end, i, j, t.text, is_word=True)
        return None

    def apply_scales(self, num: _Num) -> None:
        """Multiply by following scale words: "125 Mio.", "sechs Millionen", "$5bn", "two hundred"."""
        j = num.nxt
        for _ in range(2):
            t = self.tok(j)
            if t is None or t.kind != "word":
                return
            low = t.text.lower()
            if self.glued(j) and low in GLUED_SCALES and self.toks[j - 1].kind == "num":
                factor = GLUED_SCALES[low]
            elif self.near(j) and low in SCALES:
                factor = SCALES[low]
            elif self.near(j) and t.text in ("Billion", "billion"):
                factor = 1e12 if t.text == "Billion" and self.lang == "de" else 1e9
            else:
                return
            if low in ("hundert", "tausend") and t.text[:1].isupper() and not num.values:
                return
            num.values = [v * factor for v in num.values]
            num.scaled = True
            end_i = j
            if low in SCALE_ABBREVIATIONS and self.low(j + 1) == "." and self.glued(j + 1):
                end_i = j + 1
            num.end = self.toks[end_i].end
            j = end_i + 1
            num.nxt = j

    def extend_range(self, num: _Num) -> _Num:
        """Join "300 bis 450", "1,7 bis 3,1 Milliarden", "zwischen fünf und 20", "2014-2016"."""
        j = num.nxt
        conn = self.tok(j)
        if conn is None or not num.values:
            return num
        low = conn.text.lower()
        between = BETWEEN_WORDS.get(self.low(num.first - 1))
        dash = conn.text in RANGE_DASHES and (self.glued(j) or self.near(j))
        if not (low in RANGE_WORDS and self.near(j)) and not dash and not (between and low == between):
            return num
        if self.low(j + 1) == "zu":  # "300 bis zu 500" is a bound, not a range start
            return num
        nxt_tok = self.tok(j + 1)
        if nxt_tok is None or (not self.near(j + 1) and not self.glued(j + 1)):
            return num
        if nxt_tok.kind == "word" and nxt_tok.text.lower() in ARTICLE_ONES:
            return num
        second = self.number(j + 1) if nxt_tok.kind in ("num", "word") else None
        if second is None or not second.values or second.quantity_noun:
            return num
        return self.merge_range(num, second, between is not None)

    def merge_range(self, first: _Num, second: _Num, between: bool) -> _Num:
        low_v, high_v = first.values[0], second.values[0]
        if second.scaled and not first.scaled and low_v < high_v / 100 * 1000 and low_v < 1000:
            factor = self.scale_factor(second)
            low_v = low_v * factor
        if low_v > high_v:
            return first
        start = self.toks[first.first - 1].start if between else first.start
        return _Num(
            [low_v, high_v],
            start,
            second.end,
            first.first,
            second.nxt,
            self.text[first.start : second.end],
            scaled=first.scaled or second.scaled,
            is_word=first.is_word and second.is_word,
        )

    def scale_factor(self, num: _Num) -> float:
        """The factor a scaled number carries (second value / unscaled second value)."""
        t = self.toks[num.first]
        base = digits_value(t.text, self.lang) if t.kind == "num" else (de_cardinal(t.text) or en_cardinal(t.text))
        if not base or not num.values:
            return 1.0
        return num.values[0] / base

    # ---- special words ---------------------------------------------------------------------------

    def special_word(self, i: int) -> tuple[Figure, int] | None:
        """Ordinal words, "jeder Dritte", "zwei Drittel", "die Hälfte"."""
        t = self.toks[i]
        low = t.text.lower()
        if low in EVERY_WORDS and self.near(i + 1):
            share = EVERY_NTH.get(self.low(i + 1))
            if share is not None:
                end = self.toks[i + 1].end
                return self.simple(t.start, end, t.start, end, [share], "percent", None), i + 2
            return None
        if low == "hälfte" and self.low(i - 1) in ("die", "der", "zur", "eine", "knapp", "gut"):
            return self.simple(t.start, t.end, t.start, t.end, [50.0], "percent", t.text), i + 1
        if low in FRACTION_NOUNS and low != "hälfte":
            return self.fraction(i)
        return self.ordinal_word(i)

    def fraction(self, i: int) -> tuple[Figure, int] | None:
        t = self.toks[i]
        prev = self.low(i - 1)
        count = 1.0 if prev in ARTICLE_ONES else de_cardinal(prev)
        if count is None or not self.near(i):
            return None
        start = self.toks[i - 1].start
        value = count * FRACTION_NOUNS[t.text.lower()]
        return self.simple(start, t.end, start, t.end, [value], "percent", t.text), i + 1

    def ordinal_word(self, i: int) -> tuple[Figure, int] | None:
        t = self.toks[i]
        low = t.text.lower()
        if self.low(i - 1) not in ORDINAL_CUES or not self.near(i):
            return None
        value: float | None = EN_ORDINALS.get(low)
        if value is None and self.lang == "de":
            value = de_ordinal(low)
        if value is None:
            return None
        unit, lemma, end, nxt = self.counted_noun(i + 1, t.end)
        return self.simple(t.start, end, t.start, t.end, [float(value)], "ordinal", unit, lemma), nxt

    def currency_first(self, i: int) -> tuple[Figure, int] | None:
        """ "$5 million", "€ 300", "US$ 12"."""
        sym = self.toks[i]
        if not (self.glued(i + 1) or self.near(i + 1)):
            return None
        num = self.number(i + 1)
        if num is None or not num.values:
            return None
        num = self.extend_range(num)
        start = sym.start
        if self.low(i - 1) == "us" and self.glued(i):
            start = self.toks[i - 1].start
        unit = self.text[start : sym.end]
        lemma = CURRENCY_SYMBOLS[sym.text]
        found = _Found("money", num.end, num.nxt, start=start, unit=unit, unit_lemma=lemma)
        return self.build(num, found)

    # ---- classification ---------------------------------------------------------------------------

    def classify(self, num: _Num) -> _Found:
        """Decide kind, unit and span end of a number expression."""
        checks = (
            self.as_dotted,
            self.as_label,
            self.as_month_date,
            self.as_clock,
            self.as_hyphen_compound,
            self.as_fraction,
            self.as_percent,
            self.as_money,
            self.as_year,
        )
        for check in checks:
            found = check(num)
            if found is not None:
                return found
        return self.as_counted(num)

    def as_label(self, num: _Num) -> _Found | None:
        """ "G20", "Artikel 5", "Platz 3", "2:1", "3D": numbers that name rather than count."""
        if not num.values:
            return _Found("other", num.end, num.nxt)
        prev = self.low(num.first - 1)
        nxt = self.tok(num.nxt)
        if nxt is not None and self.glued(num.nxt) and nxt.kind == "word" and not num.scaled:
            if nxt.text.lower() in EN_ORDINAL_SUFFIXES:
                unit, lemma, end, after = self.counted_noun(num.nxt + 1, nxt.end)
                return _Found("ordinal", end, after, unit=unit, unit_lemma=lemma, number_end=nxt.end)
            return _Found("other", num.end, num.nxt)
        if ":" in num.raw and not _CLOCK.fullmatch(num.raw):
            return _Found("other", num.end, num.nxt)
        if prev in LABEL_NOUNS and not num.is_word and self.near(num.first) and not num.scaled:
            return _Found("other", num.end, num.nxt)
        return self.as_bracket_age(num)

    def as_bracket_age(self, num: _Num) -> _Found | None:
        """ "Heino (77) sagte": an age in brackets right after a name."""
        if num.is_word or num.scaled or not num.raw.isdecimal() or not 1 <= num.values[0] <= 120:
            return None
        if self.low(num.first - 1) != "(" or self.low(num.nxt) != ")":
            return None
        name = self.tok(num.first - 2)
        if name is None or name.kind != "word" or not name.text[:1].isupper():
            return None
        return _Found("age", num.end, num.nxt)

    def as_dotted(self, num: _Num) -> _Found | None:
        """ "29.4.2016", "12.10.", "12. Oktober", "der 3. Platz", and "… waren es 12." at a sentence end."""
        m = _DOTTED_DATE.fullmatch(num.raw)
        if m and int(m.group(1)) <= 31 and int(m.group(2)) <= 12:
            return _Found("date", num.end, num.nxt, values=[float(g) for g in m.groups()])
        if num.scaled or num.is_word or not num.values or self.low(num.nxt) != "." or not self.glued(num.nxt):
            return None
        dot = self.toks[num.nxt]
        m = _DAY_MONTH.fullmatch(num.raw)
        if m and int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            return _Found("date", dot.end, num.nxt + 1, values=[float(g) for g in m.groups()])
        if not num.raw.isdecimal() or len(num.raw) > 3:
            return None
        date = self.day_month(num, num.nxt + 1)
        if date is not None:
            return date
        if self.lang == "en" or not self.ordinal_dot(num.first, num.nxt + 1):
            return None
        unit, lemma, end, after = self.counted_noun(num.nxt + 1, dot.end)
        return _Found("ordinal", end, after, unit=unit, unit_lemma=lemma, number_end=dot.end)

    def ordinal_dot(self, first: int, after: int) -> bool:
        """Whether "12." is an ordinal ("der 12. Bezirk") rather than a count ending a sentence."""
        if self.low(first - 1) in ORDINAL_CUES:
            return True
        nxt = self.tok(after)
        if nxt is None or not self.near(after):
            return False
        if nxt.kind == "num":
            return False
        if nxt.text in ")]/,;–-":  # "(41.)", "(81./Elfmeter)": a match minute or rank
            return True
        if nxt.kind == "word" and nxt.text[:1].islower():
            return True
        return nxt.kind == "word" and nxt.text.lower() not in SENTENCE_OPENERS

    def day_month(self, num: _Num, j: int) -> _Found | None:
        """ "12. Oktober", "3. März 2015" (``j`` is the token after the day's dot)."""
        month = self.month_at(j)
        if month is None or int(num.values[0]) > 31:
            return None
        values = [num.values[0], float(month[0])]
        end_i = month[1]
        year = self.tok(end_i + 1)
        if year is not None and year.kind == "num" and len(year.text) == 4 and self.near(end_i + 1):
            values.append(float(year.text))
            end_i += 1
        end = self.toks[end_i].end
        return _Found("date", end, end_i + 1, values=values, number_end=end)

    def month_at(self, j: int) -> tuple[int, int] | None:
        """``(month, last token index)`` if token ``j`` is a month name (with an abbreviation dot)."""
        t = self.tok(j)
        if t is None or t.kind != "word":
            return None
        low = t.text.lower()
        month = MONTHS.get(low)
        if month is None or (low in AMBIGUOUS_MONTHS and not t.text[:1].isupper()):
            return None
        last = j
        if low in MONTH_ABBREVIATIONS:
            if self.low(j + 1) != "." or not self.glued(j + 1):
                return None
            last = j + 1
        return month, last

    def as_month_date(self, num: _Num) -> _Found | None:
        """ "Oktober 2024", "October 12, 2024", "12 October 2024"."""
        if num.is_word or num.scaled or not num.raw.isdecimal():
            return None
        value = int(num.raw)
        month = self.month_before(num.first)
        if month is not None:
            m_start = self.toks[month[1]].start
            if len(num.raw) == 4 and 1000 <= value <= 2100:
                return _Found(
                    "date", num.end, num.nxt, start=m_start, values=[float(month[0]), value], number_start=m_start
                )
            if self.lang == "en" and 1 <= value <= 31:
                return self.en_month_day(num, month, m_start)
        if self.lang == "en" and 1 <= value <= 31 and self.near(num.nxt):
            found = self.month_at(num.nxt)
            if found is not None:
                return self.day_month(num, num.nxt)
        return None

    def month_before(self, first: int) -> tuple[int, int] | None:
        """``(month, index of month token)`` when a month name directly precedes token ``first``."""
        j = first - 1
        if self.low(j) == "." and self.glued(j):
            j -= 1
        if j < 0 or not self.near(first):
            return None
        found = self.month_at(j)
        return (found[0], j) if found is not None else None

    def en_month_day(self, num: _Num, month: tuple[int, int], m_start: int) -> _Found:
        values = [float(month[0]), num.values[0]]
        end_i = num.nxt - 1
        if self.low(num.nxt) == "," and self.tok(num.nxt + 1) is not None:
            year = self.toks[num.nxt + 1]
            if year.kind == "num" and len(year.text) == 4 and self.near(num.nxt + 1):
                values.append(float(year.text))
                end_i = num.nxt + 1
        end = self.toks[end_i].end
        return _Found("date", end, end_i + 1, start=m_start, values=values, number_start=m_start, number_end=end)

    def as_clock(self, num: _Num) -> _Found | None:
        """ "15 Uhr", "15.30 Uhr", "15:30", "3 p.m."."""
        if num.is_word and self.lang == "de" and self.low(num.nxt) != "uhr":
            return None
        m = _CLOCK.fullmatch(num.raw)
        values = [float(m.group(1)), float(m.group(2))] if m else num.values[:1]
        if self.low(num.nxt) == "uhr" and self.near(num.nxt) and not num.scaled and values[0] <= 24:
            t = self.toks[num.nxt]
            return _Found("time", t.end, num.nxt + 1, values=values)
        clock_cue = ":" in num.raw or self.low(num.first - 1) in CLOCK_CUES
        if m and clock_cue and int(m.group(1)) <= 24 and int(m.group(2)) < 60:
            return _Found("time", num.end, num.nxt, values=values)
        if self.lang == "en" and not num.scaled and values[0] <= 12:
            suffix = _EN_CLOCK_AFTER.match(self.text, num.end, self.hi)
            if suffix is not None:
                end = suffix.end()
                nxt = num.nxt
                while nxt < len(self.toks) and self.toks[nxt].start < end:
                    nxt += 1
                return _Found("time", end, nxt, values=values)
        return None

    def as_hyphen_compound(self, num: _Num) -> _Found | None:
        """ "37-jährige", "37-Jährige", "37-year-old", "20-Prozent-Marke", "5-Sterne-Hotel"."""
        dash = self.tok(num.nxt)
        word = self.tok(num.nxt + 1)
        if dash is None or word is None or dash.text != "-" or not self.glued(num.nxt):
            return None
        if not self.glued(num.nxt + 1) or word.kind != "word":
            return None
        end = word.end
        if AGE_SUFFIX_RE.match(self.text, word.start, self.hi):
            m = AGE_SUFFIX_RE.match(self.text, word.start, self.hi)
            end = max(end, m.end()) if m else end
            unit, lemma, end2, nxt = self.counted_noun(num.nxt + 2, end)
            if word.text[:1].isupper():
                unit, lemma = word.text, lemma_of(word.text, self.lang)
            nxt_i = num.nxt + 2
            while nxt_i < len(self.toks) and self.toks[nxt_i].start < end2:
                nxt_i += 1
            return _Found("age", end2, max(nxt, nxt_i), unit=unit, unit_lemma=lemma)
        low = word.text.lower()
        if low.startswith(("prozent", "percent")):
            return _Found("percent", word.end, num.nxt + 2, unit=word.text, unit_lemma="Prozent")
        lemma = lemma_of(word.text, self.lang)
        return _Found("other", word.end, num.nxt + 2, unit=word.text, unit_lemma=lemma)

    def as_fraction(self, num: _Num) -> _Found | None:
        """ "zwei Drittel", "drei Viertel": a share, kind percent, value in per cent."""
        t = self.tok(num.nxt)
        if t is None or not self.near(num.nxt) or num.scaled or not num.values:
            return None
        share = FRACTION_NOUNS.get(t.text.lower())
        if share is None or t.text.lower() == "hälfte":
            return None
        return _Found(
            "percent", t.end, num.nxt + 1, unit=t.text, unit_lemma=t.text, values=[v * share for v in num.values]
        )

    def as_percent(self, num: _Num) -> _Found | None:
        """ "25 Prozent", "25 %", "25%", "25 per cent", "3 Prozentpunkte"."""
        t = self.tok(num.nxt)
        if t is None or not (self.near(num.nxt) or self.glued(num.nxt)):
            return None
        low = t.text.lower()
        if t.text == "%":
            return _Found(
                "percent", t.end, num.nxt + 1, unit="%", unit_lemma="percent" if self.lang == "en" else "Prozent"
            )
        if low in PERCENT_WORDS:
            return _Found("percent", t.end, num.nxt + 1, unit=t.text, unit_lemma=lemma_of(t.text, self.lang))
        if low == "per" and self.low(num.nxt + 1) == "cent" and self.near(num.nxt + 1):
            end = self.toks[num.nxt + 1].end
            return _Found("percent", end, num.nxt + 2, unit=self.text[t.start : end], unit_lemma="percent")
        return None

    def as_money(self, num: _Num) -> _Found | None:
        """ "300.000 Euro", "125 Mio. Euro", "1,7 Milliarden Euro", "5 Millionen US-Dollar", "20 €"."""
        j = num.nxt
        t = self.tok(j)
        if t is None or not (self.near(j) or self.glued(j)):
            return None
        if t.text in CURRENCY_SYMBOLS:
            return _Found("money", t.end, j + 1, unit=t.text, unit_lemma=CURRENCY_SYMBOLS[t.text])
        lemma = CURRENCY_WORDS.get(t.text.lower())
        if lemma is None:
            return None
        return _Found("money", t.end, j + 1, unit=t.text, unit_lemma=lemma)

    def as_year(self, num: _Num) -> _Found | None:
        """ "2014", "im Jahr 2013", "seit 2015", "2015/16", "2014 bis 2016" -- unless a noun follows."""
        if num.is_word or num.scaled:
            return None
        m = _SEASON.fullmatch(num.raw)
        if m:
            return _Found("year", num.end, num.nxt, values=[float(m.group(1)), float(m.group(2))])
        if not all(_year_like(v) for v in num.values) or not _plain_year(self.toks[num.first].text):
            return None
        prev = self.low(num.first - 1)
        if prev in YEAR_CUES and prev != "of":
            return _Found("year", num.end, num.nxt)
        unit, _lemma, _end, _nxt = self.counted_noun(num.nxt, num.end)
        if unit is not None or self.low(num.nxt) in OF_WORDS:
            return None
        return _Found("year", num.end, num.nxt)

    def as_counted(self, num: _Num) -> _Found:
        """A count with the noun it counts; a duration or age when the noun is a time unit."""
        j = num.nxt
        if self.low(j) in OF_WORDS and self.near(j):
            pronoun = self.low(j + 1)
            if pronoun in PARTITIVE_PRONOUNS:
                return _Found("count", num.end, j)
            if num.quantity_noun and self.near(j + 1):
                j += 1
        unit, lemma, end, nxt = self.counted_noun(j, num.end)
        if unit is None:
            return _Found("age" if self.is_age(num, num.nxt) else "count", num.end, num.nxt)
        kind: FigureKind = "count"
        if unit.lower() in DURATION_UNITS:
            kind = "age" if self.is_age(num, nxt) else "duration"
            if kind == "age" and self.low(nxt) in AGE_AFTER:
                end, nxt = self.toks[nxt].end, nxt + 1
        elif unit.lower() in CURRENCY_WORDS:
            kind = "money"
        return _Found(kind, end, nxt, unit=unit, unit_lemma=lemma)

    def is_age(self, num: _Num, after: int) -> bool:
        """ "37 Jahre alt", "im Alter von 40 Jahren", "aged 40 years", "40 years old"."""
        if self.low(after) in AGE_AFTER and self.near(after):
            return True
        j = num.first - 1
        if self.low(j) in ("von", "of") and self.low(j - 1) in ("alter", "age") and not num.is_word:
            return True
        return self.low(j) == "aged"

    def counted_noun(self, j: int, end: int) -> tuple[str | None, str | None, int, int]:
        """``(unit, lemma, new end, next token)`` for the noun counted from token ``j`` on.

        Skips up to three adjectives ("12.000 nordkoreanische Soldaten", "12,000 North Korean troops").
        """
        skipped = 0
        while skipped <= MAX_SKIPPED_ADJECTIVES:
            t = self.tok(j)
            if t is None or t.kind != "word" or not self.near(j):
                return None, None, end, j - skipped
            if self.lang == "de":
                if t.text[:1].isupper():
                    return t.text, lemma_of(t.text, "de"), t.end, j + 1
                if analyze(t.text, "de")[1] not in DE_ADJ_TAGS or de_ordinal(t.text) is not None:
                    return None, None, end, j - skipped
            else:
                _lemma, tag = analyze(t.text, "en")
                if tag.startswith("NN") or (tag == "UNC" and t.text[:1].isupper()):
                    return t.text, lemma_of(t.text, "en"), t.end, j + 1
                if tag not in EN_SKIP_TAGS and not (tag == "VVN" and skipped == 0):
                    return None, None, end, j - skipped
                if tag == "NP0" and not self.next_is_word(j):
                    return t.text, t.text, t.end, j + 1
            j += 1
            skipped += 1
        return None, None, end, j - skipped

    def next_is_word(self, j: int) -> bool:
        t = self.tok(j + 1)
        return t is not None and t.kind == "word" and self.near(j + 1)

    # ---- building --------------------------------------------------------------------------------

    def qualifier(self, start: int) -> tuple[str | None, int]:
        """The qualifier written right before ``start`` ("mehr als", "insgesamt mehr als") and its start."""
        window_start = max(self.lo, start - 60)
        m = _QUALIFIER_RE.search(self.text, window_start, start)
        if m is None:
            return None, start
        q_text = m.group(1)
        return q_text.strip(), m.start(1)

    def build(self, num: _Num, found: _Found) -> tuple[Figure, int]:
        n_start = found.number_start if found.number_start is not None else num.start
        n_end = found.number_end if found.number_end is not None else num.end
        start = found.start if found.start is not None else num.start
        end = max(found.end, n_end)
        qualifier = None
        if found.kind in ("count", "money", "percent", "duration", "age", "other"):
            qualifier, start = self.qualifier(start)
            if qualifier is not None and start > n_start:
                start = n_start
        values = found.values if found.values is not None else num.values
        fig = self.simple(start, end, n_start, n_end, values, found.kind, found.unit, found.unit_lemma, qualifier)
        return fig, found.nxt

    def simple(
        self,
        start: int,
        end: int,
        n_start: int,
        n_end: int,
        values: list[float],
        kind: FigureKind,
        unit: str | None,
        unit_lemma: str | None = None,
        qualifier: str | None = None,
    ) -> Figure:
        """A Figure with ``text`` taken from the source text."""
        if unit is not None and unit_lemma is None:
            unit_lemma = lemma_of(unit, self.lang)
        n_start, n_end = max(start, n_start), min(end, n_end)
        return Figure(
            start=start,
            end=end,
            number_start=n_start,
            number_end=max(n_start, n_end),
            text=self.text[start:end],
            values=list(values),
            unit=unit,
            unit_lemma=unit_lemma,
            qualifier=qualifier,
            kind=kind,
        )


def _year_like(value: float) -> bool:
    return 1000 <= value <= 2100 and value == int(value)


def _plain_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdecimal()


def _clamp(text: str, start: int, end: int | None) -> tuple[int, int]:
    n = len(text)
    lo = min(max(start, 0), n)
    hi = n if end is None else min(max(end, 0), n)
    return lo, max(lo, hi)


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def extract_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every number in ``text[start:end]`` as a :class:`Figure` with offsets into the full ``text``.

    The language for separator conventions ("12.000" vs "12,000") is guessed from the whole text.
    Never raises: malformed input gives an empty list.
    """
    try:
        if not isinstance(text, str) or not text:
            return []
        lo, hi = _clamp(text, int(start), end if end is None else int(end))
        if lo >= hi:
            return []
        return _Scanner(text, lo, hi, guess_language(text)).run()
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
