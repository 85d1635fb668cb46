"""An interview's turns, read from the labels that open them ("STANDARD: Wer ist in Österreich arm? Heitzmann: Es
sind nicht immer dieselben Menschen, …").

The interviewer's turn (a label naming the outlet or "Frage": "STANDARD:", "SPIEGEL:", "profil:") is a question and
no one's statement; the interviewee's turn (the label that answers it: "Heitzmann:") is that person's words, the
sentences after the label included, up to the next turn. News archives print an interview as one paragraph, so a
turn runs on over sentences until the next label; a rubric label inside an answer ("Zweitens: …") opens no turn.

In the gnad index (stop 51) 30 of 1,028 articles are interviews: 27 with "STANDARD:" (262 turns) or "Standard:" (10),
3 explainers with "Frage:" (34) and "Antwort:" (the newspaper's own text, not a person's); 280 turns of 28
interviewees. Their turns hold 462 sentences of questions and 1,310 of answers.
"""

from __future__ import annotations

import re

from retrieval.models import Sentence
from retrieval.sources import outlet_words

__all__ = ["ASKED", "INTERVIEWER", "interview_turns"]

INTERVIEWER = None  # the turn of the interviewer: a question, no one's statement
ASKED = "asked"  # ``SentenceInfo.how`` the analysis stores for a sentence of the interviewer's turn
# A sentence opened by a label of at most three capitalised words and a colon ("Heitzmann:", "Peter Kaiser:").
_LABEL = re.compile(r"\s*([A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,2}):\s+\S")
# Labels of the interviewer: the outlets' own ("STANDARD", "SPIEGEL", "profil") and the question of a FAQ or
# interview ("Frage", "F"); the outlet of the article counts too (``_interviewer``).
_ASKING = frozenset("frage f standard spiegel profil kurier zeit presse falter interviewer".split())
# Labels that answer a question but name no one: the newspaper's own answer in an explainer
_NO_ONE = frozenset(["antwort", "a"])
# The byline closing the article: "(Conrad Seidl, DER STANDARD, 5.8.2015)"
_BYLINE = re.compile(r"\s*\(")
_MIN_QUESTIONS = 2  # an article with fewer interviewer labels is no interview ("…, sagt er zum STANDARD: …")


def interview_turns(sentences: list[Sentence], outlet: str | None) -> dict[int, str | None]:
    """For each sentence of an interview that is in a turn, by its position in ``sentences``: the interviewee's label
    as written ("Heitzmann"), or ``INTERVIEWER`` in the interviewer's turns. Empty for an article that is no
    interview (fewer than two interviewer labels opening a sentence). Sentences before the first turn (the
    introduction) and in a turn that names no one ("Antwort:", an all-capitals box "ZUR PERSON:") are left out."""
    labels = [_label(s.text) for s in sentences]
    asking = [label is not None and _interviewer(label, outlet) for label in labels]
    if sum(asking) < _MIN_QUESTIONS:
        return {}
    people = _answering(labels, asking)
    turns: dict[int, str | None] = {}
    inside, turn = False, INTERVIEWER
    for i, (sentence, label) in enumerate(zip(sentences, labels, strict=True)):
        if asking[i]:
            inside, turn = True, INTERVIEWER
        elif label is not None and _key(label) in people:
            inside, turn = True, label
        elif _BYLINE.match(sentence.text) or (label is not None and (label.lower() in _NO_ONE or _boxed(label))):
            inside = False
        if inside:
            turns[i] = turn
    return turns


def _label(sentence: str) -> str | None:
    m = _LABEL.match(sentence)
    return m.group(1) if m else None


def _interviewer(label: str, outlet: str | None) -> bool:
    word = label.split()[-1].lower()
    return word in _ASKING or word in outlet_words(outlet)


def _answering(labels: list[str | None], asking: list[bool]) -> set[str]:
    """The interviewees: the labels (by their last word) that answer an interviewer's turn, i.e. the first label
    after one that is not the interviewer's, unless it names no one."""
    people: set[str] = set()
    after_question = False
    for label, question in zip(labels, asking, strict=True):
        if question:
            after_question = True
        elif label is not None:
            if after_question and label.lower() not in _NO_ONE and not _boxed(label):
                people.add(_key(label))
            after_question = False
    return people


def _key(label: str) -> str:
    """ "Peter Kaiser" and "Kaiser" label one person's turns."""
    return label.split()[-1]


def _boxed(label: str) -> bool:
    """An all-capitals label of more than one word is a box after the interview ("ZUR PERSON:"), not a turn."""
    return " " in label and label.isupper()
