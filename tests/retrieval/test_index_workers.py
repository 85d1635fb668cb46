"""retrieval.indexer with worker processes: articles segmented and analysed beside the embedding give the same
records as in one process, and a worker's error stops the sync with the old generation still serving. Real
worker processes (spawned), real analysis, Chroma and SQLite under tmp_path; POOL_FROM is lowered so a few
tiny articles take the path a large index run takes."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import HashEmbedder, article

from retrieval import analysis, indexer
from retrieval.indexer import Indexer
from retrieval.models import Article, ArticleAnalysis, Sentence
from retrieval.store import Store


class Refused(RuntimeError):
    pass


def refusing_koeln(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    """An analyser that fails on one article (module level, so a worker process can be handed it)."""
    if article.id == "koeln":
        raise Refused("koeln cannot be analysed")
    return analysis.analyse(article, sentences)


def dying_in_a_worker(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    """An analyser whose worker process dies (as if killed); in the indexing process it analyses."""
    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return analysis.analyse(article, sentences)


def stored(index_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the lexical side, by table: the analyses, sentence offsets and sentence vectors."""
    [path] = index_dir.glob("lexical*.sqlite")
    with closing(sqlite3.connect(path)) as db:
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("articles", "sentences", "sentence_vectors")
        }


@pytest.fixture
def pooled_from_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "POOL_FROM", 2)
    monkeypatch.setattr(indexer, "ARTICLES_PER_CALL", 2)  # several groups, so some are analysed ahead


def with_empty(articles: list[Article]) -> list[Article]:
    return [*articles[:2], article("leer", "… — …"), *articles[2:]]


@pytest.mark.usefixtures("pooled_from_two")
def test_workers_store_what_one_process_stores(tmp_path: Path, small_articles: list[Article]) -> None:
    given = with_empty(small_articles)
    reports, ticks = [], []
    for workers in (0, 1):
        embedder = HashEmbedder()
        index = Indexer(Store(tmp_path / str(workers), embedder), embedder, analysis.analyse, "v", workers=workers)
        progress: list[int] = []
        reports.append(index.sync(given, progress=progress.append).model_dump(exclude={"seconds"}))
        ticks.append(progress)
        index.store.close()
    assert reports[0] == reports[1] and reports[1]["added"] == 3 and len(reports[1]["errors"]) == 1
    assert ticks == [[1] * 4, [1] * 4]
    assert stored(tmp_path / "0") == stored(tmp_path / "1")
    assert any('"source"' in str(row[-1]) for row in stored(tmp_path / "1")["articles"])  # analysed, not empty


@pytest.mark.usefixtures("pooled_from_two")
def test_when_the_workers_die_the_articles_are_analysed_here(
    tmp_path: Path, small_articles: list[Article], caplog: pytest.LogCaptureFixture
) -> None:
    for name, analyser, workers in (("here", analysis.analyse, 0), ("died", dying_in_a_worker, 1)):
        embedder = HashEmbedder()
        index = Indexer(Store(tmp_path / name, embedder), embedder, analyser, "v", workers=workers)
        report = index.sync(small_articles)
        index.store.close()
        assert report.added == 3
    assert stored(tmp_path / "here") == stored(tmp_path / "died")
    assert sum("workers stopped" in r.message for r in caplog.records) == 1  # said once, not per group


@pytest.mark.usefixtures("pooled_from_two")
def test_a_failing_worker_stops_the_rebuild_and_the_old_generation_serves(
    tmp_path: Path, small_articles: list[Article]
) -> None:
    embedder = HashEmbedder()
    Indexer.rebuild(tmp_path, embedder, small_articles[:1], analyser=analysis.analyse)
    with pytest.raises(Refused, match="koeln cannot be analysed"):
        Indexer.rebuild(tmp_path, embedder, small_articles, analyser=refusing_koeln, workers=1)
    reader = Store(tmp_path, embedder)
    try:
        assert sorted(reader.hashes()) == ["berlin"]
    finally:
        reader.close()


def test_workers_must_not_be_negative(tmp_path: Path) -> None:
    embedder = HashEmbedder()
    store = Store(tmp_path, embedder)
    try:
        with pytest.raises(ValueError, match="workers must be >= 0, got -1"):
            Indexer(store, embedder, workers=-1)
    finally:
        store.close()
