"""A question that asks how many someone has is not answered by how many something happened to.

"wie viele Mitarbeiter hat die Zeitschrift", "wie viele Jets hat die Luftwaffe insgesamt", "wie viele Personen
umfasste die Reisegruppe": the question asks what someone has or what something is made of, a holding, with no
verb of an event. A sentence that counts them in a clause that tells an event done to them ("Zwei ihrer
Redakteure seien festgenommen worden", "haben zwei Kampfjets nach Rumänien entsandt", "haben zwölf Angehörige der
Reisegruppe getötet") gives the part the event befell, never the whole. A clause tells an event where it has an
auxiliary and ends in a full verb (the German perfect and passive put the participle last); the clause that holds
the figure only, so a relative clause beside it ("die 2010 gegründet wurde") does not count; nor does a verb that
records or reports the count ("51 Fälle seien registriert worden": the tally, ``data/tally_verbs.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from retrieval.models import Figure, Question
from retrieval.nlp import analyze

# German verbs of having or consisting of, as a question may put them (lower case, as chat types them)
_HOLDING_DE = re.compile(
    r"\b(?:hat|haben|hatte|hatten|besitzt|besitzen|besaß|umfasst|umfassen|umfasste|umfassten|zählt|zählte|"
    r"beschäftigt|beschäftigte)\b"
)
# "have to" is a must, not a having ("how many old cables do the technicians have to rip out")
_HOLDING_EN = re.compile(r"\b(?:does|do|did)\b.*\b(?:have(?!\s+to\b)|own|employ|count)\b")
_HOW_MANY = re.compile(r"\b(?:wie\s*viele?|how\s+many)\b")
# the auxiliaries of the German perfect and passive
_AUXILIARIES = frozenset(
    "hat haben hatte hatten habe sei seien ist sind war waren wurde wurden worden werden wird".split()
)
_CLAUSE = re.compile(r"[^,;:–()]+")


def asks_holding(question: Question) -> bool:
    """Does a figure question ask how many someone has or something is made of, with no verb of an event ("wie
    viele Mitarbeiter hat die Zeitschrift"; not "wie viel Preisgeld hat er gewonnen", not a compound question)?
    A verb of having right after a participle is the perfect's auxiliary, its verb put last ("wie viel Geld sollen die
    Manager nach Liechtenstein verschoben haben"), and "have to" is a must. Studied sets (stop 50): 4 questions of 626
    were read as holdings so (dev2c-011, dev90-007; dev89-001, dev91-046); the sentence that answered dev90-007 ("rund
    15 Mio. Euro … verschoben haben", p 0.994) told the event and was passed over: +1 (dev90-007), -0."""
    text = question.text.lower()
    if question.kind != "figure" or question.compound or not _HOW_MANY.search(text):
        return False
    if question.language == "en" or _HOLDING_EN.search(text):
        return _HOLDING_EN.search(text) is not None
    at = _HOLDING_DE.search(text)
    if at is None:
        return False
    before = re.findall(r"[a-zäöüß]+", text[: at.start()])
    if before and _participle(before[-1]):
        return False  # the perfect with its verb last: "verschoben haben", "der das Video gemacht hat"
    after = re.findall(r"[a-zäöüß]+", text[at.end() :])
    return not any(_full_verb(w) for w in after)


def tells_event(text: str, start: int, figures: Sequence[Figure]) -> bool:
    """Does every figure of a sentence (``text`` begins at ``start`` in its article) stand in a clause that tells an
    event: an auxiliary, and a full verb last ("seien am Montag festgenommen worden", "haben … entsandt")?"""
    clauses = _clauses_of(text, start, figures, _CLAUSE)
    return bool(clauses) and all(clause is not None and _event_clause(clause) for clause in clauses)


def _clauses_of(text: str, start: int, figures: Sequence[Figure], clause: re.Pattern[str]) -> list[str | None]:
    """The clause (a match of ``clause`` in ``text``, which begins at ``start`` in its article) of each figure."""
    spans = [(m.start(), m.end()) for m in clause.finditer(text)]
    return [next((text[s:e] for s, e in spans if s <= f.start - start < e), None) for f in figures]


def _event_clause(clause: str) -> bool:
    words = re.findall(r"[\wäöüÄÖÜß-]+", clause)
    if not any(w.lower() in _AUXILIARIES for w in words):
        return False
    last = [w for w in words if w.lower() not in _AUXILIARIES]
    if not last or not last[-1][:1].islower():
        return False
    lemma, tag = analyze(last[-1], "de")
    # a count recorded or reported is the whole tally ("51 neue Fälle registriert worden"), no event
    return tag.startswith("VV(") and lemma.lower() not in tally_verbs()


@cache
def tally_verbs() -> frozenset[str]:
    """The verbs that record or report a count (``data/tally_verbs.txt``), as HanTa lemmas."""
    text = resources.files("retrieval.answer").joinpath("data/tally_verbs.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _full_verb(word: str) -> bool:
    """Is ``word`` a German full verb's participle or final form (HanTa: "festgenommen", "entsandt", "gewonnen")?"""
    return analyze(word, "de")[1].startswith("VV(")


def _participle(word: str) -> bool:
    """Is ``word`` a German full verb's past participle (HanTa: "verschoben", "geschädigt")?"""
    return analyze(word, "de")[1] == "VV(PP)"


# the finite auxiliary of a German perfect or passive question ("haben … bekommen", "wurden … festgenommen")
_QUESTION_AUXILIARY = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b")


def event_words(question: Question) -> list[str]:
    """The words after the auxiliary of a German how-many question that asks what happened to them, its full verb
    last ("wie viele hp mitarbeiter haben das memo mit der kleiderordnung bekommen": "memo", "kleiderordnung",
    "bekommen"); none for a question of a holding (``asks_holding``) or one that asks two things."""
    text = question.text.lower()
    how = _HOW_MANY.search(text)
    if question.language != "de" or question.kind != "figure" or question.compound or how is None:
        return []
    at = _QUESTION_AUXILIARY.search(text, how.end())
    if at is None:
        return []
    after = re.findall(r"[a-zäöüß-]+", text[at.end() :])
    if not after or not _full_verb(after[-1]):
        return []
    return [w for w in after if w in (f.lower() for f in question.focus)]


# a clause ended by a comma before a word, a semicolon or a dash between spaces; not by a decimal comma, a bracket or a
# colon, which a participle may follow ("über 2,2 Millionen Euro … erhalten", "53 Sympathisanten … (IS) festgenommen")
_NUMBER_CLAUSE = re.compile(r"(?:[^,;–—]|,(?!\s)|[–—](?!\s))+")


def held_only(text: str, start: int, figures: Sequence[Figure]) -> bool:
    """Does every figure of a sentence stand in a clause that tells what someone has, by a verb of having and no
    full verb ("HP Enterprise Services hat mehr als 100.000 Angestellte")?"""
    clauses = _clauses_of(text, start, figures, _NUMBER_CLAUSE)
    return bool(clauses) and all(clause is not None and _held(clause) for clause in clauses)


def _held(clause: str) -> bool:
    """Does a clause tell what someone has, by a verb of having and no full verb?"""
    return _HOLDING_DE.search(clause) is not None and not any(
        _full_verb(w) for w in re.findall(r"\b[a-zäöüß]+\b", clause)
    )


def event_untold(question: Question, c_text: str, context: str, start: int, figures: Sequence[Figure]) -> bool:
    """Does a sentence answer a question of what happened to those it counts ("wie viele Mitarbeiter haben das Memo
    bekommen") with what someone has (``held_only``), naming none of the question's words of the event
    (``event_words``)? It counts the whole staff, not those the event befell.

    Studied sets (stop 49): 18 questions of 314 ask so (12 no_answer, 6 figure); it changes 1 answer, gained
    (dev87-057), none lost. Of the 6,531 gnad sentences with a figure, 83 hold every figure in a clause of having
    (a sample of 20: 17 are such clauses; "ergaunert haben", "hatte …, ihre gesamte Barschaft, … gegeben" are not)."""
    words = event_words(question)
    if not words or not held_only(c_text, start, figures):
        return False
    lowered = context.lower()
    return not any(w[:5] in lowered for w in words)
