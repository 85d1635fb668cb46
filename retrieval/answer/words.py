"""Does a sentence contain the question's words? Inflection, compounds, typos and English cognates allowed.

Dense similarity knows the topic; words tell which of many similar sentences names what was asked
("Ciudadanos" is not "Podemos", "Nigeria" is not "Pakistan"). Matching is deliberately forgiving, so that
"soldiers" finds "Soldaten", "escalation" finds "Eskalation", "antisemtische" (a typo) finds
"antisemitische", and "korea" finds "Nordkorea"; each word is matched once per text, in C (rapidfuzz).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import repeat

import numpy as np
from rapidfuzz import fuzz, process

from retrieval.question.text import words as listed

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPELLINGS = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("ph", "f"), ("th", "t"), ("c", "k"), ("z", "k"))
MIN_WORD = 4  # shorter words ("EU", "ÖVP" aside) say too little to count as evidence
PREFIX = 5  # a shared beginning this long is the same word inflected ("Soldaten"/"Soldat", "warned"/"warnte")
FUZZY = 84  # rapidfuzz ratio for typos and cognates ("antisemtische", "refugess")
COGNATE = 60  # ... or a ratio this high with the first four letters shared ("soldiers"/"soldaten")
CACHED_CHARS = 2000  # longer texts (articles) have a cache of their own, smaller (their words are many)
ARTICLES_CACHED = 512

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
) | listed("contractions.txt")  # "whats the price"


def words(text: str) -> list[str]:
    """The words of ``text`` worth matching: four letters or more (or digits, or an acronym), no stop words."""
    out = []
    for word in _WORD.findall(text):
        low = word.lower()
        if low in STOP or low.replace("’", "'") in STOP:
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


def tokens(text: str) -> frozenset[str]:
    """The distinct words of ``text`` as written; a title, a sentence or an article is read once, however often
    asked. Each word is one string however many texts hold it, and whole articles have a smaller cache of their
    own: in one cache of 16,384 texts, sentences and articles, their words took 42 MB of a serving process after
    158 questions; not caching articles at all made answers 10 % slower. The words are kept as tuples and made a
    set when asked (a microsecond for a sentence): as sets they took five times the memory."""
    return frozenset(_token_tuple(text))


def _token_tuple(text: str) -> tuple[str, ...]:
    """``tokens`` as cached: each distinct word once, in no particular order."""
    return _short_tokens(text) if len(text) <= CACHED_CHARS else _long_tokens(text)


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(frozenset(map(sys.intern, _WORD.findall(text))))


_short_tokens = lru_cache(maxsize=16384)(_words_of)
_long_tokens = lru_cache(maxsize=ARTICLES_CACHED)(_words_of)


class Matcher:
    """Which of the question's words a text contains. Each distinct word of the texts is compared with the
    question's words once, and in bulk (one rapidfuzz call, a few substring searches over all the new words at
    once), so asking of a hundred candidate sentences, or of a few whole articles, costs little more than of one.
    ``learn`` the texts first when there are many."""

    def __init__(self, wanted: Iterable[str]) -> None:
        self.wanted = list(dict.fromkeys(wanted))
        self._forms = [spelled(w) for w in self.wanted]
        # What ``alike`` can accept besides a near ratio, as cheap screens: substrings of the new words' forms
        # written one per line. The same word ("\nsoldaten\n"), a longer word's first letters ("\nsold"), a
        # longer word inside a compound. Most words of a text pass none of them, nor the fuzzy ratio.
        longer = [f for f in self._forms if len(f) > MIN_WORD and not f.isdigit()]
        screens = [f"\n{f}\n" for f in self._forms] + [f"\n{f[:MIN_WORD]}" for f in longer] + longer
        self._screens = list(dict.fromkeys(screens))
        self._known: set[str] = set()  # every word compared with the wanted words ...
        self._learned: set[str] = set()  # ... as the texts that held them (all their words known)
        self._near: dict[str, frozenset[str]] = {}  # ... and those that are one of them, with the ones they are
        self._found: dict[str, frozenset[str]] = {}  # by text: a title, or a sentence that is another's "before"
        self._printed: dict[str, frozenset[str]] = {}  # by word of a text: the wanted words it prints as themselves

    def learn(self, texts: Iterable[str]) -> None:
        """Compare every new word of ``texts`` with the wanted words, in bulk. Most of its time is Python's work per
        word (a question's candidates hold about 1,800 distinct words, its articles 5,100), so each text is read
        once, and a first call's words become the known set as they are: the bench's 644 calls over its 300
        questions, replayed, took 1.03 s against 1.26 s (medians of five alternations, stop 54)."""
        texts = dict.fromkeys(texts)  # a title or a "before" is many candidates'
        seen = set().union(*map(_token_tuple, texts))
        new = list(seen - self._known if self._known else seen)
        if not self.wanted:
            return
        self._learned.update(texts)
        if not new:
            return
        lines = "\n" + "\n".join(new).lower() + "\n"  # ``spelled`` for all words at once, one per line
        for a, b in _SPELLINGS:
            lines = lines.replace(a, b)
        forms = lines[1:-1].split("\n")
        ratios: np.ndarray = np.asarray(
            process.cdist(self._forms, forms, scorer=fuzz.ratio, score_cutoff=COGNATE, workers=1)
        )
        near = set(_lines_of(lines, [at + 1 for screen in self._screens for at in _occurrences(lines, screen)]))
        near.update(np.flatnonzero(ratios.max(axis=0) >= FUZZY).tolist())
        if self._known:  # most words: no ratio near, no shared beginning
            self._known.update(new)
        else:
            self._known = seen
        for j in near:
            if alike_ := frozenset(
                self.wanted[i] for i, want in enumerate(self._forms) if alike(want, forms[j], float(ratios[i, j]))
            ):
                self._near[new[j]] = alike_

    def found(self, text: str) -> frozenset[str]:
        """The wanted words that ``text`` contains."""
        if not self.wanted:
            return frozenset()
        found = self._found.get(text)
        if found is None:
            words = _token_tuple(text)
            if text not in self._learned and not all(map(self._known.__contains__, words)):
                self.learn([text])
            found = self._found[text] = frozenset().union(*filter(None, map(self._near.get, words)))
        return found

    def printed(self, text: str, by: Callable[[str], bool] | None = None) -> frozenset[str]:
        """The wanted words that ``text`` prints as themselves (``prints``), not only a word like them: "Kapschs"
        is "kapsch", "Vorzugsstimmen" is "stimmen", but "statt" is not "state" nor "Germanwings" "germany".
        With ``by``, only those printed by a word of the text that ``by`` accepts."""
        if not self.wanted:
            return frozenset()
        if not self.found(text):
            return frozenset()
        out: set[str] = set()
        for word in self._near.keys() & _token_tuple(text):  # the few words like a wanted one, found in C
            if by is not None and not by(word):
                continue
            if (printed := self._printed.get(word)) is None:
                form = spelled(word)
                printed = self._printed[word] = frozenset(w for w in self._near[word] if prints(spelled(w), form))
            out |= printed
        return frozenset(out)


def prints(wanted: str, word: str) -> bool:
    """Is ``word`` (of a text) the question's ``wanted`` word itself, inflected or in a compound, rather than a word
    that only looks like it (a shared beginning, a cognate, a typo)? Both spelled as ``spelled`` gives them. It is
    when the two differ by an ending of up to three letters ("kapsch"/"kapschs", "minister"/"ministerin",
    "votes"/"vote"), or ``wanted`` ends the word ("korea"/"nordkorea", "stimmen"/"vorzugsstimmen") or, six letters or
    more, begins it ("korruption"/"korruptionsvorwurf")."""
    if wanted == word:
        return True
    if wanted.isdigit() or word.isdigit():
        return False
    short, long_ = sorted((wanted, word), key=len)
    if len(short) >= MIN_WORD and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    if len(wanted) >= PREFIX and word.endswith(wanted):
        return True
    return len(wanted) >= PREFIX + 1 and word.startswith(wanted)


def _lines_of(lines: str, positions: list[int]) -> Iterator[int]:
    """The line of ``lines`` (``"\\nword\\nword\\n"``, line 0 the first word) that each of ``positions`` is in,
    counting the line breaks once from start to end: the screens find a few words among thousands."""
    line, last = -1, 0
    for at in sorted(positions):
        line += lines.count("\n", last, at)
        last = at
        yield line


def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def alike(wanted: str, word: str, ratio: float) -> bool:
    """Is ``word`` (of a text) the question's ``wanted`` word, inflected, compounded, misspelt or a cognate?
    Both spelled as ``spelled`` gives them; ``ratio`` is their rapidfuzz ratio (0 when below ``COGNATE``)."""
    if wanted == word:
        return True
    if wanted.isdigit() or word.isdigit() or len(wanted) < MIN_WORD + 1:
        return False
    if word[:PREFIX] == wanted[:PREFIX] or wanted in word:
        return True
    if len(word) < MIN_WORD + 1:
        return False
    return ratio >= FUZZY or (ratio >= COGNATE and word[:MIN_WORD] == wanted[:MIN_WORD])


def share(found: frozenset[str], wanted: Iterable[str], weights: dict[str, float]) -> float:
    """The weighted share of ``wanted`` words among ``found``; 1.0 when nothing is wanted."""
    return sharer(wanted, weights)(found)


def sharer(wanted: Iterable[str], weights: dict[str, float]) -> Callable[[frozenset[str]], float]:
    """``share`` of one question's words, to ask of every candidate: their total weight is summed once."""
    wanted = list(wanted)
    total = sum(map(weights.get, wanted, repeat(1.0)))  # weighed in C, not a generator

    def of(found: frozenset[str]) -> float:
        if total <= 0:
            return 1.0
        if not found:
            return 0.0
        return sum(map(weights.get, [w for w in wanted if w in found], repeat(1.0))) / total

    return of
