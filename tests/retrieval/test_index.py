"""retrieval.indexer and retrieval.store: content-hash ids, no-op re-indexing, replacement, removal,
model mismatch and the SQLite side rebuilt from Chroma. Real Chroma and SQLite under tmp_path."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from chromadb.api.shared_system_client import SharedSystemClient
from conftest import HashEmbedder, article

from retrieval import segment
from retrieval.corpus import LoadError
from retrieval.indexer import VECTORS, Indexer, pooled
from retrieval.models import Article, ArticleAnalysis, Figure, Sentence, SentenceInfo
from retrieval.store import COLLECTIONS, IndexDataLost, IndexModelMismatch, SentenceHit, Store
from retrieval.store.ids import passage_id, sentence_id
from retrieval.store.lexical import LexicalStore
from retrieval.store.store import VECTORS_STATE

MakeIndex = Callable[..., Indexer]


def open_index(index_dir: Path, embedder: HashEmbedder) -> Indexer:
    return Indexer(Store(index_dir, embedder), embedder)


def records(index: Indexer, name: str, doc_id: str) -> dict[str, str]:
    """id -> document of one article's records in one collection."""
    got = index.store.collections[name].get(where={"doc_id": doc_id}, include=["documents"])
    return dict(zip(got["ids"], got["documents"] or [], strict=True))


def lexical_hits(index: Indexer, word: str) -> list[tuple[str, int]]:
    return [(hit.doc_id, hit.index) for hit in index.store.lexical_search([word], 50)]


def nearest_sentence(index: Indexer, embedder: HashEmbedder, text: str) -> SentenceHit:
    [best] = index.store.query("sentences", embedder.vector(text), 1)
    return best


# ------------------------------------------------------------------------------------------ indexing


def test_first_sync_adds_and_embeds_everything(
    make_index: MakeIndex, hash_embedder: HashEmbedder, small_articles: list[Article]
) -> None:
    index = make_index()
    report = index.sync(small_articles, errors=[LoadError(path="kaputt.md", reason="empty file")])
    n_sentences = sum(len(segment.sentences(a)) for a in small_articles)
    assert (report.added, report.updated, report.unchanged, report.removed) == (3, 0, 0, 0)
    assert report.passages_embedded == 3  # tiny articles: one passage each
    assert report.sentences_embedded == n_sentences
    assert hash_embedder.passage_texts == n_sentences  # sentences only: passage vectors are pooled from them
    assert [str(e) for e in report.errors] == ["kaputt.md: empty file"]
    assert index.store.count() == 3
    for name in COLLECTIONS:
        expected = {"sentences": n_sentences, "passages": 3, "articles": 3}[name]
        assert index.store.collections[name].count() == expected


def test_indexing_the_same_articles_twice_embeds_nothing(
    make_index: MakeIndex, hash_embedder: HashEmbedder, small_articles: list[Article]
) -> None:
    index = make_index()
    index.sync(small_articles)
    calls, texts = hash_embedder.passage_calls, hash_embedder.passage_texts
    report = index.sync(small_articles)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert report.passages_embedded == 0 and report.sentences_embedded == 0
    assert (hash_embedder.passage_calls, hash_embedder.passage_texts) == (calls, texts)


def test_reopened_index_still_skips_unchanged_articles(tmp_path: Path, small_articles: list[Article]) -> None:
    first = open_index(tmp_path / "ix", HashEmbedder())
    first.sync(small_articles)
    first.store.close()
    embedder = HashEmbedder()
    again = open_index(tmp_path / "ix", embedder)
    try:
        assert again.sync(small_articles).unchanged == 3
        assert embedder.passage_calls == 0
    finally:
        again.store.close()


def test_record_ids_come_from_the_content_hash(
    make_index: MakeIndex, small_articles: list[Article], tmp_path: Path
) -> None:
    a = small_articles[0]
    index = make_index()
    index.sync([a])
    units = segment.sentences(a)
    assert set(records(index, "sentences", a.id)) == {sentence_id(a.content_hash, s.index) for s in units}
    assert set(records(index, "passages", a.id)) == {passage_id(a.content_hash, 0)}
    other = make_index(HashEmbedder(), index_dir=tmp_path / "other")
    other.sync([a])
    assert set(records(other, "sentences", a.id)) == set(records(index, "sentences", a.id))


def test_records_carry_exact_offsets_and_article_metadata(make_index: MakeIndex, small_articles: list[Article]) -> None:
    a = small_articles[0]
    index = make_index()
    index.sync([a])
    got = index.store.collections["sentences"].get(where={"doc_id": a.id}, include=["documents", "metadatas"])
    for text, meta in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
        assert text == a.text[int(str(meta["start"])) : int(str(meta["end"]))]
    stored = index.store.article(a.id)
    assert stored is not None
    assert stored.model_dump() == a.model_dump()
    assert [(row.start, row.end) for row in index.store.sentences(a.id)] == [
        (s.start, s.end) for s in segment.sentences(a)
    ]


def test_an_edited_article_replaces_all_its_old_records(make_index: MakeIndex, hash_embedder: HashEmbedder) -> None:
    old = article("nachricht", "Alte Meldung\nDer Zeppelin landete in Friedrichshafen. Es war windig. Alle jubelten.")
    new = article("nachricht", "Neue Meldung\nDer Ballon landete in Augsburg. Es regnete.")
    index = make_index()
    index.sync([old, article("anders", "Anderes\nHier steht etwas anderes.")])
    assert lexical_hits(index, "Zeppelin") == [("nachricht", 1)]
    assert nearest_sentence(
        index, hash_embedder, "Der Zeppelin landete in Friedrichshafen."
    ).similarity == pytest.approx(1.0)

    report = index.sync([new])
    assert (report.added, report.updated) == (0, 1)
    assert lexical_hits(index, "Zeppelin") == []
    assert lexical_hits(index, "Ballon") == [("nachricht", 1)]
    best = nearest_sentence(index, hash_embedder, "Der Zeppelin landete in Friedrichshafen.")
    assert best.similarity < 0.99  # the old sentence is gone from Chroma
    best = nearest_sentence(index, hash_embedder, "Der Ballon landete in Augsburg.")
    assert best.similarity == pytest.approx(1.0) and best.doc_id == "nachricht"
    new_units = segment.sentences(new)
    assert sorted(records(index, "sentences", "nachricht").values()) == sorted(s.text for s in new_units)
    assert len(records(index, "passages", "nachricht")) == 1
    assert index.store.article("nachricht") == new
    assert index.store.chroma_hashes()["nachricht"] == new.content_hash
    assert index.store.count() == 2 and len(records(index, "sentences", "anders")) == 2


def test_metadata_change_alone_counts_as_an_update(make_index: MakeIndex, small_articles: list[Article]) -> None:
    index = make_index()
    index.sync(small_articles)
    renamed = small_articles[1].model_copy(update={"outlet": "Neues Blatt"})
    report = index.sync([renamed])
    assert report.updated == 1
    stored = index.store.article(renamed.id)
    assert stored is not None and stored.outlet == "Neues Blatt"


def test_remove_deletes_every_record(make_index: MakeIndex, small_articles: list[Article]) -> None:
    index = make_index()
    index.sync(small_articles)
    assert index.remove("hamburg") is True
    assert index.store.article("hamburg") is None
    assert index.store.count() == 2
    for name in ("sentences", "passages"):
        assert records(index, name, "hamburg") == {}
    assert index.store.collections["articles"].get(ids=["hamburg"])["ids"] == []
    assert lexical_hits(index, "Schiffe") == []
    assert index.remove("hamburg") is False
    assert index.remove("nie-gesehen") is False
    assert lexical_hits(index, "Feuerwehr") == [("berlin", 2)]  # the others are untouched


def test_prune_removes_what_is_no_longer_given(make_index: MakeIndex, small_articles: list[Article]) -> None:
    index = make_index()
    index.sync(small_articles)
    kept = index.sync(small_articles[:1])  # without prune nothing is removed
    assert (kept.removed, index.store.count()) == (0, 3)
    report = index.sync(small_articles[:1], prune=True)
    assert (report.unchanged, report.removed) == (1, 2)
    assert [row.id for row in index.store.listing()] == ["berlin"]
    assert set(index.store.chroma_hashes()) == {"berlin"}


def test_progress_is_called_once_per_article(make_index: MakeIndex, small_articles: list[Article]) -> None:
    ticks: list[int] = []
    make_index().sync(small_articles, progress=ticks.append)
    assert ticks == [1, 1, 1]


# ------------------------------------------------------------------------------ model and rebuilding


def test_reopening_with_another_model_raises_mismatch(tmp_path: Path, small_articles: list[Article]) -> None:
    index = open_index(tmp_path / "ix", HashEmbedder())
    index.sync(small_articles)
    index.store.close()
    with pytest.raises(IndexModelMismatch) as caught:
        open_index(tmp_path / "ix", HashEmbedder(name="other-model"))
    message = str(caught.value)
    assert "'hash-test'" in message and "'other-model'" in message
    assert "rebuild" in message and "belegbot index --rebuild" in message
    # the same model opens fine and nothing was lost
    again = open_index(tmp_path / "ix", HashEmbedder())
    try:
        assert again.store.count() == 3
    finally:
        again.store.close()


def test_sqlite_side_is_rebuilt_from_chroma(tmp_path: Path, small_articles: list[Article]) -> None:
    first = open_index(tmp_path / "ix", HashEmbedder())
    first.sync(small_articles)
    expected = {a.id: first.store.sentences(a.id) for a in small_articles}
    first.store.close()
    lexical = tmp_path / "ix" / "lexical.sqlite"
    assert lexical.exists()
    for path in (tmp_path / "ix").glob("lexical.sqlite*"):
        path.unlink()

    embedder = HashEmbedder()
    again = open_index(tmp_path / "ix", embedder)
    try:
        assert again.store.count() == 3
        for a in small_articles:
            assert again.store.article(a.id) == a  # text and metadata are back, exactly
            assert again.store.sentences(a.id) == expected[a.id]
        assert lexical_hits(again, "Feuerwehr") == [("berlin", 2)]
        assert embedder.passage_calls == 0  # rebuilt from stored documents, nothing re-embedded
        assert again.sync(small_articles).unchanged == 3
    finally:
        again.store.close()


def test_sqlite_articles_missing_from_chroma_are_dropped(tmp_path: Path, small_articles: list[Article]) -> None:
    first = open_index(tmp_path / "ix", HashEmbedder())
    first.sync(small_articles)
    for name in ("sentences", "passages"):
        first.store.collections[name].delete(where={"doc_id": "koeln"})
    first.store.collections["articles"].delete(ids=["koeln"])  # as if another process removed it
    first.store.close()
    again = open_index(tmp_path / "ix", HashEmbedder())
    try:
        assert again.store.article("koeln") is None
        assert again.store.count() == 2
    finally:
        again.store.close()


def test_stale_analyses_are_served_with_a_warning_and_redone_by_the_indexer(
    tmp_path: Path, small_articles: list[Article], caplog: pytest.LogCaptureFixture
) -> None:
    embedder = HashEmbedder()
    first = Indexer(Store(tmp_path / "ix", embedder), embedder, analysis_version="1")
    first.sync(small_articles)
    first.store.close()
    with caplog.at_level(logging.WARNING):
        reader = Store(tmp_path / "ix", embedder, analysis_version="2")
    try:
        assert "3 of 3 articles" in caplog.text and "belegbot index" in caplog.text
        assert reader.analysis("berlin").version == "1"  # served as stored: reading runs no NLP

        analysed: list[str] = []

        def analyser(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
            analysed.append(article.id)
            return ArticleAnalysis(version="2", sentences={0: SentenceInfo(source=article.title)})

        calls = embedder.passage_calls
        report = Indexer(reader, embedder, analyser, analysis_version="2").sync(small_articles)
        assert report.unchanged == 3 and embedder.passage_calls == calls  # re-analysed, not re-embedded
        assert sorted(analysed) == ["berlin", "hamburg", "koeln"]
        assert reader.analysis("berlin").sentence(0).source == "Regen in Berlin"
        assert reader.stale_analyses("2") == []
    finally:
        reader.close()


# ------------------------------------------------------------------------------------------ vectors


def long_article() -> Article:
    """An article of several passages (about 1,000 characters each) of sentences of different lengths."""
    sentences = [f"Satz {i} über den Hafen{' und die Schiffe' * (i % 7)} mit {i * 13} Tonnen." for i in range(60)]
    return article("lang", "Der lange Bericht\n" + " ".join(sentences))


def stored(index: Indexer, name: str, doc_id: str) -> dict[int, np.ndarray]:
    """index -> stored vector of one article's sentences or passages (articles: its one vector at 0)."""
    if name == "articles":
        got = index.store.collections["articles"].get(ids=[doc_id], include=["embeddings"])
        assert got["embeddings"] is not None
        return {0: np.asarray(got["embeddings"][0])}
    got = index.store.collections[name].get(where={"doc_id": doc_id}, include=["embeddings", "metadatas"])
    assert got["embeddings"] is not None
    rows = zip(list(got["embeddings"]), got["metadatas"] or [], strict=True)
    return {int(str(meta["index"])): np.asarray(vector) for vector, meta in rows}


def expected_pooling(index: Indexer, doc_id: str) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """What the passage and article vectors must be: computed here from the stored sentences, by hand."""
    sentences = stored(index, "sentences", doc_id)
    passages: dict[int, np.ndarray] = {}
    for row in index.store.sentences(doc_id):
        passages[row.passage] = passages.get(row.passage, 0) + (row.end - row.start) * sentences[row.index]
    passages = {i: v / np.linalg.norm(v) for i, v in passages.items()}
    mean = np.mean(list(passages.values()), axis=0)
    return passages, mean / np.linalg.norm(mean)


def assert_pooled(index: Indexer, doc_id: str) -> None:
    passages, article_vector = expected_pooling(index, doc_id)
    got = stored(index, "passages", doc_id)
    assert sorted(got) == sorted(passages)
    for i, vector in passages.items():
        np.testing.assert_allclose(got[i], vector, atol=1e-5)
    np.testing.assert_allclose(stored(index, "articles", doc_id)[0], article_vector, atol=1e-5)


def test_pooled_is_the_weighted_mean_of_each_group_normalised() -> None:
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32)
    got = pooled(vectors, [3, 1, 5], [0, 0, 1])
    np.testing.assert_allclose(got, [[3 / np.sqrt(10), 1 / np.sqrt(10)], [0.6, 0.8]], rtol=1e-6)
    assert got.dtype == np.float32


def test_passage_and_article_vectors_are_pooled_from_sentence_vectors(
    make_index: MakeIndex, hash_embedder: HashEmbedder
) -> None:
    index = make_index()
    report = index.sync([long_article()])
    assert report.passages_embedded > 2
    assert hash_embedder.passage_texts == report.sentences_embedded  # no passage text was embedded
    assert_pooled(index, "lang")
    assert index.store.vector_scheme() == VECTORS


def make_old_index(index: Indexer, embedder: HashEmbedder) -> dict[int, np.ndarray]:
    """Turn ``index`` into one written before passage vectors were pooled: every passage's text embedded,
    no record of how, and an SQLite file without sentence vectors; returns the passage vectors it holds."""
    got = index.store.collections["passages"].get(include=["documents"])
    index.store.collections["passages"].update(ids=got["ids"], embeddings=embedder.passages(got["documents"] or []))
    with index.store.lexical._lock:
        index.store.lexical._db.execute("DELETE FROM state WHERE key = ?", (VECTORS_STATE,))
        index.store.lexical._db.execute("DROP TABLE sentence_vectors")
    return stored(index, "passages", "lang")


def sentence_keys(index: Indexer) -> list[tuple[str, int]]:
    return [(r.doc_id, r.index) for doc_id in index.store.hashes() for r in index.store.sentences(doc_id)]


def test_sqlite_holds_a_copy_of_each_sentence_vector_also_when_rebuilt_from_chroma(
    tmp_path: Path, small_articles: list[Article]
) -> None:
    embedder = HashEmbedder()
    index = Indexer(Store(tmp_path / "ix", embedder), embedder)
    index.sync([long_article(), *small_articles])
    keys = sentence_keys(index)
    chroma = index.store._chroma_vectors("sentences", keys)
    assert len(chroma) == len(keys) > 60
    for copy in (index.store.lexical.vectors_of(keys), index.store.vectors("sentences", keys)):
        assert copy.keys() == chroma.keys() and max(abs(copy[k] - chroma[k]).max() for k in keys) < 1e-6
    index.store.close()
    for path in (tmp_path / "ix").glob("lexical.sqlite*"):
        path.unlink()
    rebuilt = Store(tmp_path / "ix", embedder)
    try:
        copy = rebuilt.lexical.vectors_of(keys)
        assert copy.keys() == chroma.keys() and max(abs(copy[k] - chroma[k]).max() for k in keys) < 1e-6
    finally:
        rebuilt.close()


def test_an_index_with_embedded_passage_vectors_serves_as_it_is_and_the_indexer_pools_them_without_embedding(
    tmp_path: Path, small_articles: list[Article]
) -> None:
    embedder = HashEmbedder()
    old = Indexer(Store(tmp_path / "ix", embedder), embedder)
    old.sync([long_article(), *small_articles])
    embedded = make_old_index(old, embedder)
    old.store.close()

    reader = Indexer(Store(tmp_path / "ix", embedder), embedder)
    try:
        assert reader.store.vector_scheme() is None
        first = next(iter(embedded.values()))
        [hit] = reader.store.query("passages", first.astype(np.float32), 1)
        assert (hit.doc_id, hit.similarity) == ("lang", pytest.approx(1.0))  # served: opening changes nothing
        keys = sentence_keys(reader)
        assert reader.store.lexical.vectors_of(keys) == {}  # no copies yet: the sentences' come from Chroma
        assert reader.store.vectors("sentences", keys).keys() == set(keys)
        calls = embedder.passage_calls
        report = reader.sync([long_article(), *small_articles])
        assert report.unchanged == 4 and embedder.passage_calls == calls  # pooled, not embedded
        for doc_id in ("lang", "berlin", "hamburg", "koeln"):
            assert_pooled(reader, doc_id)
        assert reader.store.vector_scheme() == VECTORS
        assert reader.store.lexical.vectors_of(keys).keys() == set(keys)  # copied into SQLite on the way
    finally:
        reader.store.close()


def test_pooled_vectors_are_derived_once(make_index: MakeIndex, hash_embedder: HashEmbedder) -> None:
    index = make_index()
    index.sync([long_article()])
    stamp = make_old_index(index, hash_embedder)
    index.store.mark_vectors(VECTORS)  # says pooled: the indexer must leave the vectors alone
    index.sync([long_article()])
    assert all(np.allclose(stored(index, "passages", "lang")[i], v) for i, v in stamp.items())


def counting(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    """An analysis that finds "300 Schiffe" (lemma "Schiff") and, in Berlin, a figure whose noun has no lemma."""
    figures: dict[str, list[tuple[str, str, str | None]]] = {
        "hamburg": [("300 Schiffe", "Schiffe", "Schiff")],
        "berlin": [("12-mal", "mal", None)],
    }
    infos = {}
    for text, unit, lemma in figures.get(article.id, []):
        s = next(s for s in sentences if text in s.text)
        start = article.text.index(text)
        figure = Figure(
            start=start,
            end=start + len(text),
            number_start=start,
            number_end=start + len(text.split()[0]),
            text=text,
            values=[1.0],
            unit=unit,
            unit_lemma=lemma,
            kind="count",
        )
        infos[s.index] = SentenceInfo(figures=(figure,))
    return ArticleAnalysis(version="1", sentences=infos)


def test_the_nouns_that_figures_count_are_embedded_once_at_indexing(
    tmp_path: Path, small_articles: list[Article], hash_embedder: HashEmbedder
) -> None:
    store = Store(tmp_path / "ix", hash_embedder)
    index = Indexer(store, hash_embedder, counting, analysis_version="1")
    try:
        assert store.unit_vectors(["Schiff"]) == {}  # an index that has none: answering embeds them itself
        index.sync(small_articles)
        got = store.unit_vectors(["Schiff", "mal", "Schiffe", "Dom"])
        assert got.keys() == {"Schiff", "mal"}  # the lemma where there is one, else the noun as written
        assert all(np.array_equal(v, hash_embedder.passages([w])[0]) for w, v in got.items())
        calls = hash_embedder.passage_calls
        index.sync(small_articles)
        assert hash_embedder.passage_calls == calls  # nothing new to embed
    finally:
        store.close()


def test_sentence_rows_read_again_after_an_edit_are_the_new_ones(make_index: MakeIndex) -> None:
    index = make_index()
    index.sync([article("a", "Titel\nEin Satz. Noch einer.")])
    before = index.store.sentences("a")
    assert index.store.sentences_of([(r.doc_id, r.index) for r in before]) == before  # now cached
    index.sync([article("a", "Titel\nEin ganz anderer, längerer Satz. Und noch einer. Und ein dritter.")])
    after = index.store.sentences("a")
    assert after != before and len(after) == len(before) + 1
    assert index.store.sentences_of([(r.doc_id, r.index) for r in after]) == after


def test_query_rows_come_from_sqlite_and_match_what_chroma_holds(make_index: MakeIndex) -> None:
    index = make_index()
    index.sync([long_article(), article("kurz", "Kurz\nNur ein Satz über den Hafen.")])
    vector = stored(index, "passages", "lang")[1].astype(np.float32)
    for family in ("sentences", "passages"):
        hits = index.store.query(family, vector, 100)
        got = index.store.collections[family].get(ids=[h.id for h in hits], include=["metadatas"])
        chroma = dict(zip(got["ids"], got["metadatas"] or [], strict=True))
        assert len(hits) == index.store.collections[family].count()
        for hit in hits:
            meta = chroma[hit.id]
            assert (hit.doc_id, hit.index, hit.start, hit.end) == (
                meta["doc_id"],
                meta["index"],
                meta["start"],
                meta["end"],
            )
            if family == "passages":
                assert (hit.first, hit.last) == (meta["first"], meta["last"])  # type: ignore[union-attr]
            else:
                assert hit.passage == meta["passage"]  # type: ignore[union-attr]
    assert index.store.query("passages", vector, 1)[0].similarity == pytest.approx(1.0)
    index.store.lexical.delete("lang")  # an article the SQLite side no longer has is not a hit
    assert {hit.doc_id for hit in index.store.query("sentences", vector, 100)} == {"kurz"}


def test_warming_loads_the_vector_indexes_of_an_empty_or_filled_store(
    make_index: MakeIndex, hash_embedder: HashEmbedder, small_articles: list[Article]
) -> None:
    index = make_index()
    index.store.warm()  # nothing indexed: the queries find nothing
    index.sync(small_articles)
    index.store.warm()
    assert nearest_sentence(index, hash_embedder, "Der Hafen meldete einen Rekord.").doc_id == "hamburg"


class _Calls:
    """A real collection that notes which of its methods were called, in order."""

    def __init__(self, collection: object, calls: list[str]) -> None:
        self._collection, self._calls = collection, calls

    def __getattr__(self, name: str) -> object:
        self._calls.append(name)
        return getattr(self._collection, name)


def test_warming_queries_first_never_counts(
    make_index: MakeIndex, tmp_path: Path, small_articles: list[Article]
) -> None:
    # Chroma loads a collection for a first count() holding the GIL (a starting bot's main thread stood still for
    # it), for a first query outside it: warming, which runs beside the start-up, only queries
    make_index(index_dir=tmp_path / "filled").sync(small_articles)
    store = make_index(index_dir=tmp_path / "filled").store
    calls: list[str] = []
    collections = store.collections
    for family, collection in list(collections.items()):
        collections[family] = _Calls(collection, calls)  # type: ignore[assignment]
    store.warm()
    assert calls == ["query", "query"]


# ------------------------------------------------------------------------------------------ lexical


def test_lexical_store_matches_stems_across_inflection(tmp_path: Path) -> None:
    store = LexicalStore(tmp_path / "lex.sqlite")
    try:
        a = article("s", "Ein Soldat stand da. Die Häuser brannten. Nichts weiter.")
        units = segment.sentences(a)
        analysis = ArticleAnalysis(version="ä", sentences={0: SentenceInfo(source="Bürgerin")})
        store.put(a, units, [0] * len(units), analysis)
        assert [(h.doc_id, h.index) for h in store.search(store.stems.query_terms(["Soldaten"]), 10)] == [("s", 0)]
        assert [(h.doc_id, h.index) for h in store.search(store.stems.query_terms(["Haus", "brennt"]), 10)] == [
            ("s", 1)
        ]
        assert store.search([], 10) == [] and store.search(["soldat"], 0) == []
        assert store.search(['sol"dat'], 10) != []  # quotes in terms cannot break the FTS query
        assert store.analysis("s") == analysis
        assert store.analysis("fehlt") == ArticleAnalysis()
        store.set_state("key", "v1")
        store.set_state("key", "v2")
        assert store.state("key") == "v2" and store.state("none") is None
    finally:
        store.close()


def test_lexical_store_keeps_the_analyses_read_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("retrieval.store.lexical.ANALYSES_CACHED", 2)
    store = LexicalStore(tmp_path / "lex.sqlite")
    try:
        for doc_id, speaker in (("a", "Ärztin"), ("b", "Bäcker"), ("c", "Chorleiterin")):
            a = article(doc_id, f"Die {speaker} sprach lange. Dann ging sie.")
            units = segment.sentences(a)
            store.put(a, units, [0] * len(units), ArticleAnalysis(sentences={0: SentenceInfo(source=speaker)}))
        first, second = store.analysis("a"), store.analysis("b")
        assert store.analysis("a") is first  # read again: now the latest
        third = store.analysis("c")  # one too many: "b", read least recently, goes
        assert store.analysis("a") is first and store.analysis("c") is third
        again = store.analysis("b")
        assert again == second and again is not second
    finally:
        store.close()


def test_lexical_store_counts_its_articles_once_until_a_write(tmp_path: Path) -> None:
    # kept between writes: an answer asks 2.8 times (stop 52)
    store = LexicalStore(tmp_path / "lex.sqlite")
    try:
        assert store.count() == 0
        statements: list[str] = []
        store._db.set_trace_callback(statements.append)
        for doc_id in ("a", "b"):
            a = article(doc_id, "Erster Satz. Zweiter Satz.")
            store.put(a, segment.sentences(a), [0, 0], ArticleAnalysis())
            assert store.count() == store.count() == ord(doc_id) - ord("a") + 1
        store.delete("a")
        assert store.count() == store.count() == 1
        assert sum("count(*)" in s for s in statements) == 3  # once after each write
    finally:
        store.close()


def test_lexical_store_reads_its_schema_for_unit_vectors_until_it_has_them(tmp_path: Path) -> None:
    # asked 146 times per 300 questions at 1.4 ms each (stop 53); a table once there stays
    store = LexicalStore(tmp_path / "lex.sqlite")
    try:
        statements: list[str] = []
        store._db.set_trace_callback(statements.append)
        assert store.unit_vectors(["Schiff"]) == store.unit_vectors(["Schiff"]) == {}  # none yet: asked each time
        assert sum("sqlite_master" in s for s in statements) == 2
        vector = np.ones(4, dtype=np.float32)
        store.set_unit_vectors({"Schiff": vector})
        statements.clear()
        for _ in range(3):
            assert np.array_equal(store.unit_vectors(["Schiff", "Dom"])["Schiff"], vector)
        assert store.unvectored_nouns() == []
        assert sum("sqlite_master" in s for s in statements) == 1
    finally:
        store.close()


def test_lexical_store_put_is_atomic(tmp_path: Path) -> None:
    store = LexicalStore(tmp_path / "lex.sqlite")
    try:
        a = article("s", "Erster Satz. Zweiter Satz.")
        units = segment.sentences(a)
        store.put(a, units, [0, 0], ArticleAnalysis())
        changed = article("s", "Ganz neu. Und anders. Drei.")
        with pytest.raises(ValueError, match="zip"):
            store.put(changed, segment.sentences(changed), [0], ArticleAnalysis())  # passage_of too short
        assert store.article("s") == a  # the old version is still there, complete
        assert len(store.sentences("s")) == 2
    finally:
        store.close()


def test_article_without_sentences_is_reported_and_replaces_nothing(make_index: MakeIndex) -> None:
    index = make_index()
    index.sync([article("y", "Alter Satz hier.")])
    report = index.sync([article("y", "…")])
    assert report.updated == 0 and any("y" in str(e) for e in report.errors)
    assert index.store.article("y") is None  # the old text must not be quoted any more
    again = index.sync([article("x", "...")])
    assert again.added == 0


# ------------------------------------------------------------------------------------------ healing


def analysed(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    return ArticleAnalysis(version="1", sentences={0: SentenceInfo(source=article.title)})


def test_a_damaged_lexical_file_is_rebuilt_from_chroma_with_one_warning(
    tmp_path: Path, small_articles: list[Article], caplog: pytest.LogCaptureFixture
) -> None:
    first = Indexer(Store(tmp_path / "ix", HashEmbedder()), HashEmbedder(), analysed, analysis_version="1")
    first.sync(small_articles)
    first.store.close()
    lexical = tmp_path / "ix" / "lexical.sqlite"
    with lexical.open("r+b") as file:  # cut in half, as the audit did
        file.truncate(lexical.stat().st_size // 2)
    embedder = HashEmbedder()
    with caplog.at_level(logging.WARNING):
        store = Store(tmp_path / "ix", embedder, analysis_version="1", analyser=analysed)
    try:
        [warning] = [r.getMessage() for r in caplog.records]
        assert f"the lexical index {lexical} is damaged" in warning and "rebuilding it from Chroma" in warning
        assert store.count() == 3 and all(store.article(a.id) == a for a in small_articles)
        assert store.analysis("berlin").sentence(0).source == "Regen in Berlin"  # analysed again: answers work
        assert [(h.doc_id, h.index) for h in store.lexical_search(["Feuerwehr"], 5)] == [("berlin", 2)]
        assert embedder.passage_calls == 0
    finally:
        store.close()


def test_lexical_damage_found_by_a_later_query_heals_and_answers_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    many = [article(f"a{n:03d}", f"Titel {n}\nIm Hafen {n} lagen {n} Schiffe. " + "Wörter " * 400) for n in range(60)]
    first = open_index(tmp_path / "ix", HashEmbedder())
    first.sync(many)
    first.store.close()
    store = Store(tmp_path / "ix", HashEmbedder())  # opening reads the article ids, not the FTS pages
    try:
        lexical = tmp_path / "ix" / "lexical.sqlite"
        with lexical.open("r+b") as file:
            file.truncate(lexical.stat().st_size // 2)
        with caplog.at_level(logging.WARNING):
            hits = store.lexical_search(["Schiffe"], 100)
        assert "is damaged" in caplog.text
        assert len(hits) == 60 and store.count() == 60
    finally:
        store.close()


@pytest.mark.parametrize("loss", ["emptied", "deleted"])
def test_lost_chroma_data_is_an_error_and_the_lexical_side_survives(
    tmp_path: Path, small_articles: list[Article], loss: str
) -> None:
    first = open_index(tmp_path / "ix", HashEmbedder())
    first.sync(small_articles)
    first.store.close()
    if loss == "emptied":
        (tmp_path / "ix" / "chroma" / "chroma.sqlite3").write_bytes(b"")
    else:
        shutil.rmtree(tmp_path / "ix" / "chroma")
    SharedSystemClient.clear_system_cache()  # open Chroma anew, as the next process would
    lexical = tmp_path / "ix" / "lexical.sqlite"
    kept = lexical.read_bytes()
    with pytest.raises(IndexDataLost, match=r"index data in .* is lost .*3 articles.*belegbot index --rebuild"):
        Store(tmp_path / "ix", HashEmbedder())
    assert lexical.read_bytes() == kept  # never wiped to match an empty Chroma
    Indexer.rebuild(tmp_path / "ix", HashEmbedder(), small_articles)
    again = open_index(tmp_path / "ix", HashEmbedder())
    try:
        assert again.store.count() == 3
    finally:
        again.store.close()
