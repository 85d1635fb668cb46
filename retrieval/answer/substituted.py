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

Studied sets (stop 50): 6 of 314 questions name a person so (5 no_answer, 1 figure); the check changes 1 answer,
gained (dev86-055), none lost.
"""

from __future__ import annotations

import re
import unicodedata

from retrieval.answer.actors import is_body
from retrieval.answer.evidence import Candidate
from retrieval.answer.happenings import clause_of
from retrieval.answer.persons import fold_letters
from retrieval.answer.reporting import names_in
from retrieval.constraints import is_place
from retrieval.models import Question
from retrieval.nlp import analyze, unknown_german

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


def asked_person(question: Question) -> str | None:
    """The surname of the person a figure question names by first name and surname, in plain letters (``_plain``)."""
    if question.kind != "figure" or question.language != "de":
        return None
    names = {_plain(n) for n in question.names}
    for m in _FULL_NAME.finditer(question.text):
        first, last = m.groups()
        if _plain(last) in names and _first_name(first):
            return _plain(last)
    return None


def of_another_person(question: Question, c: Candidate, article: str | None) -> bool:
    """Does the sentence name another person than the one the figure question names, and not that one?"""
    surname = asked_person(question)
    if surname is None:
        return False
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
