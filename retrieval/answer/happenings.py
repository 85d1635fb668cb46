"""A figure of the thing asked, but of another happening: "how many people had to be evacuated" is not answered by
"fünf Menschen sind ums Leben gekommen", nor "how much are the heirs claiming" by what a court ruled someone "habe …
zu bezahlen".

A question and the clause that holds a figure each tell the happenings they name: the event classes of
``retrieval.constraints.PREDICATES`` (dead, injured, arrested …) and the classes of ``data/happenings.tsv``, by the
lemmas of their full verbs (HanTa). A figure is of another happening where both name one and none is shared. A
clause that names none ("Rund 3.000 in den Filialen", "ein Plus von 0,1 Prozent") stays allowed: words cannot tell
what it is of, and a sentence may give the happening elsewhere. Only the figure's own clause counts, so a sentence
that gives the dead and the evacuated ("Fünf starben, 300 wurden evakuiert") still answers how many were evacuated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from retrieval import constraints
from retrieval.models import Figure, Question
from retrieval.nlp import analyze

# A change of an amount ("stieg auf", "sank um") may be how any amount is reported ("Die Ausgaben stiegen auf fünf
# Millionen Euro" tells how much was spent): these classes clash only with each other.
CHANGES = frozenset({"rose", "fell"})

# Where the clause that holds a figure ends: punctuation, a dash, and the words that join clauses (German, English)
_JOINING_WORDS = "und|oder|aber|sondern|and|or|but"
_CLAUSE_END = re.compile(rf"[,;:()–—]|\s-\s|\b(?:{_JOINING_WORDS}|während|while|whereas)\b")

_WORD = re.compile(r"[\wäöüÄÖÜß-]+")


@cache
def _table() -> dict[str, str]:
    text = resources.files("retrieval.answer").joinpath("data/happenings.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, *lemmas = line.split("\t")
            out.update(dict.fromkeys((lemma.strip() for lemma in lemmas if lemma.strip()), name))
    return out


def happenings(text: str, language: str, counted: str | None = None) -> set[str]:
    """The classes of happenings ``text`` names: the event classes of ``constraints.predicates`` and those of its full
    verbs by their lemmas ("evakuiert": evacuated, "paid": paid)."""
    table = _table()
    out = constraints.predicates(text, counted)
    for i, m in enumerate(_WORD.finditer(text)):
        word = m.group()
        if word[:1].isupper() and i > 0 and language == "de":
            continue  # a noun or a name: German verbs are written in lower case inside a sentence
        lemma, tag = analyze(word, language)
        if tag.startswith("VV") and lemma.lower() in table:
            out.add(table[lemma.lower()])
    return out


def asked_happenings(question: Question, events_counted: bool) -> set[str]:
    """The happenings a figure question ties its figure to. Where the events it names cannot be what it counts
    (``features.counts_events``: a sum, a share, an age), they describe whom the figure is of ("how much was the man
    fined who killed …"), and only the classes of the table are kept."""
    if question.kind != "figure":
        return set()
    found = happenings(question.text, question.language, question.counted)
    return found if events_counted else found - set(constraints.PREDICATES)


# A word that joins a second predicate of the same subject ("wurden überrascht und konnten sich nicht retten")
_JOINING = re.compile(rf"(?i){_JOINING_WORDS}")


def clause_of(text: str, start: int, end: int, language: str = "de") -> str:
    """The clause of ``text`` that holds the span ``start``..``end``: from the last clause end before it to the first
    after it; past a joining word that a finite verb follows, which tells more of the same subject ("Drei Menschen
    wurden überrascht und konnten sich nicht retten"), to the end after that."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    at = end
    while (after := _CLAUSE_END.search(text, at)) is not None and _JOINING.fullmatch(after.group()):
        following = _WORD.search(text, after.end())
        if following is None or not _finite(following.group(), language):
            break
        at = following.end()
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _finite(word: str, language: str) -> bool:
    """Is ``word`` a finite verb (HanTa: "konnten", "wurden"; English "were", "could")?"""
    tag = analyze(word, language)[1]
    return (
        "FIN" in tag
        if language == "de"
        else tag == "VM0" or (tag[:2] in ("VB", "VD", "VH", "VV") and tag[-1:] in "DZB")
    )


def clash(asked: set[str], told: set[str]) -> bool:
    """Do the happenings asked and those a clause tells name different ones: both some and none shared, where a change
    of an amount (``CHANGES``) on either side clashes only with a change on the other ("sank" for how much rose)?"""
    if not asked or not told or asked & told:
        return False
    if asked <= CHANGES or told <= CHANGES:
        return bool(asked & CHANGES) and bool(told & CHANGES)
    return True


def other_happening(asked: set[str], text: str, start: int, figures: Sequence[Figure]) -> bool:
    """Is every figure of a sentence (``text`` begins at ``start`` in its article) in a clause that tells another
    happening than the ones asked ("mindestens fünf Menschen … ums Leben gekommen" for how many were evacuated)?"""
    if not asked or not figures:
        return False
    for f in figures:
        s, e = f.start - start, f.end - start
        if not 0 <= s <= e <= len(text):
            return False
        if not clash(asked, happenings(clause_of(text, s, e), "de")):
            return False
    return True


# A figure question may tie its figure to a happening by a temporal clause of its own: "wie alt war er, als ihm die
# Hände amputiert wurden", "mit wie viel Geld war der Preis dotiert, als ihn X bekam". A sentence whose context (its
# headline, the sentence before and itself) tells nothing of that happening gives the figure of another occasion: his
# age now, the prize money of another year. Only a clause that opens with "als" and a pronoun or an article and ends
# with a finite verb is read ("als klar war, dass …" names no full verb; "als zweiter", "als Chef" are no clause), and
# only in German: an English clause's verb is not the word a German sentence uses.
_AS_WHEN = re.compile(
    r"(?i)\bals\s+(?=(?:er|sie|es|ihm|ihn|ihr|ihnen|man|wir|ich|du|der|die|das|den|dem|des|ein|eine|einen|einem)\b)"
)
_CLAUSE_STOP = re.compile(r"[,;:?!.()–—]|\s-\s|\bdass\b")
STEM = 4  # letters of a verb's stem a word must begin with to name its happening ("amputier": "Amputation")


def occasion_verbs(question: Question) -> list[str]:
    """The lemmas of the full verbs of a German figure question's temporal clause ("als ihm die Hände amputiert
    wurden": ["amputieren"]), or none."""
    if question.kind != "figure" or question.language != "de":
        return []
    verbs: list[str] = []
    for m in _AS_WHEN.finditer(question.text):
        end = _CLAUSE_STOP.search(question.text, m.end())
        words = _WORD.findall(question.text[m.end() : end.start() if end else len(question.text)])
        # the clause ends with its finite verb ("als ihm Hände und Füße amputiert wurden")
        last = next((i for i, w in enumerate(words) if i and w[:1].islower() and _finite(w, "de")), None)
        if last is None:
            continue
        tagged = [analyze(w, "de") for w in words[: last + 1] if w[:1].islower()]  # German verbs: lower case
        verbs += [lemma.lower() for lemma, tag in tagged if tag.startswith("VV")]
    return list(dict.fromkeys(verbs))


def tells_any(verbs: Sequence[str], text: str) -> bool:
    """Does ``text`` tell the happening of any of ``verbs``: a word of it begins with the verb's stem ("amputiert",
    "Amputation" for "amputieren"; "gezahlt" past its "ge"), or is a form of the verb or of its base verb
    ("festgehalten" for "festhalten"; "hielt … fest" by its base verb "halten")?"""
    words = set(_WORD.findall(text))
    for verb in verbs:
        stem = verb.removesuffix("ieren") if verb.endswith("ieren") else verb.removesuffix("en").removesuffix("n")
        for word in words:
            low = word.lower()
            if len(stem) >= STEM and low.startswith((stem, "ge" + stem)):
                return True
            if word[:1].islower() and _of_verb(analyze(word, "de")[0].lower(), verb):
                return True
    return False


def _of_verb(lemma: str, verb: str) -> bool:
    """Is ``lemma`` the verb or its base verb ("halten" of "festhalten")?"""
    return lemma == verb or (len(lemma) > STEM and verb.endswith(lemma))
