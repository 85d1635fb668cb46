"""A sum and its conversion into another currency are one sum: a money question shows both ("eine Rekordstrafe von
105 Millionen Dollar (95,99 Mio. Euro)"), whichever currency its money noun ("fine") lies nearer to."""

from __future__ import annotations

import numpy as np
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.features import countable
from retrieval.question import parse_question


class _Units:
    """A library whose vectors put "Euro" right on the question's money noun and "Dollar" far from it."""

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.array([0.0, 1.0]) if k.lower().startswith("euro") else np.array([1.0, 0.0]) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.array([0.0, 1.0])


SENTENCE = (
    "Wegen Fehlern bei Autorückrufen muss der Autobauer eine Rekordstrafe von 105 Millionen Dollar "
    "(95,99 Mio. Euro) an die US-Behörden zahlen."
)


def _shown(question: str) -> list[str]:
    c = sentence_candidate(SENTENCE, info=figures_of(SENTENCE))
    q = parse_question(question)
    answerer = Answerer(_Units(), listing=None)  # type: ignore[arg-type]
    return [SENTENCE[f.start - c.start : f.end - c.start] for f in answerer._figures_asked(q, countable(c, q), c)]


def test_a_sum_is_shown_in_both_currencies_the_sentence_gives() -> None:
    shown = _shown("how big was the fine fiat chrysler had to pay in the us over botched recalls?")
    assert any("Dollar" in s for s in shown) and any("Euro" in s for s in shown)
