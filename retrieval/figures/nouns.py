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
                if (k := _completing_noun(toks, j)) is not None:  # "3.000 Kurz- und Mittelstreckenflügen"
                    noun = toks.toks[k]
                    return toks.text[t.start : noun.end], lemma_of(noun.text, "de"), noun.end, k + 1
                return t.text, lemma_of(t.text, "de"), t.end, j + 1
            if analyze(t.text, "de")[1] not in DE_ADJ_TAGS or de_ordinal(t.text) is not None:
                if skipped == 0 and (k := _after_extended_attribute(toks, j)) is not None:
                    noun = toks.toks[k]
                    return noun.text, lemma_of(noun.text, "de"), noun.end, k + 1
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


_COORDINATING = frozenset({"und", "oder", "bzw", "sowie"})


def _completing_noun(toks: Tokens, j: int) -> int | None:
    """The noun that completes a truncated German compound at token ``j``: "Kurz- und Mittelstreckenflügen",
    "Ein-, Zwei- und Mehrfamilienhäuser" count flights and houses. None if ``j`` is no truncated compound."""
    k = j
    while True:
        hyphen, after = toks.tok(k + 1), toks.tok(k + 2)
        if hyphen is None or after is None or hyphen.text != "-" or not toks.glued(k + 1):
            return None
        if after.text == "," and (part := toks.tok(k + 3)) is not None and part.text[:1].isupper():
            k += 3  # "Ein-, Zwei- und …": one more truncated part
            continue
        noun = toks.tok(k + 3)
        if (
            after.text.lower() not in _COORDINATING
            or noun is None
            or noun.kind != "word"
            or not noun.text[:1].isupper()
        ):
            return None
        return k + 3


MAX_ATTRIBUTE_WORDS = 5
_PARTICIPLE_ENDINGS = ("nde", "nden", "nder", "ndes", "te", "ten", "ter", "tes", "ene", "enen", "ener", "enes")


def _after_extended_attribute(toks: Tokens, j: int) -> int | None:
    """The noun a German number counts past an extended attribute: "rund 130.000 [die Hauptstadt passierende]
    Personen", "500 [in Wien lebende] Flüchtlinge", "4000 [aus ganz Deutschland angereiste] Postler": a few words
    with no verb, punctuation or conjunction, closed by a participle before the noun. None if there is none."""
    before = toks.tok(j - 1)
    if before is None or (len(before.text) == 4 and before.text.startswith(("19", "20"))):
        return None  # "2015 die Preise …": a year, not a count
    for k in range(j, j + MAX_ATTRIBUTE_WORDS + 1):
        t, noun = toks.tok(k), toks.tok(k + 1)
        if t is None or noun is None or t.kind != "word" or not toks.near(k) or not toks.near(k + 1):
            return None
        tag = analyze(t.text, "de")[1]
        if t.text.lower() in _ENDS_ATTRIBUTE or tag.startswith("V"):
            return None
        if (
            k > j
            and t.text[:1].islower()
            and t.text.endswith(_PARTICIPLE_ENDINGS)
            and tag in DE_ADJ_TAGS
            and de_ordinal(t.text) is None
            and analyze(toks.toks[k - 1].text, "de")[1] in ("NN", "NE")  # "die Hauptstadt passierende", not "der …"
            and noun.kind == "word"
            and noun.text[:1].isupper()
            and analyze(noun.text, "de")[1] in ("NN", "NE")
        ):
            return k + 1
    return None


_ENDS_ATTRIBUTE = frozenset({"und", "oder", "sowie", "als", "wie", "bis"})


def next_is_word(toks: Tokens, j: int) -> bool:
    t = toks.tok(j + 1)
    return t is not None and t.kind == "word" and toks.near(j + 1)
