"""The bot's public handlers: text in -> ``Belegbot.answer`` off the event loop -> render -> reply.

Every handler is thin: it reads the update (:mod:`bot.updates`), asks the service in a worker thread
(so one slow question never blocks the others) and sends what :mod:`bot.views` / :mod:`bot.render`
made of the result. Words come from ``prompts/<lang>/bot.toml``. The admin commands are in
:mod:`bot.admin`.

An answer has a time budget (``settings.answer_seconds``): past it the user gets a polite note instead
of waiting on. Before any handler, ``gate`` (in a handler group of its own) charges every update to its
sender's cost budget (:mod:`bot.ratelimit`) and stops those the budget cannot pay for. Format characters
(Unicode category Cf: zero-width and bidi controls) are removed from a question before anything reads it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
import weakref
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from telegram import (
    InlineQueryResultArticle,
    InputTextMessageContent,
    MaybeInaccessibleMessage,
    Update,
)
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    InvalidCallbackData,
    MessageHandler,
    TypeHandler,
    filters,
)

import prompts
from bot import ratelimit, views
from bot.ratelimit import CostBudget, Verdict
from bot.render import render_claim
from bot.settings import Settings
from bot.updates import (
    Context,
    addressed_text,
    command_argument,
    command_name,
    has_words,
    is_admin,
    language,
    message_of,
    typing,
    without_format,
)
from bot.views import ShowContext, ShowMore, ShowSources, say
from retrieval.api import Belegbot, unquoted
from retrieval.models import Answer

log = logging.getLogger(__name__)

Button = TypeVar("Button", ShowMore, ShowContext, ShowSources)

MAX_QUESTION_CHARS = 2000
INLINE_RESULTS = 10
MEDIA = (
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


class Handlers:
    """The public handlers around one open :class:`Belegbot`."""

    def __init__(self, settings: Settings, service: Belegbot) -> None:
        self.settings = settings
        self.service = service
        self.started = time.monotonic()
        self.questions = 0
        self.budget = CostBudget(settings.rate_limit_per_minute)
        # One running answer per user; a lock is forgotten as soon as nobody holds or awaits it.
        self.turns: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def gate_handler(self) -> BaseHandler[Update, Any, Any]:
        """Register in a group of its own before every other handler (admin ones included): in a shared
        group it would be the only handler to run, as it matches every update."""
        return TypeHandler(Update, self.gate)

    def handlers(self) -> list[BaseHandler[Update, Any, Any]]:
        """Commands first, then the catch-alls (unknown commands, questions, media), buttons, inline."""
        private = filters.ChatType.PRIVATE
        messages = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
        commands = [
            CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE)
            for name, callback in (
                ("start", self.start),
                ("help", self.help),
                ("quote", self.quote),
                ("sources", self.sources),
                ("stats", self.stats),
            )
        ]
        return [
            *commands,
            MessageHandler(filters.COMMAND & private & filters.UpdateType.MESSAGE, self.unknown),
            MessageHandler(filters.TEXT & ~filters.COMMAND & messages, self.question),
            MessageHandler(MEDIA & private, self.not_text),
            CallbackQueryHandler(self.show_more, pattern=ShowMore),
            CallbackQueryHandler(self.show_context, pattern=ShowContext),
            CallbackQueryHandler(self.show_sources, pattern=ShowSources),
            CallbackQueryHandler(self.expired, pattern=InvalidCallbackData),
            InlineQueryHandler(self.inline),
        ]

    # ------------------------------------------------------------------------------------ commands

    async def start(self, update: Update, context: Context) -> None:
        message, lang = message_of(update), language(update.effective_user)
        name = update.effective_user.first_name if update.effective_user else ""
        await message.reply_text(say("start", lang, name=name))

    async def help(self, update: Update, context: Context) -> None:
        message, lang = message_of(update), language(update.effective_user)
        text = say("help", lang, bot=context.bot.username)
        if is_admin(update, self.settings.admin_ids):
            text += "\n\n" + say("help_admin", lang)
        await message.reply_text(text)

    async def quote(self, update: Update, context: Context) -> None:
        message, lang = message_of(update), language(update.effective_user)
        claimed = unquoted(without_format(command_argument(message)))
        if not has_words(claimed):  # nothing, or only quote marks and punctuation
            await message.reply_text(say("quote_usage", lang))
            return
        await self.ask(update, context, prompts.text("bot.quote_question", lang, quote=claimed))

    async def sources(self, update: Update, context: Context) -> None:
        listing = await asyncio.to_thread(self.service.sources)
        text, keyboard = views.sources_page(listing, 0, language(update.effective_user))
        await message_of(update).reply_text(text, reply_markup=keyboard)

    async def stats(self, update: Update, context: Context) -> None:
        index = await asyncio.to_thread(self.service.stats)
        uptime = time.monotonic() - self.started
        text = views.stats(index, self.questions, uptime, language(update.effective_user))
        await message_of(update).reply_text(text)

    async def unknown(self, update: Update, context: Context) -> None:
        await message_of(update).reply_text(say("unknown_command", language(update.effective_user)))

    async def not_text(self, update: Update, context: Context) -> None:
        await message_of(update).reply_text(say("text_only", language(update.effective_user)))

    # ------------------------------------------------------------------------------------ questions

    async def question(self, update: Update, context: Context) -> None:
        text = addressed_text(message_of(update), context.bot.username, context.bot.id)
        if text is not None:
            await self.ask(update, context, without_format(text))

    async def ask(self, update: Update, context: Context, text: str) -> None:
        """Answer ``text`` in the chat of ``update``: checks, the answer off the loop, the reply."""
        message, lang = message_of(update), language(update.effective_user)
        if not has_words(text):
            await message.reply_text(say("empty", lang))
            return
        note = say("too_long", lang, limit=MAX_QUESTION_CHARS) if len(text) > MAX_QUESTION_CHARS else ""
        async with self.turn(update):
            async with typing(context, message.chat.id):
                answer = await self.answered(update, text[:MAX_QUESTION_CHARS], lang)
            if answer is None:
                await message.reply_text(say("too_slow", lang))
                return
            self.questions += 1
            await self.send_page(context, message.chat.id, answer, 0, reply_to=message.message_id, note=note)

    async def answered(self, update: Update, text: str, lang: str) -> Answer | None:
        """The answer to ``text``, worked out in a thread; None when it takes longer than the settings'
        ``answer_seconds`` (the thread cannot be stopped: it ends on its own, and its answer is dropped)."""
        work = asyncio.ensure_future(asyncio.to_thread(self.service.answer, text, lang))
        try:
            return await asyncio.wait_for(asyncio.shield(work), self.settings.answer_seconds)
        except TimeoutError:
            log.warning("update %s: answer cut off after %g s", update.update_id, self.settings.answer_seconds)
            work.add_done_callback(_dropped)
            return None

    @contextlib.asynccontextmanager
    async def turn(self, update: Update) -> AsyncIterator[None]:
        """One answer at a time per user, from working it out to the last message sent: a user's burst
        queues behind itself instead of taking every worker from the others, and its replies go out one
        after another (so Telegram's flood control is waited out, not tripped by all of them at once)."""
        sender = update.effective_user or update.effective_chat
        key = sender.id if sender else 0
        lock = self.turns.get(key)
        if lock is None:
            lock = self.turns[key] = asyncio.Lock()
        async with lock:
            yield

    async def send_page(
        self,
        context: Context,
        chat_id: int,
        answer: Answer,
        page: int,
        reply_to: int | None = None,
        note: str = "",
    ) -> None:
        """One page of an answer as one or more messages; the buttons go on the last one."""
        per_page = self.settings.claims_per_page
        prefix = f"<i>{note}</i>\n\n" if note else ""
        chunks = views.answer_page(answer, answer.language, page, per_page, limit=4096 - len(prefix))
        keyboard = views.answer_keyboard(answer, answer.language, page, per_page)
        for number, chunk in enumerate(chunks):
            last = number == len(chunks) - 1
            await context.bot.send_message(
                chat_id,
                (prefix + chunk) if number == 0 else chunk,
                reply_markup=keyboard if last else None,
                reply_to_message_id=reply_to if number == 0 else None,
                allow_sending_without_reply=True,
            )

    # -------------------------------------------------------------------------------------- buttons

    async def show_more(self, update: Update, context: Context) -> None:
        button, message = await _pressed(update, ShowMore)
        if message is None:
            return
        await self.send_page(context, message.chat.id, button.answer, button.page, reply_to=message.message_id)

    async def show_context(self, update: Update, context: Context) -> None:
        button, message = await _pressed(update, ShowContext)
        answer = button.answer
        if message is None or button.number >= len(answer.claims):
            return
        claim = answer.claims[button.number]
        found = await asyncio.to_thread(self.service.context, claim.doc_id, claim.start, claim.end)
        if found is None or found.quote != claim.quote:
            text = say("context_missing", answer.language)
        else:
            text = views.quote_context(found, button.number + 1, answer.language)
        await context.bot.send_message(
            message.chat.id, text, reply_to_message_id=message.message_id, allow_sending_without_reply=True
        )

    async def show_sources(self, update: Update, context: Context) -> None:
        button, _ = await _pressed(update, ShowSources)
        listing = await asyncio.to_thread(self.service.sources)
        text, keyboard = views.sources_page(listing, button.page, language(update.effective_user))
        assert update.callback_query is not None
        await update.callback_query.edit_message_text(text, reply_markup=keyboard)

    async def expired(self, update: Update, context: Context) -> None:
        """A button whose data PTB no longer keeps (an old answer, a restart since, or forged data): say so.
        A query Telegram does not know (a forged update) cannot be answered: nothing else is sent."""
        query = update.callback_query
        assert query is not None
        with contextlib.suppress(BadRequest):
            await query.answer(prompts.text("bot.expired", language(query.from_user)), show_alert=True)

    # --------------------------------------------------------------------------------------- inline

    async def inline(self, update: Update, context: Context) -> None:
        query = update.inline_query
        assert query is not None
        text = without_format(query.query).strip()
        if not has_words(text):
            await query.answer([], cache_time=300)
            return
        async with self.turn(update):
            answer = await self.answered(update, text[:MAX_QUESTION_CHARS], language(query.from_user))
            # Personal: the wording around the quotes follows each user's language.
            results = inline_results(answer) if answer is not None else []
            await query.answer(results, cache_time=60, is_personal=True)

    # ------------------------------------------------------------------------------------ the budget

    async def gate(self, update: Update, context: Context) -> None:
        """Charge ``update`` to its sender; over budget it goes no further (one "please wait" a window)."""
        units = self.price(update, context)
        if units is None:
            return
        sender = update.effective_user or update.effective_chat
        decision = self.budget.charge(sender.id if sender else 0, units)
        if decision.verdict is Verdict.GO:
            return
        log.info("update %s over its sender's budget: %s", update.update_id, decision.verdict.value)
        if decision.verdict is Verdict.NOTE:
            note = say("rate_limited", language(update.effective_user), seconds=max(1, math.ceil(decision.wait)))
            with contextlib.suppress(TelegramError):
                if update.callback_query is not None:
                    await update.callback_query.answer(note)
                elif update.effective_message is not None and update.inline_query is None:
                    await update.effective_message.reply_text(note)
        raise ApplicationHandlerStop

    def price(self, update: Update, context: Context) -> int | None:
        """What handling ``update`` costs (:mod:`bot.ratelimit`); None for what the bot ignores anyway."""
        if update.inline_query is not None:
            text = without_format(update.inline_query.query)[:MAX_QUESTION_CHARS]
            return ratelimit.question_cost(text, ratelimit.INLINE) if has_words(text) else ratelimit.CHEAP
        if update.callback_query is not None:
            return ratelimit.CONTEXT if isinstance(update.callback_query.data, ShowContext) else ratelimit.CHEAP
        message = update.effective_message
        if message is None or update.effective_user is None:
            return None
        if message.text is None:  # media, documents: a reply in private chats, nothing in groups
            return ratelimit.CHEAP if message.chat.type == "private" else None
        name = command_name(message)
        if name == "quote":
            return ratelimit.cost(ratelimit.QUOTE, min(len(command_argument(message)), MAX_QUESTION_CHARS))
        if name is not None:
            return ratelimit.CHEAP
        addressed = addressed_text(message, context.bot.username, context.bot.id)
        if addressed is None:
            return None
        question = without_format(addressed)
        if not has_words(question):
            return ratelimit.CHEAP
        return ratelimit.question_cost(question[:MAX_QUESTION_CHARS])

    # ---------------------------------------------------------------------------------------- errors

    async def error(self, update: object, context: Context) -> None:
        """Log the failure with its traceback and tell the user briefly; flood control (a 429 that PTB's
        retries did not get past) and a user who blocked the bot are logged in one line, never answered."""
        update_id = update.update_id if isinstance(update, Update) else None
        if isinstance(context.error, RetryAfter | Forbidden):
            log.warning("update %s not answered: %s", update_id, context.error)
            return
        log.error("update %s failed", update_id, exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(update.effective_chat.id, say("error", language(update.effective_user)))


def _dropped(work: asyncio.Future[Answer]) -> None:
    """Collect a cut-off answer's outcome, so a failure in it is logged once and not "never retrieved"."""
    if not work.cancelled() and (error := work.exception()) is not None:
        log.warning("a cut-off answer failed afterwards: %s", error)


async def _pressed(update: Update, kind: type[Button]) -> tuple[Button, MaybeInaccessibleMessage | None]:
    """The pressed button's data (PTB routed the press here by its type) and the message the button sits
    on (None for inline messages); the press is answered at once, so the button stops spinning."""
    query = update.callback_query
    assert query is not None and isinstance(query.data, kind)
    await query.answer()
    return query.data, query.message


def inline_results(answer: Answer) -> list[InlineQueryResultArticle]:
    """Up to ``INLINE_RESULTS`` verbatim quotes, each sent as the quote with its article line."""
    results = []
    for number, claim in enumerate(answer.claims[:INLINE_RESULTS]):
        body = render_claim(claim, answer.language, answer)
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
