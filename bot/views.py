"""What the bot shows besides answers: pages of an answer, quote context, sources, stats, keyboards.

Pure functions from plain data to Telegram HTML (every value escaped) and inline keyboards; the
handlers fetch the data and send the result. Callback data is ``kind:key:number`` and stays far
below Telegram's 64-byte limit.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

import prompts
from bot.render import render_answer
from retrieval.index import IndexReport
from retrieval.models import Answer, Article, Claim

CONTEXT_CHARS = 300
COPY_TEXT_LIMIT = 256  # the Bot API's limit for CopyTextButton.text
SOURCES_PER_PAGE = 10
MAX_LISTED_ERRORS = 15

CONTEXT, MORE, SOURCES = "ctx", "more", "src"


def say(key: str, lang: str, /, **values: object) -> str:
    """The prompt ``bot.<key>`` filled with ``values`` and escaped for Telegram HTML."""
    return html.escape(prompts.text(f"bot.{key}", lang, **values), quote=False)


def callback(kind: str, key: str, number: int) -> str:
    data = f"{kind}:{key}:{number}"
    if len(data.encode()) > 64:
        raise ValueError(f"callback data must be at most 64 bytes, got {data!r}")
    return data


def parse_callback(data: str) -> tuple[str, str, int] | None:
    """``(kind, key, number)`` from callback data, or None if it is not ours."""
    match = re.fullmatch(r"([a-z]+):([\w-]*):(\d{1,4})", data)
    return (match[1], match[2], int(match[3])) if match else None


# ------------------------------------------------------------------------------------------ answers


def page_count(answer: Answer, per_page: int) -> int:
    return max(1, math.ceil(len(answer.claims) / per_page))


def answer_page(answer: Answer, lang: str, page: int, per_page: int, *, limit: int = 4096) -> list[str]:
    """The HTML messages of one page of ``answer``: page 0 with its heading, later pages as "more"."""
    first = page * per_page
    claims = answer.claims[first : first + per_page]
    if page == 0:
        return render_answer(answer.model_copy(update={"claims": claims}), lang, limit=limit)
    heading = prompts.text(
        "bot.more_heading", lang, first=first + 1, last=first + len(claims), total=len(answer.claims)
    )
    more = answer.model_copy(update={"claims": claims, "message": heading, "verdict": None, "differences": []})
    return render_answer(more, lang, limit=limit, first_number=first + 1)


def answer_keyboard(answer: Answer, lang: str, key: str, page: int, per_page: int) -> InlineKeyboardMarkup | None:
    """Per claim on the page: a context button and (short quotes only) a copy button; then "more"."""
    first = page * per_page
    rows: list[list[InlineKeyboardButton]] = []
    for index, claim in enumerate(answer.claims[first : first + per_page], start=first):
        row = [
            InlineKeyboardButton(
                prompts.text("bot.button_context", lang, number=index + 1),
                callback_data=callback(CONTEXT, key, index),
            )
        ]
        if 0 < len(claim.quote) <= COPY_TEXT_LIMIT:
            row.append(
                InlineKeyboardButton(
                    prompts.text("bot.button_copy", lang, number=index + 1),
                    copy_text=CopyTextButton(claim.quote),
                )
            )
        rows.append(row)
    shown = min(len(answer.claims), first + per_page)
    if page + 1 < page_count(answer, per_page):
        label = prompts.text("bot.button_more", lang, shown=shown, total=len(answer.claims))
        rows.append([InlineKeyboardButton(label, callback_data=callback(MORE, key, page + 1))])
    return InlineKeyboardMarkup(rows) if rows else None


def quote_context(article: Article, claim: Claim, number: int, lang: str) -> str:
    """The quote in bold inside about ``CONTEXT_CHARS`` characters of its article either side."""
    text = article.text
    before_start = _word_start(text, max(0, claim.start - CONTEXT_CHARS))
    after_end = _word_end(text, min(len(text), claim.end + CONTEXT_CHARS))
    before = ("…" if before_start > 0 else "") + text[before_start : claim.start]
    after = text[claim.end : after_end] + ("…" if after_end < len(text) else "")
    body = f"{_esc(before)}<b>{_esc(text[claim.start : claim.end])}</b>{_esc(after)}"
    heading = say("context_heading", lang, number=number)
    return f"{heading}\n<blockquote>{body}</blockquote>\n<i>{_esc(article.title)}</i>"


def _word_start(text: str, index: int) -> int:
    """Move ``index`` forward to the start of a word (so context never begins mid-word)."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = re.search(r"\s", text[index:])
    return index + space.end() if space else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text) or text[index].isspace():
        return index
    space = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index))
    return space if space > 0 else index


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


# ------------------------------------------------------------------------------- sources and stats


def sources_page(listing: Sequence[Mapping[str, Any]], page: int, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of the indexed articles (id, title, outlet, date, size, link) and its paging buttons."""
    if not listing:
        return say("sources_empty", lang), None
    pages = math.ceil(len(listing) / SOURCES_PER_PAGE)
    page = min(max(page, 0), pages - 1)
    first = page * SOURCES_PER_PAGE
    lines = [f"<b>{say('sources_heading', lang, total=len(listing))}</b>"]
    for number, row in enumerate(listing[first : first + SOURCES_PER_PAGE], start=first + 1):
        lines.append(f"{number}. {_source_line(row, lang)}")
    if pages > 1:
        lines.append(f"<i>{say('sources_page', lang, page=page + 1, pages=pages)}</i>")
    buttons = []
    if page > 0:
        buttons.append(
            InlineKeyboardButton(
                prompts.text("bot.button_previous", lang), callback_data=callback(SOURCES, "", page - 1)
            )
        )
    if page + 1 < pages:
        buttons.append(
            InlineKeyboardButton(prompts.text("bot.button_next", lang), callback_data=callback(SOURCES, "", page + 1))
        )
    return "\n".join(lines), InlineKeyboardMarkup([buttons]) if buttons else None


def _source_line(row: Mapping[str, Any], lang: str) -> str:
    parts = [f"<code>{_esc(str(row['id']))}</code>", f"<i>{_esc(str(row.get('title') or ''))}</i>"]
    parts += [_esc(str(row[key])) for key in ("outlet", "published") if row.get(key)]
    parts.append(say("sources_chars", lang, chars=row.get("chars") or 0))
    url = str(row.get("url") or "")
    if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url:
        parts.append(f'<a href="{html.escape(url, quote=True)}">{_esc(prompts.text("render.link", lang))}</a>')
    return " · ".join(parts)


def stats(values: Mapping[str, object], uptime_seconds: float, lang: str) -> str:
    seconds = int(uptime_seconds)
    uptime = prompts.text(
        "bot.uptime",
        lang,
        days=seconds // 86400,
        hours=seconds // 3600 % 24,
        minutes=seconds // 60 % 60,
        seconds=seconds % 60,
    )
    return f"<b>{say('stats_heading', lang)}</b>\n{say('stats', lang, uptime=uptime, **values)}"


# ------------------------------------------------------------------------------------------ reindex


def index_summary(report: IndexReport, folder: str, lang: str) -> str:
    """An IndexReport as one message: the counts, then each skipped file with its reason."""
    lines = [
        say(
            "reindex_done",
            lang,
            folder=folder,
            seconds=report.seconds,
            added=report.added,
            updated=report.updated,
            removed=report.removed,
            unchanged=report.unchanged,
        )
    ]
    if report.errors:
        lines.append(f"\n<b>{say('reindex_skipped', lang, count=len(report.errors))}</b>")
        prefix = folder.rstrip("/") + "/"
        lines += [f"• {_esc(_short(str(error).removeprefix(prefix)))}" for error in report.errors[:MAX_LISTED_ERRORS]]
        if len(report.errors) > MAX_LISTED_ERRORS:
            lines.append(say("reindex_more", lang, count=len(report.errors) - MAX_LISTED_ERRORS))
    return "\n".join(lines)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
