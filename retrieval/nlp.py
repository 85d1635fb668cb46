"""The language tools every stage shares, each loaded once per process.

- SoMaJo, the tokenizer and sentence splitter (``somajo(language)``);
- HanTa, the lemmatiser and part-of-speech tagger (``tagger(language)``, ``analyze(word, language)``);
- the one table of quotation marks (``QUOTE_PAIRS``, ``QUOTE_CHARS``, ``unify_quotes``).

Loading SoMaJo or HanTa takes a second and tens of MB; a second copy of either is a bug.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

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
        from HanTa import HanoverTagger as ht

        model = ht.HanoverTagger("morphmodel_en.pgz" if language == "en" else "morphmodel_ger.pgz")
    except Exception:  # a missing model must not break indexing: lemmas fall back to the surface form
        log.warning("HanTa model for %s unavailable; lemmas fall back to the surface form", language)
        return None
    # HanTa analyses each word outside its built-in list of frequent words anew in every sentence, a few ms each
    # (names, compounds: most of tagging time); the analysis depends on the word alone, so keep it.
    model.analyze_forward = functools.lru_cache(maxsize=_WORD_ANALYSES)(model.analyze_forward)
    # ... and so does its lemma's path through the morphemes, given the tag (HanTa lowers the word first, so "Die" and
    # "die", "Mehr" and "mehr" share one): in tagged sentences and in ``analyze`` alike.
    model.analyze_viterbi = functools.lru_cache(maxsize=_LEMMA_PATHS)(model.analyze_viterbi)
    return model


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
