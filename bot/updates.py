"""Reading an update: who asks (language, admin rights), the message, its command argument or the
question addressed to the bot; and the "typing …" indicator while an answer is being worked out."""

from __future__ import annotations

import asyncio
import contextlib
import re
import unicodedata
from collections.abc import AsyncIterator

from telegram import Message, MessageEntity, Update, User
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

Context = ContextTypes.DEFAULT_TYPE
TYPING_EVERY = 4.5  # seconds; Telegram shows "typing" for about five


def language(user: User | None) -> str:
    """The user's Telegram language if belegbot speaks it, else English."""
    code = (user.language_code or "") if user else ""
    return "de" if code.lower().startswith("de") else "en"


def without_format(text: str) -> str:
    """``text`` without format characters (Unicode category Cf: zero-width spaces and joiners, bidi
    controls, soft hyphens), which are invisible but split words and confuse parsing."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def has_words(text: str) -> bool:
    """True if ``text`` has a letter or digit, i.e. something to answer."""
    return any(char.isalnum() for char in text)


def message_of(update: Update) -> Message:
    message = update.effective_message
    assert message is not None, "a message handler got an update without a message"
    return message


def is_admin(update: Update, admin_ids: frozenset[int]) -> bool:
    user = update.effective_user
    return user is not None and user.id in admin_ids


def command_argument(message: Message) -> str:
    """Everything after ``/command`` (or ``/command@bot``), with its own spacing and line breaks."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length :]
    return ""


def command_name(message: Message) -> str | None:
    """``"quote"`` for ``/quote …`` or ``/quote@bot …``; None if the message is not a command."""
    text = message.text or ""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[1 : entity.length].split("@")[0].lower()
    return None


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
