"""Build and run the Telegram application around an open :class:`~retrieval.api.Belegbot`.

``build_application`` wires python-telegram-bot to the Bot API server in ``settings.telegram_api_url``
(the official one, a self-hosted Local Bot API Server, or the tests' fake), with outgoing flood
control (``AIORateLimiter``, which waits out a 429's ``retry_after``), HTML by default, the command
list registered at start-up, the handlers of :mod:`bot.admin` and :mod:`bot.handlers`, and PTB's
``arbitrary_callback_data`` (a button carries the answer it belongs to; PTB keeps it in memory).
``run_telegram`` runs it with long polling, or as a webhook server when ``settings.webhook_url`` is
set. The token never reaches a log: a filter redacts it from every record; another keeps message texts,
user ids and names out of PTB's DEBUG records (an update is logged by its id and kind).

On SIGTERM or SIGINT ``serve`` sets ``stopping`` before PTB stops: no new updates are fetched, the
updates already fetched are handled, and a running ``/reindex`` or scheduled re-index stops after the
article it is writing (:func:`bot.admin.stop_check`), so the process exits within seconds with
everything it wrote complete.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import threading
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ContextTypes, Defaults

import prompts
from bot.admin import Admin, ShuttingDown, stop_check
from bot.handlers import Handlers
from bot.settings import Settings
from retrieval.api import Belegbot
from retrieval.errors import IndexBusy, IndexUnavailable

log = logging.getLogger(__name__)

PUBLIC_COMMANDS = ("start", "help", "quote", "sources", "stats")
ADMIN_COMMANDS = ("reindex", "remove")
RATE_LIMIT_RETRIES = 3
REDACTED = "[token]"
BUDGET_GROUP = -100  # the cost budget's handler group: before every other handler, alone in its group
KEPT_KEYBOARDS = 1024  # the latest answers' buttons PTB keeps; an older button says the answer expired

App = Application[Any, Any, Any, Any, Any, Any]


def build_application(settings: Settings, service: Belegbot, stopping: threading.Event | None = None) -> App:
    """The PTB Application for ``settings`` (token, Bot API server, admins, limits) over ``service``;
    its index runs stop between two articles once ``stopping`` is set."""
    if settings.telegram_token is None:
        raise ValueError("BELEGBOT_TELEGRAM_TOKEN is not set: get a token from @BotFather")
    token = settings.telegram_token.get_secret_value()
    protect_logs(token)
    root = settings.telegram_api_url
    app = (
        Application.builder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(True)
        .arbitrary_callback_data(KEPT_KEYBOARDS)
        .post_init(_register_commands(settings))
        .build()
    )
    public = Handlers(settings, service)
    app.add_handler(public.gate_handler(), group=BUDGET_GROUP)
    app.add_handlers(Admin(settings, service, stopping).handlers())  # first: /reindex is not an unknown command
    app.add_handlers(public.handlers())
    app.add_error_handler(public.error)
    schedule_reindex(app, settings, service, stopping)
    return app


def schedule_reindex(app: App, settings: Settings, service: Belegbot, stopping: threading.Event | None = None) -> None:
    """With ``BELEGBOT_REINDEX_INTERVAL``, sync the corpus folder (pruning) every so many seconds."""
    if settings.reindex_interval is None:
        return
    if app.job_queue is None:
        log.error(
            "BELEGBOT_REINDEX_INTERVAL is set but PTB's job queue is missing: "
            "pip install 'python-telegram-bot[job-queue]'"
        )
        return

    async def reindex(context: ContextTypes.DEFAULT_TYPE) -> None:
        await scheduled_reindex(settings, service, stopping)

    app.job_queue.run_repeating(
        reindex,
        interval=settings.reindex_interval,
        first=settings.reindex_interval,
        name="reindex",
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


async def scheduled_reindex(settings: Settings, service: Belegbot, stopping: threading.Event | None = None) -> None:
    """One scheduled, incremental index of the corpus folder, off the event loop; skipped when another
    writer (a /reindex, an upload, a `belegbot index`) holds the index lock; stopped between two
    articles when the bot shuts down."""
    try:
        report = await asyncio.to_thread(
            service.index_paths,
            [settings.corpus_dir],
            prune=True,
            prune_others=False,
            progress=lambda _: stop_check(stopping),
        )
    except IndexBusy as busy:
        log.warning("scheduled re-index skipped this round: %s", busy)
        return
    except ShuttingDown:
        log.warning("scheduled re-index stopped: the bot is shutting down")
        return
    except IndexUnavailable as error:  # a full disk, a read-only folder: the index serves what it had
        log.error("scheduled re-index failed: %s", error)
        return
    changed = report.added or report.updated or report.removed
    log.log(
        logging.WARNING if changed else logging.INFO,
        "scheduled re-index of %s: %d added, %d updated, %d removed, %d unchanged, %d skipped in %.1f s",
        settings.corpus_dir,
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        len(report.errors),
        report.seconds,
    )


def run_telegram(settings: Settings, service: Belegbot) -> None:
    """Run the bot until Ctrl-C / SIGTERM: long polling, or a webhook when ``webhook_url`` is set."""
    stopping = threading.Event()
    serve(build_application(settings, service, stopping), settings, stopping)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGABRT)


def serve(app: App, settings: Settings, stopping: threading.Event | None = None) -> None:
    """Run ``app`` (blocking) the way ``settings`` say; stop signals only where Python allows them
    (with ``stopping``, a signal sets it first, so index runs stop at the next article)."""
    main = threading.current_thread() is threading.main_thread()
    stop_signals: tuple[signal.Signals, ...] | None = STOP_SIGNALS if main else None
    if main and stopping is not None:
        _stop_on_signals(app, stopping)
        stop_signals = None  # ours replace PTB's
    if settings.webhook_url:
        log.warning("starting the webhook server on %s:%s", settings.webhook_listen, settings.webhook_port)
        app.run_webhook(**webhook_options(settings), stop_signals=stop_signals)
    else:
        log.warning("starting long polling against %s", settings.telegram_api_url)
        app.run_polling(stop_signals=stop_signals)


def _stop_on_signals(app: App, stopping: threading.Event) -> None:
    """After ``app``'s own post_init, make each stop signal set ``stopping`` and end ``run_polling`` /
    ``run_webhook``, which then stop fetching, handle what was fetched, and shut down."""
    initialised = app.post_init

    def stop(number: int) -> None:
        log.warning(
            "%s received: stopping (running index work ends after its current article)", signal.Signals(number).name
        )
        stopping.set()
        app.stop_running()

    async def post_init(application: App) -> None:
        if initialised is not None:
            await initialised(application)
        loop = asyncio.get_running_loop()
        for number in STOP_SIGNALS:
            loop.add_signal_handler(number, stop, number)

    app.post_init = post_init


def webhook_options(settings: Settings) -> dict[str, Any]:
    """``run_webhook``/``start_webhook`` arguments: listen address, local path, public URL, secret."""
    if not settings.webhook_url:
        raise ValueError("BELEGBOT_WEBHOOK_URL is not set")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.strip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": secret,
    }


def _register_commands(settings: Settings) -> Any:
    async def post_init(app: App) -> None:
        """setMyCommands in English (default) and German; admins also see the admin commands."""
        for lang in prompts.LANGUAGES:
            code = None if lang == "en" else lang
            await app.bot.set_my_commands(commands(PUBLIC_COMMANDS, lang), language_code=code)
        for admin in sorted(settings.admin_ids):
            for lang in prompts.LANGUAGES:
                code = None if lang == "en" else lang
                try:
                    await app.bot.set_my_commands(
                        commands(PUBLIC_COMMANDS + ADMIN_COMMANDS, lang),
                        scope=BotCommandScopeChat(admin),
                        language_code=code,
                    )
                except TelegramError as error:  # e.g. the admin has not talked to the bot yet
                    log.warning("could not register the admin commands for %s: %s", admin, error)

    return post_init


def commands(names: tuple[str, ...], lang: str) -> list[BotCommand]:
    return [BotCommand(name, prompts.text(f"bot.cmd_{name}", lang)) for name in names]


# ------------------------------------------------------------------------------------------ logging


class RedactToken(logging.Filter):
    """Replace the bot token in a record's message and traceback before any handler formats it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call; logging reports it when formatting
            return True
        if self.token in message:
            record.msg, record.args = message.replace(self.token, REDACTED), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, REDACTED)
        return True


class QuietUpdates(logging.Filter):
    """PTB logs whole updates and request payloads at DEBUG (message texts, user ids, names): keep what
    says what happened (an endpoint, an update's id and kind, the names of the parameters), drop the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        quiet = getattr(record, "quiet", False)  # each handler runs the filter: summarise once
        if record.levelno <= logging.DEBUG and record.name.startswith("telegram") and record.args and not quiet:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_summary(value) for value in args)
            record.quiet = True
        return True


def _summary(value: object) -> object:
    """An update as ``<id> (<kind>)``, a payload as its keys, a long text as its length; names and numbers
    as they are."""
    if isinstance(value, Update):
        return _update_summary(value.update_id, [k for k, v in value.to_dict().items() if v and k != "update_id"])
    if isinstance(value, dict):
        if "update_id" in value:
            return _update_summary(value["update_id"], [k for k in value if k != "update_id"])
        return "{" + ", ".join(map(str, value)) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(_summary(item)) for item in value) + "]"
    if isinstance(value, str) and not value.isidentifier():
        return f"<{len(value)} characters>"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value if value is None or isinstance(value, bool | int | float | str | type) else type(value).__name__


def _update_summary(update_id: object, kinds: list[str]) -> str:
    return f"{update_id} ({kinds[0] if kinds else 'empty'})"


def protect_logs(token: str) -> None:
    """Redact ``token`` and the content of updates (:class:`QuietUpdates`) in every handler of the root
    logger (and in records logged on it); quiet httpx, which logs each request URL, token included, at INFO."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    root = logging.getLogger()
    for target in (root, *root.handlers):
        if not any(isinstance(f, QuietUpdates) for f in target.filters):
            target.addFilter(QuietUpdates())
        if not any(isinstance(f, RedactToken) and f.token == token for f in target.filters):
            target.addFilter(RedactToken(token))
