"""HanTa's word analyses stored with the index at indexing and looked up while answering (``retrieval.nlp.consult``).

A stored analysis must be exactly what HanTa computes (values and types, word by word over the shipped corpus); an
index records the words of the articles it analyses; a process that has it open looks them up instead of computing
them; an index without them, or with another model's, is served by computing as before.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import HashEmbedder, article
from HanTa.HanoverTagger import HanoverTagger

from retrieval import analysis, nlp
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.store import Store
from retrieval.store.generations import lexical_path
from retrieval.store.lexical import WORD_MODEL_STATE, WORD_SCHEME_STATE

_WORD = re.compile(r"\w+")


def _model() -> Any:
    model = nlp.tagger("de")
    assert model is not None
    return model


def _clear_caches() -> None:
    model = _model()
    model.analyze_forward.cache_clear()
    model.analyze_viterbi.cache_clear()
    nlp.analyze.cache_clear()


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    _clear_caches()
    yield
    _clear_caches()


def test_stored_analyses_are_hantas_word_by_word(seed_articles: list[Article]) -> None:
    """Every word of the shipped corpus: the forward analysis and the lemma path of its likeliest tag, stored and read
    back, equal HanTa's own, item by item and type by type (HanTa mixes NumPy's floats with Python's)."""
    model = _model()
    words = sorted({w.lower() for a in seed_articles for w in _WORD.findall(a.text)})
    assert len(set(words) - set(model.cache)) > 50  # words HanTa analyses (the others it looks up in its own lexicon)
    numpy_floats = 0
    for word in words:
        forward = HanoverTagger.analyze_forward(model, word)
        read = nlp.decode(nlp.encode(forward))
        assert read == forward, word
        assert [type(p) for _, p in read] == [type(p) for _, p in forward], word
        numpy_floats += sum(type(p) is not float for _, p in read)
        if forward:
            tag = -max(forward, key=lambda found: found[1])[0]
            path = HanoverTagger.analyze_viterbi(model, word, tag)
            assert nlp.decode(nlp.encode(path)) == path, word
    assert numpy_floats > 0  # the types are really told apart


def _index(index_dir: Path, articles: list[Article]) -> None:
    embedder = HashEmbedder()
    with Store.build(index_dir, embedder) as store:
        Indexer(store, embedder, analysis.analyse, analysis.VERSION).sync(articles)


def _lexical_file(index_dir: Path) -> Path:
    store = Store(index_dir, HashEmbedder())
    try:
        return lexical_path(index_dir, "lexical", store.generation)
    finally:
        store.close()


def _rows(index_dir: Path) -> dict[str, str]:
    with closing(sqlite3.connect(_lexical_file(index_dir))) as db:
        return dict(db.execute("SELECT key, analysis FROM word_analyses").fetchall())


ARTICLES = [
    article(
        "wien",
        "Hochwasser in Niederösterreich\nDie Feuerwehrleute pumpten 300 Keller aus, sagte Bürgermeisterin Pürstl.",
    )
]


class _Computed:
    """The keys of the analyses asked of no store consulted before it: those this process computes."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def lookup(self, key: str) -> str | None:
        self.keys.append(key)
        return None


@contextmanager
def computing() -> Iterator[list[str]]:
    """``with computing() as keys:`` the keys of the analyses computed meanwhile (found in no open index)."""
    spy = _Computed()
    nlp.consult(spy.lookup)  # consulted last: asked only what the stores do not hold
    try:
        yield spy.keys
    finally:
        nlp.forget(spy.lookup)


def test_indexing_records_the_words_and_answering_looks_them_up(tmp_path: Path, fresh_caches: None) -> None:
    _index(tmp_path / "index", ARTICLES)
    rows = _rows(tmp_path / "index")
    assert {"de:f:feuerwehrleute", "de:f:bürgermeisterin", "de:f:pürstl"} <= set(rows)
    assert "de:f:hochwasser" not in rows  # in HanTa's own lexicon: never computed
    words = ("Hochwasser", "Feuerwehrleute", "Pürstl", "Niederösterreich", "pumpten", "Keller", "sagte")
    expected = {word: nlp.analyze(word) for word in words}
    _clear_caches()
    store = Store(tmp_path / "index", HashEmbedder())
    try:
        with computing() as computed:
            assert {word: nlp.analyze(word) for word in words} == expected
        # every word's analysis as written, and the lemma path of its likeliest tag, was looked up, none computed
        assert computed == []
        with computing() as computed:  # a word of no article is computed
            nlp.analyze("Hochwasserschutzbeauftragter")
        assert "de:f:hochwasserschutzbeauftragter" in computed
    finally:
        store.close()
    _clear_caches()
    with computing() as computed:  # closed: forgotten, computed again
        assert {word: nlp.analyze(word) for word in words} == expected
    assert {"de:f:pürstl", "de:f:feuerwehrleute"} <= set(computed)
    assert any(key.endswith(":hochwasser") and key.startswith("de:v:") for key in computed)


def test_a_process_that_analysed_the_words_before_stores_them_too(tmp_path: Path, fresh_caches: None) -> None:
    """A long-lived process (the bot indexing an upload) has analysed many words before, for answers or another
    index: the index it writes stores their analyses all the same (as a fresh process's index would)."""
    _index(tmp_path / "fresh", ARTICLES)
    fresh = _rows(tmp_path / "fresh")
    assert any(key.startswith("de:v:") and key.endswith(":feuerwehrleute") for key in fresh)
    _clear_caches()
    for word in _WORD.findall(ARTICLES[0].text):
        nlp.analyze(word)  # in this process's caches before indexing
    _index(tmp_path / "warm", ARTICLES)
    assert _rows(tmp_path / "warm") == fresh


def test_an_index_without_them_or_of_another_model_is_served_by_computing(tmp_path: Path, fresh_caches: None) -> None:
    _index(tmp_path / "index", ARTICLES)
    path = _lexical_file(tmp_path / "index")
    with closing(sqlite3.connect(path)) as db, db:
        noun = _model().tag2int["NN"]  # "Pürstl" is likeliest a name
        db.execute("UPDATE word_analyses SET analysis = ? WHERE key = 'de:f:pürstl'", (f"[[{noun}, -1.0]]",))
    _clear_caches()
    expected = _model().tag_word("Pürstl")
    store = Store(tmp_path / "index", HashEmbedder())
    try:
        _clear_caches()
        assert _model().tag_word("Pürstl") != expected  # the (altered) stored row is read ...
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE state SET value = 'HanTa 0.0' WHERE key = ?", (WORD_MODEL_STATE,))
    store = Store(tmp_path / "index", HashEmbedder())
    try:
        _clear_caches()
        assert _model().tag_word("Pürstl") == expected  # ... but not another model's
    finally:
        store.close()
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP TABLE word_analyses")
    store = Store(tmp_path / "index", HashEmbedder())
    try:
        _clear_caches()
        assert _model().tag_word("Pürstl") == expected  # ... nor an older index's, which has none
    finally:
        store.close()


def test_an_index_without_them_records_them_at_the_next_sync(tmp_path: Path, fresh_caches: None) -> None:
    """`belegbot index` over an index of older code re-analyses its articles once to record their words."""
    _index(tmp_path / "index", ARTICLES)
    with closing(sqlite3.connect(_lexical_file(tmp_path / "index"))) as db, db:
        db.execute("DROP TABLE word_analyses")
    _clear_caches()
    embedder = HashEmbedder()
    store = Store(tmp_path / "index", embedder)
    try:
        report = Indexer(store, embedder, analysis.analyse, analysis.VERSION).sync(ARTICLES)
    finally:
        store.close()
    assert report.unchanged == 1
    assert "de:f:pürstl" in _rows(tmp_path / "index")


def test_an_index_of_the_tagged_words_only_records_the_lemma_paths_at_the_next_sync(
    tmp_path: Path, fresh_caches: None
) -> None:
    """An index of the previous code stored what tagging asked, not every word's likeliest lemma path: its rows are
    consulted as they are, and the next sync records the rest (re-analysing, no re-embedding)."""
    _index(tmp_path / "index", ARTICLES)
    complete = _rows(tmp_path / "index")
    path = _lexical_file(tmp_path / "index")
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("DELETE FROM state WHERE key = ?", (WORD_SCHEME_STATE,))
        db.execute("DELETE FROM word_analyses WHERE key LIKE 'de:v:%'")
    older = _rows(tmp_path / "index")
    assert older and len(older) < len(complete)
    embedder = HashEmbedder()
    store = Store(tmp_path / "index", embedder)
    try:
        _clear_caches()
        with computing() as computed:
            nlp.analyze("Pürstl")
        assert computed and "de:f:pürstl" not in computed  # the older rows are consulted
        report = Indexer(store, embedder, analysis.analyse, analysis.VERSION).sync(ARTICLES)
    finally:
        store.close()
    assert report.unchanged == 1
    assert _rows(tmp_path / "index") == complete


def test_a_sync_that_stops_while_recording_leaves_the_words_to_the_next(
    tmp_path: Path, fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which analyses are stored is written once a sync has stored them all: one that stops while re-analysing (a
    crash, a kill) leaves the index to be recorded again by the next sync, not named complete with rows missing."""
    _index(tmp_path / "index", ARTICLES)
    complete = _rows(tmp_path / "index")
    with closing(sqlite3.connect(_lexical_file(tmp_path / "index"))) as db, db:
        db.execute("DELETE FROM state WHERE key = ?", (WORD_SCHEME_STATE,))
        db.execute("DELETE FROM word_analyses WHERE key LIKE 'de:v:%'")

    def stopped(*_: Any) -> None:
        raise RuntimeError("killed")

    embedder = HashEmbedder()
    store = Store(tmp_path / "index", embedder)
    try:
        with monkeypatch.context() as patched:
            patched.setattr(nlp, "record_words", stopped)
            with pytest.raises(RuntimeError, match="killed"):
                Indexer(store, embedder, analysis.analyse, analysis.VERSION).sync(ARTICLES)
        _clear_caches()
        report = Indexer(store, embedder, analysis.analyse, analysis.VERSION).sync(ARTICLES)
    finally:
        store.close()
    assert report.unchanged == 1
    assert _rows(tmp_path / "index") == complete
