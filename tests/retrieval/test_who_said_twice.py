"""A who-said answer of two claims quotes a statement the article gives twice by both its sentences: the same words
elsewhere answer "who said X?" as the claim does, another sentence of the speaker answers something else."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from conftest import AnalysedArticle, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import repeats
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

# A council report: the topic, what the mayor demanded in spring, her statement, the same statement again in other
# words of the report, her words on something else, and what a councillor demanded.
TEXT = (
    "Der Gemeinderat hat am Montag lange über die Volksschule beraten. "
    "Bürgermeisterin Anna Kogler hatte im Frühjahr einen Neubau der Schule gefordert. "
    "Die alte Schule sei für die vielen Kinder viel zu klein geworden, sagte Kogler. "
    "Kogler zufolge ist die alte Schule für die vielen Kinder zu klein geworden. "
    "Wir brauchen auch einen neuen Turnsaal, betonte Kogler. "
    "Landesrat Peter Gruber hatte eine Sanierung der alten Schule gefordert."
)
KOGLER = "Bürgermeisterin Anna Kogler"
INFOS = {
    1: SentenceInfo(source=KOGLER, speaker=KOGLER, cue="hatte gefordert", how="reported"),
    2: SentenceInfo(source=KOGLER, speaker="Kogler", cue="sagte", how="indirect"),
    3: SentenceInfo(source=KOGLER, speaker="Kogler", cue="zufolge", how="according_to"),
    4: SentenceInfo(source=KOGLER, speaker="Kogler", cue="betonte", how="indirect"),
    5: SentenceInfo(source="Landesrat Peter Gruber", speaker="Peter Gruber", cue="hatte gefordert", how="reported"),
}
SPANS = sentence_spans(TEXT)
ARTICLE = Article(id="d", title="Volksschule", outlet="Gemeindeblatt", text=TEXT)
QUESTION = "Wer hat gesagt, dass die alte Schule für die Kinder zu klein ist?"


LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Volksschule", outlet="Gemeindeblatt")
_candidate = LIBRARY.candidate


def _answer(*claims: int) -> list[int]:
    """The sentences of a who-said answer whose claims were ``claims``, every sentence of the article likely."""
    question = parse_question(QUESTION)
    candidates = [_candidate(i) for i in range(6)]
    pool = Pool(question, candidates, None, {"d": ARTICLE})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    p = np.array([0.5, 0.9, 0.9, 0.8, 0.9, 0.9])
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    listed = [answerer._listed(question, candidates[i], ARTICLE, float(p[i])) for i in claims]
    assert all(isinstance(item, Listed) for item in listed)
    return [item.candidate.index for item in answerer._said_twice(question, pool, rows, p, listed)]


def test_two_sentences_repeat_a_statement_beyond_the_speakers_name_and_verb() -> None:
    assert repeats(_candidate(2), _candidate(3), KOGLER)
    assert repeats(_candidate(3), _candidate(2), KOGLER)
    assert not repeats(_candidate(2), _candidate(4), KOGLER)  # her words on the gym
    assert not repeats(_candidate(1), _candidate(2), KOGLER)  # what she demanded is not what she said
    assert not repeats(_candidate(2), _candidate(2), KOGLER)  # a sentence is not its own repetition
    elsewhere = replace(_candidate(3), doc_id="e")
    assert not repeats(_candidate(2), elsewhere, KOGLER)  # another article's sentence


def test_the_repetition_of_the_first_claim_takes_the_place_of_other_words() -> None:
    assert _answer(2, 4) == [2, 3]
    assert _answer(2, 3) == [2, 3]  # both there already


def test_the_second_claims_repetition_goes_before_a_first_that_reports_a_deed() -> None:
    assert _answer(1, 2) == [2, 3]


def test_a_first_claim_of_someones_words_stays_first() -> None:
    assert _answer(4, 2) == [4, 2]


def test_another_speakers_deed_stays_first() -> None:
    assert _answer(5, 2) == [5, 2]  # the councillor's demand is not the mayor's: the second's repetition waits


def test_an_answer_of_one_claim_stays_one() -> None:
    assert _answer(2) == [2]
