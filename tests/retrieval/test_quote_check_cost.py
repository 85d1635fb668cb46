"""What a quote check leaves undone because it cannot change the verdict: the person's sentences are tagged only
when they print the numbers claimed, and a claim is looked for in the person's own words at most once."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SaidArticle

import retrieval.answer.quotecheck as quotecheck
from retrieval.question import parse_question
from retrieval.search import ScoredSentence, SearchResult


def _pool(text: str, dense: float) -> list[ScoredSentence]:
    return [ScoredSentence("d", 0, 0, len(text), 0, dense)]


class _Searched(SaidArticle):
    """One sentence said by ``source``, found by every search."""

    def search(self, query: str, k: int = 5, language: Any = None) -> SearchResult:
        return SearchResult(hits=[], sentences=_pool(self.text, 0.9))


def test_a_sentence_without_the_number_claimed_is_not_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    tagged: list[str] = []
    lemma = quotecheck._lemma

    def recorded(word: str) -> str:
        tagged.append(word)
        return lemma(word)

    monkeypatch.setattr(quotecheck, "_lemma", recorded)
    q = parse_question("Hat Stadträtin Petra Lindner gesagt, im Winter würden 4000 Wohnungen fehlen?")
    printed = "Im kommenden Winter fehlen in der Stadt viele Wohnungen, sagte Lindner."
    library = SaidArticle(printed, "Petra Lindner", "sagte")
    target = quotecheck.fold(q.claimed_quote or "")
    assert quotecheck._reworded(q, target, _pool(printed, 0.95), library) is None  # type: ignore[arg-type]
    assert not {"kommenden", "stadt", "viele", "sagte"} & set(tagged)  # the claim's own words only


def test_the_persons_own_words_are_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    reworded = quotecheck._reworded

    def counted(q: Any, target: str, *rest: Any) -> Any:
        calls.append(target)
        return reworded(q, target, *rest)

    monkeypatch.setattr(quotecheck, "_reworded", counted)
    q = parse_question("Hat Stadträtin Petra Lindner gesagt, die Bäder würden im Sommer geschlossen?")
    library = _Searched("Die Hallenbäder bleiben bis Herbst offen, erklärte der Bürgermeister.", "der Bürgermeister")
    assert quotecheck.check(q, library) is None  # type: ignore[arg-type]
    assert len(calls) == 1
