"""What the bot shows besides answers: pages of an answer, quote context, sources, stats, keyboards.

Pure functions from the facade's models to Telegram HTML (every value escaped) and inline keyboards;
the handlers fetch the data and send the result. A button's callback data is one of the small objects
below (``ShowMore``, ``ShowContext``, ``ShowSources``): PTB keeps them in memory and sends Telegram
only a key for each (``arbitrary_callback_data``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

import prompts
from bot.render import clip, render_answer
from retrieval.models import Answer, IndexReport, IndexStats, LoadError, QuoteContext, Removal, SourceEntry

COPY_TEXT_LIMIT = 256  # the Bot API's limit for CopyTextButton.text
SOURCES_PER_PAGE = 10
MAX_LISTED_ERRORS = 15
# Caps on data shown in one message, so every reply fits Telegram's 4096 characters whatever was indexed:
ID_CHARS = 60
TITLE_CHARS = 150  # in /sources lines (ten a page) and admin replies
REASON_CHARS = 200
QUOTE_CHARS = 3000  # a quote's context message: the answer itself carries the whole quote


@dataclass(frozen=True)
class ShowMore:
    """The "more sources" button: page ``page`` of ``answer``."""

    answer: Answer
    page: int


@dataclass(frozen=True)
class ShowContext:
    """A "context" button: the text around claim ``number`` (from 0) of ``answer``."""

    answer: Answer
    number: int


@dataclass(frozen=True)
class ShowSources:
    """A paging button of ``/sources``."""

    page: int


def say(key: str, lang: str, /, **values: object) -> str:
    """The prompt ``bot.<key>`` filled with ``values`` and escaped for Telegram HTML."""
    return html.escape(prompts.text(f"bot.{key}", lang, **values), quote=False)


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


def answer_keyboard(answer: Answer, lang: str, page: int, per_page: int) -> InlineKeyboardMarkup | None:
    """Per claim on the page: a context button and (short quotes only) a copy button; then "more"."""
    first = page * per_page
    rows: list[list[InlineKeyboardButton]] = []
    for index, claim in enumerate(answer.claims[first : first + per_page], start=first):
        row = [
            InlineKeyboardButton(
                prompts.text("bot.button_context", lang, number=index + 1),
                callback_data=ShowContext(answer, index),
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
        rows.append([InlineKeyboardButton(label, callback_data=ShowMore(answer, page + 1))])
    return InlineKeyboardMarkup(rows) if rows else None


def quote_context(context: QuoteContext, number: int, lang: str) -> str:
    """The quote in bold inside the text around it, "…" where the article goes on."""
    before = ("…" if context.cut_before else "") + context.before
    after = context.after + ("…" if context.cut_after else "")
    body = f"{_esc(clip(before, 400))}<b>{_esc(clip(context.quote, QUOTE_CHARS))}</b>{_esc(clip(after, 400))}"
    heading = say("context_heading", lang, number=number)
    return f"{heading}\n<blockquote>{body}</blockquote>\n<i>{_esc(clip(context.title, TITLE_CHARS))}</i>"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


# ------------------------------------------------------------------------------- sources and stats


def sources_page(listing: Sequence[SourceEntry], page: int, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
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
            InlineKeyboardButton(prompts.text("bot.button_previous", lang), callback_data=ShowSources(page - 1))
        )
    if page + 1 < pages:
        buttons.append(InlineKeyboardButton(prompts.text("bot.button_next", lang), callback_data=ShowSources(page + 1)))
    return "\n".join(lines), InlineKeyboardMarkup([buttons]) if buttons else None


def _source_line(entry: SourceEntry, lang: str) -> str:
    parts = [f"<code>{_esc(clip(entry.id, ID_CHARS))}</code>", f"<i>{_esc(clip(entry.title, TITLE_CHARS))}</i>"]
    parts += [_esc(clip(value, ID_CHARS)) for value in (entry.outlet, entry.published) if value]
    parts.append(say("sources_chars", lang, chars=entry.chars))
    url = entry.url or ""
    if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url:
        parts.append(f'<a href="{html.escape(url, quote=True)}">{_esc(prompts.text("render.link", lang))}</a>')
    return " · ".join(parts)


def stats(index: IndexStats, questions: int, uptime_seconds: float, lang: str) -> str:
    seconds = int(uptime_seconds)
    uptime = prompts.text(
        "bot.uptime",
        lang,
        days=seconds // 86400,
        hours=seconds // 3600 % 24,
        minutes=seconds // 60 % 60,
        seconds=seconds % 60,
    )
    body = say("stats", lang, uptime=uptime, questions=questions, **index.model_dump())
    return f"<b>{say('stats_heading', lang)}</b>\n{body}"


# ------------------------------------------------------------------------------------------- admin


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
        for error in report.errors[:MAX_LISTED_ERRORS]:
            shown = error.model_copy(update={"path": error.path.removeprefix(prefix)})  # relative to the folder
            lines.append(f"• {_esc(clip(str(shown), REASON_CHARS))}")
        if len(report.errors) > MAX_LISTED_ERRORS:
            lines.append(say("reindex_more", lang, count=len(report.errors) - MAX_LISTED_ERRORS))
    return "\n".join(lines)


def upload_reply(name: str, path: str, report: IndexReport, lang: str) -> str:
    """What came of an upload: the counts (and any skipped lines), or why nothing was added."""
    reasons = [clip(_reason(error, path), REASON_CHARS) for error in report.errors]
    if report.kept:
        lines = [
            say(
                "upload_added",
                lang,
                name=name,
                added=report.added,
                updated=report.updated,
                unchanged=report.unchanged,
            )
        ]
        lines += [f"• {_esc(reason)}" for reason in reasons[:MAX_LISTED_ERRORS]]
        return "\n".join(lines)
    if reasons:
        return say("upload_failed", lang, name=name, reason="; ".join(reasons[:3]))
    return say("upload_nothing", lang, name=name)


def _reason(error: LoadError, path: str) -> str:
    """Why the uploaded file (``path``) or one of its lines was skipped, without repeating its path."""
    if error.path != path:
        return str(error)
    return f"{error.line}: {error.reason}" if error.line else error.reason


def upload_refused(name: str, reason: str, values: dict[str, object], lang: str) -> str:
    """Why an upload was refused before it touched the corpus (``retrieval.errors.UploadRefused``)."""
    shown = {key: clip(value, TITLE_CHARS) if isinstance(value, str) else value for key, value in values.items()}
    return say(f"upload_{reason}", lang, name=name, **shown)


def removal(removed: Removal, lang: str) -> str:
    """The article is out of the index; its file was deleted, or kept because it holds others too."""
    title = clip(removed.title, TITLE_CHARS)
    lines = [say("removed", lang, doc_id=clip(removed.doc_id, ID_CHARS), title=title)]
    if removed.file and removed.file_deleted:
        lines.append(say("removed_file", lang, file=removed.file))
    elif removed.file:
        lines.append(say("removed_file_kept", lang, file=removed.file))
    return "\n".join(lines)
