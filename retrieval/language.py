"""Which language a text is in: German or English (the two belegbot answers in)."""

from __future__ import annotations

import re
import threading
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from retrieval.models import Language

_QUOTED = re.compile(r"„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»|‚[^‘’]*[‘’]|(?<!\w)'[^']*'(?!\w)")
_lock = threading.Lock()


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["de", "en"])
    return identifier


def detect(text: str, default: Language = "en") -> Language:
    """"de" or "en" for ``text``, judged on the words outside quotation marks (a German quote in an
    English question is still an English question); ``default`` when there is too little to tell."""
    outside = _QUOTED.sub(" ", text)
    sample = outside if sum(c.isalpha() for c in outside) >= 3 else text
    if sum(c.isalpha() for c in sample) < 3:
        return default
    with _lock:
        lang, confidence = _identifier().classify(sample[:2000])
    if confidence < 0.6:
        return default
    return "de" if lang == "de" else "en"
