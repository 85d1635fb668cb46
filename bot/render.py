"""Turn an :class:`~retrieval.models.Answer` into Telegram HTML messages, or into text for a terminal.

A Telegram answer is a heading (verdict and/or message) and one block per claim::

    1. <b>12.000 Soldaten</b> — Quelle: Verteidigungsministerium
    <blockquote>verbatim sentence from the article</blockquote>
    <i>Title</i> · Outlet · 1.3.2024 · <a href="https://...">Link</a>

Every piece of text from an article or a user is HTML-escaped; quotes are never altered. A message
holds at most ``MAX_MESSAGE_CHARS`` characters *after entity parsing*, which is how Telegram counts its
4096 limit: Unicode code points of the visible text (tdlib compares ``utf8_length`` of the parsed
text), so tags and the extra characters of ``&amp;`` cost nothing and an emoji outside the BMP costs
one. Python's ``len`` of the unescaped text is exactly that count, so the renderer keeps the plain
text of each message and measures it, rather than measuring HTML.

Answers are split at claim boundaries. A claim too long for one message is split between its runs or,
inside a run (e.g. a huge quote), at whitespace: each piece is escaped separately and re-wrapped in its
own tags, so a tag or an entity is never cut. Messages that continue a claim start with a "(continued)"
line, which also keeps them from being whitespace only.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import prompts
from retrieval.models import FACT_INTENTS, Answer, Claim

MAX_MESSAGE_CHARS = 4096
_MIN_LIMIT = 64
_BLOCK_SEPARATOR = "\n\n"
_JOINERS = frozenset("\u200d\ufe0e\ufe0f")  # zero-width joiner, variation selectors
FIELD_CHARS = 300  # an article's title, outlet, date or plain URL as shown; longer is cut with "…"


@dataclass(frozen=True)
class _Run:
    """Plain text plus the tags around it; the text is escaped only when it is rendered."""

    text: str
    open: str = ""
    close: str = ""

    def html(self, text: str | None = None) -> str:
        return f"{self.open}{html.escape(self.text if text is None else text, quote=False)}{self.close}"


_Block = list[_Run]


def render_answer(answer: Answer, lang: str, *, limit: int = MAX_MESSAGE_CHARS, first_number: int = 1) -> list[str]:
    """Telegram HTML messages for ``answer``, each at most ``limit`` characters after entity parsing.

    Claims are numbered from ``first_number`` (a later page of a long answer continues the count).
    """
    if limit < _MIN_LIMIT:
        raise ValueError(f"limit must be >= {_MIN_LIMIT}, got {limit}")
    if first_number < 1:
        raise ValueError(f"first_number must be >= 1, got {first_number}")
    blocks = [_heading(answer, lang)]
    stated = _stated(answer)
    blocks += [
        _claim_block(number, claim, lang, stated) for number, claim in enumerate(answer.claims, start=first_number)
    ]
    packer = _Packer(limit, prompts.text("render.continued", lang))
    for block in blocks:
        packer.add_block(block)
    return packer.finish()


def render_claim(claim: Claim, lang: str, answer: Answer | None = None) -> str:
    """One claim on its own as Telegram HTML (no number): source line, quote, article line; ``answer`` is the
    answer it is one of (whether its sentence states a fact asked, which needs no source line)."""
    stated = answer is not None and _stated(answer)
    return "".join(run.html() for run in _claim_block(None, claim, lang, stated))


def render_plain(answer: Answer, lang: str) -> str:
    """The same answer as plain text for a terminal: quotes as ``> `` lines, links spelled out."""
    lines = [_heading_text(answer, lang)]
    lines += [f"  • {difference}" for difference in answer.differences]
    stated = _stated(answer)
    for number, claim in enumerate(answer.claims, start=1):
        lines.append("")
        quoted = [f"   > {line}" for line in claim.quote.splitlines() or [""]]
        if head := " ".join(part for part in (claim.figure, _source_line(claim, lang, stated)) if part):
            lines.append(f"{number}. {head}")
        else:  # a fact the article states: the quote is the claim's first line
            quoted[0] = f"{number}.{quoted[0][len(str(number)) + 1 :]}"
        lines += quoted
        if claim.note:
            lines.append(f"   {claim.note}")
        article = " · ".join(part for part in _article_parts(claim, lang) if part)
        if claim.url:
            article = f"{article} · {claim.url}" if article else claim.url
        if article:
            lines.append(f"   {article}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------- blocks


def _heading_text(answer: Answer, lang: str) -> str:
    parts: list[str] = []
    # A quote found nowhere: the answer's own message says so, and more fully ("… or anything close to it").
    said_already = answer.verdict == "not_found" and not answer.claims and answer.message.strip()
    if answer.verdict is not None and not said_already:
        parts.append(prompts.text(f"render.verdict_{answer.verdict}", lang))
    if answer.message.strip():
        parts.append(answer.message)
    if not parts:
        parts.append(prompts.text("render.found" if answer.found and answer.claims else "render.not_found", lang))
    if answer.differences:
        parts.append(prompts.text("render.differences", lang))
    return "\n".join(parts)


def _heading(answer: Answer, lang: str) -> _Block:
    runs: _Block = []
    first = True
    for line in _heading_text(answer, lang).split("\n"):
        if not first:
            runs.append(_Run("\n"))
        runs.append(_Run(line, "<b>", "</b>") if first else _Run(line))
        first = False
    for difference in answer.differences:
        runs.append(_Run(f"\n• {difference}"))
    return runs


def _stated(answer: Answer) -> bool:
    """Are the claims facts the articles state ("who is Mark Rutte", "when", "where"), not statements someone
    makes? Then the article is their source, and a claim naming nobody gets no "the article names no source"."""
    return answer.intent in FACT_INTENTS


def _source_line(claim: Claim, lang: str, stated: bool = False) -> str:
    if stated and not claim.source:
        return ""
    if claim.figure:
        if claim.source:
            return prompts.text("render.source", lang, source=claim.source)
        return prompts.text("render.no_source", lang)
    if claim.source:
        return prompts.text("render.source_only", lang, source=claim.source)
    return prompts.text("render.no_source_only", lang)


def _claim_block(number: int | None, claim: Claim, lang: str, stated: bool = False) -> _Block:
    runs: _Block = [_Run(f"{number}. ")] if number is not None else []
    if claim.figure:
        runs += [_Run(claim.figure, "<b>", "</b>"), _Run(" ")]
    if source := _source_line(claim, lang, stated):
        runs.append(_Run(source + "\n"))
    runs.append(_Run(claim.quote, "<blockquote>", "</blockquote>"))
    if claim.note:
        runs += [_Run("\n"), _Run(claim.note, "<i>", "</i>")]
    article: _Block = []
    title, *rest = _article_parts(claim, lang)
    if title:
        article.append(_Run(title, "<i>", "</i>"))
    article += [_Run(part) for part in rest if part]
    if claim.url and _is_web_url(claim.url):
        href = html.escape(claim.url, quote=True)
        article.append(_Run(prompts.text("render.link", lang), f'<a href="{href}">', "</a>"))
    elif claim.url:
        article.append(_Run(clip(claim.url)))
    for index, run in enumerate(article):
        runs += [_Run("\n" if index == 0 else " · "), run]
    return runs


def clip(text: str, limit: int = FIELD_CHARS) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when cut: article data indexed before its
    fields were capped (or from another tool) must not blow a message up."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _article_parts(claim: Claim, lang: str) -> list[str]:
    """Title, outlet and date as plain strings ("" where missing), each at most ``FIELD_CHARS``."""
    return [clip(claim.title), clip(claim.outlet or ""), clip(_date(claim.published, lang))]


def _date(published: str | None, lang: str) -> str:
    if not published:
        return ""
    try:
        when = datetime.fromisoformat(published.strip())
    except ValueError:
        return published
    return prompts.text("render.date", lang, year=when.year, month=when.month, day=when.day)


def _is_web_url(url: str) -> bool:
    """Only http(s) URLs with a host become links; anything else is shown as text."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and url.isprintable() and " " not in url


# ---------------------------------------------------------------------------------------- packing


class _Packer:
    """Fill messages with blocks; split a block that fits in no message between or inside its runs."""

    def __init__(self, limit: int, continued: str) -> None:
        self.limit = limit
        self.label = _Run(continued, "<i>", "</i>")
        self.label_size = len(continued) + 1  # the label and its newline
        self.messages: list[str] = []
        self.parts: list[str] = []
        self.used = 0
        self.fresh = True  # nothing but (maybe) the continuation label so far
        self._min_room = min(200, limit // 4)  # below this, a split piece goes to the next message

    def add_block(self, block: _Block) -> None:
        size = sum(len(run.text) for run in block)
        separator = _BLOCK_SEPARATOR if self.parts else ""
        if self.used + len(separator) + size <= self.limit:
            self._put(separator + "".join(run.html() for run in block), len(separator) + size)
            return
        if size <= self.limit:
            self._flush()
            self._put("".join(run.html() for run in block), size)
            return
        # Too big for any message: start it here if there is fair room left, and split it as it goes.
        if self.parts and self.limit - self.used - len(separator) >= self._min_room:
            self._put(separator, len(separator))
        else:
            self._flush()
        for run in block:
            self._add_run(run)

    def _add_run(self, run: _Run) -> None:
        text = run.text
        while text:
            room = self.limit - self.used
            if len(text) <= room:
                self._put(run.html(text), len(text))
                return
            if room < self._min_room and not self.fresh:
                self._continue()
                continue
            cut = _cut(text, room)
            self._put(run.html(text[:cut]), cut)
            text = text[cut:]
            self._continue()

    def _put(self, markup: str, size: int) -> None:
        self.parts.append(markup)
        self.used += size
        self.fresh = False

    def _flush(self) -> None:
        if self.parts:
            self.messages.append("".join(self.parts))
        self.parts, self.used, self.fresh = [], 0, True

    def _continue(self) -> None:
        """Close this message and open one that continues the current claim."""
        self._flush()
        self.parts, self.used = [self.label.html() + "\n"], self.label_size

    def finish(self) -> list[str]:
        self._flush()
        return self.messages


def _cut(text: str, room: int) -> int:
    """Where to split ``text`` so the head has at most ``room`` characters: after whitespace if there
    is some in the second half of the window, else at ``room`` moved off grapheme joins."""
    floor = room // 2
    for index in range(room, floor, -1):
        if text[index - 1].isspace():
            return index
    for index in range(room, floor, -1):
        if not _joined(text, index):
            return index
    return room


def _joined(text: str, index: int) -> bool:
    """Whether cutting before ``text[index]`` would split a character from its marks or joiners."""
    after, before = text[index], text[index - 1]
    return (
        unicodedata.combining(after) > 0
        or after in _JOINERS
        or before == "\u200d"
        or "\U0001f3fb" <= after <= "\U0001f3ff"  # skin tone modifiers
    )
