"""Does a figure count what the question asks about? Tanks are not soldiers, votes are not seats.

Embedding similarity of single nouns cannot tell: e5 puts "tanks" as close to "Soldaten" as to "Panzer", and
"Gesetze" close to "Sitzungen". A small bilingual table of what news figures count (``data/counted.tsv``)
can, for the nouns it knows: the question's counted noun and the figure's noun are looked up as concepts, and
two different concepts rule the figure out, unless both count people (the "steelworkers" of a question are the
"Teilnehmer" of the article; soldiers may be "Tote") and neither is a state (the injured are not the dead) nor both
callings (instructors are not soldiers).
Nouns the table does not know decide nothing; a question's noun typed in lower case is looked up as a noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from retrieval.nlp import analyze

SHORT_HEAD = 5  # heads this short match a whole lemma only, or after a hyphen
# Concepts that may be any other of their kind: a crime may be the attack asked about ("Bei 101 Straftaten …").
GENERIC = frozenset({"people", "animal", "thing", "case", "crime"})
# Concepts of people by their occupation: one person has one at a time (soldiers are not police officers or the
# instructors who train them), though any of them may be a participant, a resident, dead or injured.
OCCUPATIONS = frozenset({"soldier", "police", "worker", "pupil", "doctor", "politician", "trainer"})


@dataclass(frozen=True)
class Concept:
    name: str
    kind: str  # person, state, thing, animal, event


@cache
def _table() -> tuple[dict[str, Concept], list[tuple[str, bool, Concept]]]:
    """English words (with plurals) and German lemma heads (longest first; whether a short head may end a
    compound), each to its concept."""
    text = resources.files("retrieval.answer").joinpath("data/counted.tsv").read_text(encoding="utf-8")
    english: dict[str, Concept] = {}
    german: list[tuple[str, bool, Concept]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, en, de = line.split("\t")
        concept = Concept(name, kind)
        for word in en.split():
            word = word.replace("_", " ")  # a phrase of two words: looked up as the counted noun's last two
            for form in (word, word + "s", word + "es", re.sub(r"y$", "ies", word)):
                english.setdefault(form, concept)
        german += [(head.lstrip("*"), head.startswith("*") or len(head) > SHORT_HEAD, concept) for head in de.split()]
    german.sort(key=lambda pair: -len(pair[0]))
    return english, german


def concept(noun: str | None, lemma: bool = False) -> Concept | None:
    """The concept a counted noun names ("police officers", "Kampfpanzer", "Asylanträge"), or None. A
    ``lemma`` (a figure's noun as indexing lemmatised it) is looked up as it is."""
    return _concept(noun, lemma) if noun else None


@lru_cache(maxsize=16384)  # a question's candidates name the same few nouns again and again
def _concept(noun: str, lemma: bool) -> Concept | None:
    english = _table()[0]
    words = re.findall(r"[\w-]+", noun.lower())
    if not words:
        return None
    for phrase in (" ".join(words[-2:]), words[-1]):
        if phrase in english:
            return english[phrase]
    last = re.findall(r"[\w-]+", noun)[-1]
    # A noun typed in lower case ("wie viele vorfälle") is lemmatised as the noun it is: "Vorfälle" -> "Vorfall".
    base = last.lower() if lemma else analyze(last[:1].upper() + last[1:], "de")[0].lower()
    for form in dict.fromkeys((base, last.lower())):
        if found := _german(form):
            return found
    # a woman of a group of people ("Zuseherinnen", "Ärztinnen"): the group's noun without "-in"
    female = base[: -len(FEMALE)] if base.endswith(FEMALE) and len(base) > len(FEMALE) + SHORT_HEAD else ""
    found = _german(female) if female else None
    return found if found is not None and found.kind == "person" else None


FEMALE = "in"


def _german(form: str) -> Concept | None:
    """The concept of the longest head ``form`` ends in: as a whole, after a hyphen or (``ends_compounds``) as the
    end of a compound. Looked up by the form's ends, longest first, not by a walk over every head: the nouns of every
    candidate's context are looked up (``features._names_concept``)."""
    heads, lengths = _german_heads()
    for length in lengths:
        if length > len(form):
            continue
        for ends_compounds, found in heads.get(form[-length:], ()):
            if length == len(form) or form[-length - 1] == "-" or ends_compounds:
                return found
    return None


NAMING_STEM = 3  # letters a word naming a concept shares with one of its words ("Ärzte": "arzt"; umlauts folded)


def may_name(wanted: Concept, word: str) -> bool:
    """Can ``word`` name the concept ``wanted``: does it hold the first letters of one of its English words or German
    heads? A word that does not need not be lemmatised to tell (HanTa costs about a millisecond a new word)."""
    folded = _fold(word)
    return any(stem in folded for stem in _stems(wanted))


@cache
def _stems(wanted: Concept) -> frozenset[str]:
    english, german = _table()
    words = [w for w, c in english.items() if c == wanted] + [h for h, _, c in german if c == wanted]
    return frozenset(_fold(w)[:NAMING_STEM] for w in words)


@cache
def _german_heads() -> tuple[dict[str, list[tuple[bool, Concept]]], list[int]]:
    """``_table``'s German heads by their letters, and their lengths, longest first."""
    heads: dict[str, list[tuple[bool, Concept]]] = {}
    for head, ends_compounds, found in _table()[1]:
        heads.setdefault(head, []).append((ends_compounds, found))
    return heads, sorted({len(head) for head in heads}, reverse=True)


def agrees(asked: Concept | None, counted: Concept | None) -> float:
    """+1 the figure counts what was asked, -1 something else, 0 when the table cannot tell."""
    if asked is None or counted is None:
        return 0.0
    if asked == counted:
        return 1.0
    if asked.kind == counted.kind == "state":
        return -1.0  # the dead are not the injured, the arrested not the dead
    if asked.name in OCCUPATIONS and counted.name in OCCUPATIONS:
        return -1.0  # ... but one job at a time: instructors are not the soldiers they train, police not soldiers
    if {asked.kind, counted.kind} <= {"person", "state"}:
        return 0.0  # people are many things at once: "steelworkers" are the day's "Teilnehmer", soldiers "Tote"
    if asked.kind == counted.kind and GENERIC & {asked.name, counted.name}:
        return 0.0  # "Tiere" may be the tigers asked about
    return -1.0


# Nouns the table does not know: compared by their words. A question that counts "Messer" "bei den Flüchtlingen" is
# not answered by "7.300 Flüchtlinge": the figure counts another noun the question names. Nor "wie viele
# Hochzeitsgäste" by "drei Menschen verletzt" where nothing near the figure names wedding guests.
HEAD = 4  # a lemma this long may be the head of a compound that names the same thing ("Gast": "Hochzeitsgast")


def noun_lemma(word: str) -> str:
    """A German noun's lemma in lower case, however the question typed it ("hochzeitsgäste" -> "hochzeitsgast")."""
    return analyze(word[:1].upper() + word[1:], "de")[0].lower()


def same_noun(a: str, b: str) -> bool:
    """Do two lower-case lemmas name one thing: equal, or the one the head of the other ("gast", "hochzeitsgast")?"""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= HEAD and long.endswith(short))


@dataclass(frozen=True)
class OtherNouns:
    """The nouns of a question besides the one it counts: their concepts (table) and German lemmas."""

    concepts: frozenset[Concept]
    lemmas: frozenset[str]


def other_nouns(words: list[str], counted: str, language: str) -> OtherNouns:
    """The concepts and lemmas of a question's content ``words`` other than those of its ``counted`` noun
    ("flüchtlingen" of "wie viele messer … bei den flüchtlingen", "troops" of "how many allies confirmed … troops")."""
    own = {w.lower() for w in re.findall(r"[\w-]+", counted)}
    rest = [w for w in words if w.lower() not in own]
    concepts = frozenset(c for w in rest if (c := concept(w)) is not None and c.name not in GENERIC)
    # German nouns: every word of a German question, the capitalised ones of an English one ("the 41 regional
    # Volksbanken")
    lemmas = frozenset(noun_lemma(w) for w in rest if len(w) > SHORT_HEAD and (language == "de" or w[:1].isupper()))
    return OtherNouns(concepts, lemmas)


def counts_other(counted: Concept | None, lemma: str | None, other: OtherNouns) -> bool:
    """Does a figure count another noun the question names, by concept or (German) by lemma, maybe as the head of a
    compound ("Bundesländer-Volksbanken" for "Volksbanken")?"""
    if counted is not None and counted in other.concepts:
        return True
    return lemma is not None and any(same_noun(lemma.lower(), named) for named in other.lemmas)


def names_noun(lemma: str, text: str) -> bool:
    """Does ``text`` name the noun of ``lemma`` (German), as it is or as the head of a compound ("Hochzeitsgäste",
    "Gäste" for "hochzeitsgast")?"""
    folded = _fold(lemma)
    return any(
        same_noun(lemma, noun_lemma(w))
        for w in set(re.findall(r"\b[A-ZÄÖÜ][\w-]{2,}", text))
        # only words that may share a head with it: lemmatising every word costs (HanTa, once per word)
        if _fold(w[:PREFILTER]) in folded or folded[:PREFILTER] in _fold(w)
    )


PREFILTER = 3
_UMLAUTS = str.maketrans("äöüÄÖÜ", "aouaou")


def _fold(word: str) -> str:
    return word.lower().translate(_UMLAUTS)


# A second opinion where the table cannot tell: USE-m3 (``retrieval.embedding.words``) tells nouns apart across
# languages ("visitors" ~ "Besucher" 0.93 but ~ "Flamingo-Küken" 0.09; "Beamte" ~ "Experten" 0.36). A German compound
# is compared by itself and by its heads ("Vertragskunden", "Kunden"), so the words may be most alike at any of them.
VOWELS = frozenset("aeiouäöü")
HEAD_MIN = 5  # letters a compound's head has at least ("Gäste", "Kunden"; not "Äste" of "Hochzeitsgäste")


def noun_forms(noun: str) -> list[str]:
    """A counted noun as written, its last word and the heads a German compound may end in: its parts after a hyphen
    ("Flamingo-Küken": "Küken") and the ends of it that start where the encoder's word pieces do ("Vertragskunden":
    "Kunden"; "Grenzbeamte": "Beamte"), each capitalised as a German noun."""
    words = re.findall(r"[\w-]+", noun)
    if not words:
        return []
    last = words[-1]
    forms = [noun.strip(), last]
    parts = [p for p in last.split("-") if p]
    forms += [p for p in parts[1:] if len(p) >= HEAD_MIN - 1]
    tail = parts[-1] if parts else last
    if tail[:1].isupper():  # a German noun: its heads
        from retrieval.embedding.words import pieces

        at = 0
        for piece in pieces(tail)[:-1]:
            at += len(piece)
            # not from a linking "s" ("Vergleichs|studien": "Studien", not "Sstudien")
            if len(tail) - at >= HEAD_MIN and not (tail[at] == "s" and tail[at + 1 : at + 2] not in VOWELS):
                forms.append(tail[at].upper() + tail[at + 1 :])
    return list(dict.fromkeys(f for f in forms if f))


def likenesses(asked: str, nouns: Sequence[str]) -> dict[str, float]:
    """``likeness`` of the noun asked to each of ``nouns``, embedded in one batch (a question's candidates name a few
    dozen nouns; one batch costs about what one noun does)."""
    from retrieval.embedding.words import encoder

    a = noun_forms(asked)
    forms = {n: noun_forms(n) for n in dict.fromkeys(nouns)}
    texts = list(dict.fromkeys([*a, *(f for fs in forms.values() for f in fs)]))
    if not a or not texts:
        return dict.fromkeys(forms, 1.0)
    at = {t: i for i, t in enumerate(texts)}
    rows = encoder().vectors(texts)
    asked_rows = rows[[at[f] for f in a]]
    out = {}
    for noun, fs in forms.items():
        if not fs or same_noun(_last(asked), _last(noun)):
            out[noun] = 1.0
            continue
        out[noun] = float((asked_rows @ rows[[at[f] for f in fs]].T).max())
    return out


def likeness(asked: str, counted: str) -> float:
    """How alike the noun a question counts and the noun a figure counts are (USE-m3 cosine), at their most alike
    forms (``noun_forms``); 1.0 where the one is the head of the other by its letters ("Schafe", "Mutterschafe")."""
    return likenesses(asked, [counted])[counted]


def _last(noun: str) -> str:
    words = re.findall(r"[\w-]+", noun)
    return words[-1].lower() if words else ""


# A question may ask how many of a group are of some kind ("how many of the pilgrims were women", "wie viele der
# untersuchten Tiere …", "wie viele Spezialkräfte sind unter den Soldaten"): a figure of the whole group is not the
# part asked for, unless the sentence gives it as a part ("sechs der 21 Pilger", "davon 300").
_PART_OF_EN = re.compile(r"(?i)\b(?:how\s+many\s+of|among)\s+|^\s*of\s+(?=(?:the|these|all)\s)")
# ... "wie viele der Toten", "unter den Helfern", "Von den Pilgern, wie viele …" (not "Von wie vielen …")
_PART_OF_DE = re.compile(r"(?i)\bwie\s*viele?n?\s+(?:der|von|vom)\s+|(?:\bunter|^\s*von)\s+(?=(?:den|diesen|all\w*)\s)")
_GROUP_WORDS = 8  # words after "how many of" read for the group's noun at most
_NOUN_TAGS = ("NN", "NE")  # HanTa: German NN, NNA, NE; English NN0, NN1, NN2
_ENDS_PHRASE = ("APPR", "PRP", "PRF", "KO", "CJ")  # a preposition or conjunction after the noun ends its phrase


def asked_group(text: str, language: str) -> str | None:
    """The noun of the group a question asks a part of: "pilgrims" of "how many of the pilgrims killed … were women",
    "Soldaten" of "wie viele Spezialkräfte sind unter den nordkoreanischen Soldaten", "NSA-Nummern" of "wie viele der
    56 … veröffentlichten NSA-Nummern gehören …"; the last noun before the verb, preposition or conjunction that ends
    its phrase. None where the question asks no part or names the group by a pronoun ("how many of them")."""
    found = (_PART_OF_DE if language == "de" else _PART_OF_EN).search(text)
    if found is None:
        return None
    noun = None
    for word in re.findall(r"[\w'’-]+", text[found.end() :])[:_GROUP_WORDS]:
        tag = _tag(word, language)
        if tag.startswith(_NOUN_TAGS):
            noun = word
        elif tag.startswith("V") or (noun is not None and tag.startswith(_ENDS_PHRASE)):
            break  # "how many of the pilgrims killed …", "der 36 Sitze im Landtag"; not "der 56 von X gezählten …"
        elif noun is None and tag.startswith(_PRONOUNS):
            return None  # "how many of them", "wie viele von ihnen"
    return noun


_PRONOUNS = ("PPER", "PNP", "PROAV", "PDS", "PIS")
# German words of closed classes, read as typed: capitalised, "von" would be a name to HanTa
_CLOSED = ("ART", "APPR", "KO", "PPER", "PRF", "PPOS", "PD", "PI", "PROAV", "CARD")


def _tag(word: str, language: str) -> str:
    """HanTa's tag of a question's word; a German word not of a closed class read as capitalised, so that a noun typed
    in lower case is the noun it is ("soldaten", "sitze"; not the verb "sitzen")."""
    if language != "de":
        return analyze(word, language)[1]
    tag = analyze(word.lower(), "de")[1]
    return tag if tag.startswith(_CLOSED) else analyze(word[:1].upper() + word[1:], "de")[1]


STEM = 4  # letters an English noun and the German one it names begin with alike ("pilgrims": "Pilger", "Mexikaner")


def same_stem(english: str, german: str) -> bool:
    """Do an English noun and a German one (or the head of a hyphenated compound: "Hindu-Pilger") begin with the same
    letters, umlauts folded? Cognates do ("senators": "Senator"); "shares" and "Aktionär" do not, though USE-m3 finds
    them alike (0.69)."""
    words = re.findall(r"[\w-]+", english)
    if not words or len(words[-1]) < STEM:
        return False
    stem = _fold(words[-1])[:STEM]
    return any(_fold(form).startswith(stem) for form in (german, german.split("-")[-1]))
