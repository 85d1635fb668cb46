"""A figure of someone else than the person a figure question names: "Wie viele Jahre Haft drohen der HDP-Ko-Chefin
Figen Yüksekdag?" is not answered by "…, drohen Demirtaş bis zu 24 Jahre Haft", a sentence of the article that names
both but ties the figure to him. The article has every rare word of the question, so no topic check tells the two
apart; the sentence does: it names another person and not the one asked.

A German question names a person where it writes a first name and a surname, capitalised, the first a name or a word
HanTa does not know, and no place, the surname one of its names ("Figen Yüksekdag", "Luis Durnwalder"; not "Costa
Concordia", "Papst Franziskus"). A single word ("Podemos", "Wifo", "Al-Quds") may be a party, an institute or a
place, which a sentence names in many ways ("Al-Kuds-Krankenhaus"); an English question's capitals tell no first
name. The sentence names another where a proper name of it (``reporting.names_in``) is no word of the question, no
body and not the source it gives the figure on (``_giving``): "…, teilte Verdi mit" gives a figure on Verdi's word,
not one of Verdi. A sentence opening on a pronoun is about whom the one before names.

A question typed in lower case or in English ("wie weit ist hayböck gesprungen", "peyton manning") names a person
the article writes in full ("Michael Hayböck"): a word of it that the article writes after a first name, itself a name
or a word HanTa does not know and no everyday English word, not after "the", "in", "beim" (``_surname_in``). Then
only a name the article writes in full too is another person ("Peter Prevc"; not "World Golf Championships", which
a question naming a player may ask the prize money of).

Studied sets (stop 49): 6 of 314 questions name a person by first name and surname (5 no_answer, 1 figure); the check
changes 1 answer, gained (dev86-055), none lost. Read from the article (stop 49, 458 questions): 40 figure questions
name a person so in some article; the check rules out 5 sentences of 4 questions, all another person's figure, and
changes 4 answers: dev88-056 and dev88-060 gained (no_answer: Gano's field goal for Manning's passing yards, the Greens'
55 Prozent for Schelling's cut), dev89-035 and dev89-036 lose another jumper's figure; none lost.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from retrieval.answer.actors import is_body
from retrieval.answer.evidence import Candidate
from retrieval.answer.happenings import clause_of
from retrieval.answer.persons import fold_letters
from retrieval.answer.reporting import names_in
from retrieval.constraints import is_place
from retrieval.models import Question
from retrieval.nlp import analyze, english_word, german_name, unknown_german

# a first name and a surname, as a question writes them ("Figen Yüksekdag", "Philipp Kohlschreiber")
_FULL_NAME = re.compile(r"(?<![\w-])(?=([A-ZÄÖÜ][a-zäöüßçğışé]+)\s+([A-ZÄÖÜ][\w'’-]+))")
# a sentence about whom the one before names ("Er", "Sie", "Ihr", "Ihm")
_POINTS_BACK = re.compile(r"(?:Er|Sie|Ihr|Ihm|Ihnen|He|She|His|Her|They)\b")
# letters of a name compared: a surname inflected or spelt with or without diacritics ("Yüksekdağ", "Yüksekdags")
_PREFIX = 6


def _plain(text: str) -> str:
    """Lower case, without diacritics, with the letters names are spelt with told apart no more (``fold_letters``)."""
    return fold_letters("".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)))


def _first_name(word: str) -> bool:
    """Can a capitalised word before a surname be a first name: a name (HanTa NE) or a word HanTa does not know
    ("Figen"), and no place?"""
    return (analyze(word, "de")[1] == "NE" or unknown_german(word)) and not is_place(word)


def asked_person(question: Question, article: str | None = None) -> str | None:
    """The surname of the person a figure question names, in plain letters (``_plain``): by first name and surname
    in a German question, or else by a word the ``article`` writes as a surname (``_surname_in``)."""
    if question.kind != "figure":
        return None
    if question.language == "de":
        names = {_plain(n) for n in question.names}
        for m in _FULL_NAME.finditer(question.text):
            first, last = m.groups()
            if _plain(last) in names and _first_name(first):
                return _plain(last)
    return _surname_in(question.text, article) if article else None


# a word before a name that makes it a thing's or a place's ("the Costa Concordia", "in al-arish", "beim Generali Open")
_NO_PERSON_BEFORE = frozenset("the a an der die das des dem den in im am at aufs ins beim vom zum zur".split())


@lru_cache(maxsize=64)
def _full_names(article: str) -> dict[str, frozenset[str]]:
    """The surnames an article writes after a first name (``_first_name``), each with those first names, in plain
    letters; no place and no body ("Provinzhauptstadt Al-Arish" would be one, but for the place)."""
    found: dict[str, set[str]] = {}
    for first, last in (m.groups() for m in _FULL_NAME.finditer(article)):
        if _first_name(first) and not is_place(last) and not is_body(last):
            found.setdefault(_plain(last), set()).add(_plain(first))
    return {surname: frozenset(firsts) for surname, firsts in found.items()}


def _name_word(word: str) -> bool:
    """Can a word of a question be a surname: a name to HanTa's German model or a word it lacks, and no everyday
    English word ("nach", "will", "jobs", "with", "report" are no one's surname, however an article's headings put
    them after a name)?"""
    return german_name(word[:1].upper() + word[1:]) and not english_word(word)


def _surname_in(question: str, article: str) -> str | None:
    """A word of the question that the article writes as a surname after a first name ("wie weit ist hayböck
    gesprungen": "Michael Hayböck"; "peyton manning": "Peyton Manning"), where the question does not write it as a
    thing's or a place's name (``_NO_PERSON_BEFORE``: "the Costa Concordia", "in al-arish", "beim Generali Open"). A
    question typed in lower case or in English tells no name by itself; the article does."""
    names = _full_names(article)
    words = re.findall(r"[^\W\d_][\w'’-]*", question)
    for k, word in enumerate(words):
        surname = _plain(word)
        if len(word) < 4 or surname not in names or not _name_word(word):
            continue
        if k + 1 < len(words) and surname in names.get(_plain(words[k + 1]), ()):
            continue  # the first name of the next word ("thomas schaffer")
        at = k - 1 if k and _plain(words[k - 1]) in names[surname] else k  # the first name, where the question has it
        if not at or words[at - 1].lower() not in _NO_PERSON_BEFORE:
            return surname
    return None


def of_another_person(question: Question, c: Candidate, article: str | None) -> bool:
    """Does the sentence name another person than the one the figure question names, and not that one?"""
    named = asked_person(question)  # by first name and surname, in a German question; else as the article writes it
    surname = asked_person(question, article) if named is None else named
    if surname is None:
        return False
    by_first_name = named is not None
    near = f"{c.before} {c.text}" if _POINTS_BACK.match(c.text) else c.text
    if surname[:_PREFIX] in _plain(near):
        return False
    asked = _plain(question.text)
    others = [
        name
        for name in (names_in(c.text, article) or "").split(", ")
        if name
        and not is_body(name.split()[-1])
        and not any(_plain(w)[:_PREFIX] in asked for w in name.split())
        and not _giving(name, c)
        and (by_first_name or _plain(name.split()[-1]) in _full_names(article or ""))
    ]
    return bool(others)


def _giving(name: str, c: Candidate) -> bool:
    """Is a name of the sentence its source, named by a preposition ("laut Verdi", "Verdi zufolge") or outside the
    clause of every figure (", teilte Verdi mit")? A source the sentence's attribution finds in the figure's own
    clause by a verb is where the figure is the named one's ("drohen Demirtaş bis zu 24 Jahre Haft": "drohen" is a
    verb of saying only with a content clause)."""
    if not c.source or _plain(name) not in _plain(c.source):
        return False
    if c.info.cue and not analyze(c.info.cue.split()[0], "de")[1].startswith("V"):
        return True
    clauses = [clause_of(c.text, f.start - c.start, f.end - c.start) for f in c.info.figures]
    return not any(name in clause for clause in clauses)
