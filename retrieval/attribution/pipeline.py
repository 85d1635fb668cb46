"""The entry point: quotes of a text with speaker and cue, as :class:`~retrieval.models.Attribution`."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from retrieval.attribution.candidates import to_model, valid
from retrieval.attribution.english import attribute_en
from retrieval.attribution.german import attribute_de
from retrieval.language import detect
from retrieval.models import Attribution

log = logging.getLogger(__name__)

#: The start of a text that decides its language (enough for an article; bounded for odd input).
_LANGUAGE_SAMPLE_CHARS = 5000


def attribute(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Attribution]:
    """Quotes (direct and reported) of ``text`` with speaker and cue, sorted by ``quote_start``.

    ``sentences`` are the ``(start, end)`` spans of the segmenter (``retrieval.segment.sentence_spans``):
    given them, German text is read sentence by sentence as the rest of the index sees it; without them
    (raw text, ``belegbot quotes``) attribution splits each line itself. English text is read by regular
    expressions and ignores them. Never raises on unexpected text (possibly ``[]``); spans that are not
    ordered, non-overlapping and inside ``text`` are a caller's bug (ValueError).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    if sentences is not None:
        _check_spans(text, sentences)
    try:
        english = detect(text[:_LANGUAGE_SAMPLE_CHARS], default="de") == "en"
        cands = attribute_en(text) if english else attribute_de(text, sentences)
    except Exception:  # pragma: no cover - defensive: attribution must never break a caller
        log.exception("attribution failed")
        return []
    cands = [c for c in cands if valid(text, c)]
    cands.sort(key=lambda c: (c.q[0], -c.q[1], c.kind))
    return [to_model(text, c) for c in cands]


def _check_spans(text: str, spans: Sequence[tuple[int, int]]) -> None:
    """Sentence spans must be non-empty, in order, non-overlapping and inside ``text``."""
    previous_end = 0
    for start, end in spans:
        if not previous_end <= start < end <= len(text):
            raise ValueError(
                f"sentences must be ordered, non-overlapping (start, end) spans inside the text "
                f"(length {len(text)}), got {(start, end)} after one ending at {previous_end}"
            )
        previous_end = end
