"""The words figures are read from, loaded once from ``data/`` when the package is imported.

Vocabulary (number words, scales, currencies, months, cue words, qualifiers) lives in plain UTF-8 files,
one entry a line, ``#`` comments, tab-separated fields where an entry has a value: adding a currency or a
qualifier is a data change, not a code change. Word endings and part-of-speech tags, which only make sense
next to the code that uses them, stay here.
"""

from __future__ import annotations

import functools
from importlib.resources import files

_DATA = files("retrieval.figures") / "data"


@functools.cache
def _lines(name: str) -> tuple[str, ...]:
    """The entries of ``data/name``: non-empty lines without ``#`` comments, in file order (each file read once)."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return tuple(line.rstrip("\r") for line in text.split("\n") if line.strip() and not line.startswith("#"))


def _words(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def _rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each entry; a row with too few fields is a broken data file."""
    rows = [line.split("\t") for line in _lines(name)]
    for row in rows:
        if len(row) < 2:
            raise ValueError(f"{name}: expected tab-separated fields, got {row[0]!r}")
    return rows


def _number(field: str) -> float:
    """ "12" -> 12 (an int, as written), "1e6" -> 1e6, "1.5" -> 1.5, "100/3" -> 33.33…"""
    if field.isdecimal():
        return int(field)
    numerator, slash, denominator = field.partition("/")
    return float(numerator) / float(denominator) if slash else float(field)


def _values(name: str, role: str | None = None) -> dict[str, float]:
    """``{word: value}`` from a TSV file, only the rows whose third field is ``role`` when one is given."""
    return {row[0]: _number(row[1]) for row in _rows(name) if role is None or row[2] == role}


def _ints(name: str, role: str | None = None) -> dict[str, int]:
    """Like ``_values`` for tables of whole numbers (number words, months)."""
    return {word: int(value) for word, value in _values(name, role).items()}


def _flagged(name: str, flag: str) -> frozenset[str]:
    """Words whose third field (comma-separated flags) holds ``flag``."""
    return frozenset(row[0] for row in _rows(name) if len(row) > 2 and flag in row[2].split(","))


# Number words.
DE_UNITS = _ints("number_words.tsv", "de_unit")
DE_TEENS = _ints("number_words.tsv", "de_teen")
DE_TENS = _ints("number_words.tsv", "de_tens")
DE_HALVES = _values("number_words.tsv", "de_half")
EN_SMALL = _ints("number_words.tsv", "en_small")
EN_TENS = _ints("number_words.tsv", "en_tens")
DE_ORDINAL_STEMS = _ints("ordinals.tsv", "de_stem")
EN_ORDINALS = _ints("ordinals.tsv", "en")
ARTICLE_ONES = _words("article_ones.txt")
HALF_WORDS = _words("half_words.txt")
QUANTITY_NOUNS = _values("quantity_nouns.tsv")

# Scales.
_SCALE_FACTORS = _values("scales.tsv")
SCALES = {w: f for w, f in _SCALE_FACTORS.items() if w in _flagged("scales.tsv", "after")}
GLUED_SCALES = {w: f for w, f in _SCALE_FACTORS.items() if w in _flagged("scales.tsv", "glued")}
STANDALONE_SCALES = {w: f for w, f in _SCALE_FACTORS.items() if w in _flagged("scales.tsv", "alone")}
SCALE_ABBREVIATIONS = _flagged("scales.tsv", "abbrev")

# Units: money, per cent, time, age.
CURRENCY_WORDS = {row[0]: row[1] for row in _rows("currency_words.tsv")}
CURRENCY_SYMBOLS = {row[0]: row[1] for row in _rows("currency_symbols.tsv")}
PERCENT_WORDS = _words("percent_words.txt")
FRACTION_NOUNS = _values("fractions.tsv")
EVERY_NTH = _values("every_nth.tsv")
DURATION_UNITS = _words("duration_units.txt")
AGE_AFTER = _words("age_words.txt")
# Adjectives of a number and a unit ("22-stündigen", "zweitägige"): stem -> kind, unit lemma ("-": the noun after).
COMPOUND_ADJECTIVES = {row[0]: (row[1], row[2]) for row in _rows("compound_adjectives.tsv")}
# Units a German article counts one of ("bei etwa einer Sekunde", "ein Prozent"); not after "eines" ("eines Tages").
ARTICLE_UNITS: frozenset[str] = frozenset(
    {"sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr", "jahrzehnt", "jahrhundert", "prozent"}
)
ADJECTIVE_ENDINGS: tuple[str, ...] = ("en", "er", "es", "em", "e", "")

# Dates and times.
MONTHS = _ints("months.tsv")
MONTH_ABBREVIATIONS = _flagged("months.tsv", "abbrev")
AMBIGUOUS_MONTHS = _flagged("months.tsv", "ambiguous")
CLOCK_CUES = _words("clock_cues.txt")
YEAR_CUES = _words("year_cues.txt")
COUNT_QUALIFIERS = _words("count_qualifiers.txt")

# Context words.
LABEL_NOUNS = _words("label_nouns.txt")
ORDINAL_CUES = _words("ordinal_cues.txt")
SENTENCE_OPENERS = _words("sentence_openers.txt")
PARTITIVE_PRONOUNS = _words("partitive_pronouns.txt")
QUALIFIERS = _lines("qualifiers.txt")

# Grammar the rules are written against, kept next to them.
EVERY_WORDS: frozenset[str] = frozenset({"jeder", "jede"})
OF_WORDS: frozenset[str] = frozenset({"von", "of"})
RANGE_WORDS: frozenset[str] = frozenset({"bis", "to"})
RANGE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})
BETWEEN_WORDS: dict[str, str] = {"zwischen": "und", "between": "and"}
ORDINAL_ENDINGS: tuple[str, ...] = ("en", "er", "es", "em", "e")
EN_ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})
DE_ADJ_TAGS: frozenset[str] = frozenset({"ADJ(A)", "ADJ(D)", "ADJA", "ADJD"})
EN_SKIP_TAGS: frozenset[str] = frozenset({"AJ0", "AJC", "AJS", "NP0"})
MAX_SKIPPED_ADJECTIVES = 3
# Cheap pre-filter: word endings of number words, ordinals and fractions (keep in step with the data files).
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
    "ig",  # "zweitägig", "-e", "-en", "-er", "-es", "-em": ``compounds``
    "ige",
)
