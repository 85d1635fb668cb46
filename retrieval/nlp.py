"""The language tools every stage shares, each loaded once per process.

- SoMaJo, the tokenizer and sentence splitter (``somajo(language)``);
- HanTa, the lemmatiser and part-of-speech tagger (``tagger(language)``, ``analyze(word, language)``), whose word
  analyses an index may store (``consult``, ``recording``);
- the one table of quotation marks (``QUOTE_PAIRS``, ``QUOTE_CHARS``, ``unify_quotes``).

Loading SoMaJo or HanTa takes a second and tens of MB; a second copy of either is a bug.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Opening quotation mark -> the marks that may close it. German news uses „…“ and »…«, Swiss and French
# «…», English “…” and "…"; single marks ‚…‘ ‹…› and '…' nest inside. Marks that double as apostrophes
# ("don't", "Merkel's") need context to open or close: see ``AMBIGUOUS_MARKS``.
QUOTE_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": '”“"',
    "”": "”",
    '"': '"“”',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "‘": "’'",
    "’": "’",
    "'": "'’",
    "‹": "›",
    "›": "‹",
}
QUOTE_CHARS = "„“”\"«»‚‘’‹›'"
OPENING_MARKS = "„»‚«‹“"
CLOSING_MARKS = "“«‘»›”"
AMBIGUOUS_MARKS = frozenset("'’‘‚\"”“")
_UNIFIED = str.maketrans(dict.fromkeys(QUOTE_CHARS.replace("'", ""), '"'))


def unify_quotes(text: str) -> str:
    """Every double or single quotation mark (not the apostrophe ') as a plain ``"``, for comparing wording."""
    return text.translate(_UNIFIED)


_somajo_lock = threading.Lock()


@functools.cache
def somajo(language: str = "de") -> Any:
    """The SoMaJo splitter for ``language`` ("de" -> de_CMC, "en" -> en_PTB), with character offsets."""
    from somajo import SoMaJo

    return SoMaJo(
        "en_PTB" if language == "en" else "de_CMC",
        split_camel_case=False,
        split_sentences=True,
        character_offsets=True,
    )


def somajo_lock() -> threading.Lock:
    """SoMaJo is not thread-safe: hold this lock around ``tokenize_text``."""
    return _somajo_lock


#: Words whose HanTa analysis is kept (a few hundred bytes each).
_WORD_ANALYSES = 100_000
#: Words whose lemma's morphemes HanTa found for a tag, kept (about 300 bytes each).
_LEMMA_PATHS = 16_384


_loading = threading.Lock()


def tagger(language: str = "de") -> Any | None:
    """The HanTa tagger for ``language``, loaded once (by one thread, the others wait for it); None if its
    model cannot be loaded."""
    with _loading:
        return _tagger(language)


@functools.cache
def _tagger(language: str) -> Any | None:
    try:
        from retrieval import hanta

        model = hanta.load(language)  # HanTa's model, each equal value one object (24 MB less for both)
    except Exception:  # a missing model must not break indexing: lemmas fall back to the surface form
        log.warning("HanTa model for %s unavailable; lemmas fall back to the surface form", language)
        return None
    # HanTa analyses each word outside its built-in list of frequent words anew in every sentence, a few ms each
    # (names, compounds: most of tagging time); the analysis depends on the word alone, so keep it, and look it up
    # in the stored analyses of an open index before computing it (``consult``).
    # ... and so does its lemma's path through the morphemes, given the tag (HanTa lowers the word first, so "Die" and
    # "die", "Mehr" and "mehr" share one): in tagged sentences and in ``analyze`` alike.
    model.analyze_forward = _Kept(model.analyze_forward, lambda word: f"{language}:f:{word}", _WORD_ANALYSES)
    model.analyze_viterbi = _Kept(model.analyze_viterbi, lambda word, tag: f"{language}:v:{tag}:{word}", _LEMMA_PATHS)
    return model


class _Kept:
    """One of HanTa's per-word analyses, kept per process and looked up in the consulted stores before it is computed
    (``_stored_or``); while ``recording``, every analysis asked for is journaled, found or computed: an index that a
    long-lived process writes must store the words that process had analysed before as well."""

    def __init__(self, compute: Callable[..., Any], key: Callable[..., str], size: int) -> None:
        self._key = key
        self._cached = functools.lru_cache(maxsize=size)(lambda *args: _stored_or(compute, key(*args), *args))
        self.cache_clear, self.cache_info = self._cached.cache_clear, self._cached.cache_info

    def __call__(self, *args: Any) -> Any:
        result = self._cached(*args)
        journal = _journal
        if journal is not None and (key := self._key(*args)) not in journal:
            with contextlib.suppress(TypeError):  # a value JSON cannot hold: not stored, computed again
                journal[key] = encode(result)
        return result


# HanTa's analyses of the words of an index's articles, stored with the index at indexing (which computes them
# anyway: it tags every sentence) and looked up while answering, before computing one: the words of the candidate
# sentences of an answer are mostly new to the process (5,845 per 200 questions, ~17 % of answer time). A stored
# analysis is HanTa's own result for the same word and model, so answers stay the same; an index without them
# (older code, another HanTa model: see ``model_fingerprint``) has its words analysed as before.
Lookup = Callable[[str], str | None]
_lookups: list[weakref.WeakMethod[Lookup]] = []
_journal: dict[str, str] | None = None
_lookups_lock = threading.Lock()


def consult(lookup: Lookup) -> None:
    """Look up HanTa's analyses in ``lookup`` (a bound method of an open index's store: key -> stored text, or
    None) before computing them; forgotten when its store is gone or ``forget`` is called."""
    with _lookups_lock:
        _lookups.append(weakref.WeakMethod(lookup))


def forget(lookup: Lookup) -> None:
    """Stop consulting ``lookup`` (its store is closed)."""
    with _lookups_lock:
        _lookups[:] = [ref for ref in _lookups if (found := ref()) is not None and found != lookup]


@contextmanager
def recording() -> Iterator[dict[str, str]]:
    """``with recording() as analyses:`` every HanTa analysis asked for meanwhile (computed, or found in this
    process's cache or a store), by key, in the form ``consult`` reads: what indexing stores with the articles it
    analysed."""
    global _journal
    analyses: dict[str, str] = {}
    _journal = analyses
    try:
        yield analyses
    finally:
        _journal = None


def _stored_or(compute: Callable[..., Any], key: str, *args: Any) -> Any:
    for ref in list(_lookups):
        lookup = ref()
        if lookup is not None and (text := lookup(key)) is not None:
            return decode(text)
    return compute(*args)


# What an index stores of its words (``WORD_SCHEME_STATE``): the analyses its tagging asks for, and for every word as
# written the lemma path of its likeliest tag, which ``analyze`` asks for (the lemma paths answering still computed
# were 2,773 per 200 studied questions; 2,267 of them are such paths of words of the gnad articles).
STORED_WORDS = "tagged, likeliest lemma paths"
#: Longer words are not analysed for storing (HanTa's time grows with the length; no German word is this long).
_STORED_WORD_CHARS = 64


def record_words(words: Iterable[str], language: str = "de") -> None:
    """Analyse each of ``words`` as ``analyze`` does (its likeliest tag's lemma path), so that ``recording`` journals
    what answering asks HanTa of the words of an article; HanTa's own lexicon words and non-words cost nothing."""
    model = tagger(language)
    if model is None:
        return
    for word in words:
        if len(word) <= _STORED_WORD_CHARS and any(c.isalpha() for c in word):
            with contextlib.suppress(Exception):  # HanTa raises on odd input
                model.analyze(word)


def encode(analysis: list[tuple[int, float]]) -> str:
    """An analysis of HanTa (forward: ``[(tag, log-probability)]``; Viterbi: ``[(state, end)]``) as stored text.
    Floats keep every bit (``repr``), and whether they were NumPy's (HanTa mixes both): marked by a third item."""
    return json.dumps([[a, b, 1] if isinstance(b, np.float64) else [a, b] for a, b in analysis])


def decode(text: str) -> list[tuple[int, float]]:
    """The analysis ``encode`` stored, as HanTa gave it."""
    return [(a, np.float64(b)) if rest else (a, b) for a, b, *rest in json.loads(text)]


@functools.cache
def model_fingerprint() -> str:
    """Which HanTa models stored analyses came from (its version and the sizes of its model files): analyses of
    another are not consulted. Empty if HanTa cannot be found."""
    try:
        from importlib.metadata import version

        import HanTa

        folder = Path(HanTa.__file__).parent
        sizes = [(folder / f"morphmodel_{name}.pgz").stat().st_size for name in ("ger", "en")]
    except Exception:  # no HanTa: nothing is stored or consulted
        return ""
    return f"HanTa {version('HanTa')} {sizes[0]} {sizes[1]}"


@functools.lru_cache(maxsize=65536)
def english_word(word: str) -> bool:
    """Is ``word`` everyday English vocabulary: a word HanTa's English lexicon of frequent words lists, likeliest as
    something other than a proper name ("money", "groups", "killed", "votes"; not "sydney", "rooney", nor words it
    does not list: "leopoldstadt", "fpö", "Polizei")? False when the English model cannot be loaded."""
    model = tagger("en")
    if model is None:
        return False
    seen = getattr(model, "cache", None)  # HanTa's tags of the frequent words of its training text
    tags = seen.get(word.lower()) if isinstance(seen, dict) else None
    if not tags:
        return False
    likeliest = max(tags, key=lambda tag: tag[1])[0]
    return not str(model.int2tag.get(likeliest, "")).startswith("NP")


@functools.lru_cache(maxsize=65536)
def english_frequency(word: str) -> float | None:
    """How frequent ``word`` is in HanTa's English lexicon of frequent words: the log-probability of its likeliest
    reading ("people" -7.1, "allies" -10.7, "curfew" -13.2); None for a word it does not list ("conf", "sergievsky")
    or when the English model cannot be loaded."""
    model = tagger("en")
    seen = getattr(model, "cache", None) if model is not None else None
    tags = seen.get(word.lower()) if isinstance(seen, dict) else None
    if not tags:
        return None
    return float(max(tag[1] for tag in tags))


@functools.cache
def english_words() -> frozenset[str]:
    """The words of HanTa's English lexicon of frequent words, lower case ("officers", "demanded"; about 29,000);
    empty when the English model cannot be loaded."""
    model = tagger("en")
    seen = getattr(model, "cache", None) if model is not None else None
    return frozenset(w.lower() for w in seen if isinstance(w, str)) if isinstance(seen, dict) else frozenset()


UNKNOWN_BELOW = -25.0  # HanTa's best log-probability for a word its lexicon lacks ("Sirte" -32; "Presserat" -17.6)


@functools.lru_cache(maxsize=65536)
def german_name(word: str) -> bool:
    """Is ``word``, as written, a name to HanTa's German model: an acronym ("ORF"), a word it reads likeliest as a
    proper name ("Ankara", "Marino", not "Zeitung", "Beginn"), or one its lexicon lacks, as it lacks most names of
    places and people ("Sirte", "Hundstorfer")? False when the German model cannot be loaded."""
    if len(word) > 1 and word.isupper():
        return True
    model = tagger("de")
    if model is None or not word:
        return False
    try:
        tags = model.tag_word(word)
    except Exception:  # HanTa raises on odd input
        return False
    if not tags:
        return True
    tag, score = tags[0]
    return str(tag) == "NE" or float(score) < UNKNOWN_BELOW


LONGEST_NAME = 40  # letters: no name is longer, and HanTa takes most of a minute over a hostile 2,000-letter word


@functools.lru_cache(maxsize=65536)
def german_readings(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's German readings of ``word`` as written, each tag with its log-probability, likeliest first; none for a
    word longer than any name (``LONGEST_NAME``) or when the German model cannot be loaded."""
    model = tagger("de")
    if model is None or not word or len(word) > LONGEST_NAME:
        return ()
    try:
        return tuple((str(tag), float(score)) for tag, score in model.tag_word(word))
    except Exception:  # HanTa raises on odd input
        return ()


def unknown_german(word: str) -> bool:
    """Does HanTa's German lexicon lack ``word``, as it lacks most surnames ("Rutte", "Hundstorfer", "Jong-un"), so
    that its tag is a guess (``UNKNOWN_BELOW``)?"""
    readings = german_readings(word)
    return bool(readings) and readings[0][1] < UNKNOWN_BELOW


def first_name_reading(word: str) -> bool:
    """Does HanTa's German lexicon know ``word`` as a proper name, if not likeliest ("Mark": a noun, and a name)?"""
    return any(tag == "NE" and score >= UNKNOWN_BELOW for tag, score in german_readings(word))


@functools.lru_cache(maxsize=65536)
def lexicon_word(word: str) -> bool:
    """Does HanTa's German or English lexicon know ``word``, as typed or with a capital ("übernehmen", "menschen",
    "deport", "finnish"; not the typos "übernhemen", "mesnchen", "offiecrs", which they can only guess at)? False
    when neither model can be loaded."""
    if not word:
        return False
    for language, forms in (("de", (word, word[:1].upper() + word[1:])), ("en", (word,))):
        model = tagger(language)
        if model is None:
            continue
        try:
            tags = [tag for form in forms for tag in model.tag_word(form)]
        except Exception:  # HanTa raises on odd input
            continue
        if any(float(score) >= UNKNOWN_BELOW for _, score in tags):
            return True
    return False


FREQUENT_ABOVE = -16.0  # HanTa's log-probability of a common noun of its lexicon ("Kurier" -13.6, "Radio" -11.2), not
# of a compound it guesses ("Spielfeld" -17.4, "Kirchberg" -18.5, "Alpbach" -24.0)


@functools.lru_cache(maxsize=65536)
def german_noun(word: str) -> bool:
    """Is ``word``, written with a capital, a frequent German common noun to HanTa: its likeliest reading a noun of
    its lexicon ("Kurier", "Standard", "Radio", "Euro"), not a name ("Celle", "Hertz") nor a compound it guesses
    ("Saalfelden", "Alpbach")? False when the German model cannot be loaded."""
    model = tagger("de")
    if model is None or not word:
        return False
    try:
        tags = model.tag_word(word[:1].upper() + word[1:].lower())
    except Exception:  # HanTa raises on odd input
        return False
    if not tags:
        return False
    tag, score = tags[0]
    return str(tag) == "NN" and float(score) > FREQUENT_ABOVE


@functools.lru_cache(maxsize=65536)
def known_name(word: str, language: str = "de") -> bool:
    """Is ``word``, in any casing, a name a lexicon knows, and no common word: likeliest a proper name among HanTa's
    frequent English words ("chelsea", "chrysler", "fiat", "amazon") or a name of its German lexicon ("Lufthansa",
    "Gabriela", "Abdul"), with no common reading in German ("Essen", "Watt", "Wert", "lang" are names in English or
    German too) nor, in an English question, in English ("staff", which the German model reads NE). A name guessed
    for a word neither lexicon lists ("bocusini", "sharapova") is no known name: a product and a person alike."""
    model = tagger("de")
    if model is None or not word:
        return False
    try:
        tags = model.tag_word(word[:1].upper() + word[1:])
    except Exception:  # HanTa raises on odd input
        return False
    if any(str(tag) != "NE" and float(score) > FREQUENT_ABOVE for tag, score in tags):
        return False  # a German common word
    if language == "en" and english_word(word):
        return False
    german = bool(tags) and str(tags[0][0]) == "NE" and float(tags[0][1]) > FREQUENT_ABOVE
    return german or (english_frequency(word) is not None and not english_word(word))


# The tags HanTa gives a German finite verb (STTS): full, auxiliary, modal ("verhängte", "hat", "will").
FINITE = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
# ... and a preposition, alone or with its article fused ("in", "im").
PREPOSITIONS = frozenset({"APPR", "APPRART"})


@functools.lru_cache(maxsize=4096)
def compound_head(word: str) -> str | None:
    """The head of a German compound noun as written, by HanTa's morphemes: the part from its last noun on
    ("Militärabkommen" -> "abkommen", "Hochzeitsgäste" -> "gäste"); None for a word that is no such compound."""
    model = tagger("de")
    if model is None or not word:
        return None
    try:
        _, morphemes, _ = model.analyze(word, taglevel=3)
    except Exception:  # HanTa raises on odd input (lone symbols, very long tokens)
        return None
    nouns = [i for i, (_, tag) in enumerate(morphemes) if str(tag).startswith("NN")]
    written = word.lower()
    if len(nouns) < 2 or "".join(str(m) for m, _ in morphemes) != written:
        return None
    return written[sum(len(str(m)) for m, _ in morphemes[: nouns[-1]]) :]


@functools.lru_cache(maxsize=65536)
def analyze(word: str, language: str = "de") -> tuple[str, str]:
    """``(lemma, tag)`` of one word by HanTa, or ``(word, "")`` when it cannot tell."""
    model = tagger(language)
    if model is None or not word:
        return word, ""
    try:
        lemma, tag = model.analyze(word)
        return str(lemma), str(tag)
    except Exception:  # HanTa raises on odd input (lone symbols, very long tokens)
        return word, ""
