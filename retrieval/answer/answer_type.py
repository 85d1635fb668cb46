"""Does a sentence give an answer of the type a question asks for by its noun ("which Russian units", "what is the
name of the … unit", "which cnn reporter")? A question that asks for an instance of a kind is answered by a sentence
that names one beyond what the question names: a person asked for, by a person's name; a thing, by its name. A
sentence on the topic that names none ("… an der Seite russischer Truppen", "Es soll nordkoreanische Soldaten
zeigen, die auf dem russischen Truppenübungsplatz Sergievsky …" for the name of a special forces unit) does not
answer: the articles do not say which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.answer.persons import NAME_PREFIX, is_role_word, office_nouns
from retrieval.answer.reporting import names_in
from retrieval.constraints import country_of, is_place
from retrieval.nlp import analyze

# English nouns of a person the table of offices does not know by office ("which reporter", "what is the name of the
# man"); German ones beside ``is_role_word`` ("welcher Mann", "die Frau").
_PERSON_EN = re.compile(
    r"^(?:person|people|persons|man|men|woman|women|boy|girl|child|official|officials|reporter|reporters|author|"
    r"authors|writer|writers|leader|leaders|member|members|player|players|coach|victim|victims|suspect|suspects|"
    r"soldier|soldiers|officer|officers|expert|experts|journalist|journalists|priest|athlete|athletes|driver)$"
)
_PERSON_DE = re.compile(r"^(?:person|personen|mann|männer|frau|frauen|junge|mädchen|kind|opfer|täter\w*|spieler\w*)$")
# Nouns of a place: a question for one is answered by a place's name (``where``-questions have their own checks).
_PLACE_HEADS = re.compile(
    r"(?:country|countries|city|cities|town|towns|region|regions|state|states|village|place|places|land|länder|"
    r"staat\w*|stadt|städte|ort|orte|region\w*|gemeinde\w*|dorf|bezirk\w*|bundesland|bundesländer)$"
)
# A short quoted term ("vom „Centre for Strategic Communication“ verbreitet"): a name the sentence prints as one.
_QUOTED = re.compile(r"[„“\"»«‚‘']([A-ZÄÖÜ][^„“\"»«]{1,60}?)[“”\"«»‘’']")
QUOTED_WORDS = 5  # a quoted name is a few words; more is a quotation of words said
# the noun of a quoted name's kind after it: "„Centre …“, einer ukrainischen Regierungsorganisation"
APPOSITION_WORDS = 5


def asks_person(asked: Sequence[str], language: str) -> bool:
    """Does the noun phrase a question asks an instance of name a person ("which cnn reporter", "der kanadische
    Priester", "the russian ambassador")?"""
    head = asked[-1]
    if language == "de":
        return is_role_word(head) or _PERSON_DE.match(head) is not None
    return _PERSON_EN.match(head) is not None or bool(office_nouns(" ".join(asked)))


def asks_place(asked: Sequence[str]) -> bool:
    """Does the noun phrase name a place ("which country", "welche Stadt")?"""
    return _PLACE_HEADS.search(asked[-1]) is not None


def _new(word: str, question: str) -> bool:
    """Is a name word not one the question gives, nor a place ("Russlands" is Russia's)?"""
    lowered = question.lower()
    if word.lower()[:NAME_PREFIX] in lowered:
        return False
    bare = word[:-1] if word.endswith("s") else word
    return not (is_place(word) or is_place(bare) or country_of(word) or country_of(bare))


def person_named(sentence: str, question: str) -> bool:
    """Does the sentence name a person the question does not (a proper name, no place)?"""
    names = names_in(sentence) or ""
    return any(_new(w, question) for name in names.split(", ") for w in name.split() if w)


def named_things(sentence: str, question: str, speakers: Sequence[str] = ()) -> list[tuple[str, str]]:
    """The names of things a sentence gives that the question does not, each with the word of its kind: a short
    quoted name, with the noun right before it ("der Sender „Russia Today“") or just after ("„Centre for Strategic
    Communication“, einer ukrainischen Regierungsorganisation"); a proper name
    right after the common noun of its kind ("die Spezialeinheit Achmat", "Nachrichtenagentur Yonhap"). A name after
    a person's role ("Machthaber Kim Jong-un") is theirs, a speaker's name and a given name with a surname a
    person's; a place's noun is the kind of its name ("Truppenübungsplatz Sergievsky"), as any other."""
    found: list[tuple[str, str]] = []
    tokens = list(re.finditer(r"[\w-]+", sentence))
    for m in _QUOTED.finditer(sentence):
        words = m.group(1).split()
        if len(words) <= QUOTED_WORDS and any(_new(w, question) for w in words if w[:1].isupper()):
            near = [t.group(0) for t in tokens if t.end() <= m.start()][-1:]
            near += [t.group(0) for t in tokens if t.start() >= m.end()][:APPOSITION_WORDS]
            kinds = [w for w in near if w[:1].isupper() and analyze(w, "de")[1] == "NN"]
            if kinds:
                found.append((kinds[0], m.group(1)))
    spoken = " ".join(speakers).lower()
    for i in range(1, len(tokens)):
        word, before = tokens[i].group(0), tokens[i - 1].group(0)
        if not word[:1].isupper() or not before[:1].isupper() or word.lower() in spoken:
            continue  # the cheap tests first: most words are not two capitalised ones in a row
        if sentence[tokens[i - 1].end() : tokens[i].start()].strip() or is_role_word(before.lower()):
            continue
        if analyze(word, "de")[1] != "NE" or analyze(before, "de")[1] != "NN":
            continue
        if not _new(word, question):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and not sentence[tokens[i].end() : nxt.start()].strip() and _name_goes_on(nxt.group(0)):
            continue  # a given name and a surname: a person's ("seinem Amtskollegen John Healey", "Kim Jong-un")
        found.append((before, word))
    return found


def nouns_of(sentence: str) -> list[str]:
    """The common nouns of a German sentence, as printed (HanTa's NN)."""
    return list(dict.fromkeys(w for w in re.findall(r"[A-ZÄÖÜ][\w-]+", sentence) if analyze(w, "de")[1] == "NN"))


def _name_goes_on(word: str) -> bool:
    """Does a word go on with the name before it: a proper name, or the second part of an East Asian given name
    ("Jong-un")?"""
    return analyze(word, "de")[1] == "NE" or re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]+-[a-zäöü]+", word) is not None


def kind_names(
    asked: Sequence[str], language: str, sentence: str, question: str, speakers: Sequence[str] = ()
) -> bool | list[tuple[str, str]]:
    """Whether the sentence names an instance of what the question asks for, where this can tell without meaning:
    a place is checked where places are (True), a person's name for a person; for a thing, the names the sentence
    gives things, with the words of their kinds (``named_things``), for the caller to match against the kind."""
    if asks_place(asked):
        return True
    if asks_person(asked, language):
        return person_named(sentence, question)
    return named_things(sentence, question, speakers)
