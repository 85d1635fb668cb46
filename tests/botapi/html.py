"""A strict validator for Telegram's HTML ``parse_mode``, shared by the fake Bot API and the renderer tests.

``parse_html(text)`` does what Telegram's parser (tdlib ``parse_html``) does with a message: it strips
the tags, decodes the entities and returns the plain text with its ``MessageEntity`` list (offsets and
lengths in UTF-16 code units, like the Bot API). Where Telegram answers ``400 Bad Request: can't parse
entities: ...`` the same description is raised as :class:`HtmlError`.

Strict where Telegram is lenient, because leniency there hides a bug in the bot (each marked "strict"):

* a bare ``&`` or an unknown entity (``&nbsp;``) is an error; Telegram shows it literally, which means
  the text was not escaped with ``html.escape``;
* entities Telegram would silently drop or flatten are errors: a tag inside ``code``/``pre`` (except the
  ``<pre><code class="language-x">`` form), nested ``blockquote``, ``a`` inside ``a``, ``code``/``pre``/
  ``tg-emoji`` inside ``a`` and the like, ``<a>`` without an ``href`` or with a scheme other than
  http(s)/tg/mailto.

Length: Telegram's limit of 4096 (``MAX_MESSAGE_LENGTH``) is on the text *after* entity parsing, counted
in Unicode code points (tdlib compares ``utf8_length(text)``, i.e. code points, with
``message_text_length_max``). That equals ``len(parsed.text)`` in Python. Entity offsets, by contrast,
are UTF-16 code units. We measure before Telegram trims leading/trailing whitespace, which is stricter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024

# tag -> MessageEntity type (span and blockquote are refined by their attributes).
_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
ALLOWED_TAGS = frozenset(_ENTITY_OF_TAG)
# Entities that may contain, and sit inside, anything but code/pre (Bot API "Formatting options").
_FREE = frozenset({"bold", "italic", "underline", "strikethrough", "spoiler"})
_OPAQUE = frozenset({"code", "pre"})
_LINK_SCHEMES = frozenset({"http", "https", "tg", "mailto"})
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACE = " \t\r\n"


class HtmlError(ValueError):
    """Telegram's "can't parse entities" reason, e.g. ``Unsupported start tag "br" at byte offset 3``."""


@dataclass(frozen=True)
class ParsedText:
    """The text Telegram would show, and its entities as Bot API ``MessageEntity`` dicts."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)

    @property
    def length(self) -> int:
        """The length Telegram checks against its limits: code points after entity parsing."""
        return len(self.text)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of ``MessageEntity.offset`` and ``.length``."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    kind: str
    byte_offset: int
    start_utf16: int
    attrs: dict[str, str]
    order: int


class _Parser:
    def __init__(self, source: str, strict: bool) -> None:
        self.source = source
        self.strict = strict
        self.pos = 0
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[tuple[int, dict[str, Any]]] = []
        self.opened = 0

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))

    def emit(self, chars: str) -> None:
        self.out.append(chars)
        self.utf16 += utf16_length(chars)

    def run(self) -> ParsedText:
        src = self.source
        while self.pos < len(src):
            ch = src[self.pos]
            if ch == "<":
                self.tag()
            elif ch == "&":
                decoded, self.pos = self.entity(self.pos)
                self.emit(decoded)
            else:
                nxt = min((i for i in (src.find("<", self.pos), src.find("&", self.pos)) if i >= 0), default=-1)
                end = len(src) if nxt < 0 else nxt
                self.emit(src[self.pos : end])
                self.pos = end
        if self.stack:
            raise HtmlError(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"')
        # Outer before inner, as Telegram lists them: by offset, then longer first, then opening order.
        ordered = sorted(self.entities, key=lambda item: (item[1]["offset"], -item[1]["length"], item[0]))
        return ParsedText("".join(self.out), [entity for _, entity in ordered])

    def entity(self, start: int) -> tuple[str, int]:
        """Decode the entity at ``start``: its text and the index after it."""
        match = _ENTITY.match(self.source, start)
        if match:
            name, dec, hexa = match.groups()
            if name:
                return _NAMED[name], match.end()
            code = int(dec) if dec else int(hexa, 16)
            if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return chr(code), match.end()
        if self.strict:
            raise HtmlError(
                f'Unescaped "&" or unsupported HTML entity at byte offset {self.byte_offset(start)} '
                "(strict: only &lt; &gt; &amp; &quot; and numeric entities; escape text with html.escape)"
            )
        return "&", start + 1

    def tag(self) -> None:
        src = self.source
        begin = self.pos
        if begin + 1 < len(src) and src[begin + 1] == "/":
            end = src.find(">", begin)
            if end < 0:
                raise HtmlError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
            name = src[begin + 2 : end].strip(_SPACE).lower()
            self.pos = end + 1
            self.close(name, begin)
            return
        i = begin + 1
        while i < len(src) and src[i] not in _SPACE and src[i] != ">":
            i += 1
        if i >= len(src):
            raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        name = src[begin + 1 : i].lower()
        if name not in ALLOWED_TAGS:
            raise HtmlError(f'Unsupported start tag "{name}" at byte offset {self.byte_offset(begin)}')
        attrs, self.pos = self.attributes(name, i, begin)
        self.open(name, attrs, begin)

    def attributes(self, tag: str, i: int, begin: int) -> tuple[dict[str, str], int]:
        src = self.source
        attrs: dict[str, str] = {}
        while True:
            while i < len(src) and src[i] in _SPACE:
                i += 1
            if i >= len(src):
                raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            if src[i] == ">":
                return attrs, i + 1
            start = i
            while i < len(src) and src[i] not in _SPACE and src[i] not in "=>":
                i += 1
            name = src[start:i].lower()
            while i < len(src) and src[i] in _SPACE:
                i += 1
            if i >= len(src) or src[i] != "=":
                if tag == "blockquote" and name == "expandable":
                    attrs[name] = ""
                    continue
                raise HtmlError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {self.byte_offset(begin)}"
                )
            i += 1
            while i < len(src) and src[i] in _SPACE:
                i += 1
            if i >= len(src):
                raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            value: list[str] = []
            if src[i] in "'\"":
                quote = src[i]
                i += 1
                while i < len(src) and src[i] != quote:
                    if src[i] == "&":
                        decoded, i = self.entity(i)
                        value.append(decoded)
                    else:
                        value.append(src[i])
                        i += 1
                if i >= len(src):
                    raise HtmlError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
                i += 1
            else:
                while i < len(src) and (src[i].isalnum() or src[i] in ".-_"):
                    value.append(src[i])
                    i += 1
            attrs[name] = "".join(value)

    def open(self, tag: str, attrs: dict[str, str], begin: int) -> None:
        kind = _ENTITY_OF_TAG[tag]
        where = f"at byte offset {self.byte_offset(begin)}"
        if tag == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlError('Tag "span" must have class "tg-spoiler"')
        if tag == "blockquote" and "expandable" in attrs:
            kind = "expandable_blockquote"
        if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
            raise HtmlError(f'Tag "tg-emoji" must have a numeric attribute "emoji-id" {where}')
        if tag == "a":
            href = attrs.get("href", "")
            scheme = urlsplit(href).scheme.lower() if href else ""
            if self.strict and scheme not in _LINK_SCHEMES:
                raise HtmlError(f'Unsupported URL "{href}" in tag "a" {where} (strict: http, https, tg, mailto)')
        parent = self.stack[-1] if self.stack else None
        if self.strict and parent is not None:
            inside = {o.kind for o in self.stack}
            pre_language = tag == "code" and parent.kind == "pre" and self.utf16 == parent.start_utf16
            if inside & _OPAQUE and not pre_language:
                raise HtmlError(f'Tag "{tag}" {where} can\'t be nested inside "{parent.tag}" (strict)')
            if kind.endswith("blockquote") and any(k.endswith("blockquote") for k in inside):
                raise HtmlError(f"Blockquotes can't be nested {where} (strict)")
            if kind in {"text_link", "custom_emoji", "code", "pre"} and "text_link" in inside:
                raise HtmlError(f'Tag "{tag}" {where} can\'t be nested inside "a" (strict)')
        self.opened += 1
        self.stack.append(_Open(tag, kind, self.byte_offset(begin), self.utf16, attrs, self.opened))

    def close(self, name: str, begin: int) -> None:
        if not self.stack:
            raise HtmlError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        top = self.stack.pop()
        if name != top.tag:
            raise HtmlError(
                f'Unmatched end tag at byte offset {self.byte_offset(begin)}, expected "</{top.tag}>", '
                f'found "</{name}>"'
            )
        length = self.utf16 - top.start_utf16
        if length == 0:
            return
        if top.tag == "code" and self.stack and self.stack[-1].kind == "pre":
            language = top.attrs.get("class", "")
            if language.startswith("language-") and len(language) > len("language-"):
                self.stack[-1].attrs["language"] = language.removeprefix("language-")
            return
        entity: dict[str, Any] = {"type": top.kind, "offset": top.start_utf16, "length": length}
        if top.kind == "text_link":
            entity["url"] = top.attrs.get("href", "")
        elif top.kind == "custom_emoji":
            entity["custom_emoji_id"] = top.attrs["emoji-id"]
        elif top.kind == "pre" and "language" in top.attrs:
            entity["language"] = top.attrs["language"]
        self.entities.append((top.order, entity))


def parse_html(text: str, *, strict: bool = True) -> ParsedText:
    """Parse Telegram HTML like the Bot API does; raise :class:`HtmlError` with Telegram's reason."""
    return _Parser(text, strict).run()


def check_message_html(text: str, *, limit: int = MAX_MESSAGE_LENGTH, strict: bool = True) -> ParsedText:
    """Parse ``text`` and check the length limit; raise ``HtmlError`` / ``ValueError`` as the API would."""
    parsed = parse_html(text, strict=strict)
    if parsed.length > limit:
        raise ValueError(f"message is too long: {parsed.length} > {limit} characters after entity parsing")
    return parsed
