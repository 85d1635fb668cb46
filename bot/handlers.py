"""The bot's handlers: text in -> ``Belegbot.answer`` off the event loop -> render -> reply.

Every handler is thin: it reads the update, asks the service (in a worker thread, so one slow
question never blocks the others) and sends what :mod:`bot.views` / :mod:`bot.render` made of the
result. Words come from ``prompts/<lang>/bot.toml``. Admin handlers check ``settings.admin_ids``
before anything else runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

import prompts
from bot import views
from bot.render import render_claim
from bot.settings import Settings
from bot.views import say
from retrieval.index import IndexReport
from retrieval.lock import IndexBusy, describe
from retrieval.models import Answer
from retrieval.question import clean
from retrieval.service import Belegbot

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
MAX_QUESTION_CHARS = 2000
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".md", ".txt", ".html", ".jsonl")
ANSWERS_PER_CHAT = 20
INLINE_RESULTS = 10
TYPING_EVERY = 4.5  # seconds; Telegram shows "typing" for about five
PROGRESS_EVERY = 1.0  # seconds between edits of the /reindex status message
_QUOTE_MARKS = "\"'„“”«»‚‘’‹›"


class RateLimiter:
    """At most ``per_minute`` events per key in any sliding minute."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute < 1:
            raise ValueError(f"per_minute must be >= 1, got {per_minute}")
        self.per_minute = per_minute
        self.clock = clock
        self._events: dict[int, deque[float]] = {}

    def wait(self, key: int) -> float:
        """0 and the event is counted, or the seconds until ``key`` may go again."""
        now = self.clock()
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - 60.0:
            events.popleft()
        if len(events) >= self.per_minute:
            return 60.0 - (now - events[0])
        events.append(now)
        return 0.0


class Handlers:
    """All of the bot's handlers around one open :class:`Belegbot`."""

    def __init__(self, settings: Settings, service: Belegbot) -> None:
        self.settings = settings
        self.service = service
        self.started = time.monotonic()
        self.questions = 0
        self.limiter = RateLimiter(settings.rate_limit_per_minute)
        self.corpus_lock = asyncio.Lock()

    def register(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        private = filters.ChatType.PRIVATE
        messages = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
        media = (
            filters.Sticker.ALL
            | filters.PHOTO
            | filters.VOICE
            | filters.AUDIO
            | filters.VIDEO
            | filters.VIDEO_NOTE
            | filters.ANIMATION
            | filters.LOCATION
            | filters.CONTACT
        )
        for name, callback in (
            ("start", self.start),
            ("help", self.help),
            ("quote", self.quote),
            ("sources", self.sources),
            ("stats", self.stats),
            ("reindex", self.reindex),
            ("remove", self.remove),
        ):
            app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
        app.add_handler(MessageHandler(filters.COMMAND & private & filters.UpdateType.MESSAGE, self.unknown))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & messages, self.question))
        app.add_handler(MessageHandler(filters.Document.ALL & private, self.document))
        app.add_handler(MessageHandler(media & private, self.not_text))
        app.add_handler(CallbackQueryHandler(self.button))
        app.add_handler(InlineQueryHandler(self.inline))
        app.add_error_handler(self.error)

    # ------------------------------------------------------------------------------------ commands

    async def start(self, update: Update, context: Context) -> None:
        message, lang = _message(update), language(update.effective_user)
        name = update.effective_user.first_name if update.effective_user else ""
        await message.reply_text(say("start", lang, name=name))

    async def help(self, update: Update, context: Context) -> None:
        message, lang = _message(update), language(update.effective_user)
        text = say("help", lang, bot=context.bot.username)
        if self.is_admin(update):
            text += "\n\n" + say("help_admin", lang)
        await message.reply_text(text)

    async def quote(self, update: Update, context: Context) -> None:
        message, lang = _message(update), language(update.effective_user)
        claimed = command_argument(message).strip().strip(_QUOTE_MARKS).strip()
        if not any(char.isalnum() for char in claimed):  # nothing, or only quote marks and punctuation
            await message.reply_text(say("quote_usage", lang))
            return
        await self.ask(update, context, prompts.text("bot.quote_question", lang, quote=claimed))

    async def sources(self, update: Update, context: Context) -> None:
        listing = await asyncio.to_thread(self.service.index.store.listing)
        text, keyboard = views.sources_page(listing, 0, language(update.effective_user))
        await _message(update).reply_text(text, reply_markup=keyboard)

    async def stats(self, update: Update, context: Context) -> None:
        values = await asyncio.to_thread(self._counts)
        text = views.stats(values, time.monotonic() - self.started, language(update.effective_user))
        await _message(update).reply_text(text)

    def _counts(self) -> dict[str, object]:
        index = self.service.index
        return {
            "articles": index.count(),
            "sentences": index.collections["sentences"].count(),
            "passages": index.collections["passages"].count(),
            "model": self.service.embedder.name,
            "questions": self.questions,
        }

    async def unknown(self, update: Update, context: Context) -> None:
        await _message(update).reply_text(say("unknown_command", language(update.effective_user)))

    # ------------------------------------------------------------------------------------ questions

    async def question(self, update: Update, context: Context) -> None:
        text = addressed_text(_message(update), context.bot.username, context.bot.id)
        if text is not None:
            await self.ask(update, context, text)

    async def ask(self, update: Update, context: Context, text: str) -> None:
        """Answer ``text`` in the chat of ``update``: checks, the answer off the loop, the reply."""
        message, user, lang = _message(update), update.effective_user, language(update.effective_user)
        text = clean(text)
        if not any(char.isalnum() for char in text):
            await message.reply_text(say("empty", lang))
            return
        wait = self.limiter.wait(user.id if user else message.chat.id)
        if wait:
            await message.reply_text(say("rate_limited", lang, seconds=max(1, round(wait))))
            return
        note = say("too_long", lang, limit=MAX_QUESTION_CHARS) if len(text) > MAX_QUESTION_CHARS else ""
        async with typing(context, message.chat.id):
            answer = await asyncio.to_thread(self.service.answer, text[:MAX_QUESTION_CHARS], lang)
        self.questions += 1
        await self.send_answer(message, context, answer, note=note)

    async def send_answer(self, message: Message, context: Context, answer: Answer, note: str = "") -> None:
        key = remember(context.chat_data, answer)
        await self.send_page(context, message.chat.id, answer, key, 0, reply_to=message.message_id, note=note)

    async def send_page(
        self,
        context: Context,
        chat_id: int,
        answer: Answer,
        key: str,
        page: int,
        reply_to: int | None = None,
        note: str = "",
    ) -> None:
        """One page of an answer as one or more messages; the buttons go on the last one."""
        per_page = self.settings.claims_per_page
        prefix = f"<i>{note}</i>\n\n" if note else ""
        chunks = views.answer_page(answer, answer.language, page, per_page, limit=4096 - len(prefix))
        keyboard = views.answer_keyboard(answer, answer.language, key, page, per_page)
        for number, chunk in enumerate(chunks):
            last = number == len(chunks) - 1
            await context.bot.send_message(
                chat_id,
                (prefix + chunk) if number == 0 else chunk,
                reply_markup=keyboard if last else None,
                reply_to_message_id=reply_to if number == 0 else None,
                allow_sending_without_reply=True,
            )

    async def not_text(self, update: Update, context: Context) -> None:
        await _message(update).reply_text(say("text_only", language(update.effective_user)))

    # -------------------------------------------------------------------------------------- buttons

    async def button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        lang = language(query.from_user)
        parsed = views.parse_callback(query.data or "")
        if parsed is None or query.message is None:
            await query.answer()
            return
        kind, key, number = parsed
        if kind == views.SOURCES:
            listing = await asyncio.to_thread(self.service.index.store.listing)
            text, keyboard = views.sources_page(listing, number, lang)
            await query.answer()
            await query.edit_message_text(text, reply_markup=keyboard)
            return
        answer = recall(context.chat_data, key)
        if answer is None:
            await query.answer(prompts.text("bot.expired", lang), show_alert=True)
            return
        await query.answer()
        chat_id, reply_to = query.message.chat.id, query.message.message_id
        if kind == views.MORE:
            await self.send_page(context, chat_id, answer, key, number, reply_to=reply_to)
        elif kind == views.CONTEXT and number < len(answer.claims):
            await context.bot.send_message(
                chat_id,
                await self._context(answer, number),
                reply_to_message_id=reply_to,
                allow_sending_without_reply=True,
            )

    async def _context(self, answer: Answer, number: int) -> str:
        claim = answer.claims[number]
        article = await asyncio.to_thread(self.service.index.article, claim.doc_id)
        if article is None or article.text[claim.start : claim.end] != claim.quote:
            return say("context_missing", answer.language)
        return views.quote_context(article, claim, number + 1, answer.language)

    # --------------------------------------------------------------------------------------- inline

    async def inline(self, update: Update, context: Context) -> None:
        query = update.inline_query
        assert query is not None
        text = query.query.strip()
        if not any(char.isalnum() for char in text):
            await query.answer([], cache_time=300)
            return
        answer = await asyncio.to_thread(self.service.answer, text[:MAX_QUESTION_CHARS], language(query.from_user))
        # Personal: the wording around the quotes follows each user's language.
        await query.answer(inline_results(answer), cache_time=60, is_personal=True)

    # ---------------------------------------------------------------------------------------- admin

    def is_admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.admin_ids

    async def refused(self, update: Update) -> bool:
        """True (after a polite refusal) unless the sender is an admin."""
        if self.is_admin(update):
            return False
        log.info("refused an admin action for user %s", update.effective_user.id if update.effective_user else None)
        await _message(update).reply_text(say("not_admin", language(update.effective_user)))
        return True

    async def reindex(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = _message(update), language(update.effective_user)
        folder = str(self.settings.corpus_dir)
        if self.corpus_lock.locked():
            await message.reply_text(say("reindex_busy", lang))
            return
        async with self.corpus_lock:
            status = await message.reply_text(say("reindex_started", lang, folder=folder))
            try:
                report = await self._reindex_with_progress(status, lang)
            except IndexBusy as busy:  # `belegbot index` or a scheduled refresh is writing
                await status.edit_text(say("reindex_locked", lang, holder=describe(busy.holder)))
                return
            except Exception:
                await status.edit_text(say("reindex_failed", lang))
                raise
            await status.edit_text(views.index_summary(report, folder, lang))

    async def _reindex_with_progress(self, status: Message, lang: str) -> IndexReport:
        """Run the sync in a worker thread; edit ``status`` with the progress at most once a second."""
        loop = asyncio.get_running_loop()
        changed = asyncio.Event()
        counts = {"done": 0, "total": 0}

        def on_total(total: int) -> None:
            counts["total"] = total
            loop.call_soon_threadsafe(changed.set)

        def progress(step: int) -> None:
            counts["done"] += step
            loop.call_soon_threadsafe(changed.set)

        work = asyncio.ensure_future(
            asyncio.to_thread(
                self.service.index_paths,
                [self.settings.corpus_dir],
                prune=True,
                progress=progress,
                on_total=on_total,
            )
        )
        shown = ""
        while True:
            signal = asyncio.ensure_future(changed.wait())
            await asyncio.wait({work, signal}, return_when=asyncio.FIRST_COMPLETED)
            signal.cancel()
            if changed.is_set() and counts["total"]:
                changed.clear()
                text = say("reindex_progress", lang, done=counts["done"], total=counts["total"])
                if text != shown:
                    await status.edit_text(text)
                    shown = text
            if work.done():
                return work.result()
            await asyncio.wait({work}, timeout=PROGRESS_EVERY)

    async def remove(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = _message(update), language(update.effective_user)
        doc_id = command_argument(message).strip()
        if not doc_id:
            await message.reply_text(say("remove_usage", lang))
            return
        async with self.corpus_lock:
            article = await asyncio.to_thread(self.service.index.article, doc_id)
            if article is None or not await asyncio.to_thread(self.service.index.remove, doc_id):
                await message.reply_text(say("remove_unknown", lang, doc_id=doc_id))
                return
            lines = [say("removed", lang, doc_id=doc_id, title=article.title)]
            lines += self._remove_file(article.source_path, lang)
        await message.reply_text("\n".join(lines))

    def _remove_file(self, source_path: str | None, lang: str) -> list[str]:
        """Delete the article's file if it is in the corpus folder and holds only this article."""
        path = _inside(self.settings.corpus_dir, source_path)
        if path is None or not path.is_file():
            return []
        name = path.name
        if path.suffix.lower() == ".jsonl":
            return [say("removed_file_kept", lang, file=name)]
        path.unlink()
        return [say("removed_file", lang, file=name)]

    async def document(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = _message(update), language(update.effective_user)
        document = message.document
        assert document is not None
        name = safe_filename(document.file_name or "upload")
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            await message.reply_text(say("upload_type", lang, name=name))
            return
        if (document.file_size or 0) > MAX_UPLOAD_BYTES:
            await message.reply_text(
                say(
                    "upload_size",
                    lang,
                    name=name,
                    size=round((document.file_size or 0) / 2**20, 1),
                    limit=MAX_UPLOAD_BYTES // 2**20,
                )
            )
            return
        data = bytes(await (await document.get_file()).download_as_bytearray())
        if len(data) > MAX_UPLOAD_BYTES:  # file_size is optional in the Bot API
            await message.reply_text(
                say(
                    "upload_size",
                    lang,
                    name=name,
                    size=round(len(data) / 2**20, 1),
                    limit=MAX_UPLOAD_BYTES // 2**20,
                )
            )
            return
        async with self.corpus_lock, typing(context, message.chat.id):
            report = await asyncio.to_thread(self._ingest, name, data)
        await message.reply_text(upload_reply(name, str(self.settings.corpus_dir / name), report, lang))

    def _ingest(self, name: str, data: bytes) -> IndexReport:
        """Save ``data`` as ``corpus_dir/name`` and index it; a file that yields no article is not kept."""
        folder = self.settings.corpus_dir
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if target.resolve().parent != folder.resolve():
            raise ValueError(f"upload name must stay inside the corpus folder, got {name!r}")
        previous = target.read_bytes() if target.is_file() else None
        target.write_bytes(data)
        try:
            report = self.service.index_paths([target])
        except BaseException:
            _restore(target, previous)
            raise
        if not (report.added or report.updated or report.unchanged):
            _restore(target, previous)
        return report

    # ---------------------------------------------------------------------------------------- errors

    async def error(self, update: object, context: Context) -> None:
        """Log the failure with its traceback and tell the user briefly."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("update %s failed", update_id, exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(update.effective_chat.id, say("error", language(update.effective_user)))


# ------------------------------------------------------------------------------------------- helpers


def language(user: User | None) -> str:
    """The user's Telegram language if belegbot speaks it, else English."""
    code = (user.language_code or "") if user else ""
    return "de" if code.lower().startswith("de") else "en"


def _message(update: Update) -> Message:
    message = update.effective_message
    assert message is not None, "a message handler got an update without a message"
    return message


def command_argument(message: Message) -> str:
    """Everything after ``/command`` (or ``/command@bot``), with its own spacing and line breaks."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length :]
    return ""


def addressed_text(message: Message, username: str, bot_id: int) -> str | None:
    """The question in ``message``; in groups only when the bot is @mentioned (mention removed) or
    replied to, else None."""
    text = message.text or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{username}".lower()
    mentioned = any(value.lower() == mention for value in message.parse_entities([MessageEntity.MENTION]).values())
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == bot_id
    )
    if not (mentioned or replied):
        return None
    return re.sub(rf"(?<![\w@])@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


@contextlib.asynccontextmanager
async def typing(context: Context, chat_id: int) -> AsyncIterator[None]:
    """Show "typing …" in the chat while the block runs."""

    async def keep_typing() -> None:
        while True:
            await asyncio.sleep(TYPING_EVERY)
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    with contextlib.suppress(TelegramError):
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def remember(chat_data: dict[Any, Any] | None, answer: Answer) -> str:
    """Keep ``answer`` in the chat's small LRU for its buttons; the key goes into callback data."""
    key = secrets.token_urlsafe(6)
    if chat_data is not None:
        answers: OrderedDict[str, Answer] = chat_data.setdefault("answers", OrderedDict())
        answers[key] = answer
        while len(answers) > ANSWERS_PER_CHAT:
            answers.popitem(last=False)
    return key


def recall(chat_data: dict[Any, Any] | None, key: str) -> Answer | None:
    answers: OrderedDict[str, Answer] | None = (chat_data or {}).get("answers")
    if answers is None or key not in answers:
        return None
    answers.move_to_end(key)
    return answers[key]


def inline_results(answer: Answer) -> list[InlineQueryResultArticle]:
    """Up to ``INLINE_RESULTS`` verbatim quotes, each sent as the quote with its article line."""
    results = []
    for number, claim in enumerate(answer.claims[:INLINE_RESULTS]):
        body = render_claim(claim, answer.language)
        if len(claim.quote) > 3500:
            continue
        title = " · ".join(part for part in (claim.figure, claim.source) if part) or claim.title or claim.doc_id
        results.append(
            InlineQueryResultArticle(
                id=f"{number}-{claim.doc_id[:40]}-{claim.start}"[:64],
                title=title[:200],
                description=" ".join(claim.quote.split())[:120],
                input_message_content=InputTextMessageContent(body, parse_mode="HTML"),
            )
        )
    return results


def upload_reply(name: str, path: str, report: IndexReport, lang: str) -> str:
    """What came of an upload: the counts (and any skipped lines), or why nothing was added."""
    reasons = [error.removeprefix(f"{path}: ").removeprefix(f"{path}:") for error in report.errors]
    if report.added or report.updated or report.unchanged:
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
        lines += [f"• {html.escape(reason, quote=False)}" for reason in reasons[: views.MAX_LISTED_ERRORS]]
        return "\n".join(lines)
    if reasons:
        return say("upload_failed", lang, name=name, reason="; ".join(reasons[:3]))
    return say("upload_nothing", lang, name=name)


def safe_filename(name: str) -> str:
    """A plain file name for ``name``: no folders, no leading dots, only word characters, '.', '-'."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[^\w.-]+", "_", base).lstrip("._-")
    stem, dot, suffix = base.rpartition(".")
    if dot and len(base) > 120:
        base = f"{stem[: 119 - len(suffix)]}.{suffix}"
    return base[:120] if base and not base.startswith(".") else f"upload{Path(name).suffix[:10]}"


def _inside(folder: Path, source_path: str | None) -> Path | None:
    if not source_path:
        return None
    path = Path(source_path).resolve()
    return path if path.is_relative_to(folder.resolve()) else None


def _restore(target: Path, previous: bytes | None) -> None:
    if previous is None:
        target.unlink(missing_ok=True)
    else:
        target.write_bytes(previous)
