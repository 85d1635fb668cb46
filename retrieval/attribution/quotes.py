"""Quotation-marked spans of a text, and the tests that tell a quote from a name (das Raumschiff „Shenzhou 6“)
or from a short fragment inside a clause (den „sofortigen Abzug“ der Truppen).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.attribution.lexicon import CLAUSE_PUNCT, INLINE_QUOTE_MAX_TOKENS, NAMING_WORDS, QUOTE_NOUNS
from retrieval.attribution.tokens import Sent, is_finite
from retrieval.nlp import OPENING_MARKS, QUOTE_PAIRS

MAX_QUOTE_CHARS = 3000
#: Longest quoted name (tokens) after an article that may contain a verb ("die „Aktion Deutschland hilft“").
NAME_MAX_TOKENS = 4


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotation-marked strings (marks included), outermost first, nested ones kept."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = QUOTE_PAIRS.get(ch)
        if closers is None or not _opens(text, i):
            i += 1
            continue
        j = _find_closer(text, i, closers)
        if j is None:
            i += 1
            continue
        spans.append((i, j + 1))
        spans.extend((a + i + 1, b + i + 1) for a, b in quote_spans(text[i + 1 : j]) if b - a > 2)
        i = j + 1
    return spans


def _opens(text: str, i: int) -> bool:
    """An ASCII/ambiguous mark opens a quote only at a word start (not "5'6\"" or inside a word); two apostrophes
    ("''Le Monde''") are wiki markup for italics, not quotation marks."""
    ch = text[i]
    if ch == "'" and (text[i + 1 : i + 2] == "'" or text[i - 1 : i] == "'"):
        return False
    if ch in OPENING_MARKS:
        return i + 1 < len(text) and not text[i + 1].isspace()
    prev = text[i - 1] if i > 0 else " "
    return (prev.isspace() or prev in "([{–-/:") and i + 1 < len(text) and not text[i + 1].isspace()


def _find_closer(text: str, i: int, closers: str) -> int | None:
    """Index of the mark closing the quote opened at ``i``; None if there is none nearby."""
    limit = min(len(text), i + MAX_QUOTE_CHARS)
    for j in range(i + 1, limit):
        ch = text[j]
        if ch in closers and j > i + 1:
            if ch in "\"'" and j + 1 < len(text) and text[j + 1].isalnum():
                continue
            return j
        if ch == "\n" and text[j + 1 : j + 2] == "\n":
            return None
    return None


def mark_inline_quotes(sent: Sent, qspans: Sequence[tuple[int, int]]) -> None:
    """Flag the marks of quoted fragments inside a clause (in place): both marks in the sentence, not
    sentence-initial nor after a colon, and no finite verb or clause punctuation inside."""
    toks = sent.toks
    pos = {t.start: k for k, t in enumerate(toks)}
    for a, b in qspans:
        i, j = pos.get(a), pos.get(b - 1)
        if i is None or j is None or j - i < 2:
            continue
        inner = toks[i + 1 : j]
        # a quoted name as subject („BBC News“ berichtet) or after an article (der „Aktion Deutschland hilft“)
        opening_name = i == 0 and len(inner) <= NAME_MAX_TOKENS and j + 1 < len(toks) and is_finite(toks[j + 1])
        if (i == 0 and not opening_name) or (i > 0 and toks[i - 1].text in (":", ",", "(", "–")):
            continue
        title = i > 0 and toks[i - 1].tag == "ART" and len(inner) <= NAME_MAX_TOKENS
        if len(inner) > INLINE_QUOTE_MAX_TOKENS or any(
            (is_finite(t) and not title) or t.text in CLAUSE_PUNCT or t.text in ".!?" for t in inner
        ):
            continue
        toks[i].inline = toks[j].inline = True


_NAME_BEFORE_RE = re.compile(r"(\w[\w-]*)\W*$")
_NAME_LIKE_RE = re.compile(r"\d|\.\w|^[A-ZÄÖÜ][\w'-]*(?:\s+[A-ZÄÖÜ&][\w'.-]*)+$")


#: Words of other languages' names, and "am", that join the capitalised words of a title ("BILD am Sonntag", "Correio
#: da Manhã", "Brothers to the Rescue"); German ones ("für", "der") join a quoted noun phrase as well.
_TITLE_JOINERS = frozenset("am de la le les da do du di del of the to for against and pour y e".split())
#: German words that may join a quoted title's capitalised words ("Kampagne für ein Freies Tibet").
_GERMAN_JOINERS = frozenset(
    "für des der die das dem den und von vom zur zum im in ohne gegen ein eine auf aus mit &".split()
)
_TITLE_WORD_RE = re.compile(r"[A-ZÄÖÜÀ-Þ][\w'’.-]*$")


def is_title(text: str, a: int, b: int) -> bool:
    """Whether a quotation is the name of an organisation, a medium or a work by its shape: capitalised words and
    joining words only, with a joining word of a name ("BILD am Sonntag", "Fédération Internationale de Football
    Association") or two capitalised words in a row ("Kampagne für ein Freies Tibet"); a German noun phrase someone
    used („Angriff gegen die Belegschaft“, „Opfer des Terrorismus“) has neither."""
    words = text[a + 1 : b - 1].split()
    if len(words) < 2 or not _TITLE_WORD_RE.match(words[0]):
        return False
    caps = [_TITLE_WORD_RE.match(w) is not None for w in words]
    lowers = [w for w, c in zip(words, caps, strict=True) if not c]
    if any(w.lower() not in _TITLE_JOINERS and w.lower() not in _GERMAN_JOINERS for w in lowers):
        return False
    adjacent = any(caps[k] and caps[k + 1] for k in range(len(words) - 1))
    return adjacent or any(w.lower() in _TITLE_JOINERS for w in lowers)


def is_name(text: str, a: int, b: int) -> bool:
    """Whether a short quotation is a name ("Raumschiff „Shenzhou 6“", „BBC News“), not a quote."""
    inner = text[a + 1 : b - 1].strip()
    if _NAME_LIKE_RE.search(inner):
        return True
    m = _NAME_BEFORE_RE.search(text[max(0, a - 40) : a])
    if m is None:
        return False
    prev = m.group(1)
    if any(ch in ".!?" for ch in m.group()[len(prev) :]):  # the quote opens a sentence („…“, sagte Beck. „…“)
        return False
    if prev.lower() in NAMING_WORDS:
        return True
    prev_start = a - len(text[max(0, a - 40) : a]) + m.start(1)
    sentence_initial = prev_start == 0 or text[max(0, prev_start - 2) : prev_start].strip() in ("", ".")
    return inner[:1].isupper() and prev[:1].isupper() and not sentence_initial and prev.lower() not in QUOTE_NOUNS
