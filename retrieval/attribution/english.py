"""A light regex pipeline for English news: "…, said X", "X said that …", "according to X", and quotes."""

from __future__ import annotations

import re

from retrieval.attribution.candidates import Cand, Kind, overlap
from retrieval.attribution.lexicon import entries
from retrieval.attribution.quotes import quote_spans

#: English speech verbs, as a regex alternation (order kept: "said|says|say").
EN_SAY_VERBS = "|".join(entries("en_say_verbs.txt"))
_EN_NAME = r"(?:[A-Z][\w.'-]*|the|a|an|of|for|and)(?:\s+(?:[A-Z][\w.'-]*|of|the|for|and|[a-z]+(?=\s+[A-Z])))*"
_EN_SPEAKER = r"(?P<spk>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he\s+|[Aa]n?\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5}?))"
_EN_PATTERNS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (
        re.compile(rf"(?P<q>[^.!?]+?),?[\"”]?,?\s+(?P<cue>{EN_SAY_VERBS})\s+(?P<spk>{_EN_NAME})\s*[.!?]"),
        "indirect",
    ),
    (re.compile(rf"(?P<q>[^.!?]+?),?[\"”]?,?\s+{_EN_SPEAKER}\s+(?P<cue>{EN_SAY_VERBS})\s*[.!?]"), "indirect"),
    (re.compile(r"(?P<cue>[Aa]ccording to)\s+(?P<spk>[^,.!?]{1,80}?),\s*(?P<q>[^.!?]+)"), "according_to"),
    (
        re.compile(r"(?P<q>[^.!?]+?),\s+(?P<cue>according to)\s+(?P<spk>[^,.!?]{1,80}?)\s*[.!?]"),
        "according_to",
    ),
    (
        re.compile(rf"{_EN_SPEAKER}\s+(?P<cue>{EN_SAY_VERBS})(?:\s+\w+)?(?:\s+that|:|,)?\s+(?P<q>[^.!?]+)"),
        "indirect",
    ),
)
_EN_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def attribute_en(text: str) -> list[Cand]:
    """A light regex pipeline for English news."""
    out: list[Cand] = []
    for m in _EN_SENT_RE.finditer(text):
        s0 = m.start()
        sent = m.group()
        for pat, kind in _EN_PATTERNS:
            mm = pat.search(sent)
            if mm is None or not mm.group("spk").strip():
                continue
            q = (s0 + mm.start("q"), s0 + mm.end("q"))
            spk = (s0 + mm.start("spk"), s0 + mm.end("spk"))
            cue = (s0 + mm.start("cue"), s0 + mm.end("cue"))
            out.append(Cand(q, kind, spk, cue, mm.group("cue")))
            break
    for a, b in quote_spans(text):
        if len(text[a:b].split()) >= 4 and not any(overlap((a, b), c.q) for c in out):
            out.append(Cand((a, b), "direct"))
    return out
