"""Which language a text is in: German or English (the two belegbot answers in).

py3langid, restricted to de/en, decides when it is confident; short or mixed text falls back to
function words ("how", "wie", "der", "the"). Quoted words do not count: a German quote in an English
question is still an English question.
"""

from __future__ import annotations

import logging
import mmap
import os
import re
import struct
import threading
import zipfile
from array import array
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import numpy as np

from retrieval.models import Language

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.9
MIN_LANGID_WORDS = 3
DETECTED = 1024  # texts whose language is kept (``detect_language``)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»|‚[^‘’]*[‘’]|(?<!\w)'[^']*'(?!\w)")
_lock = threading.Lock()
# The mapped state-machine table (see :func:`_mapped`), whose pages are given back after each question.
_table: list[mmap.mmap] = []

EN_CUES: frozenset[str] = frozenset(
    {
        "how",
        "what",
        "who",
        "whom",
        "which",
        "did",
        "does",
        "do",
        "is",
        "are",
        "has",
        "have",
        "why",
        "when",
        "where",
        "according",
        "the",
        "of",
        "and",
    }
)
DE_CUES: frozenset[str] = frozenset(
    {
        "wie",
        "wer",
        "wem",
        "wessen",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "hat",
        "hatte",
        "ist",
        "sind",
        "warum",
        "wann",
        "wo",
        "stimmt",
        "laut",
        "der",
        "die",
        "das",
        "und",
        "von",
        "viele",
        "wieviel",
        "wieviele",
        "sagt",
        "sagte",
        "sagten",
        "gesagt",
        "meint",
        "meinte",
        "gibt",
        "gab",
        "im",
        "zum",
        "zur",
    }
)


_loading = threading.Lock()


def _identifier() -> Any:
    """py3langid restricted to German and English, loaded once (by one thread, the others wait for it); None
    if unavailable."""
    with _loading:
        return _load_identifier()


def prepare() -> None:
    """Load the identifier now, so that the first question does not wait for it."""
    _identifier()


# py3langid's model cut down to German and English and stored uncompressed, once (by `make install`, else by
# the first process that loads it): it loads in about 0.1 s, the full xz-compressed model of 97 languages in
# about 0.5 s, which the first question after start-up waited for. Relative to the working directory, like the
# OpenVINO model beside it.
LANGID_CACHE = Path(".belegbot/models/langid-de-en.npz")
LANGUAGES = ("de", "en")
_TYPECODES: dict[int, Literal["H", "I", "L"]] = {2: "H", 4: "I", 8: "L"}  # py3langid keeps its arrays as stdlib arrays


@cache
def _load_identifier() -> Any:
    try:
        return _read_cache(LANGID_CACHE) or _build_cache(LANGID_CACHE)
    except Exception:  # pragma: no cover - a broken model must not break question parsing
        log.warning("py3langid unavailable; question language falls back to cue words")
        return None


def _version() -> str:
    return metadata.version("py3langid")


def _read_cache(path: Path) -> Any | None:
    """The identifier from ``path``, if it is there and was cut from the installed py3langid's model."""
    from py3langid.langid import LanguageIdentifier

    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["version"]) != _version():
                return None
            return LanguageIdentifier(
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                _mapped(path, "nextmove") or _stdlib_array(data["nextmove"]),
                data["output"].tolist(),
                norm_probs=True,
                tk_row=_stdlib_array(data["row"]),
            )
    except (OSError, KeyError, ValueError) as error:
        if path.exists():
            log.info("language model cache %s unusable (%s): rebuilding it", path, error)
        return None


def _build_cache(path: Path) -> Any:
    """py3langid's full model restricted to :data:`LANGUAGES`, written to ``path`` for the next start (a
    read-only folder only costs the next start its 0.5 s)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(Path(MODEL_DIR) / MODEL_FILE)
    ident = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row)
    ident.set_languages(list(LANGUAGES))
    try:
        _write_cache(path, ident, nextmove, row, output)
    except OSError as error:
        log.info("could not write the language model cache %s: %s", path, error)
    return ident


def _write_cache(path: Path, ident: Any, nextmove: array, row: array, output: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        with temporary.open("wb") as handle:
            np.savez(
                handle,
                version=np.str_(_version()),
                ptc=ident.nb_ptc,
                pc=ident.nb_pc,
                classes=np.array(ident.nb_classes),
                nextmove=np.asarray(nextmove),
                row=np.asarray(row),
                output=np.asarray(output),
            )
        temporary.replace(path)  # whole or not at all: a reader never sees half a file
    finally:
        temporary.unlink(missing_ok=True)


def _mapped(path: Path, name: str) -> memoryview[int] | None:
    """The array ``name`` of the npz file ``path`` as a read-only view of the file itself (None if it is stored
    compressed). The state machine's table is 37 MB, of which German and English questions read a few pages:
    mapped, the rest stays on disk instead of in every serving process's memory (43 MB less RSS). The pages a
    question reads are given back after it (:func:`_give_back`): they are scattered over the table, and 158
    questions had read 32 MB of it."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name + ".npy")
    if info.compress_type != zipfile.ZIP_STORED:
        return None
    with path.open("rb") as handle:
        handle.seek(info.header_offset)
        names, extra = struct.unpack("<HH", handle.read(30)[26:30])  # the member's local header
        handle.seek(info.header_offset + 30 + names + extra)
        version = np.lib.format.read_magic(handle)
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read(handle)
        start = handle.tell()
        if fortran or len(shape) != 1 or dtype.byteorder == ">" or dtype.itemsize not in _TYPECODES:
            return None
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    _table[:] = [mapped]
    view = memoryview(mapped)[start : start + shape[0] * dtype.itemsize]
    return view.cast(_TYPECODES[dtype.itemsize])


def _give_back() -> None:
    """Drop the mapped table's pages from this process's memory; the next question reads its few pages back
    from the page cache (about 50 µs in all)."""
    for mapped in _table:
        if hasattr(mmap, "MADV_DONTNEED"):  # Linux, macOS
            mapped.madvise(mmap.MADV_DONTNEED)


def _stdlib_array(values: np.ndarray) -> array:
    return array(_TYPECODES[values.dtype.itemsize], np.ascontiguousarray(values).tobytes())


def _cue_language(words: list[str]) -> Language | None:
    """Language from function words when langid cannot tell."""
    lows = [w.lower() for w in words]
    en = sum(w in EN_CUES for w in lows)
    de = sum(w in DE_CUES for w in lows)
    if lows and lows[0] in EN_CUES - {"was"} and lows[0] not in DE_CUES:
        en += 2
    if lows and lows[0] in DE_CUES and lows[0] not in EN_CUES:
        de += 2
    if en > de:
        return "en"
    if de > en:
        return "de"
    return None


@lru_cache(maxsize=DETECTED)
def detect_language(text: str, default: Language = "en") -> Language:
    """ "de" or "en" for ``text`` (already stripped of quotations). Kept for the last ``DETECTED`` texts: answering
    asks it of the same text twice, as its spelling is corrected and as it is parsed (204 calls for 112 texts over
    100 of the bench's questions, about a millisecond each; stop 51)."""
    words = _WORD_RE.findall(text)
    letters = [w for w in words if not w[0].isdigit()]
    if len(letters) >= MIN_LANGID_WORDS:
        ident = _identifier()
        if ident is not None:
            try:
                with _lock:  # one identifier for all threads
                    lang, conf = ident.classify(" ".join(letters))
                    _give_back()
                if conf >= MIN_CONFIDENCE and lang in ("de", "en"):
                    return "de" if lang == "de" else "en"
            except Exception:
                log.debug("langid failed", exc_info=True)
    cue = _cue_language(letters)
    return cue if cue is not None else default


def german_leaning(words: list[str]) -> list[float]:
    """How much each word alone reads as German rather than English: py3langid's log-odds of German over English
    for the word with a space either side (positive German, negative English, near 0 either, as "the" or "in").
    All zeros if the identifier is unavailable."""
    ident = _identifier()
    if ident is None:
        return [0.0] * len(words)
    de, en = ident.nb_classes.index("de"), ident.nb_classes.index("en")
    with _lock:
        scores = [ident._raw_score(ident._encode(f" {word} ")) for word in words]
        _give_back()
    return [float(score[de] - score[en]) for score in scores]


def detect(text: str, default: Language = "en") -> Language:
    """ "de" or "en" for ``text``, judged on the words outside quotation marks."""
    outside = _QUOTED.sub(" ", text)
    return detect_language(outside if sum(c.isalpha() for c in outside) >= 3 else text, default)
