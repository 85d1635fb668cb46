"""The noun a number counts ("12.000 nordkoreanische Soldaten" -> "Soldaten") and its lemma."""

from __future__ import annotations

from retrieval.figures.lexicon import DE_ADJ_TAGS, EN_SKIP_TAGS, MAX_SKIPPED_ADJECTIVES
from retrieval.figures.numbers import de_ordinal
from retrieval.figures.tokens import Tokens
from retrieval.nlp import analyze


def lemma_of(word: str, lang: str) -> str:
    """Lemma of a (possibly hyphenated) noun: "US-Soldaten" -> "US-Soldat", "soldiers" -> "soldier"."""
    head, sep, last = word.rpartition("-")
    if not last:
        return word
    lemma = analyze(last, lang)[0] or last
    if lang == "de" and last[:1].isupper():
        lemma = lemma[:1].upper() + lemma[1:]
    return f"{head}{sep}{lemma}" if sep else lemma


def counted_noun(toks: Tokens, j: int, end: int) -> tuple[str | None, str | None, int, int]:
    """``(unit, lemma, new end, next token)`` for the noun counted from token ``j`` on.

    Skips up to three adjectives ("12.000 nordkoreanische Soldaten", "12,000 North Korean troops").
    """
    skipped = 0
    while skipped <= MAX_SKIPPED_ADJECTIVES:
        t = toks.tok(j)
        if t is None or t.kind != "word" or not toks.near(j):
            return None, None, end, j - skipped
        if toks.lang == "de":
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
            if tag == "NP0" and not next_is_word(toks, j):
                return t.text, t.text, t.end, j + 1
        j += 1
        skipped += 1
    return None, None, end, j - skipped


def next_is_word(toks: Tokens, j: int) -> bool:
    t = toks.tok(j + 1)
    return t is not None and t.kind == "word" and toks.near(j + 1)
