"""How Chroma searches the index: wide enough to find what exact search finds, the same in every process."""

from __future__ import annotations

from pathlib import Path

import chromadb
from conftest import HashEmbedder

from retrieval.store.chroma import COLLECTIONS, EF_SEARCH, ChromaEmbeddingFunction, collection_name, open_collections


def _hnsw(path: Path, generation: str) -> list[dict[str, object]]:
    client = chromadb.PersistentClient(str(path))  # a new process's view: the configuration as stored
    configurations = [client.get_collection(collection_name(generation, name)).configuration for name in COLLECTIONS]
    return [dict(c.get("hnsw") or {}) for c in configurations]


def test_new_collections_search_wide_and_by_cosine(tmp_path: Path) -> None:
    open_collections(chromadb.PersistentClient(str(tmp_path)), "g1", HashEmbedder())  # type: ignore[arg-type]
    for hnsw in _hnsw(tmp_path, "g1"):
        assert hnsw["ef_search"] == EF_SEARCH > 100 and hnsw["space"] == "cosine"


def test_collections_made_before_get_the_setting_and_keep_their_space(tmp_path: Path) -> None:
    client, embedder = chromadb.PersistentClient(str(tmp_path)), HashEmbedder()
    function = ChromaEmbeddingFunction(embedder.name, embedder)  # type: ignore[arg-type]
    for name in COLLECTIONS:  # as an index built before EF_SEARCH made them
        client.get_or_create_collection(
            collection_name("g0", name),
            embedding_function=function,  # type: ignore[arg-type]
            metadata={"embedding_model": embedder.name, "dim": embedder.dim, "hnsw:space": "cosine"},
        )
    assert all(hnsw["ef_search"] == 100 for hnsw in _hnsw(tmp_path, "g0"))
    open_collections(client, "g0", embedder)  # type: ignore[arg-type]
    for hnsw in _hnsw(tmp_path, "g0"):
        assert hnsw["ef_search"] == EF_SEARCH and hnsw["space"] == "cosine"
