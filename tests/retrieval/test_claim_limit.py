"""An answer's claims come from at most ``MAX_ARTICLES`` articles and number at most ``MAX_CLAIMS``: the limit counts
the claims of those articles only, so a third article's many likely figures take no place from them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from conftest import OneSentenceLibrary, sentence_candidate

from retrieval.answer.answerer import MAX_ARTICLES, MAX_CLAIMS, Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES
from retrieval.figures import extract_figures
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


def _candidate(doc_id: str, index: int, text: str) -> Candidate:
    info = SentenceInfo(figures=tuple(extract_figures(text, 0, len(text))))
    return replace(sentence_candidate(text, info=info), doc_id=doc_id, index=index)


def test_a_third_articles_candidates_take_no_place_among_the_claims() -> None:
    question = parse_question("Wie viele Asylanträge erwartet Österreich heuer?")
    first = _candidate("a", 0, "Das Innenministerium rechnet heuer mit 70.000 Asylanträgen.")
    second = _candidate("b", 0, "Eine Studie ging zuletzt von 33.000 Asylanträgen im Jahr aus.")
    limit = MAX_CLAIMS["figure"]
    third = [
        _candidate("c", i, f"In der Gemeinde Nummer {i + 1} wurden {100 + i} Asylanträge gestellt.")
        for i in range(limit)
    ]
    later = _candidate("b", 1, "Die Länder erwarten bis zu 75.000 Asylanträge.")
    candidates = [first, second, *third, later]  # by p: the third article's sentences come before b's second one
    p = np.array([0.99, 0.98, *(0.97 - 0.001 * i for i in range(limit)), 0.96])
    library = OneSentenceLibrary()
    pool = Pool(question, candidates, None, {d: library.article(d) for d in ("a", "b", "c")})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = answerer.select(question, pool, [[0.0] * len(NAMES) for _ in candidates], p)
    assert len({item.candidate.doc_id for item in listed}) == MAX_ARTICLES == 2
    assert [item.candidate.key for item in listed] == [("a", 0), ("b", 0), ("b", 1)]
