"""Another of the same kind: a figure question that names whose figure it asks for by a country or its people ("what
percentage of the afghans …", "wie viele uiguren leben in der türkei", "how many experts is germany sending") or by a
body's initials ("käme die FPÖ", "den die spö vorgeschlagen hat") is not answered by a sentence that names none of
them but puts another of the same type where the question's one would stand: "ein Viertel der befragten Iraker",
"Österreich hat die Entsendung von 100 Experten zugesagt", "Mit 43 Millionen Euro wollte die ÖVP …".

The type comes from what the answer stage already reads: a country, region or people by the place tables
(``retrieval.constraints``: names, adjectives, genitives and the nouns of peoples, "Iraker", "Syrer"), a body by
initials the article writes in capitals. The place is read by position, as ``owners`` reads a name: the subject of a
clause (before its finite verb, or right after it) and the words that follow a figure up to the end of its clause
("ein Viertel der befragten Iraker an", "100 Uiguren durch Thailand"), never a word behind a comma or dash ("12.000
Soldaten, die Russlands Partner …", "zwischen fünf und 20 Flüchtlinge, meist Syrer") nor the sentence's own source.
A sentence-wide "names another country" ruled out 4 gold claims and 3 more gold sentences that name another country
in passing ("die Russlands Partner", "an der Grenze zu Afghanistan"). ``AFTER`` from 3 to 8 words fires the same on
either half of the studied sets; 12 or more rules out a gold sentence. Measured: see ``other_typed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from functools import lru_cache

from retrieval import constraints
from retrieval.answer.owners import AUXILIARIES
from retrieval.models import Question
from retrieval.nlp import FINITE, analyze, english_word
from retrieval.question.scope import subject_places

_DETERMINERS = frozenset("der die das den dem des ein eine einer eines einem".split())
_TOKEN = re.compile(r"[^\W\d_][\w-]*|\d[\d.,]*|[,;:()–—]|\s-\s")
_BREAK = re.compile(r"[,;:()–—]|\s-\s")
AFTER = 5  # words after a figure that may say whose it is ("ein Viertel der befragten Iraker")
V2 = 8  # words of a clause looked at for its finite verb
RUN = 4  # words of a name
_INITIALS = re.compile(r"[A-ZÄÖÜ]{2,5}")
_PEOPLE = re.compile(r"([a-zäöüß]{3,}?)(?:er|erin|erinnen|ern|en|innen)")


@lru_cache(maxsize=16384)
def country_named(word: str) -> str | None:
    """The country, region or people (lower case, German) a capitalised word names: "Österreich", "Russlands",
    "EU-Syrien-Fonds" (a part of a compound), "französischen", "Iraker", "Syrer", "Afghanen"."""
    low = word.lower()
    for part in low.split("-"):
        if constraints.is_place(part):
            return part
        if len(part) > 4 and part.endswith("s") and constraints.is_place(part[:-1]):
            return part[:-1]
    if land := constraints.country_of(word):
        return land
    # a people by the noun its country's adjective makes ("irakisch": "Iraker", "afghanisch": "Afghanen")
    people = _PEOPLE.fullmatch(low)
    return constraints.country_of(people.group(1) + "isch") if people else None


def _clauses(sentence: str) -> list[list[tuple[int, int, str]]]:
    clauses: list[list[tuple[int, int, str]]] = [[]]
    for m in _TOKEN.finditer(sentence):
        if _BREAK.fullmatch(m.group()):
            clauses.append([])
        else:
            clauses[-1].append((m.start(), m.end(), m.group()))
    return [clause for clause in clauses if clause]


def owner_words(sentence: str, figures: Sequence[tuple[int, int]], among: Set[str] | None = None) -> list[str]:
    """The words of a sentence that may say whose its figures are (``figures``: spans in it): each clause's subject
    (``subject_words``) and each figure's own words ("1500 nordkoreanische Soldaten") and the words after it up to its
    clause's end (``figure_words``)."""
    return figure_words(sentence, figures) + subject_words(sentence, among)


def figure_words(sentence: str, figures: Sequence[tuple[int, int]]) -> list[str]:
    """The words of each figure and the ones after it, up to ``AFTER`` and its clause's end ("ein Viertel der
    befragten Iraker an", not "…, die Russlands Partner")."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence) if not _BREAK.fullmatch(m.group())]
    breaks = [m.start() for m in _BREAK.finditer(sentence)]
    found: list[str] = []
    for start, end in figures:
        stop = next((b for b in breaks if b >= end), len(sentence))
        found += [w for s, e, w in tokens if s >= start and e <= end and w[:1].isalpha()]
        found += [w for s, _e, w in tokens if end <= s < stop][:AFTER]
    return found


def subject_words(sentence: str, among: Set[str] | None = None) -> list[str]:
    """Each clause's subject, before its finite verb ("Die ÖVP könnte …") or right after it ("wollte die ÖVP …", "ist
    Israel mit …"). Given the words wanted (``among``), only a clause with one of them where a subject may stand is
    parsed (HanTa's first look at a word is slow)."""
    found: list[str] = []
    for clause in _clauses(sentence):
        words = [w for _s, _e, w in clause]
        if among is not None and among.isdisjoint(words[: V2 + RUN]):
            continue
        low = [w.lower() for w in words]
        start = next((i for i, w in enumerate(low) if w not in _DETERMINERS), len(words))
        end = start
        while end < len(words) and end - start < RUN and words[end][:1].isupper() and _noun(words[end]):
            end += 1
        if start < end < len(words) and _finite(words[end]):
            found += words[start:end]
        verb = next((i for i, w in enumerate(words[:V2]) if i and _finite(w)), None)
        if verb is not None:
            after = next((i for i in range(verb + 1, len(words)) if low[i] not in _DETERMINERS), len(words))
            if after < len(words) and words[after][:1].isupper() and _noun(words[after]):
                found.append(words[after])
    return found


def _finite(word: str) -> bool:
    return analyze(word, "de")[1] in FINITE


def _noun(word: str) -> bool:
    """A noun or name by HanTa, or initials ("ÖVP"): what may name a clause's subject; not "In" of "In Afghanistan"."""
    return analyze(word, "de")[1] in ("NE", "NN") or _INITIALS.fullmatch(word) is not None


def asked_countries(question: Question) -> list[str]:
    """The countries, regions or peoples (as the question writes them) a figure question asks about: as who acts where
    it says ("wie viele Flüchtlinge musste Österreich …", "how many experts is germany sending …": Germany, not the
    Greece they are sent to), else every one it names (places, nationalities, the origin of what it counts)."""
    if question.kind != "figure":
        return []
    acting = subject_places(question.text, question.language) + _english_subjects(question)
    if acting:
        return list(dict.fromkeys(acting))
    named = [*question.places, *question.nationalities, *([question.origin] if question.origin else [])]
    return [p for p in dict.fromkeys(named) if constraints.is_place(p)]


def _english_subjects(question: Question) -> list[str]:
    """A known place right after an English question's auxiliary, in any case: "how many experts is germany
    sending"."""
    if question.language != "en":
        return []
    low = re.findall(r"[\w'’-]+", question.text.lower())
    aux = next((i for i, w in enumerate(low) if w in AUXILIARIES), None)
    if aux is None or aux + 1 >= len(low):
        return []
    found: list[str] = []
    i = aux + 2 if low[aux + 1] == "the" else aux + 1
    while i < len(low) and constraints.is_place(low[i]):  # "did pakistan and afghanistan have"
        found.append(low[i])
        i += 2 if i + 1 < len(low) and low[i + 1] in ("and", "or") else len(low)
    return found


def _same_place(asked: str, land: str) -> bool:
    """Is ``land`` the place asked about, a part of it or the whole it is part of, in any language?"""
    names = {asked.lower(), *constraints.EXONYMS.get(asked.lower(), ())}
    lands = {land, *constraints.EXONYMS.get(land, ())}
    return bool(names & lands) or any(_inside(one, other) or _inside(other, one) for one in lands for other in names)


def _inside(region: str, country: str) -> bool:
    return region in constraints.REGIONS.get(country, ())


def asked_initials(question: Question) -> list[str]:
    """The words of a figure question that may name a body by its initials, in capitals ("spö": "SPÖ"), but for its
    named source ("according to the öwa") and initials that qualify the noun after them ("IS sympathisers"); an
    article that writes them so (``written_initials``) names a body by them."""
    if question.kind != "figure":
        return []
    given = set((question.source or "").lower().split())
    words = re.findall(r"[^\W\d_]+", question.text)
    found = []
    for i, word in enumerate(words):
        upper = word.upper()
        if not _INITIALS.fullmatch(upper) or word.lower() in given or constraints.is_place(word):
            continue
        if not word.isupper() and (english_word(word) or analyze(word, "de")[1] not in _TYPED_NAME):
            continue  # "is", "die": a word, not initials typed in lower case
        if i + 1 < len(words) and _qualified(words[i + 1], question.language):
            continue  # "IS sympathisers", "the UN World Food Programme", "bamf survey"
        found.append(upper)
    return list(dict.fromkeys(found))


def written_initials(initials: Sequence[str], article: str) -> list[str]:
    """The ``initials`` an article writes in capitals as a word of their own."""
    return [a for a in initials if a in article and re.search(rf"(?<![\w-]){re.escape(a)}(?![\w])", article)]


_TYPED_NAME = frozenset({"NE", "XY", "FM", "NN"})  # HanTa's tags of a word it does not know as anything else


def _qualified(word: str, language: str) -> bool:
    """Is ``word``, right after initials, the noun they qualify (a common noun, or the next word of a name)?"""
    if word[:1].isupper() and language == "en":
        return True
    tag = analyze(word, language)[1]
    return tag.startswith("NN") if language == "en" else tag == "NN"


_SOURCED = re.compile(r"\b(?:[Ll]aut|[Nn]ach Angaben)\s+(?:de[rsmn]\s+)?([A-ZÄÖÜ]{2,5})\b|\b([A-ZÄÖÜ]{2,5})\s+zufolge")


def other_typed(
    sentence: str,
    figures: Sequence[tuple[int, int]],
    countries: Sequence[str],
    initials: Sequence[str],
    asked_text: str,
    source: str | None,
    named_places: Sequence[str] = (),
) -> bool:
    """Does a sentence give its figures to another country or people than the ``countries`` asked about, or to
    another body by initials than the ``initials`` asked about: it names none of those asked (anywhere), and one of
    the same type stands in an owner place of its figures (``owner_words``), not as its source? Measured (stop 43) on
    the baseline's claims and the gold sentences of every studied figure question: it rules out 7 claims of 5 near
    misses and 6 claims beside the gold, and no gold sentence; in the answers, +4 near misses, no item lost."""
    if not figures or not (countries or initials):
        return False
    asked = (*countries, *named_places)
    # the words that could be another of a type asked about, wherever they stand (cheap: most sentences have none)
    lands = [w for w in _CAPITALISED.findall(sentence) if _other_place(w, asked)] if countries else []
    if lands and any(constraints.mentions(p, sentence) or constraints.names_people(p, sentence) for p in countries):
        lands = []
    bodies: list[str] = []
    if initials and not written_initials(initials, sentence):
        given = set(re.findall(r"\w+", source or "")) | {w for m in _SOURCED.findall(sentence) for w in m if w}
        bodies = [
            w
            for w in _INITIAL_WORDS.findall(sentence)
            if w not in given and w.lower() not in asked_text.lower() and not constraints.is_place(w)
        ]
    if not lands and not bodies:
        return False
    wanted = {*lands, *bodies}
    return not wanted.isdisjoint(figure_words(sentence, figures)) or not wanted.isdisjoint(
        subject_words(sentence, wanted)
    )


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*|\b[a-zäöüß]+isch\w*")
_INITIAL_WORDS = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,5}(?![\w-])")


def _other_place(word: str, asked: Sequence[str]) -> bool:
    """Does ``word`` name a country, region or people (``country_named``) that is none of those ``asked``?"""
    land = country_named(word)
    return land is not None and not any(_same_place(p, land) for p in asked)


class Contrast:
    """A question's countries (``asked_countries``) and, per article, its initials (``asked_initials``), read once;
    ``other`` judges a sentence with figures."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.countries = asked_countries(question)
        # the places it names in any part ("… to the hotspots in greece"): none of them is another
        self.named = [*question.places, *question.nationalities, *([question.origin] if question.origin else [])]
        self.initials = asked_initials(question)
        self._initials: dict[str, list[str]] = {}

    def other(
        self,
        doc_id: str,
        article: Callable[[], str],
        sentence: str,
        figures: Sequence[tuple[int, int]],
        source: str | None,
    ) -> bool:
        """``other_typed`` of a sentence of the article ``doc_id`` (whose text ``article`` gives)."""
        if not figures or not (self.countries or self.initials):
            return False
        if doc_id not in self._initials:
            self._initials[doc_id] = written_initials(self.initials, article()) if self.initials else []
        initials = self._initials[doc_id]
        return other_typed(sentence, figures, self.countries, initials, self.question.text, source, self.named)
