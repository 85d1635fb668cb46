"""A who-said question that quotes the article's own words asks whose they are: the one sentence that prints them
goes first, wherever the scorer ranks it (``Answerer._quoted_first``, ``said.printing_quoted``)."""

from __future__ import annotations

import numpy as np
from conftest import PlainArticle, candidate_at

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import printing_quoted, quoted_words
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A report whose lead tells the story in the question's words; the councillor's verdict comes third.
TEXT = (
    "Der Gemeinderat hat am Dienstag über den teuren Vertrag für die Stadtbusse beraten. "
    "Bürgermeister Franz Huber verteidigte den Vertrag als gut verhandelt. "
    "Stadträtin Anna Berger im Gespräch: Das ist ein Fass ohne Boden. "
    "Die Entscheidung über die Busse fällt erst im Herbst."
)
HUBER = SentenceInfo(source="Bürgermeister Franz Huber", speaker="Franz Huber", cue="verteidigte", how="reported")
BERGER = SentenceInfo(source="Stadträtin Anna Berger", speaker="Stadträtin Anna Berger", cue=":", how="direct")
INFOS = {1: HUBER, 2: BERGER}
QUESTION = "Welche Stadträtin nannte den teuren Vertrag für die Stadtbusse „ein Fass ohne Boden“?"


def _answer(p: list[float], asked: str = QUESTION, text: str = TEXT) -> list[Listed]:
    """``_quoted_first`` over the four sentences with the scorer's probabilities ``p``, the claims chosen before being
    the likeliest two."""
    question = parse_question(asked)
    library = PlainArticle(text, INFOS, title="Busvertrag", outlet="Stadtblatt")
    candidates = [candidate_at(text, library.spans[i], i, INFOS) for i in range(4)]
    pool = Pool(question, candidates, None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    likely = sorted(range(4), key=lambda i: -p[i])[:2]
    listed = [answerer._listed(question, candidates[i], library.article("d"), p[i]) for i in likely]
    return answerer._quoted_first(question, pool, rows, np.array(p), listed)


def test_the_quoted_words_are_folded_as_a_quote_check_compares_them() -> None:
    assert quoted_words(QUESTION) == ["ein fass ohne boden"]
    assert quoted_words("who said 'don't look back'?") == ["don t look back"]
    assert quoted_words("Wer hat den Vertrag kritisiert?") == []


def test_only_the_one_sentence_that_prints_them_word_for_word_counts() -> None:
    texts = ["Das ist ein Fass ohne Boden.", "Der Vertrag ist teuer."]
    assert printing_quoted(["ein fass ohne boden"], texts) == 0
    assert printing_quoted(["ein fass ohne boden"], [*texts, "Ein Fass ohne Boden, sagt auch er."]) is None
    assert printing_quoted(["fass ohne"], ["Ein Fassohne Boden."]) is None  # words, not letters
    assert printing_quoted([], texts) is None


def test_the_sentence_that_prints_the_quoted_words_goes_first() -> None:
    # the scorer likes the lead and the mayor; the verdict asked about is third, and goes first, the rest after it
    claims = _answer([0.9, 0.8, 0.5, 0.3])
    assert [item.candidate.index for item in claims] == [2, 0, 1]
    assert "Anna Berger" in (claims[0].source or "")


def test_a_sentence_the_scorer_finds_unlikely_stays_behind() -> None:
    claims = _answer([0.9, 0.8, 0.1, 0.3])
    assert [item.candidate.index for item in claims] == [0, 1]


def test_words_the_question_does_not_quote_keep_the_scorers_order() -> None:
    claims = _answer([0.9, 0.8, 0.5, 0.3], QUESTION.replace("„", "").replace("“", ""))
    assert [item.candidate.index for item in claims] == [0, 1]


def test_nothing_answered_stays_nothing() -> None:
    question = parse_question(QUESTION)
    library = PlainArticle(TEXT, INFOS, title="Busvertrag", outlet="Stadtblatt")
    candidates = [candidate_at(TEXT, library.spans[i], i, INFOS) for i in range(4)]
    pool = Pool(question, candidates, None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    assert answerer._quoted_first(question, pool, rows, np.array([0.9, 0.8, 0.5, 0.3]), []) == []
