"""Numbers inside adjectives compounded with a unit (stop 52): "zu einer 22-stündigen Verspätung" is a duration of 22
hours, "im 58-köpfigen Profi-Feld" a field of 58, "eine zweitägige Konferenz" two days, "der zwölfjährige Bub" an age.

Before, "22-stündigen" was kind "other" with the unit "stündigen", and "zweitägige" no figure at all, so a figure
question asking how long or how big found no figure in the sentence that answers it. Over the gnad corpus 8 adjectives
of digits are read so and 57 of number words (19 durations, 38 ages), all right in a sample of 20 but for the kind of
"dreijährige Amtszeit" (an age, as "3-jährige" was before); the stems are ``data/compound_adjectives.tsv``, which also
says why "-seitig" and "-fach" are left out.
"""

from __future__ import annotations

from retrieval.figures.lexicon import ADJECTIVE_ENDINGS, COMPOUND_ADJECTIVES
from retrieval.figures.nouns import counted_noun, lemma_of
from retrieval.figures.numbers import de_cardinal
from retrieval.figures.records import FigureKind, Found, Num
from retrieval.figures.tokens import Tokens

_KINDS: dict[str, FigureKind] = {"duration": "duration", "count": "count", "age": "age"}


def unit_adjective(word: str) -> tuple[str, FigureKind, str] | None:
    """``(number part, kind, unit lemma)`` of an adjective compounded with a unit: "stündigen" -> ("", "duration",
    "Stunde"), "zweitägige" -> ("zwei", "duration", "Tag")."""
    low = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        for adjective, (kind, lemma) in COMPOUND_ADJECTIVES.items():
            if stem.endswith(adjective):
                return stem[: -len(adjective)], _KINDS[kind], lemma
    return None


def hyphen_adjective(toks: Tokens, num: Num, k: int) -> Found | None:
    """The figure of digits joined by a hyphen to the adjective at token ``k``: "22-stündigen", "58-köpfigen"."""
    word = toks[k]
    found = unit_adjective(word.text)
    if found is None or found[0] or not num.values:
        return None
    return _found(toks, found[1], found[2], word.end, k + 1, None)


def word_adjective(toks: Tokens, i: int) -> tuple[Num, Found] | None:
    """The number and figure of a number word glued to a unit adjective: "zweitägigen", "fünfköpfige"."""
    t = toks[i]
    found = unit_adjective(t.text)
    value = de_cardinal(found[0]) if found is not None and found[0] and toks.lang == "de" else None
    if found is None or value is None:
        return None
    num = Num([value], t.start, t.end, i, i + 1, t.text, is_word=True)
    return num, _found(toks, found[1], found[2], t.end, i + 1, t.end)


def _found(toks: Tokens, kind: FigureKind, lemma: str, end: int, nxt: int, number_end: int | None) -> Found:
    """A duration in the adjective's unit, or a count of the adjective's unit or of the noun after it; an age of the
    noun after it too ("der zwölfjährige Bub"), or of the word itself where it is a noun ("die Zehnjährige")."""
    unit = toks.text[toks[nxt - 1].start : end]
    if lemma != "-":
        return Found(kind, end, nxt, unit=unit, unit_lemma=lemma, number_end=number_end)
    noun, noun_lemma, noun_end, after = counted_noun(toks, nxt, end)
    if noun is None or (unit[:1].isupper() and not toks.sentence_start(nxt - 1)):  # "die Zehnjährige"
        return Found(kind, end, nxt, unit=unit, unit_lemma=lemma_of(unit, toks.lang), number_end=number_end)
    return Found(kind, noun_end, after, unit=noun, unit_lemma=noun_lemma, number_end=number_end)
