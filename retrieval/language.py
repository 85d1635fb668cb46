"""Which language a text is in: German or English (the two belegbot answers in).

py3langid, restricted to de/en, decides when it is confident; short or mixed text falls back to
function words ("how", "wie", "der", "the"). Quoted words do not count: a German quote in an English
question is still an English question.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache
from typing import Any

from retrieval.models import Language

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.9
MIN_LANGID_WORDS = 3
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»|‚[^‘’]*[‘’]|(?<!\w)'[^']*'(?!\w)")
_lock = threading.Lock()

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
    """Load the identifier now (0.5 s), so that the first question does not wait for it."""
    _identifier()


@cache
def _load_identifier() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages(["de", "en"])
        return ident
    except Exception:  # pragma: no cover - a broken model must not break question parsing
        log.warning("py3langid unavailable; question language falls back to cue words")
        return None


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


def detect_language(text: str, default: Language = "en") -> Language:
    """ "de" or "en" for ``text`` (already stripped of quotations)."""
    words = _WORD_RE.findall(text)
    letters = [w for w in words if not w[0].isdigit()]
    if len(letters) >= MIN_LANGID_WORDS:
        ident = _identifier()
        if ident is not None:
            try:
                with _lock:  # one identifier for all threads
                    lang, conf = ident.classify(" ".join(letters))
                if conf >= MIN_CONFIDENCE and lang in ("de", "en"):
                    return "de" if lang == "de" else "en"
            except Exception:
                log.debug("langid failed", exc_info=True)
    cue = _cue_language(letters)
    return cue if cue is not None else default


def detect(text: str, default: Language = "en") -> Language:
    """ "de" or "en" for ``text``, judged on the words outside quotation marks."""
    outside = _QUOTED.sub(" ", text)
    return detect_language(outside if sum(c.isalpha() for c in outside) >= 3 else text, default)
