"""A strict fake Telegram Bot API on 127.0.0.1 for end-to-end tests of the bot (see ``server``)."""

from .html import MAX_MESSAGE_LENGTH, HtmlError, ParsedText, parse_html
from .server import (
    ApiCall,
    Chat,
    FakeBotApi,
    FloodControl,
    SentMessage,
    User,
    polling,
)

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "ApiCall",
    "Chat",
    "FakeBotApi",
    "FloodControl",
    "HtmlError",
    "ParsedText",
    "SentMessage",
    "User",
    "parse_html",
    "polling",
]
