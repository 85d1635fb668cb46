"""The entry point: quotes of a text with speaker and cue, as :class:`~retrieval.models.Attribution`."""

from __future__ import annotations

import logging

from retrieval.attribution.candidates import to_model, valid
from retrieval.attribution.english import attribute_en
from retrieval.attribution.german import attribute_de
from retrieval.language import detect
from retrieval.models import Attribution

log = logging.getLogger(__name__)

#: The start of a text that decides its language (enough for an article; bounded for odd input).
_LANGUAGE_SAMPLE_CHARS = 5000


def attribute(text: str) -> list[Attribution]:
    """Quotes (direct and reported) of ``text`` with speaker and cue, sorted by ``quote_start``.

    Never raises: on unexpected input it returns what it could find (possibly ``[]``).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        english = detect(text[:_LANGUAGE_SAMPLE_CHARS], default="de") == "en"
        cands = attribute_en(text) if english else attribute_de(text)
    except Exception:  # pragma: no cover - defensive: attribution must never break a caller
        log.exception("attribution failed")
        return []
    cands = [c for c in cands if valid(text, c)]
    cands.sort(key=lambda c: (c.q[0], -c.q[1], c.kind))
    return [to_model(text, c) for c in cands]
