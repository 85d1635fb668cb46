"""Does a sentence price the thing a question asks the price of, or the whole that thing belongs to?

"Was kosten die Nachfüllpatronen für den Drucker": a sentence that prices the printer ("Der Drucker kostet 400 Euro")
names the whole the thing asked is of, not the thing (an accessory, a part, a step done to it: "die Übersiedlung der
Bibliothek" is not "die Renovierung der Bibliothek"). A question gives the thing and its whole as "X für/von/der Y"
("X for/of Y"); a sentence that names Y but not X prices something else of Y. Where the question names no whole, or a
sentence names neither (``Das Gerät kostet …``, ``Sie kosten …``), nothing is decided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.answer.counted import likenesses
from retrieval.nlp import analyze, english_word

_DE = (
    re.compile(r"(?i)\b(?:was|wie\s*viel)\s+(?:kostet|kosten|kostete|kosteten)\s+(?P<x>[^?,;:]+)"),
    re.compile(r"(?i)\b(?:was|wie\s*viel)\s+(?:soll|sollen|wird|werden|würde|würden)\s+(?P<x>[^?,;:]+?)\s+kosten\b"),
)
_EN = (
    re.compile(
        r"(?i)\b(?:how\s+much|what)\s+(?:does|do|did|will|would|is|are|should)\s+(?P<x>[^?,;:]+?)\s+"
        r"(?:(?:gonna|going\s+to|supposed\s+to)\s+)?cost\b"
    ),
    re.compile(r"(?i)\bprices?\s+(?:of|for)\s+(?P<x>[^?,;:]+)"),
)
# "X für Y", "X der Y", "X for Y": the whole Y the thing X is of
_OF_WHOLE = re.compile(r"(?i)\s(?:für|fuer|von|vom|der|des|eines|einer|for|of)\s+(?P<y>.+)$")
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:in|an|auf|aus|bei|mit|nach|zu|über|unter|vor|hinter|neben|zwischen|durch)$")
# ... and where the whole's phrase ends: "für den Drucker im Handel", "der Sammlung aus der Burg"
_WHOLE_ENDS = re.compile(
    r"(?i)\s(?:in|im|pro|per|je|laut|bei|beim|nach|mit|aus|ab|seit|bis|und|oder|eigentlich|insgesamt|at|a"
    r"|with|from|and|or|according|when|now|then|den\s+staat)\b"
)
_FILLER = frozenset(
    "der die das den dem des ein eine einen einem einer eines neue neuen neuer neues the a an new this that these "
    "those its their eigentlich denn so ne laut mit with ohne without".split()
)
STEM = 4  # letters a word must keep to be looked for by its beginning ("kartusch" of "Kartuschen")


@dataclass(frozen=True)
class Priced:
    """The thing a question asks the price of and the whole it belongs to, each as its words in lower case."""

    thing: tuple[str, ...]
    whole: tuple[str, ...]


def priced_asked(text: str, language: str) -> Priced | None:
    """The thing and its whole of a price question ("was kosten die Kartuschen für den Drucker": ("kartuschen",),
    ("drucker",)); None where the question asks no price or names no whole."""
    for pattern in _DE if language == "de" else _EN:
        found = pattern.search(text)
        if found is None:
            continue
        asked = found["x"].strip()
        # the first "der"/"für"/"of" that does not follow a preposition ("der Schaden in der Steiermark": a place)
        of = next((m for m in _OF_WHOLE.finditer(asked) if not _AFTER_PREPOSITION.search(asked[: m.start()])), None)
        if of is None:
            return None
        whole = _WHOLE_ENDS.split(of["y"])[0]
        thing, parts = _words(asked[: of.start()]), _words(whole)
        return Priced(thing, parts) if thing and parts else None
    return None


def _words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase that name something: no article, no filler, no short token ("11", "s")."""
    words = re.findall(r"[\w-]+", phrase.lower())
    return tuple(w for w in words if w not in _FILLER and len(w) >= 3 and not w.isdigit())


def _fold(text: str) -> str:
    return text.lower().translate(_UMLAUTS)


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})


def _named(word: str, text: str) -> bool:
    """Does ``text`` (folded) name ``word`` or a hyphen part of it, by its beginning ("kartusch" in
    "Druckerkartuschen", "schad" in "Schäden")?"""
    parts = [p for p in _fold(word).split("-") if len(p) >= STEM] or [_fold(word)]
    return any(p[: max(STEM, len(p) - 2)] in text for p in parts)


# USE-m3: a noun of the sentence this like the thing asked names it in other words or the other language ("keyboard
# dock": "Tastatur" 0.74, "Dockingstation" 0.64; "Nachfüll-Kartuschen": "Patronen" 0.66); other things of the same
# sentences sit below 0.40 ("Convertibles" 0.33, "Bocusini" 0.31). Chosen on dev19-dev43, checked on dev44-dev51.
THING_ALIKE = 0.5
_NOUN = re.compile(r"\b[A-ZÄÖÜ][\w-]{3,}")


def prices_whole(priced: Priced, sentence: str) -> bool:
    """Does ``sentence`` name the whole a question's priced thing belongs to but not the thing, by its letters or
    (USE-m3) by a noun like it? Then the price it gives is another thing's (mostly the whole's)."""
    text = _fold(sentence)
    if not any(_named(w, text) for w in priced.whole) or any(_named(w, text) for w in priced.thing):
        return False
    nouns = list(dict.fromkeys(_NOUN.findall(sentence)))
    if not nouns:
        return True
    return max(likenesses(" ".join(priced.thing), nouns).values()) < THING_ALIKE


def names_whole(priced: Priced, text: str, language: str) -> bool:
    """Does an article (``text``) name the whole a question's priced thing belongs to? By its letters; where the whole
    is all common nouns ("die Sammlung", "the town hall"), also by a noun like it (USE-m3), in the other language. A
    name ("Bocusini", "iWork") is spelled alike in both: an article that never spells it prices the thing of another
    whole ("das Keyboard extra 149 Dollar" of another tablet)."""
    if any(_named(w, _fold(text)) for w in priced.whole):
        return True
    if not all(_common(w, language) for w in priced.whole):
        return False
    nouns = list(dict.fromkeys(_NOUN.findall(text)))
    if not nouns:
        return False
    return max(likenesses(" ".join(priced.whole), nouns).values()) >= THING_ALIKE


def _common(word: str, language: str) -> bool:
    """Is a question's word a common noun, not a name: everyday English, or a German noun by HanTa?"""
    if language != "de":
        return english_word(word)
    return analyze(word[:1].upper() + word[1:], "de")[1].startswith("NN")
