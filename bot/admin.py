"""The admins' handlers: ``/reindex``, ``/remove <id>`` and document uploads into the corpus folder.

Each checks ``settings.admin_ids`` before anything else runs, and holds one lock while it changes the
corpus, so two admin actions never interleave. The work itself (indexing, saving and deleting files)
runs off the event loop, behind :class:`retrieval.api.Belegbot`. When the bot shuts down (``stopping``
is set), a running ``/reindex`` stops after the article it is writing, so everything written is whole,
and a running upload is cancelled: its file is not kept and its articles are taken out again.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from pathlib import Path
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot import views
from bot.render import clip
from bot.settings import Settings
from bot.updates import Context, command_argument, is_admin, language, message_of, typing
from bot.views import say
from retrieval.api import Belegbot
from retrieval.errors import IndexBusy, IndexUnavailable, UploadRefused, describe
from retrieval.models import IndexReport

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_SUFFIXES = (".md", ".txt", ".html", ".jsonl")
PROGRESS_EVERY = 1.0  # seconds between edits of the /reindex status message


class ShuttingDown(Exception):
    """Raised between two articles of an index run when the bot is stopping."""


def stop_check(stopping: threading.Event | None) -> None:
    """Raise :class:`ShuttingDown` once ``stopping`` is set (called between articles, in the worker)."""
    if stopping is not None and stopping.is_set():
        raise ShuttingDown


class Admin:
    """The admin handlers around one open :class:`Belegbot` and its corpus folder."""

    def __init__(self, settings: Settings, service: Belegbot, stopping: threading.Event | None = None) -> None:
        self.settings = settings
        self.service = service
        self.stopping = stopping
        self.corpus_lock = asyncio.Lock()
        self.progress_counts = (0, 0)  # (done, total) of the running /reindex

    def handlers(self) -> list[BaseHandler[Update, Any, Any]]:
        """Register these before the public handlers: they must see ``/reindex`` and documents first."""
        return [
            CommandHandler("reindex", self.reindex, filters=filters.UpdateType.MESSAGE),
            CommandHandler("remove", self.remove, filters=filters.UpdateType.MESSAGE),
            MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, self.document),
        ]

    async def refused(self, update: Update) -> bool:
        """True (after a polite refusal) unless the sender is an admin."""
        if is_admin(update, self.settings.admin_ids):
            return False
        log.info("refused an admin action for user %s", update.effective_user.id if update.effective_user else None)
        await message_of(update).reply_text(say("not_admin", language(update.effective_user)))
        return True

    # -------------------------------------------------------------------------------------- reindex

    async def reindex(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = message_of(update), language(update.effective_user)
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
            except ShuttingDown:
                done, total = self.progress_counts
                await status.edit_text(say("reindex_stopped", lang, done=done, total=total))
                return
            except IndexUnavailable as error:  # a full disk, a read-only folder: one line, no traceback
                log.error("reindex failed: %s", error)
                await status.edit_text(say("reindex_failed", lang))
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
        self.progress_counts = (0, 0)

        def on_total(total: int) -> None:
            counts["total"] = total
            loop.call_soon_threadsafe(changed.set)

        def progress(step: int) -> None:
            counts["done"] += step
            self.progress_counts = (counts["done"], counts["total"])
            loop.call_soon_threadsafe(changed.set)
            stop_check(self.stopping)  # after a whole article: the index stays consistent

        work = asyncio.ensure_future(
            asyncio.to_thread(
                self.service.index_paths,
                [self.settings.corpus_dir],
                prune=True,
                prune_others=False,
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

    # --------------------------------------------------------------------------------------- remove

    async def remove(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = message_of(update), language(update.effective_user)
        doc_id = command_argument(message).strip()
        if not doc_id:
            await message.reply_text(say("remove_usage", lang))
            return
        async with self.corpus_lock:
            removed = await asyncio.to_thread(self.service.remove, doc_id, self.settings.corpus_dir)
        if removed is None:
            await message.reply_text(say("remove_unknown", lang, doc_id=clip(doc_id, views.ID_CHARS)))
            return
        await message.reply_text(views.removal(removed, lang))

    # -------------------------------------------------------------------------------------- uploads

    async def document(self, update: Update, context: Context) -> None:
        if await self.refused(update):
            return
        message, lang = message_of(update), language(update.effective_user)
        document = message.document
        assert document is not None
        name = safe_filename(document.file_name or "upload")
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            await message.reply_text(say("upload_type", lang, name=name))
            return
        if (document.file_size or 0) > MAX_UPLOAD_BYTES:
            await message.reply_text(too_large(name, document.file_size or 0, lang))
            return
        try:
            data = bytes(await (await document.get_file()).download_as_bytearray())
        except BadRequest as error:  # e.g. "file is too big" (over 20 MB) when file_size was not given
            log.info("could not download upload %s: %s", name, error)
            await message.reply_text(say("upload_unreadable", lang, name=name, limit=MAX_UPLOAD_BYTES // 2**20))
            return
        if len(data) > MAX_UPLOAD_BYTES:  # file_size is optional in the Bot API
            await message.reply_text(too_large(name, len(data), lang))
            return
        folder = self.settings.corpus_dir
        try:
            async with self.corpus_lock, typing(context, message.chat.id):
                report = await asyncio.to_thread(
                    self.service.upload, folder, name, data, lambda _: stop_check(self.stopping)
                )
        except ShuttingDown:  # cancelled between two articles: the file was not kept, nothing half indexed
            await message.reply_text(say("upload_stopped", lang, name=name))
            return
        except UploadRefused as refused:
            await message.reply_text(views.upload_refused(name, refused.reason, refused.values, lang))
            return
        except IndexBusy as busy:  # `belegbot index` or a scheduled refresh is writing: the file was put back
            await message.reply_text(say("upload_busy", lang, name=name, holder=describe(busy.holder)))
            return
        await message.reply_text(views.upload_reply(name, str(folder / name), report, lang))


def too_large(name: str, size: int, lang: str) -> str:
    return say("upload_size", lang, name=name, size=round(size / 2**20, 1), limit=MAX_UPLOAD_BYTES // 2**20)


def safe_filename(name: str) -> str:
    """A plain file name for ``name``: no folders, no leading dots, only word characters, '.', '-'."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[^\w.-]+", "_", base).lstrip("._-")
    stem, dot, suffix = base.rpartition(".")
    if dot and len(base) > 120:
        base = f"{stem[: 119 - len(suffix)]}.{suffix}"
    return base[:120] if base and not base.startswith(".") else f"upload{Path(name).suffix[:10]}"
