"""Work the answer stage leaves undone because it cannot change the answer: once no candidate left is likely
enough to answer, nothing is judged for whether it could be a claim."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.question import parse_question

_SENTENCES = [
    "Die neue Brücke über den Kanal soll im Mai eröffnet werden, sagte die Bürgermeisterin.",
    "Der Bau der Brücke hat länger gedauert als geplant, erklärte ein Sprecher der Stadt.",
    "Anrainer klagen seit Monaten über den Lärm der Baustelle.",
]


def _judged(monkeypatch: pytest.MonkeyPatch, question: str, likelihoods: list[float]) -> tuple[list[object], int]:
    """What ``select`` lists for candidates this likely (none of them usable), and how many it judged."""
    judged: list[str] = []

    def usable(self: Answerer, q: object, c: object, typed: object = ()) -> bool:
        judged.append(str(c))
        return False

    monkeypatch.setattr(Answerer, "usable", usable)
    q = parse_question(question)
    candidates = [replace(sentence_candidate(t), doc_id=f"d{k}") for k, t in enumerate(_SENTENCES)]
    pool = Pool(q, candidates, None, {c.doc_id: OneSentenceLibrary().article(c.doc_id) for c in candidates})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    answerer = Answerer(OneSentenceLibrary(), listing=None)  # type: ignore[arg-type]
    return list(answerer.select(q, pool, rows, np.array(likelihoods))), len(judged)


def test_candidates_too_unlikely_to_answer_are_not_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    found = Answerer(OneSentenceLibrary()).scorer.found["other"]  # type: ignore[arg-type]
    listed, judged = _judged(monkeypatch, "Wer sagte, die Brücke werde im Mai eröffnet?", [found - 0.1, 0.2, 0.05])
    assert (listed, judged) == ([], 0)


def test_a_candidate_likely_enough_to_answer_is_judged_and_the_search_goes_on_below_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = Answerer(OneSentenceLibrary()).scorer.found["other"]  # type: ignore[arg-type]
    listed, judged = _judged(monkeypatch, "Wer sagte, die Brücke werde im Mai eröffnet?", [found + 0.1, found, 0.05])
    assert (listed, judged) == ([], 2)  # the third is too unlikely once nothing above it could be a claim
