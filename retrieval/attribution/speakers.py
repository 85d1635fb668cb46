"""Using attributions: the one that covers a sentence, and a cheap antecedent for a pronoun speaker."""

from __future__ import annotations

import re

from retrieval.attribution.candidates import overlap
from retrieval.attribution.lexicon import PRONOUN_SPEAKERS
from retrieval.models import Attribution


def speaker_for_span(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose quote best covers ``[start, end)`` (most overlap, then tightest)."""
    best: Attribution | None = None
    best_key: tuple[float, int] = (0.0, 0)
    length = max(1, end - start)
    for a in attributions:
        ov = overlap((a.quote_start, a.quote_end), (start, end))
        if ov <= 0:
            continue
        key = (ov / length, -(a.quote_end - a.quote_start))
        if best is None or key > best_key:
            best, best_key = a, key
    return best


_ANTECEDENT_RE = re.compile(
    r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|em|en)?)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*"
)
_SENT_SPLIT_RE = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")
DEMONSTRATIVES = frozenset(["diese", "dieser", "dieses", "jene", "jener"])


def resolve_speaker(text: str, attribution: Attribution, attributions: list[Attribution]) -> str | None:
    """For a pronoun speaker ("Er", "Diese"), a likely antecedent as written; else the speaker itself.

    A demonstrative ("Diese berichtete …") points to the last noun phrase of the previous sentence
    ("der südkoreanischen Nachrichtenagentur Yonhap"); a personal pronoun to the nearest earlier
    non-pronoun speaker, else to that noun phrase.  Cheap heuristics, no coreference model.
    """
    spk = attribution.speaker
    if spk is None or spk.strip().lower() not in PRONOUN_SPEAKERS or attribution.speaker_start is None:
        return spk
    pos = attribution.speaker_start
    demonstrative = spk.strip().lower() in DEMONSTRATIVES
    nearest_np = _previous_sentence_np(text, pos, last=demonstrative)
    if demonstrative and nearest_np is not None:
        return nearest_np
    earlier = [
        a
        for a in attributions
        if a.speaker
        and a.speaker_end is not None
        and a.speaker_end <= pos
        and a.speaker.strip().lower() not in PRONOUN_SPEAKERS
    ]
    if earlier:
        cand = max(earlier, key=lambda a: a.speaker_end or 0)
        if nearest_np is None or pos - (cand.speaker_end or 0) < 400:
            return cand.speaker
    return nearest_np


def _previous_sentence_np(text: str, pos: int, last: bool) -> str | None:
    """The last (or first) article-headed, capitalised noun phrase of the sentence before ``pos``."""
    parts = [p for p in _SENT_SPLIT_RE.split(text[max(0, pos - 600) : pos]) if p.strip()]
    for sentence in reversed(
        parts[:-1] if len(parts) > 1 and not parts[-1].rstrip().endswith((".", "!", "?")) else parts
    ):
        matches = [m.group() for m in _ANTECEDENT_RE.finditer(sentence)]
        if matches:
            return matches[-1] if last else matches[0]
    return None
