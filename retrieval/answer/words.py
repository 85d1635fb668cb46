"""Does a sentence contain the question's words? Inflection, compounds, typos and English cognates allowed.

Dense similarity knows the topic; words tell which of many similar sentences names what was asked
("Ciudadanos" is not "Podemos", "Nigeria" is not "Pakistan"). Matching is deliberately forgiving, so that
"soldiers" finds "Soldaten", "escalation" finds "Eskalation", "antisemtische" (a typo) finds
"antisemitische", and "korea" finds "Nordkorea"; each word is matched once per text, in C (rapidfuzz).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPELLINGS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("ph", "f"), ("th", "t"), ("c", "k"), ("z", "k"))
MIN_WORD = 4  # shorter words ("EU", "ÖVP" aside) say too little to count as evidence
PREFIX = 5  # a shared beginning this long is the same word inflected ("Soldaten"/"Soldat", "warned"/"warnte")
FUZZY = 84  # rapidfuzz ratio for typos and cognates ("antisemtische", "refugess")
COGNATE = 60  # ... or a ratio this high with the first four letters shared ("soldiers"/"soldaten")

# Question and function words of both languages, and verbs that ask rather than tell.
STOP = frozenset(
    """
about according after also and another any are because been before being between both but can could
did does doing done each even ever from further gave give given gives had has have having here how into
its just many more most much number numbers other others over really said same say says should since some
source sources such tell than that their them then there these they this those through told under until very
was were what when where which while whom whose why will with would your know actually anyway like read
aber alle allem allen aller alles also andere anderen auch bisher dann dass denen denn deren dessen diese
diesem diesen dieser dieses doch dort durch eigentlich einem einen einer eines etwa gegen gibt gabs hat
hatte hatten haben heute jetzt kann keine laut mehr nach noch nicht oder schon sehr seit sich sind soll
sollen sowie ueber über unter viel viele vielen vom von wann warum was weil welche welchem welchen welcher
welches wenn wer werden wie wieviel wieviele wird wirklich wurde wurden zahl zahlen zufolge zwischen
sagt sagte sagten gesagt meint meinte angaben stimmt echt eigentlch halt denn mal gelesen
""".split()
)


def words(text: str) -> list[str]:
    """The words of ``text`` worth matching: four letters or more (or digits, or an acronym), no stop words."""
    out = []
    for word in _WORD.findall(text):
        low = word.lower()
        if low in STOP:
            continue
        if len(low) >= MIN_WORD or (word.isupper() and len(word) >= 2) or low.isdigit():
            out.append(low)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def spelled(word: str) -> str:
    """A rough common spelling of German and English words (umlauts, c/k/z, ph/f, th/t), lower case."""
    word = word.lower()
    for a, b in _SPELLINGS:
        word = word.replace(a, b)
    return word


class Vocabulary:
    """The words of one text, ready to be asked "do you contain this word?" many times."""

    def __init__(self, text: str) -> None:
        self.words = [spelled(w) for w in _WORD.findall(text) if len(w) >= 2]
        self._set = set(self.words)
        self._prefixes = {w[:PREFIX] for w in self.words if len(w) >= PREFIX}
        self._by_start: dict[str, list[str]] = {}
        for w in self.words:
            if len(w) >= MIN_WORD + 1:
                self._by_start.setdefault(w[:MIN_WORD], []).append(w)
        self._joined = " " + " ".join(self.words) + " "
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        return self.has(word)

    def has(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._has(spelled(word))
        return known

    def _has(self, w: str) -> bool:
        if w in self._set:
            return True
        if w.isdigit():
            return False
        if len(w) >= PREFIX and (w[:PREFIX] in self._prefixes or w in self._joined):
            return True  # inflected, or inside a compound: "korea" in "nordkorea"
        if len(w) < MIN_WORD + 1:
            return False
        alike = self._by_start.get(w[:MIN_WORD], [])
        if alike and process.extractOne(w, alike, scorer=fuzz.ratio, score_cutoff=COGNATE) is not None:
            return True
        return process.extractOne(w, self.words, scorer=fuzz.ratio, score_cutoff=FUZZY) is not None

    def share(self, wanted: Iterable[str], weights: dict[str, float] | None = None) -> float:
        """The (weighted) share of ``wanted`` words this text contains; 1.0 when nothing is wanted."""
        wanted = list(wanted)
        if not wanted:
            return 1.0
        total = sum((weights or {}).get(w, 1.0) for w in wanted)
        if total <= 0:
            return 1.0
        return sum((weights or {}).get(w, 1.0) for w in wanted if self.has(w)) / total
