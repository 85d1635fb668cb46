"""How the corpus writes its words, to give the names in a question typed all in lower case their capitals back.

Readers type names in lower case ("wie viele tote gab es in sirte", "was sagte mahrer"), and e5 embeds "sirte" away
from "Sirte": the sentences that name the place rank lower and an answer is lost. The corpus knows how its words are
written. :class:`Casing` counts, for every word that does not open a sentence, how often it is written with a
capital and how often without. A word the corpus writes with a capital nearly always gets its commonest form back
if the caller takes it for a name (``retrieval.nlp.german_name``: "Ankara", "ORF", "Hundstorfer"); a common noun
("Wahlkampf", "Beginn") is left in lower case, and so is a word the corpus writes in lower case as often as not
("neuer", "die") or never writes.

Only a question with no capital at all is restored (:func:`typed_lower`): one typed with care keeps its own casing.
The answer stage takes the restored question's proper names for the question's own (``answerer.named_as_printed``:
"was sagte mahrer" names Mahrer, as "Was sagte Mahrer" does). The search can embed both and search with their mean
(``retrieval.search.Searcher.search``, off by default: ``FUSE_LOWER_CASE`` says what it wins and what it cost):
searching with the restored question alone moves e5 as often away from the answer as towards it (measured on the
lower-case variants of the development sets: as many answers lost as won).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# A word as the corpus writes it: letters, with inner hyphens and apostrophes ("Costa-Concordia", "McDonald's").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_OPENS = frozenset(".?!:;\"'„“”«»‚‘’()[]–—-\n")  # what a sentence, a quotation or a heading begins after
_JOINS = "'’-"  # in _OPENS, but inside a word when a letter comes before and after ("Costa-Concordia")
# A word that opens (:func:`_opens`), as :meth:`Casing.of` finds it: after the text's start or a character of _OPENS
# and spaces or tabs; a joining character opens only where no letter comes before it or a space after it.
_PLAIN = re.escape("".join(sorted(_OPENS - set(_JOINS))))
_JOIN = re.escape(_JOINS)
_OPENING = re.compile(rf"(?:\A|[{_PLAIN}]|(?<![^\W\d_])[{_JOIN}]|[{_JOIN}](?=[ \t]))[ \t]*({_WORD.pattern})")
CAPITAL_SHARE = 0.8  # of a word's uses inside sentences, at least this many with a capital for it to get one
MIN_CAPITAL = 2  # and at least this many in all: a word written once is no record


@dataclass
class Casing:
    """For each word in lower case, its commonest capitalised form and how often it is written with a capital and
    without one where it does not open a sentence."""

    forms: dict[str, Counter[str]] = field(default_factory=dict)
    lower: Counter[str] = field(default_factory=Counter)
    # set by :meth:`compact`: each word the corpus writes with a capital nearly always and its form; no counts
    settled: dict[str, str] | None = None

    @classmethod
    def of(cls, texts: Iterable[str]) -> Casing:
        """The record of ``texts``: the same as :meth:`add` of each, in half the time (0.3 s for a thousand articles,
        not 0.65 s), as every word and every word that opens are found by two regular expressions and counted, and
        only the distinct words are looped over in Python."""
        every: Counter[str] = Counter()
        opening: Counter[str] = Counter()
        for text in texts:
            every.update(_WORD.findall(text))
            opening.update(_OPENING.findall(text))
        casing = cls()
        for word, n in every.items():
            casing._count(word, n - opening[word])
        return casing

    def add(self, text: str) -> None:
        for match in _WORD.finditer(text):
            if not _opens(text, match.start()):
                self._count(match.group(), 1)

    def _count(self, word: str, n: int) -> None:
        """``n`` more uses of ``word`` (as written) inside sentences."""
        if n <= 0:
            return
        key = word.lower()
        if word == key:
            self.lower[key] += n
        elif word[0].isupper():
            self.forms.setdefault(key, Counter())[word] += n

    def compact(self) -> Casing:
        """The same record for :meth:`written` and :meth:`restore`, without the counts that decided it: a thousand
        articles' record holds 22 MB of counts (33,000 words with a capital), their settled forms a tenth of it. What
        is built from the counts (``retrieval.spelling.Spelling.of``) is built before."""
        if self.settled is not None:
            return self
        return Casing(settled={word: form for word in self.forms if (form := self.written(word)) is not None})

    def written(self, word: str) -> str | None:
        """How the corpus writes ``word`` (given in lower case) when it writes it with a capital nearly always;
        None if it does not."""
        if self.settled is not None:
            return self.settled.get(word)
        forms = self.forms.get(word)
        if not forms:
            return None
        capital = sum(forms.values())
        if capital < MIN_CAPITAL or capital < CAPITAL_SHARE * (capital + self.lower[word]):
            return None
        return forms.most_common(1)[0][0]

    def restore(
        self,
        text: str,
        keep: Callable[[str], bool] = lambda word: False,
        name: Callable[[str], bool] = lambda form: True,
    ) -> str:
        """``text`` with the corpus's form of each word it nearly always writes with a capital, if ``name`` is true
        of that form and ``keep`` is not true of the word ("is" is not "IS", English "training" not German
        "Training"); unchanged unless it was typed all in lower case (:func:`typed_lower`)."""
        if not typed_lower(text):
            return text

        def cased(match: re.Match[str]) -> str:
            word = match.group()
            if keep(word) or (form := self.written(word)) is None:
                return word
            return form if name(form) else word

        return _WORD.sub(cased, text)


def typed_lower(text: str) -> bool:
    """True if ``text`` has letters and not one capital among them."""
    return any(c.isalpha() for c in text) and not any(c.isupper() for c in text)


def _opens(text: str, start: int) -> bool:
    """True if the word at ``start`` opens the text, a sentence, a quotation or a line."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _OPENS
