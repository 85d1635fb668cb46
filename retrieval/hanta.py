"""HanTa's models loaded compactly: each equal value held once, read from a cache of their tables.

HanTa unpickles its German and English models into about 1.1 million Python objects, most of them floats (661,000
log-probabilities, 64,000 distinct) and tuples ``(tag, log-probability)``: the two took 64 MB of a serving
process's RSS. Pickle makes every float anew; marshal keeps a value referred to twice as one object. So the first
process writes each model's tables to a marshal cache, every equal float, string and flat tuple made one object
first, and later ones build the tagger from that cache: 40 MB for both models (stop 53), loaded as fast (0.39-0.64 s
against 0.50-0.81 s). The tables are the same values in the same containers (``_same`` checks that before a cache is
written), so every analysis is HanTa's own to the bit. HanTa's list of frequent words holds a few NumPy floats
among its plain ones (313 in both models), which marshal cannot hold: the cache lists them apart (``_numpy``).
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Relative to the working directory, like the other caches of models beside it.
CACHE_DIR = Path(".belegbot/models/hanta")
MODEL_FILES = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
# What HanTa's ``__init__`` takes as its model, in order (``HanoverTagger.__init__``).
TABLES = (
    "tag2int",
    "int2tag",
    "LP_s_t",
    "LP_len_t",
    "Int_t",
    "LP_hapax_t",
    "LP_trans",
    "LP_m_t",
    "stemdict",
    "LP_trans_word",
    "LP_wtag",
    "LP_case_t",
    "nonstemtags",
    "lemmasuffixtable",
    "capitalizedlemmata",
    "cache",
)
_SCALARS = (int, float, str)


def load(language: str, cache_dir: Path = CACHE_DIR) -> Any:
    """HanTa's tagger for ``language`` ("de" or "en"), from the cache when it holds this model, else from HanTa's
    own file (and the cache written for the next process). Raises as HanTa does when its model is missing."""
    from HanTa import HanoverTagger as ht

    name = MODEL_FILES["en" if language == "en" else "de"]
    path = cache_dir / f"{name}.marshal"
    tables = _read(path, name)
    if tables is None:
        model = ht.HanoverTagger(name)
        _write(path, name, model)
        return model
    model = ht.HanoverTagger(None, tables)
    model.strict = False  # as HanTa sets it when it reads its model file itself
    return model


def _stamp(name: str) -> str:
    """What a cache must have been written for: HanTa's version, the size of its model file, marshal's format."""
    from HanTa import HanoverTagger as ht

    size = (Path(ht.__file__).parent / name).stat().st_size
    return f"HanTa {metadata.version('HanTa')} {name} {size} marshal {marshal.version} {sys.version_info[:2]}"


def _read(path: Path, name: str) -> tuple[Any, ...] | None:
    try:
        stamp, tables, numpy = marshal.loads(path.read_bytes())
        if stamp != _stamp(name) or len(tables) != len(TABLES):
            return None
        _restore(tables[TABLES.index("cache")], numpy)
    except (OSError, EOFError, ValueError, TypeError) as error:
        if path.exists():
            log.info("HanTa cache %s unusable (%s): rebuilding it", path, error)
        return None
    return tuple(tables)


def _write(path: Path, name: str, model: Any) -> None:
    """``model``'s tables, each equal value made one object, to ``path``: only if they read back the same (a value
    marshal cannot hold, or one it would read back otherwise, leaves the cache unwritten and HanTa's file read)."""
    try:
        tables = tuple(_shared(getattr(model, table), {}) for table in TABLES)
        numpy = _numpy(tables[TABLES.index("cache")])
        data = marshal.dumps((_stamp(name), tables, numpy))
        _, written, numpy = marshal.loads(data)
        _restore(written[TABLES.index("cache")], numpy)
        if not _same(written, tuple(getattr(model, table) for table in TABLES)):
            log.info("HanTa's %s does not read back the same from marshal: not cached", name)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            temporary.write_bytes(data)
            temporary.replace(path)  # whole or not at all: a reader never sees half a file
        finally:
            temporary.unlink(missing_ok=True)
    except (OSError, ValueError, TypeError) as error:  # a read-only folder, an unmarshallable value
        log.info("could not write the HanTa cache %s: %s", path, error)


def _numpy(frequent: dict[str, list[Any]]) -> list[tuple[str, int, Any, float]]:
    """The readings ``(tag, NumPy float)`` of HanTa's frequent words ``(word, place, tag, value)``, each made a plain
    float in ``frequent`` (marshal holds no NumPy float)."""
    found = []
    for word, readings in frequent.items():
        for place, reading in enumerate(readings):
            if type(reading) is tuple and len(reading) == 2 and isinstance(reading[1], np.floating):
                found.append((word, place, reading[0], float(reading[1])))
                readings[place] = (reading[0], float(reading[1]))
    return found


def _restore(frequent: dict[str, list[Any]], numpy: list[tuple[str, int, Any, float]]) -> None:
    """Put the NumPy floats ``_numpy`` listed back into ``frequent``."""
    for word, place, tag, value in numpy:
        frequent[word][place] = (tag, np.float64(value))


def _key(value: Any) -> tuple[Any, ...]:
    """Equal keys for values alike to the bit and in type (1, 1.0 and True, 0.0 and -0.0 are told apart)."""
    if type(value) is float:
        return (float, value.hex())
    if type(value) is tuple:
        return (tuple, *map(_key, value))
    return (type(value), value)


def _shared(value: Any, seen: dict[tuple[Any, ...], Any]) -> Any:
    """``value`` with every equal float, string and tuple of those one object (containers are rebuilt, lists and
    dicts never merged: HanTa may change them)."""
    kind = type(value)
    if kind in _SCALARS or (kind is tuple and all(type(item) in _SCALARS for item in value)):
        return seen.setdefault(_key(value), value)
    if kind is dict:
        return {_shared(k, seen): _shared(v, seen) for k, v in value.items()}
    if kind is list:
        return [_shared(item, seen) for item in value]
    if kind is tuple:
        return tuple(_shared(item, seen) for item in value)
    if kind is set:
        return {_shared(item, seen) for item in value}
    return value


def _same(a: Any, b: Any) -> bool:
    """Are ``a`` and ``b`` the same values in the same containers, type for type (floats to the bit), dicts in the
    same order (HanTa's ties go to the first)?"""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return list(a) == list(b) and all(_same(v, b[k]) for k, v in a.items())  # in the same order too
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(map(_same, a, b))
    if type(a) is float:
        return a.hex() == b.hex()
    return bool(a == b)
