"""The fake Bot API harness, driven by python-telegram-bot's real ``Bot`` and ``Application`` over HTTP."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator

import pytest
from botapi import FakeBotApi, FloodControl, HtmlError, parse_html, polling
from botapi.server import DEFAULT_TOKEN
from telegram import (
    Bot,
    BotCommand,
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    AIORateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


def make_bot(api: FakeBotApi, token: str = DEFAULT_TOKEN) -> Bot:
    return Bot(token, base_url=api.base_url, base_file_url=api.base_file_url)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(update.effective_message.text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------- HTML validator


@pytest.mark.parametrize(
    ("html", "text", "types"),
    [
        ("<b>a</b> &lt;&amp;&gt;&quot; &#128512;&#x1F600;", 'a <&>" 😀😀', ["bold"]),
        ('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', "st", ["spoiler", "spoiler"]),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1", ["pre"]),
        ("<blockquote expandable><i>q</i></blockquote>", "q", ["expandable_blockquote", "italic"]),
        ('<a href="https://e.org/?a=1&amp;b=&quot;2&quot;"><b>l</b></a>', "l", ["text_link", "bold"]),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍", ["custom_emoji"]),
        (
            "<B>caps</B><s>x</s><del>y</del><u>z</u><ins>w</ins><em>v</em><strong>k</strong>",
            "capsxyzwvk",
            None,
        ),
    ],
)
def test_html_parses_like_telegram(html: str, text: str, types: list[str] | None) -> None:
    parsed = parse_html(html)
    assert parsed.text == text
    if types is not None:
        assert [e["type"] for e in parsed.entities] == types


def test_html_entity_offsets_are_utf16() -> None:
    parsed = parse_html("😀 <b>x</b>")
    assert parsed.entities == [{"type": "bold", "offset": 3, "length": 1}]
    assert parsed.length == 3  # code points: what the 4096 limit counts


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("ä<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("Tom & Jerry", 'Unescaped "&"'),
        ("&nbsp;", 'Unescaped "&"'),
        ("<code><b>x</b></code>", "can't be nested"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "can't be nested"),
        ('<a href="https://a"><a href="https://b">x</a></a>', "can't be nested"),
        ("<span>x</span>", 'must have class "tg-spoiler"'),
        ('<a href="javascript:alert(1)">x</a>', "Unsupported URL"),
        ("<b", "Unclosed start tag"),
        ('<a href="x>y</a>', "Unclosed start tag"),
        ("<b/>x</b>", 'Unsupported start tag "b/"'),
    ],
)
def test_html_rejects_what_telegram_rejects_and_strict_extras(html: str, reason: str) -> None:
    with pytest.raises(HtmlError, match=reason.replace("(", r"\(").replace("[", r"\[")):
        parse_html(html)


def test_html_lenient_mode_matches_telegram_on_bare_ampersand() -> None:
    assert parse_html("Tom & Jerry &nbsp;", strict=False).text == "Tom & Jerry &nbsp;"


# ------------------------------------------------------------------------------------ plain Bot


async def test_get_me_token_and_unknown_method(api: FakeBotApi) -> None:
    async with make_bot(api) as bot:
        me = await bot.get_me()
        assert me.is_bot and me.username == api.bot_user.username and me.supports_inline_queries
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("noSuchMethod")
    with pytest.raises(InvalidToken, match="was rejected by the server"):
        await make_bot(api, "42:wrong-token").initialize()
    assert [c.status for c in api.calls("getMe")][-1] == 401


async def test_send_message_validates_html_and_length(api: FakeBotApi) -> None:
    alice = api.user("Alice")
    api.send_text(alice, "hi")
    api.flood = None
    async with make_bot(api) as bot:
        with pytest.raises(BadRequest, match="Can't parse entities: unsupported start tag"):
            await bot.send_message(alice.id, "<p>x</p>", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="Can't parse entities: unescaped"):
            await bot.send_message(alice.id, "AT&T", parse_mode=ParseMode.HTML)
        # 4096 characters after entity parsing is fine however long the markup; one more is not.
        exact = "<b>" + "&lt;" * 4000 + "</b>" + "😀" * 96
        message = await bot.send_message(alice.id, exact, parse_mode=ParseMode.HTML)
        assert message.text is not None and len(message.text) == 4096 and message.entities[0].type == "bold"
        with pytest.raises(BadRequest, match="Message is too long"):
            await bot.send_message(alice.id, exact + "x", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="Message text is empty"):
            await bot.send_message(alice.id, "<b> </b>", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(424242, "who?")
        api.block(alice)
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(alice.id, "hello?")
    [sent] = api.sent_messages(alice)
    assert sent.html == exact and sent.parse_mode == "HTML" and sent.entities[0]["length"] == 4000


async def test_reply_markup_is_validated(api: FakeBotApi) -> None:
    alice = api.user("Alice")
    api.send_text(alice, "hi")
    api.flood = None
    async with make_bot(api) as bot:
        with pytest.raises(BadRequest, match="Button_data_invalid"):
            too_long = InlineKeyboardButton("x", callback_data="é" * 33)  # 66 bytes
            await bot.send_message(alice.id, "x", reply_markup=InlineKeyboardMarkup([[too_long]]))
        with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
            await bot.send_message(alice.id, "x", reply_markup={"inline_keyboard": [[{"text": "x"}]]})  # type: ignore[arg-type]
        with pytest.raises(BadRequest, match=r"(?i)wrong http url"):
            bad_url = InlineKeyboardButton("x", url="ftp://example.org")
            await bot.send_message(alice.id, "x", reply_markup=InlineKeyboardMarkup([[bad_url]]))
        good = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton("more", callback_data="more:1")],
                [
                    InlineKeyboardButton("open", url="https://example.org/a?b=c"),
                    InlineKeyboardButton("copy", copy_text=CopyTextButton("quoted text")),
                ],
            ]
        )
        message = await bot.send_message(alice.id, "x", reply_markup=good)
        assert message.reply_markup == good
    assert [b["text"] for b in api.sent_messages(alice)[0].buttons] == ["more", "open", "copy"]


async def test_long_poll_returns_as_soon_as_an_update_arrives(api: FakeBotApi) -> None:
    alice = api.user("Alice")
    async with make_bot(api) as bot:
        assert await bot.get_updates(timeout=0) == ()
        poll = asyncio.create_task(bot.get_updates(timeout=30, allowed_updates=["message"]))
        await api.wait_for_poll()
        started = time.monotonic()
        api.send_text(alice, "now")
        [update] = await poll
        assert time.monotonic() - started < 1.0
        assert update.message is not None and update.message.text == "now"
        # Not confirmed yet: delivered again until the offset moves past it.
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [update.update_id]
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
        # allowed_updates sticks: an inline query is not delivered to a poll for messages only.
        api.send_inline_query(alice, "ignored")
        assert await bot.get_updates(timeout=0) == ()


async def test_second_poll_conflicts_with_the_first(api: FakeBotApi) -> None:
    async with make_bot(api) as bot, make_bot(api) as other:
        first = asyncio.create_task(bot.get_updates(timeout=30))
        await api.wait_for_poll()
        await other.get_updates(timeout=0)
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first


async def test_commands_and_chat_actions(api: FakeBotApi) -> None:
    alice = api.user("Alice")
    api.send_text(alice, "hi")
    async with make_bot(api) as bot:
        await bot.set_my_commands([BotCommand("ask", "Ask about the news")])
        await bot.set_my_commands([BotCommand("frage", "Frag nach")], language_code="de")
        assert [c.command for c in await bot.get_my_commands()] == ["ask"]
        assert [c.command for c in await bot.get_my_commands(language_code="de")] == ["frage"]
        with pytest.raises(BadRequest, match="Bot_command_invalid"):
            await bot.set_my_commands([BotCommand("Ask-Me", "bad")])
        await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()
        await bot.send_chat_action(alice.id, "typing")
        with pytest.raises(BadRequest, match="Wrong parameter action"):
            await bot.send_chat_action(alice.id, "dancing")
    assert api.chat_actions == [(alice.id, "typing")]
    assert api.commands(language_code="de") == [{"command": "frage", "description": "Frag nach"}]


# ---------------------------------------------------------------------------- Application flows


async def test_echo_application_over_polling(api: FakeBotApi) -> None:
    app = api.application_builder().build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with polling(app):
        alice = api.user("Alice")
        api.send_text(alice, "Grüße 👋 <b>&amp;")
        [reply] = await api.wait_for_messages(alice, 1)
        assert reply.text == "Grüße 👋 <b>&amp;" and reply.parse_mode is None
    assert [c.method for c in api.calls()][:2] == ["getMe", "deleteWebhook"]


async def test_group_commands_carry_utf16_offsets_and_privacy_mode(api: FakeBotApi) -> None:
    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"args={context.args}")

    app = api.application_builder().build()
    app.add_handler(CommandHandler("ask", ask))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    api.privacy_mode = True
    group = api.group("Newsroom")
    bob = api.user("Bob", username="bob_reader")
    async with polling(app):
        api.send_text(bob, "just chatting", chat=group)  # privacy mode: never reaches the bot
        message = api.send_command(bob, "ask", "Wie viele 🇩🇪 Soldaten?", chat=group)
        [reply] = await api.wait_for_messages(group, 1)
        assert reply.text == "args=['Wie', 'viele', '🇩🇪', 'Soldaten?']"
        assert message["entities"] == [
            {"type": "bot_command", "offset": 0, "length": len(f"/ask@{api.bot_user.username}")}
        ]
        api.send_text(bob, "a reply to the bot", chat=group, reply_to=reply)
        [echoed] = await api.wait_for_messages(group, 1)
        assert echoed.text == "a reply to the bot"
    mention = api.send_text(bob, "👋🏽 @bob_reader see https://e.org", chat=group)
    assert [(e["type"], e["offset"], e["length"]) for e in mention["entities"]] == [
        ("mention", 5, 11),
        ("url", 21, 13),
    ]


async def test_flood_control_429_then_aioratelimiter_retries(api: FakeBotApi) -> None:
    api.flood = FloodControl(rate=1.0, burst=1)
    app = api.application_builder().rate_limiter(AIORateLimiter(max_retries=2)).build()
    alice = api.user("Alice")
    api.send_text(alice, "hi")
    async with app:
        started = time.monotonic()
        await app.bot.send_message(alice.id, "one")
        await app.bot.send_message(alice.id, "two")  # flooded once, then retried after retry_after
        elapsed = time.monotonic() - started
    statuses = [(c.params["text"], c.status) for c in api.calls("sendMessage")]
    assert statuses == [("one", 200), ("two", 429), ("two", 200)]
    flooded = api.calls("sendMessage")[1]
    assert flooded.description == "Too Many Requests: retry after 1"
    assert 1.0 <= elapsed < 3.0
    assert [m.text for m in api.sent_messages(alice)] == ["one", "two"]


async def test_injected_failure(api: FakeBotApi) -> None:
    api.fail_next("sendMessage", 429, retry_after=2)
    api.fail_next("sendMessage", 400, "Bad Request: chat is deactivated")
    alice = api.user("Alice")
    api.send_text(alice, "hi")
    async with make_bot(api) as bot:
        with pytest.raises(RetryAfter, match="Flood control exceeded"):
            await bot.send_message(alice.id, "x")
        with pytest.raises(BadRequest, match="Chat is deactivated"):
            await bot.send_message(alice.id, "x")
        await bot.send_message(alice.id, "x")
    assert [c.status for c in api.calls("sendMessage")] == [429, 400, 200]


async def test_webhook_delivery_with_secret_token(api: FakeBotApi) -> None:
    app = api.application_builder().build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    port = free_port()
    alice = api.user("Alice")
    async with app:
        assert app.updater is not None
        await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="hook", secret_token="s3cret-T0ken")
        await app.start()
        try:
            info = api.webhook_info()
            assert info["url"] == f"http://127.0.0.1:{port}/hook"
            api.send_text(alice, "via webhook")
            [reply] = await api.wait_for_messages(alice, 1)
            assert reply.text == "via webhook"
            with pytest.raises(Conflict, match="webhook is active"):
                await app.bot.get_updates()
            # A wrong secret is refused by PTB (403); the fake records it and keeps retrying.
            await app.bot.set_webhook(info["url"], secret_token="wrong")
            api.send_text(alice, "lost?")
            await api.wait_until(lambda: api.webhook_info().get("last_error_message"))
            assert "403" in api.webhook_info()["last_error_message"]
            await app.bot.set_webhook(info["url"], secret_token="s3cret-T0ken")
            [late] = await api.wait_for_messages(alice, 1)
            assert late.text == "lost?"
        finally:
            await app.updater.stop()
            await app.stop()
    assert api.calls("setWebhook")[0].params["secret_token"] == "s3cret-T0ken"


async def test_uploaded_document_can_be_fetched_and_downloaded(api: FakeBotApi) -> None:
    async def size(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.document is not None
        file = await update.message.document.get_file()
        data = await file.download_as_bytearray()
        await update.message.reply_text(f"{update.message.document.file_name}: {bytes(data).decode()}")

    app = api.application_builder().build()
    app.add_handler(MessageHandler(filters.Document.ALL, size))
    async with polling(app):
        alice = api.user("Alice")
        api.send_document(alice, "artikel.md", "Überschrift\n".encode(), "text/markdown")
        [reply] = await api.wait_for_messages(alice, 1)
        assert reply.text == "artikel.md: Überschrift"  # Telegram trims trailing whitespace
        # The bot can send a document too, and download it back.
        sent = await app.bot.send_document(alice.id, b"%PDF-1.4", filename="answer.pdf", caption="<b>x</b>")
        assert sent.document is not None and sent.caption == "<b>x</b>"
        back = await (await app.bot.get_file(sent.document.file_id)).download_as_bytearray()
        assert bytes(back) == b"%PDF-1.4"
    assert [c.method for c in api.calls()].count("getFile") == 2
    assert api.downloads == ["documents/file_1.md", "documents/file_2.pdf"]


async def test_inline_query_is_answered_and_validated(api: FakeBotApi) -> None:
    async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.inline_query is not None
        content = InputTextMessageContent("<b>Beleg</b>: &lt;quote&gt;", parse_mode=ParseMode.HTML)
        await update.inline_query.answer(
            [InlineQueryResultArticle("r1", "Result", content)], cache_time=0, is_personal=True
        )

    app = api.application_builder().build()
    app.add_handler(InlineQueryHandler(inline))
    async with polling(app):
        alice = api.user("Alice")
        query_id = api.send_inline_query(alice, "Soldaten")
        answer = await api.wait_for_answer(query_id)
        [result] = answer["results"]
        assert result["type"] == "article" and result["input_message_content"]["parse_mode"] == "HTML"
        # A second answer to the same query is refused, as are malformed results.
        second = InlineQueryResultArticle("r1", "x", InputTextMessageContent("x"))
        with pytest.raises(BadRequest, match="Query is too old"):
            await app.bot.answer_inline_query(query_id, [second])
        query_id = api.send_inline_query(alice, "again")
        await api.wait_for_call("answerInlineQuery", lambda c: c.params["inline_query_id"] == query_id)
    # With the application stopped, answer by hand: malformed answers are refused.
    bad = api.send_inline_query(alice, "bad")
    async with make_bot(api) as bot:
        with pytest.raises(BadRequest, match="Result_id_duplicate"):
            await bot.answer_inline_query(bad, [second, second])
        with pytest.raises(BadRequest, match="Results_too_much"):
            many = [InlineQueryResultArticle(str(i), "x", InputTextMessageContent("x")) for i in range(51)]
            await bot.answer_inline_query(bad, many)
        with pytest.raises(BadRequest, match="Can't parse entities"):
            broken = InputTextMessageContent("<b>x", parse_mode=ParseMode.HTML)
            await bot.answer_inline_query(bad, [InlineQueryResultArticle("1", "x", broken)])
        assert await bot.answer_inline_query(bad, [second])


async def test_callback_button_press_is_answered_and_edits(api: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Mehr", callback_data="more:42")]])
        await update.message.reply_html("<b>Antwort</b>", reply_markup=keyboard)

    async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data == "more:42" and query.chat_instance
        await query.answer("Lade…")
        await query.edit_message_text("<i>mehr</i>", parse_mode=ParseMode.HTML)

    app = api.application_builder().build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(more, pattern=r"^more:"))
    async with polling(app):
        alice = api.user("Alice")
        api.send_command(alice, "start")
        [message] = await api.wait_for_messages(alice, 1)
        assert message.text == "Antwort" and message.button("Mehr")["callback_data"] == "more:42"
        with pytest.raises(AssertionError, match="no button"):
            api.press_button(alice, message, "nope")
        query_id = api.press_button(alice, message, "more:42")
        assert (await api.wait_for_answer(query_id))["text"] == "Lade…"
        await api.wait_for_call("editMessageText")
    [edited] = api.sent_messages(alice)
    assert edited.text == "mehr" and edited.history == ["Antwort"] and edited.reply_markup is None
    assert edited.entities == [{"type": "italic", "offset": 0, "length": 4}]


async def test_edit_delete_and_reply_checks(api: FakeBotApi) -> None:
    alice = api.user("Alice")
    first = api.send_text(alice, "hi")
    api.flood = None
    async with make_bot(api) as bot:
        sent = await bot.send_message(alice.id, "a", reply_to_message_id=first["message_id"])
        assert sent.reply_to_message is not None and sent.reply_to_message.text == "hi"
        with pytest.raises(BadRequest, match="Message is not modified"):
            await bot.edit_message_text("a", alice.id, sent.message_id)
        with pytest.raises(BadRequest, match="Message to be replied not found"):
            await bot.send_message(alice.id, "b", reply_to_message_id=999)
        assert await bot.delete_message(alice.id, sent.message_id)
        with pytest.raises(BadRequest, match="Message to delete not found"):
            await bot.delete_message(alice.id, sent.message_id)
        with pytest.raises(BadRequest, match="Message to edit not found"):
            await bot.edit_message_text("c", alice.id, sent.message_id)
    assert api.sent_messages(alice)[0].deleted


async def test_media_and_edited_updates_reach_handlers(api: FakeBotApi) -> None:
    seen: list[str] = []

    async def note(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        attachment = message.effective_attachment
        kind = "edited" if update.edited_message else "text" if message.text else type(attachment).__name__
        seen.append(kind)
        await message.reply_text(kind)

    api.flood = None  # five replies in a row would hit the default burst of three
    app = api.application_builder().build()
    app.add_handler(MessageHandler(filters.ALL, note))
    async with polling(app):
        alice = api.user("Alice")
        api.send_sticker(alice)
        api.send_photo(alice, b"\xff\xd8jpeg", caption="Bild")
        api.send_voice(alice, b"OggS", duration=3)
        original = api.send_text(alice, "typo")
        await api.wait_for_messages(alice, 4)
        api.edit_text(original, "fixed")
        await api.wait_for_messages(alice, 1)
    assert seen == ["Sticker", "tuple", "Voice", "text", "edited"]


def test_threaded_server_for_synchronous_tests() -> None:
    with FakeBotApi.threaded(flood=FloodControl(rate=100, burst=100)) as api:
        alice = api.user("Alice")
        api.send_text(alice, "hi")

        async def talk() -> None:
            async with make_bot(api) as bot:
                updates = await bot.get_updates(timeout=1)
                assert updates[0].message is not None
                await updates[0].message.reply_text("sync ok")

        asyncio.run(talk())
        [reply] = api.wait_for_messages_sync(alice, 1)
        assert reply.text == "sync ok"
