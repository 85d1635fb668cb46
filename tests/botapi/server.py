"""A strict fake Telegram Bot API server on 127.0.0.1, for driving the real bot over real HTTP.

The bot runs unmodified; python-telegram-bot only gets another ``base_url``::

    async with FakeBotApi() as api:
        app = api.application_builder().build()      # token, base_url and base_file_url set
        app.add_handler(...)
        async with polling(app):                     # initialize, start, start_polling ... stop
            alice = api.user("Alice")
            api.send_text(alice, "hello")
            [reply] = await api.wait_for_messages(alice, 1)
            assert reply.text == "hello"

Three parts: :class:`BotApiState` holds users, chats, messages, updates, files and the request log;
:class:`BotApiHttp` routes HTTP requests to one validating handler per Bot API method and delivers
updates to a webhook; :class:`FakeBotApi` starts and stops the server and is the test-side API that
acts as users (``send_text``, ``press_button``, ...) and reads the bot's replies (``wait_for_messages``,
``calls``). HTML validation lives in :mod:`botapi.html`.

It answers like Telegram: ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": 400,
"description": "Bad Request: ..."}`` with the same HTTP status, ``parameters.retry_after`` on 429,
404 "Not Found" for unknown methods, 401 "Unauthorized" for a wrong token, dates in seconds.
From a synchronous test use ``with FakeBotApi.threaded() as api:``; the acting methods are thread-safe
and ``wait_for_messages_sync`` blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from types import EllipsisType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from .html import MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH, HtmlError, parse_html, utf16_length

if TYPE_CHECKING:
    from telegram.ext import Application, ApplicationBuilder

T = TypeVar("T")
JSON = dict[str, Any]

DEFAULT_TOKEN = "123456789:AAFakeTokenForBelegbotTests_0123456"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Update types delivered when allowed_updates is empty or was never set (Bot API getUpdates docs).
_NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "results",
        "commands",
        "scope",
        "entities",
        "caption_entities",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "button",
    }
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_TOKEN_SHAPE = re.compile(r"\d+:[\w-]+")
_USER_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_USER_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}")
_USER_URL = re.compile(r"https?://[^\s<>\"]+")
_MAX_FILE_DOWNLOAD = 20 * 1024 * 1024
_TRIMMED = " \t\r\n"


# --------------------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class User:
    """A Telegram user (or the bot itself)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False

    def to_api(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Chat:
    """A chat: ``private`` (id == the user's id), ``group`` or ``supergroup`` (negative ids)."""

    id: int
    type: str = "private"
    title: str | None = None
    username: str | None = None
    first_name: str | None = None

    def to_api(self) -> JSON:
        data: JSON = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass
class FloodControl:
    """Per-chat flood limit as a token bucket: ``burst`` messages at once, then ``rate`` per second.

    Telegram allows "about one message per second" to one chat with short bursts; a send beyond that
    gets ``429 Too Many Requests: retry after N`` with ``parameters.retry_after = N`` (whole seconds).
    """

    rate: float = 1.0
    burst: int = 3
    _buckets: dict[int, tuple[float, float]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst < 1:
            raise ValueError(f"rate must be > 0 and burst >= 1, got rate={self.rate} burst={self.burst}")

    def take(self, chat_id: int, now: float) -> int | None:
        """Spend one message for ``chat_id``; return ``retry_after`` seconds if the chat is flooded."""
        tokens, since = self._buckets.get(chat_id, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - since) * self.rate)
        if tokens < 1.0:
            self._buckets[chat_id] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))
        self._buckets[chat_id] = (tokens - 1.0, now)
        return None


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made: method, decoded parameters, HTTP status and the result or error."""

    method: str
    params: JSON
    status: int
    result: Any = None
    description: str | None = None
    at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class SentMessage:
    """A message the bot sent, as it stands now (edits applied).

    ``text`` is what Telegram shows (tags stripped, entities decoded), ``html`` what the bot sent,
    ``entities`` the parsed ``MessageEntity`` dicts (UTF-16 offsets), ``raw`` the Message object.
    """

    chat_id: int
    message_id: int
    method: str
    text: str
    html: str | None
    parse_mode: str | None
    entities: list[JSON]
    reply_markup: JSON | None
    raw: JSON
    reply_to_message_id: int | None = None
    document: JSON | None = None
    history: list[str] = field(default_factory=list)
    deleted: bool = False

    @property
    def buttons(self) -> list[JSON]:
        """The inline keyboard's buttons, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, text: str) -> JSON:
        """The inline button labelled ``text``."""
        for candidate in self.buttons:
            if candidate.get("text") == text:
                return candidate
        raise AssertionError(f"no button {text!r} in {[b.get('text') for b in self.buttons]}")


@dataclass(frozen=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    mime_type: str | None = None
    file_name: str | None = None

    def to_api(self) -> JSON:
        return {"file_id": self.file_id, "file_unique_id": self.file_unique_id, "file_size": len(self.data)}


@dataclass
class Query:
    """An inline or callback query the test sent, and the bot's answer (the call's params) once given."""

    id: str
    kind: str
    update: JSON
    answer: JSON | None = None


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes
    content_type: str


class ApiError(Exception):
    """A Bot API error reply: ``error_code`` is also the HTTP status."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


# ------------------------------------------------------------------------------------------- state


class BotApiState:
    """Everything the fake Telegram knows. Only touched from the server's event loop."""

    def __init__(self, token: str, bot: User) -> None:
        self.token = token
        self.bot = bot
        self.users: dict[int, User] = {bot.id: bot}
        self.chats: dict[int, Chat] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.sent: dict[int, list[SentMessage]] = {}
        self.updates: list[JSON] = []
        self.files: dict[str, StoredFile] = {}
        self.queries: dict[str, Query] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.calls: list[ApiCall] = []
        self.downloads: list[str] = []
        self.blocked: set[int] = set()
        self.failures: dict[str, list[ApiError]] = {}
        self.allowed_updates: list[str] = []
        self.webhook: JSON | None = None
        self.webhook_error: tuple[int, str] | None = None
        self.flood: FloodControl | None = FloodControl()
        self.privacy_mode = False
        self.poll_generation = 0
        self.parked = 0  # long polls waiting for an update right now
        self.closing = False
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(100_000_001)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._changed = asyncio.Event()

    # --- change notification

    def touch(self) -> None:
        """Wake everyone waiting for a change (long polls, webhook delivery, test waits)."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_change(self, seconds: float) -> None:
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), max(seconds, 0.0))

    # --- ids

    def next_id(self) -> int:
        return next(self._ids)

    def next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    # --- updates

    def enqueue(self, body: JSON) -> JSON:
        update = {"update_id": next(self._update_ids), **body}
        self.updates.append(update)
        self.touch()
        return update

    def confirm(self, offset: int) -> None:
        if offset < 0:
            self.updates = self.updates[offset:]
        else:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]

    def pending(self, allowed: list[str], limit: int = 100) -> list[JSON]:
        def wanted(update: JSON) -> bool:
            kind = next(key for key in update if key != "update_id")
            return kind in allowed if allowed else kind not in _NOT_BY_DEFAULT

        return [u for u in self.updates if wanted(u)][:limit]

    # --- chats and messages

    def chat(self, chat_id: int | str) -> Chat:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.username and chat.username.lower() == chat_id[1:].lower():
                    return chat
            raise bad_request("chat not found")
        try:
            chat = self.chats[int(chat_id)]
        except (KeyError, ValueError):
            raise bad_request("chat not found") from None
        if chat.type == "private" and chat.id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def new_message(self, chat: Chat, sender: User, **fields: Any) -> JSON:
        message: JSON = {
            "message_id": self.next_message_id(chat.id),
            "from": sender.to_api(),
            "chat": chat.to_api(),
            "date": int(time.time()),
        }
        message.update({key: value for key, value in fields.items() if value is not None})
        self.messages[(chat.id, message["message_id"])] = message
        return message

    def store_file(self, data: bytes, folder: str, suffix: str, mime: str | None, name: str | None) -> StoredFile:
        n = self.next_id()
        stored = StoredFile(
            file_id=f"BQACAgIAAxkBAAI{n:06d}fake{len(data):x}",
            file_unique_id=f"AgAD{n:06d}",
            file_path=f"{folder}/file_{n}{suffix}",
            data=data,
            mime_type=mime,
            file_name=name,
        )
        self.files[stored.file_id] = stored
        return stored


# ---------------------------------------------------------------------------------------- HTTP side


class Params:
    """A request's parameters from the query string and a JSON, urlencoded or multipart body."""

    def __init__(self, values: JSON, uploads: dict[str, Upload]) -> None:
        self.values = values
        self.uploads = uploads
        for name in _JSON_PARAMS & values.keys():
            if isinstance(values[name], str):
                with contextlib.suppress(ValueError):
                    values[name] = json.loads(values[name])

    def logged(self) -> JSON:
        logged = dict(self.values)
        for name, upload in self.uploads.items():
            logged[name] = {
                "filename": upload.filename,
                "size": len(upload.data),
                "mime": upload.content_type,
            }
        return logged

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        return None if value is None else str(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise bad_request(f'parameter "{name}" must be an integer')
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f'parameter "{name}" must be an integer, got {value!r}') from None

    def required_int(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise bad_request(f"{name} is empty" if name.endswith("_id") else f'parameter "{name}" is required')
        return value

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        return value is True or (isinstance(value, str) and value.lower() in {"true", "1"})

    def object(self, name: str, error: str) -> Any:
        value = self.values.get(name)
        if isinstance(value, str):
            raise bad_request(error)
        return value

    def file(self, name: str) -> Upload | str | None:
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = value.removeprefix("attach://")
            if value not in self.uploads:
                raise bad_request(f"file {value!r} must be uploaded as a multipart part")
            return self.uploads[value]
        if name in self.uploads:
            return self.uploads[name]
        return None if value is None else str(value)


@dataclass(frozen=True)
class _Described:
    result: Any
    description: str


Handler = Callable[[Params], Any]


class BotApiHttp:
    """Routes ``/bot<token>/<method>`` and ``/file/bot<token>/<path>``; one validating handler a method."""

    def __init__(self, state: BotApiState) -> None:
        self.state = state
        self.session: aiohttp.ClientSession | None = None
        self.webhook_task: asyncio.Task[None] | None = None
        handlers: dict[str, Handler] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "sendDocument": self.send_document,
            "sendChatAction": self.send_chat_action,
            "answerCallbackQuery": self.answer_callback_query,
            "answerInlineQuery": self.answer_inline_query,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setMyDescription": self.set_my_description,
            "getMyDescription": self.get_my_description,
            "setMyShortDescription": self.set_my_short_description,
            "getMyShortDescription": self.get_my_short_description,
            "getFile": self.get_file,
        }
        # Telegram's method names are case-insensitive.
        self.handlers = {name.lower(): (name, handler) for name, handler in handlers.items()}

    def app(self) -> web.Application:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self.handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self.handle_file)
        return app

    # --- plumbing

    async def handle_api(self, request: web.Request) -> web.Response:
        state = self.state
        method = request.match_info["method"]
        known = self.handlers.get(method.lower())
        name = known[0] if known else method
        params = Params({}, {})
        try:
            self.check_token(request.match_info["token"])
            params = await self.read_params(request)
            if known is None:
                raise ApiError(404, "Not Found")
            if state.failures.get(name):
                raise state.failures[name].pop(0)
            result = known[1](params)
            if isinstance(result, Awaitable):
                result = await result
        except ApiError as error:
            body, status = error.body(), error.error_code
            state.calls.append(ApiCall(name, params.logged(), status, None, error.description, time.time()))
        else:
            body, status = {"ok": True, "result": result}, 200
            if isinstance(result, _Described):
                body = {"ok": True, "result": result.result, "description": result.description}
                result = result.result
            state.calls.append(ApiCall(name, params.logged(), status, result, None, time.time()))
        state.touch()
        return web.json_response(body, status=status)

    def check_token(self, token: str) -> None:
        if token != self.state.token:
            if _TOKEN_SHAPE.fullmatch(token):
                raise ApiError(401, "Unauthorized")
            raise ApiError(404, "Not Found")

    async def read_params(self, request: web.Request) -> Params:
        values: JSON = dict(request.query)
        uploads: dict[str, Upload] = {}
        if request.body_exists:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise bad_request("can't parse JSON object") from None
                if not isinstance(body, dict):
                    raise bad_request("request body must be a JSON object")
                values.update(body)
            elif request.content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
                for key, value in (await request.post()).items():
                    if isinstance(value, web.FileField):
                        data = value.file.read()
                        uploads[key] = Upload(value.filename, data, value.content_type)
                    else:
                        values[key] = value
        return Params(values, uploads)

    async def handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.state.token:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        path = request.match_info["path"]
        self.state.downloads.append(path)
        for stored in self.state.files.values():
            if stored.file_path == path:
                return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    async def close(self) -> None:
        if self.webhook_task is not None:
            self.webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.webhook_task
            self.webhook_task = None
        if self.session is not None:
            await self.session.close()
            self.session = None

    # --- getting updates

    def get_me(self, params: Params) -> JSON:
        return {
            **self.state.bot.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.state.privacy_mode,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def get_updates(self, params: Params) -> list[JSON]:
        state = self.state
        if state.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.integer("offset", 0) or 0
        limit = min(max(params.integer("limit", 100) or 100, 1), 100)
        timeout = max(params.integer("timeout", 0) or 0, 0)
        if "allowed_updates" in params.values:
            allowed = params.object("allowed_updates", "can't parse allowed updates")
            state.allowed_updates = list(allowed or [])
        if offset:
            state.confirm(offset)
        state.poll_generation += 1
        generation = state.poll_generation
        state.touch()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != state.poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                )
            ready = state.pending(state.allowed_updates, limit)
            if ready or state.closing or loop.time() >= deadline:
                return ready
            state.parked += 1
            state.touch()
            try:
                await state.wait_change(deadline - loop.time())
            finally:
                state.parked -= 1

    def set_webhook(self, params: Params) -> _Described:
        state = self.state
        url = params.text("url") or ""
        if not url:
            return self.delete_webhook(params)
        parts = urlsplit(url)
        loopback = parts.hostname in {"127.0.0.1", "localhost", "::1"}
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if not loopback and parts.port not in {None, 443, 80, 88, 8443}:
            raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        secret = params.text("secret_token")
        if secret is not None and not _SECRET.fullmatch(secret):
            raise bad_request("secret token contains unallowed characters")
        allowed = params.object("allowed_updates", "can't parse allowed updates")
        if params.flag("drop_pending_updates"):
            state.updates.clear()
        if allowed is not None:
            state.allowed_updates = list(allowed)
        state.webhook = {
            "url": url,
            "secret_token": secret,
            "max_connections": params.integer("max_connections", 40),
            "ip_address": params.text("ip_address"),
        }
        state.webhook_error = None
        if self.webhook_task is None or self.webhook_task.done():
            self.webhook_task = asyncio.get_running_loop().create_task(self.deliver_webhook())
        return _Described(True, "Webhook was set")

    def delete_webhook(self, params: Params) -> _Described:
        state = self.state
        if params.flag("drop_pending_updates"):
            state.updates.clear()
        existed, state.webhook = state.webhook is not None, None
        return _Described(True, "Webhook was deleted" if existed else "Webhook is already deleted")

    def get_webhook_info(self, params: Params) -> JSON:
        state = self.state
        hook = state.webhook or {}
        info: JSON = {
            "url": hook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(state.pending(state.allowed_updates, 10_000)),
        }
        if hook:
            info["max_connections"] = hook["max_connections"]
            if state.allowed_updates:
                info["allowed_updates"] = state.allowed_updates
            if hook.get("ip_address"):
                info["ip_address"] = hook["ip_address"]
        if state.webhook_error:
            info["last_error_date"], info["last_error_message"] = state.webhook_error
        return info

    async def deliver_webhook(self) -> None:
        """POST pending updates to the webhook one at a time, in order, retrying failures."""
        state = self.state
        if self.session is None:
            self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        backoff = 0.05
        while state.webhook is not None and not state.closing:
            ready = state.pending(state.allowed_updates, 1)
            if not ready:
                await state.wait_change(5.0)
                continue
            update, hook = ready[0], state.webhook
            headers = {SECRET_HEADER: hook["secret_token"]} if hook.get("secret_token") else {}
            try:
                async with self.session.post(hook["url"], json=update, headers=headers) as response:
                    if response.status >= 300:
                        raise aiohttp.ClientResponseError(
                            response.request_info, (), status=response.status, message=response.reason or ""
                        )
            except (aiohttp.ClientError, TimeoutError) as error:
                status = getattr(error, "status", None)
                reason = f"Wrong response from the webhook: {status}" if status else f"Connection failed: {error}"
                state.webhook_error = (int(time.time()), reason)
                state.touch()
                await state.wait_change(backoff)
                backoff = min(backoff * 2, 1.0)
                continue
            backoff = 0.05
            state.updates = [u for u in state.updates if u["update_id"] != update["update_id"]]
            state.touch()

    # --- sending

    def format_text(self, params: Params, key: str, limit: int) -> tuple[str, list[JSON]]:
        """Parse ``params[key]`` under its parse_mode like Telegram; return text and entities."""
        caption = key == "caption"
        raw = params.text(key) or ""
        mode = params.text("parse_mode") or ""
        entities: list[JSON] = []
        if mode.lower() == "html":
            try:
                parsed = parse_html(raw)
            except HtmlError as error:
                raise bad_request(f"can't parse entities: {error}") from None
            text, entities = parsed.text, parsed.entities
        elif mode.lower() in {"", "markdown", "markdownv2"}:  # Markdown is not validated here
            text = raw
            explicit = params.object(f"{key}_entities" if caption else "entities", "can't parse entities JSON")
            entities = list(explicit or [])
        else:
            raise bad_request("unsupported parse_mode")
        if not text.strip(_TRIMMED) and not caption:
            raise bad_request("message text is empty")
        if len(text) > limit:  # checked before trimming: stricter than Telegram, never laxer
            raise bad_request("message caption is too long" if caption else "message is too long")
        return trim(text, entities)

    def check_markup(self, params: Params, *, inline_only: bool = False) -> JSON | None:
        markup = params.object("reply_markup", "can't parse reply keyboard markup JSON object")
        if markup is None:
            return None
        return check_reply_markup(markup, inline_only=inline_only)

    def reply_to(self, params: Params, chat: Chat) -> JSON | None:
        reply = params.object("reply_parameters", "can't parse reply parameters JSON object")
        if reply is None and params.integer("reply_to_message_id") is not None:
            reply = {"message_id": params.integer("reply_to_message_id")}
        if reply is None:
            return None
        if not isinstance(reply, dict) or not isinstance(reply.get("message_id"), int):
            raise bad_request("can't parse reply parameters JSON object")
        target = self.state.messages.get((int(reply.get("chat_id", chat.id)), reply["message_id"]))
        if target is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        return target

    def target_chat(self, params: Params) -> Chat:
        value = params.values.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, str) and value.startswith("@"):
            return self.state.chat(value)
        return self.state.chat(params.required_int("chat_id"))

    def flood_check(self, chat: Chat) -> None:
        if self.state.flood is not None:
            retry_after = self.state.flood.take(chat.id, time.monotonic())
            if retry_after is not None:
                raise too_many_requests(retry_after)

    def record(self, method: str, message: JSON, params: Params, source_key: str) -> None:
        chat_id = message["chat"]["id"]
        entities = message.get("entities") or message.get("caption_entities") or []
        self.state.sent.setdefault(chat_id, []).append(
            SentMessage(
                chat_id=chat_id,
                message_id=message["message_id"],
                method=method,
                text=str(message.get("text") or message.get("caption") or ""),
                html=params.text(source_key),
                parse_mode=params.text("parse_mode"),
                entities=list(entities),
                reply_markup=message.get("reply_markup"),
                raw=message,
                reply_to_message_id=(message.get("reply_to_message") or {}).get("message_id"),
                document=message.get("document"),
            )
        )

    def send_message(self, params: Params) -> JSON:
        chat = self.target_chat(params)
        text, entities = self.format_text(params, "text", MAX_MESSAGE_LENGTH)
        markup = self.check_markup(params)
        reply_to = self.reply_to(params, chat)
        self.flood_check(chat)
        message = self.state.new_message(
            chat,
            self.state.bot,
            text=text,
            entities=entities or None,
            reply_markup=markup if markup and "inline_keyboard" in markup else None,
            reply_to_message=reply_to,
        )
        self.record("sendMessage", message, params, "text")
        return message

    def send_document(self, params: Params) -> JSON:
        chat = self.target_chat(params)
        document = params.file("document")
        if document is None:
            raise bad_request("there is no document in the request")
        if isinstance(document, str):
            if document not in self.state.files:
                raise bad_request("wrong file identifier/HTTP URL specified")
            stored = self.state.files[document]
        else:
            if not document.data:
                raise bad_request("file must be non-empty")
            suffix = "." + document.filename.rsplit(".", 1)[-1] if "." in document.filename else ""
            stored = self.state.store_file(document.data, "documents", suffix, document.content_type, document.filename)
        caption, entities = self.format_text(params, "caption", MAX_CAPTION_LENGTH)
        markup = self.check_markup(params)
        reply_to = self.reply_to(params, chat)
        self.flood_check(chat)
        message = self.state.new_message(
            chat,
            self.state.bot,
            document={**stored.to_api(), "file_name": stored.file_name, "mime_type": stored.mime_type},
            caption=caption or None,
            caption_entities=entities or None,
            reply_markup=markup if markup and "inline_keyboard" in markup else None,
            reply_to_message=reply_to,
        )
        self.record("sendDocument", message, params, "caption")
        return message

    def find_own_message(self, params: Params, verb: str) -> tuple[JSON, SentMessage | None]:
        if params.text("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self.target_chat(params)
        message_id = params.required_int("message_id")
        message = self.state.messages.get((chat.id, message_id))
        if message is None:
            raise bad_request(f"message to {verb} not found")
        sent = next((s for s in self.state.sent.get(chat.id, []) if s.message_id == message_id), None)
        return message, sent

    def edit_message_text(self, params: Params) -> JSON:
        message, sent = self.find_own_message(params, "edit")
        if sent is None or sent.method != "sendMessage":
            raise bad_request("message can't be edited")
        text, entities = self.format_text(params, "text", MAX_MESSAGE_LENGTH)
        markup = self.check_markup(params, inline_only=True)
        if (
            text == message.get("text")
            and entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        ):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        sent.history.append(sent.text)
        message["text"], message["edit_date"] = text, int(time.time())
        _set_optional(message, "entities", entities or None)
        _set_optional(message, "reply_markup", markup)
        sent.text, sent.entities, sent.reply_markup = text, entities, markup
        sent.html, sent.parse_mode = params.text("text"), params.text("parse_mode")
        return message

    def edit_message_reply_markup(self, params: Params) -> JSON:
        message, sent = self.find_own_message(params, "edit")
        if sent is None:
            raise bad_request("message can't be edited")
        markup = self.check_markup(params, inline_only=True)
        if markup == message.get("reply_markup"):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        message["edit_date"] = int(time.time())
        _set_optional(message, "reply_markup", markup)
        sent.reply_markup = markup
        return message

    def delete_message(self, params: Params) -> bool:
        message, sent = self.find_own_message(params, "delete")
        if sent is None and message["chat"]["type"] != "private":
            raise bad_request("message can't be deleted")
        del self.state.messages[(message["chat"]["id"], message["message_id"])]
        if sent is not None:
            sent.deleted = True
        return True

    def send_chat_action(self, params: Params) -> bool:
        chat = self.target_chat(params)
        action = params.text("action")
        if action not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.state.chat_actions.append((chat.id, action))
        return True

    # --- queries

    def take_query(self, params: Params, kind: str) -> Query:
        query = self.state.queries.get(params.text(f"{kind}_query_id") or "")
        if query is None or query.kind != kind or query.answer is not None:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        return query

    def answer_callback_query(self, params: Params) -> bool:
        query = self.take_query(params, "callback")
        text = params.text("text") or ""
        if len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        url = params.text("url")
        if url is not None and not _good_url(url, schemes={"http", "https", "tg"}):
            raise bad_request("URL_INVALID")
        query.answer = params.logged()
        return True

    def answer_inline_query(self, params: Params) -> bool:
        query = self.take_query(params, "inline")
        results = params.object("results", "can't parse inline query results JSON object")
        if not isinstance(results, list):
            raise bad_request("can't parse inline query results JSON object")
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            check_inline_result(result, seen)
        next_offset = params.text("next_offset") or ""
        if len(next_offset.encode()) > 64:
            raise bad_request("NEXT_OFFSET_INVALID")
        query.answer = params.logged()
        return True

    # --- commands, descriptions, files

    def command_key(self, params: Params) -> tuple[str, str]:
        scope = params.object("scope", "can't parse bot command scope JSON object") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
            raise bad_request("can't parse bot command scope JSON object")
        language = params.text("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return json.dumps(scope, sort_keys=True), language

    def set_my_commands(self, params: Params) -> bool:
        commands = params.object("commands", "can't parse commands JSON object")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.state.commands[self.command_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def get_my_commands(self, params: Params) -> list[JSON]:
        return self.state.commands.get(self.command_key(params), [])

    def delete_my_commands(self, params: Params) -> bool:
        self.state.commands.pop(self.command_key(params), None)
        return True

    def _set_description(self, params: Params, kind: str, limit: int) -> bool:
        value = params.text(kind) or ""
        if len(value) > limit:
            raise bad_request(f"{kind} is too long")
        self.state.descriptions[(kind, params.text("language_code") or "")] = value
        return True

    def set_my_description(self, params: Params) -> bool:
        return self._set_description(params, "description", 512)

    def set_my_short_description(self, params: Params) -> bool:
        return self._set_description(params, "short_description", 120)

    def get_my_description(self, params: Params) -> JSON:
        return {"description": self.state.descriptions.get(("description", params.text("language_code") or ""), "")}

    def get_my_short_description(self, params: Params) -> JSON:
        key = ("short_description", params.text("language_code") or "")
        return {"short_description": self.state.descriptions.get(key, "")}

    def get_file(self, params: Params) -> JSON:
        stored = self.state.files.get(params.text("file_id") or "")
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > _MAX_FILE_DOWNLOAD:
            raise bad_request("file is too big")
        return {**stored.to_api(), "file_path": stored.file_path}


# ------------------------------------------------------------------------------ validation helpers


def trim(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Strip leading/trailing whitespace like Telegram does, moving and clipping the entities."""
    stripped = text.strip(_TRIMMED)
    if stripped == text:
        return text, entities
    shift = utf16_length(text[: len(text) - len(text.lstrip(_TRIMMED))])
    end = utf16_length(stripped)
    moved: list[JSON] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        stop = min(entity["offset"] + entity["length"] - shift, end)
        if stop > start:
            moved.append({**entity, "offset": start, "length": stop - start})
    return stripped, moved


def _set_optional(target: JSON, key: str, value: Any) -> None:
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


def _good_url(url: str, schemes: set[str]) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in schemes and bool(parts.netloc or parts.scheme == "tg") and " " not in url


def check_reply_markup(markup: Any, *, inline_only: bool = False) -> JSON:
    """Validate a reply_markup object like Telegram; return it unchanged."""
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
        buttons = [button for row in rows for button in row]
        if len(buttons) > 100 or any(len(row) > 8 for row in rows):
            raise bad_request("REPLY_MARKUP_TOO_LONG")
        for button in buttons:
            check_inline_button(button)
        return markup
    if inline_only:
        raise bad_request("can't parse inline keyboard markup JSON object")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
        for button in (b for row in rows for b in row):
            if not (isinstance(button, str) or (isinstance(button, dict) and isinstance(button.get("text"), str))):
                raise bad_request('can\'t parse keyboard button: field "text" must be of type String')
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _BUTTON_ACTIONS if key in button]
    if not actions:
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(f"can't parse inline keyboard button: exactly one of {actions} must be used (strict)")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not _good_url(url, schemes={"http", "https", "tg"}):
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
    if "copy_text" in button:
        copy = button["copy_text"]
        if not isinstance(copy, dict) or not isinstance(copy.get("text"), str) or not 1 <= len(copy["text"]) <= 256:
            raise bad_request("can't parse inline keyboard button: CopyTextButton must have a text of 1-256 characters")


def check_inline_result(result: Any, seen: set[str]) -> None:
    if not isinstance(result, dict) or not isinstance(result.get("type"), str):
        raise bad_request('can\'t parse inline query result: field "type" must be of type String')
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= 64:
        raise bad_request("RESULT_ID_INVALID")
    if result_id in seen:
        raise bad_request("RESULT_ID_DUPLICATE")
    seen.add(result_id)
    if "reply_markup" in result:
        check_reply_markup(result["reply_markup"], inline_only=True)
    if result["type"] != "article":
        return
    if not str(result.get("title", "")).strip():
        raise bad_request("RESULT_TITLE_EMPTY")
    content = result.get("input_message_content")
    if not isinstance(content, dict):
        raise bad_request("can't parse inline query result: input_message_content must be an object")
    if "message_text" in content:
        text, mode = str(content["message_text"]), str(content.get("parse_mode") or "")
        if mode.lower() == "html":
            try:
                text = parse_html(text).text
            except HtmlError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        if not text.strip():
            raise bad_request("MESSAGE_EMPTY")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")


def user_entities(text: str, bot_username: str) -> list[JSON]:
    """The entities Telegram's clients attach to a typed message, offsets in UTF-16 code units."""

    def span(start: int, end: int) -> tuple[int, int]:
        return utf16_length(text[:start]), utf16_length(text[start:end])

    entities: list[JSON] = []
    for match in _USER_COMMAND.finditer(text):
        offset, length = span(*match.span())
        entities.append({"type": "bot_command", "offset": offset, "length": length})
    for match in _USER_MENTION.finditer(text):
        offset, length = span(*match.span())
        entities.append({"type": "mention", "offset": offset, "length": length})
    for match in _USER_URL.finditer(text):
        offset, length = span(*match.span())
        entities.append({"type": "url", "offset": offset, "length": length})
    return sorted(entities, key=lambda e: e["offset"])


# ------------------------------------------------------------------------------ test-side facade


class FakeBotApi:
    """The fake Telegram a test talks to: server lifecycle, acting as users, reading the bot's replies.

    Acting (``send_text`` etc.) returns the Message/query dicts the bot will receive. Reading:
    ``await wait_for_messages(chat, n)`` returns the next ``n`` messages the bot sent to ``chat``
    (each call continues where the previous one stopped); ``sent_messages(chat)`` all of them;
    ``calls(method)`` the request log; ``wait_for_call``/``wait_for_answer`` wait for specific requests.
    ``flood`` (a :class:`FloodControl`, by default Telegram-like; None turns it off), ``privacy_mode``
    and ``fail_next`` tune behaviour.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "belegbot_test_bot",
        flood: FloodControl | EllipsisType | None = ...,
    ) -> None:
        if not _TOKEN_SHAPE.fullmatch(token):
            raise ValueError(f"token must look like '<digits>:<secret>', got {token!r}")
        bot = User(int(token.split(":")[0]), "Belegbot", username=bot_username, is_bot=True, language_code=None)
        self.state = BotApiState(token, bot)
        self.state.flood = FloodControl() if flood is ... else flood
        self.http = BotApiHttp(self.state)
        self.token = token
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._read: dict[int, int] = {}
        self._user_ids = itertools.count(1_000_001)
        self._group_ids = itertools.count(1)

    # --- lifecycle

    async def start(self) -> FakeBotApi:
        self._loop, self._loop_thread = asyncio.get_running_loop(), threading.get_ident()
        self.state._changed = asyncio.Event()
        self._runner = web.AppRunner(self.http.app(), access_log=None, handler_cancellation=True, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        self.state.closing = True
        self.state.touch()
        await self.http.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @classmethod
    @contextlib.contextmanager
    def threaded(cls, **kwargs: Any) -> Iterator[FakeBotApi]:
        """Run the server on its own event loop in a thread, for synchronous tests."""
        api = cls(**kwargs)
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="fake-bot-api", daemon=True)
        thread.start()
        try:
            asyncio.run_coroutine_threadsafe(api.start(), loop).result(10)
            yield api
        finally:
            asyncio.run_coroutine_threadsafe(api.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder.base_url``: PTB appends the token."""
        return f"{self.root}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.root}/file/bot"

    def application_builder(self) -> ApplicationBuilder:  # type: ignore[type-arg]
        """``Application.builder()`` with this server's token, base_url and base_file_url."""
        from telegram.ext import Application

        return Application.builder().token(self.token).base_url(self.base_url).base_file_url(self.base_file_url)

    @property
    def bot_user(self) -> User:
        return self.state.bot

    @property
    def flood(self) -> FloodControl | None:
        return self.state.flood

    @flood.setter
    def flood(self, value: FloodControl | None) -> None:
        self.state.flood = value

    @property
    def privacy_mode(self) -> bool:
        return self.state.privacy_mode

    @privacy_mode.setter
    def privacy_mode(self, value: bool) -> None:
        self.state.privacy_mode = value

    def _in_loop(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the server's loop (directly when already there), so state has one owner."""
        if self._loop is None or threading.get_ident() == self._loop_thread:
            return fn()

        async def call() -> T:
            return fn()

        return asyncio.run_coroutine_threadsafe(call(), self._loop).result(10)

    # --- users and chats

    def user(self, first_name: str = "Alice", *, username: str | None = None, language_code: str = "en") -> User:
        user = User(next(self._user_ids), first_name, username=username, language_code=language_code)
        self._in_loop(lambda: self.state.users.__setitem__(user.id, user))
        return user

    def private_chat(self, user: User) -> Chat:
        chat = Chat(user.id, "private", username=user.username, first_name=user.first_name)
        self._in_loop(lambda: self.state.chats.__setitem__(chat.id, chat))
        return chat

    def group(self, title: str = "Newsroom", *, supergroup: bool = False, username: str | None = None) -> Chat:
        n = next(self._group_ids)
        chat_id = -(1_000_000_000_000 + n) if supergroup else -(4_000_000_000 + n)
        chat = Chat(chat_id, "supergroup" if supergroup else "group", title=title, username=username)
        self._in_loop(lambda: self.state.chats.__setitem__(chat.id, chat))
        return chat

    def _chat_of(self, user: User, chat: Chat | None) -> Chat:
        return chat if chat is not None else self.private_chat(user)

    def block(self, user: User, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sends to their private chat get 403."""
        self._in_loop(lambda: (self.state.blocked.add if blocked else self.state.blocked.discard)(user.id))

    # --- acting as users

    def add_update(self, body: JSON) -> JSON:
        """Queue a raw update (``{"message": {...}}``); the update_id is assigned here."""
        return self._in_loop(lambda: self.state.enqueue(body))

    def _post(self, user: User, chat: Chat | None, reply_to: JSON | SentMessage | None, **fields: Any) -> JSON:
        target = self._chat_of(user, chat)

        def act() -> JSON:
            replied = _message_dict(reply_to)
            if replied is not None:
                fields["reply_to_message"] = self.state.messages.get((target.id, replied["message_id"]), replied)
            message = self.state.new_message(target, user, **fields)
            if self._delivered(target, message):
                self.state.enqueue({"message": message})
            return message

        return self._in_loop(act)

    def _delivered(self, chat: Chat, message: JSON) -> bool:
        """Privacy mode: in groups only commands for this bot and replies to it reach the bot."""
        if not self.state.privacy_mode or chat.type == "private":
            return True
        if (message.get("reply_to_message") or {}).get("from", {}).get("id") == self.state.bot.id:
            return True
        text = message.get("text", "")
        for entity in message.get("entities", []):
            if entity["type"] == "bot_command" and entity["offset"] == 0:
                command = text.encode("utf-16-le")[: 2 * entity["length"]].decode("utf-16-le")
                target = command.partition("@")[2]
                return not target or target.lower() == (self.state.bot.username or "").lower()
        return False

    def send_text(
        self,
        user: User,
        text: str,
        *,
        chat: Chat | None = None,
        reply_to: JSON | SentMessage | None = None,
        entities: list[JSON] | None = None,
    ) -> JSON:
        """``user`` writes ``text`` (in their private chat unless ``chat``); entities are detected."""
        found = entities if entities is not None else user_entities(text, self.state.bot.username or "")
        return self._post(user, chat, reply_to, text=text, entities=found or None)

    def send_command(self, user: User, command: str, args: str = "", *, chat: Chat | None = None) -> JSON:
        """``/command args``; in groups addressed as ``/command@botname`` like Telegram's clients do."""
        target = self._chat_of(user, chat)
        name = command.lstrip("/")
        if target.type != "private":
            name = f"{name}@{self.state.bot.username}"
        return self.send_text(user, f"/{name} {args}".rstrip(), chat=target)

    def edit_text(self, message: JSON, text: str) -> JSON:
        """The author edits an earlier message: an ``edited_message`` update."""

        def act() -> JSON:
            key = (message["chat"]["id"], message["message_id"])
            stored = self.state.messages[key]
            stored.update(text=text, edit_date=int(time.time()))
            _set_optional(stored, "entities", user_entities(text, self.state.bot.username or "") or None)
            self.state.enqueue({"edited_message": dict(stored)})
            return stored

        return self._in_loop(act)

    def _upload(self, data: bytes, folder: str, suffix: str, mime: str | None, name: str | None) -> StoredFile:
        return self._in_loop(lambda: self.state.store_file(data, folder, suffix, mime, name))

    def send_document(
        self,
        user: User,
        filename: str,
        data: bytes,
        mime: str = "application/octet-stream",
        *,
        chat: Chat | None = None,
        caption: str | None = None,
    ) -> JSON:
        """Upload a file as ``user``; the bot can getFile and download it."""
        suffix = "." + filename.rsplit(".", 1)[-1] if "." in filename else ""
        stored = self._upload(data, "documents", suffix, mime, filename)
        document = {**stored.to_api(), "file_name": filename, "mime_type": mime}
        return self._post(user, chat, None, document=document, caption=caption)

    def send_photo(self, user: User, data: bytes, *, chat: Chat | None = None, caption: str | None = None) -> JSON:
        stored = self._upload(data, "photos", ".jpg", "image/jpeg", None)
        photo = [{**stored.to_api(), "width": 1280, "height": 720}]
        return self._post(user, chat, None, photo=photo, caption=caption)

    def send_sticker(self, user: User, emoji: str = "👍", *, chat: Chat | None = None) -> JSON:
        stored = self._upload(b"RIFF\x00\x00\x00\x00WEBP", "stickers", ".webp", "image/webp", None)
        sticker = {
            **stored.to_api(),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._post(user, chat, None, sticker=sticker)

    def send_voice(self, user: User, data: bytes, duration: int = 1, *, chat: Chat | None = None) -> JSON:
        stored = self._upload(data, "voice", ".oga", "audio/ogg", None)
        voice = {**stored.to_api(), "duration": duration, "mime_type": "audio/ogg"}
        return self._post(user, chat, None, voice=voice)

    def press_button(self, user: User, message: SentMessage | JSON, callback_data: str) -> str:
        """``user`` presses the inline button carrying ``callback_data``; returns the query id."""

        def act() -> str:
            raw = _message_dict(message)
            assert raw is not None
            current = self.state.messages.get((raw["chat"]["id"], raw["message_id"]))
            if current is None:
                raise AssertionError(f"message {raw['message_id']} is gone; there is nothing to press")
            rows = (current.get("reply_markup") or {}).get("inline_keyboard", [])
            datas = [b.get("callback_data") for row in rows for b in row]
            if callback_data not in datas:
                raise AssertionError(f"no button with callback_data {callback_data!r}; the message has {datas}")
            query_id = str(8_000_000_000_000 + self.state.next_id())
            update = self.state.enqueue(
                {
                    "callback_query": {
                        "id": query_id,
                        "from": user.to_api(),
                        "message": current,
                        "chat_instance": str(abs(current["chat"]["id"]) * 7919 % 10**18),
                        "data": callback_data,
                    }
                }
            )
            self.state.queries[query_id] = Query(query_id, "callback", update)
            return query_id

        return self._in_loop(act)

    def send_inline_query(self, user: User, query: str, *, offset: str = "", chat_type: str = "sender") -> str:
        """``user`` types ``@bot query`` in some chat; returns the inline query id."""

        def act() -> str:
            query_id = str(9_000_000_000_000 + self.state.next_id())
            body = {
                "id": query_id,
                "from": user.to_api(),
                "query": query,
                "offset": offset,
                "chat_type": chat_type,
            }
            update = self.state.enqueue({"inline_query": body})
            self.state.queries[query_id] = Query(query_id, "inline", update)
            return query_id

        return self._in_loop(act)

    def fail_next(
        self, method: str, error_code: int = 429, description: str | None = None, *, retry_after: int = 1
    ) -> None:
        """Make the next call of ``method`` fail (default: 429 flood control with ``retry_after``)."""
        if description is None:
            error = too_many_requests(retry_after) if error_code == 429 else ApiError(error_code, "Bad Request")
        else:
            error = ApiError(error_code, description, retry_after if error_code == 429 else None)
        self._in_loop(lambda: self.state.failures.setdefault(method, []).append(error))

    # --- reading what the bot did

    def sent_messages(self, chat: Chat | User | int) -> list[SentMessage]:
        """Every message the bot sent to ``chat``, edits applied, deleted ones flagged."""
        return self._in_loop(lambda: list(self.state.sent.get(_chat_id(chat), [])))

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """The request log, optionally only ``method`` (e.g. "setMyCommands")."""
        return self._in_loop(lambda: [c for c in self.state.calls if method is None or c.method == method])

    @property
    def downloads(self) -> list[str]:
        return list(self.state.downloads)

    @property
    def chat_actions(self) -> list[tuple[int, str]]:
        return list(self.state.chat_actions)

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return list(self.state.commands.get(key, []))

    def webhook_info(self) -> JSON:
        return self._in_loop(lambda: self.http.get_webhook_info(Params({}, {})))

    # The waits take ``timeout`` (hence noqa ASYNC109) so a timeout fails with an AssertionError that
    # says what did arrive and which calls failed, not with a bare TimeoutError.
    async def wait_until(
        self,
        check: Callable[[], T | None],
        seconds: float = 5.0,
        what: Callable[[], str] = lambda: "a condition",
    ) -> T:
        """Wait until ``check()`` returns something other than None (re-checked on every server event)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            found = check()
            if found is not None:
                return found
            if loop.time() >= deadline:
                errors = [f"{c.method}: {c.status} {c.description}" for c in self.state.calls if not c.ok]
                raise AssertionError(f"timed out after {seconds}s waiting for {what()}; failed calls: {errors[-5:]}")
            await self.state.wait_change(deadline - loop.time())

    async def wait_for_messages(
        self,
        chat: Chat | User | int,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """The next ``count`` messages the bot sends to ``chat`` (after those returned before)."""
        chat_id = _chat_id(chat)

        def check() -> list[SentMessage] | None:
            sent, start = self.state.sent.get(chat_id, []), self._read.get(chat_id, 0)
            if len(sent) - start < count:
                return None
            self._read[chat_id] = start + count
            return sent[start : start + count]

        def what() -> str:
            got = self.state.sent.get(chat_id, [])[self._read.get(chat_id, 0) :]
            return f"{count} message(s) to chat {chat_id}, got {[m.text[:80] for m in got]}"

        return await self.wait_until(check, timeout, what)

    def wait_for_messages_sync(
        self, chat: Chat | User | int, count: int = 1, timeout: float = 5.0
    ) -> list[SentMessage]:
        """``wait_for_messages`` for a synchronous test using :meth:`threaded`."""
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(self.wait_for_messages(chat, count, timeout), self._loop)
        return future.result(timeout + 5)

    async def wait_for_call(
        self,
        method: str,
        where: Callable[[ApiCall], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
        *,
        after: int = 0,
    ) -> ApiCall:
        """The first logged call of ``method`` (index ≥ ``after`` in the log) that matches ``where``."""

        def check() -> ApiCall | None:
            return next(
                (c for c in self.state.calls[after:] if c.method == method and (where is None or where(c))),
                None,
            )

        return await self.wait_until(check, timeout, lambda: f"a {method} call")

    async def wait_for_answer(self, query_id: str, timeout: float = 5.0) -> JSON:  # noqa: ASYNC109
        """The parameters of the bot's answerCallbackQuery/answerInlineQuery for ``query_id``."""
        return await self.wait_until(
            lambda: self.state.queries[query_id].answer, timeout, lambda: f"an answer to {query_id}"
        )

    async def wait_for_poll(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until a getUpdates long poll is parked on the server, waiting for an update."""
        await self.wait_until(lambda: True if self.state.parked else None, timeout, lambda: "a parked getUpdates")

    async def wait_for_update_consumed(self, update_id: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot confirmed ``update_id`` (getUpdates offset past it, or webhook 2xx)."""
        await self.wait_until(
            lambda: True if all(u["update_id"] != update_id for u in self.state.updates) else None,
            timeout,
            lambda: f"update {update_id} to be consumed",
        )


def _chat_id(chat: Chat | User | int) -> int:
    return chat if isinstance(chat, int) else chat.id


def _message_dict(message: JSON | SentMessage | None) -> JSON | None:
    return message.raw if isinstance(message, SentMessage) else message


@contextlib.asynccontextmanager
async def polling(app: Application, **start_polling: Any) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """Run a PTB ``Application`` with long polling for the duration of the block, then stop it cleanly."""
    options: JSON = {"poll_interval": 0.0, "timeout": 10, "bootstrap_retries": 0}
    options.update(start_polling)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(**options)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
