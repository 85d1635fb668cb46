"""The index on a real `chroma run` server on 127.0.0.1: two stores share it like two processes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import HashEmbedder

from retrieval import segment
from retrieval.embedding import Embedder
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.search import Searcher
from retrieval.store import IndexError_, IndexModelMismatch, Store

pytestmark = pytest.mark.server

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def open_index(index_dir: Path, embedder: Embedder, chroma_url: str) -> Indexer:
    return Indexer(Store(index_dir, embedder, chroma_url=chroma_url), embedder)


@contextmanager
def running_chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A `chroma run` server on a free port of 127.0.0.1, for as long as the block runs."""
    if not CHROMA.exists():
        pytest.skip(f"{CHROMA} is not installed")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    data = tmp_path_factory.mktemp("chroma-data")
    log = tmp_path_factory.mktemp("chroma-log") / "chroma.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while not heartbeat(url):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma run did not come up: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.2)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory, _network_guard: list[str]) -> Iterator[str]:
    with running_chroma(tmp_path_factory) as url:
        yield url


def test_index_and_search_through_the_server(chroma_url: str, tmp_path: Path, seed_articles: list[Article]) -> None:
    writer = open_index(tmp_path / "writer", HashEmbedder(), chroma_url)
    try:
        report = writer.sync(seed_articles)
        assert report.added == 2
        assert not (tmp_path / "writer" / "chroma").exists()  # nothing embedded on disk: it is on the server
        n_sentences = {a.id: len(segment.sentences(a)) for a in seed_articles}
        got = writer.store.collections["sentences"].get(where={"doc_id": "seed-002"})
        assert len(got["ids"]) == n_sentences["seed-002"]

        sentence = segment.sentences(seed_articles[1])[5]
        result = Searcher(writer.store, writer.embedder).search(sentence.text, k=3, language="de")
        top = result.hits[0]
        assert top.doc_id == "seed-002" and top.start <= sentence.start < sentence.end <= top.end
        assert top.text == seed_articles[1].text[top.start : top.end]

        # another process: a fresh local folder, the same server
        embedder = HashEmbedder()
        reader = open_index(tmp_path / "reader", embedder, chroma_url)
        try:
            assert reader.store.count() == 2  # its SQLite side was rebuilt from the server's documents
            for a in seed_articles:
                assert reader.store.article(a.id) == writer.store.article(a.id)
                assert reader.store.sentences(a.id) == writer.store.sentences(a.id)
            assert embedder.passage_calls == 0
            assert reader.sync(seed_articles).unchanged == 2
            assert (
                Searcher(reader.store, embedder).search(sentence.text, k=1, language="de").hits[0].doc_id == "seed-002"
            )

            assert writer.remove("seed-000")
        finally:
            reader.store.close()
        again = open_index(tmp_path / "reader", HashEmbedder(), chroma_url)
        try:
            assert [row.id for row in again.store.listing()] == ["seed-002"]  # the removal reached it too
        finally:
            again.store.close()

        with pytest.raises(IndexModelMismatch, match="rebuild"):
            open_index(tmp_path / "other", HashEmbedder(name="other-model"), chroma_url)
    finally:
        writer.store.close()


def test_lexical_file_is_per_server(chroma_url: str, tmp_path: Path) -> None:
    index = open_index(tmp_path, HashEmbedder(), chroma_url)
    try:
        assert index.store.lexical.path.parent == tmp_path
        path = index.store.lexical.path
        assert path.name.startswith("lexical-") and path.name != "lexical.sqlite"
    finally:
        index.store.close()


def test_unreachable_server_names_the_url(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(IndexError_, match=f"cannot reach the Chroma server at {url} .*BELEGBOT_CHROMA_URL"):
        open_index(tmp_path, HashEmbedder(), url)
