"""A chat typo in a question's word, read as the word the corpus writes.

Readers type fast: "wie viele mesnchen", "laut rechnunsghof", "was sagte hundstorefr". The typo is a word no article
has, so the lexical search cannot find it, the scorer's overlap features miss it, and a name typed so is "named
nowhere" (``features.unknown_names``): the answer is lost or becomes "nothing found". :class:`Spelling` knows every
word the corpus writes (``retrieval.casing.Casing`` counts them) and reads a word it does not know as the one corpus
word a single edit away (a letter dropped, doubled, changed, or two swapped) if there is exactly one; a word with
two such neighbours ("sachesn": "sachen", "sachsen") is left as typed, and so is a word the caller knows to be a
word (``known``: an English or German word the corpus happens not to write, a stop word). Words of fewer than
five letters or more than forty and words in quotation marks (a claim to check, quoted as the reader remembers
it) are never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from retrieval.casing import Casing
from retrieval.question.quotes import find_quotes

MIN_LENGTH = 5  # shorter words are one edit away from too many others ("haus", "maus", "hans")
# longer ones are no word a reader types ("aaaa…"; a compound as long as "Donaudampfschifffahrtsgesellschaft" is 34),
# and the tagger asked whether it knows one takes seconds
MAX_LENGTH = 40
MIN_COUNT = 2  # a word the corpus writes once may be its own typo ("Exptresszustellung")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass
class Spelling:
    """The words the corpus writes (lower case), by length."""

    counts: Counter[str]
    by_length: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, casing: Casing) -> Spelling:
        """The words of the corpus: a word it writes once may be its own typo ("Exptresszustellung"), so it is no
        word to read a typo as."""
        counts = Counter(casing.lower)
        for word, forms in casing.forms.items():
            counts[word] += sum(forms.values())
        return cls.of_words(counts, [word for word, n in counts.items() if n >= MIN_COUNT])

    @classmethod
    def of_words(cls, known: Iterable[str], targets: Iterable[str] | None = None) -> Spelling:
        """The words of a lexicon (lower case): those it knows, and among them those a typo may be read as."""
        spelling = cls(Counter(known))
        for word in spelling.counts if targets is None else targets:
            if _letters(word):
                spelling.by_length.setdefault(len(word), []).append(word)
        return spelling

    def nearest(self, word: str) -> str | None:
        """The only corpus word one edit inside ``word`` (lower case, letters and hyphens), which the corpus does
        not write; None if it writes ``word``, or no word or several are one edit inside it. An edit at either end
        or at a hyphen is none a typo makes, where the eye misses it: an ending added or dropped is another form
        ("Lustenaus", "kindergartens", "peskov"/"Peskow"), a first letter another word ("botched"/"notched",
        "iphone"/"phone"), a hyphen another spelling ("facebookseite")."""
        if not MIN_LENGTH <= len(word) <= MAX_LENGTH or not _letters(word) or word in self.counts:
            return None
        found: list[str] = []
        for length in (len(word) - 1, len(word), len(word) + 1):
            # Levenshtein is fast on a list; a swap of two letters is two of its edits and one of OSA's
            near = process.extract(
                word, self.by_length.get(length, []), scorer=Levenshtein.distance, score_cutoff=2, limit=None
            )
            found += [m for m, _, _ in near if _inside(word, m) and OSA.distance(word, m, score_cutoff=1) <= 1]
        return found[0] if len(found) == 1 else None

    def corrected(
        self,
        text: str,
        known: Callable[[str], bool] = lambda word: False,
        fits: Callable[[str], bool] = lambda near: True,
    ) -> str:
        """``text`` with each word outside quotation marks that the corpus does not write, and ``known`` does not
        know, read as its :meth:`nearest` corpus word if ``fits`` is true of that word, in the case it was typed in
        ("Hundstorefr" -> "Hundstorfer")."""
        quoted = find_quotes(text)

        def fixed(match: re.Match[str]) -> str:
            word = match.group()
            low = word.lower()
            if (
                not MIN_LENGTH <= len(word) <= MAX_LENGTH
                or any(start <= match.start() < end for start, end in quoted)
                or low in self.counts
                or known(low)
                or (near := self.nearest(low)) is None
                or not fits(near)
            ):
                return word
            return "-".join(_cased(typed, part) for typed, part in zip(word.split("-"), near.split("-"), strict=True))

        return _WORD.sub(fixed, text)


def _letters(word: str) -> bool:
    """Letters only, or words of letters joined by hyphens ("rheinland-pfaalz"); no apostrophe ("gauland's")."""
    return all(part.isalpha() for part in word.split("-"))


def _cased(typed: str, word: str) -> str:
    """``word`` (lower case) in the case ``typed`` was written in: all capitals, a capital first or none."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def _inside(word: str, near: str) -> bool:
    """Do ``word`` and ``near`` begin and end alike and have their hyphens alike, so that an edit between them falls
    inside the word?"""
    return near[0] == word[0] and near[-1] == word[-1] and near.count("-") == word.count("-")
