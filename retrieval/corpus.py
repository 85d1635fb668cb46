"""Read article files into ``Article``s; a bad file is named and skipped, never fatal.

Formats: ``.md`` with YAML front matter, ``.txt`` (first line is the title), ``.html`` (main text
extracted with trafilatura) and ``.jsonl`` (one article per line: id, title, outlet, url, published,
text). The stored text is exactly what was read: decoded, line endings normalised to ``\\n``, NFC.

Everything read is bounded, because uploads come from chat: front matter is YAML without aliases (an
alias chain turns a few hundred bytes into gigabytes), metadata values must be scalars, an article's
text is at most ``MAX_ARTICLE_CHARS`` characters, and each metadata field has a length cap. A title or
outlet over its cap is cut and ends in "…" (it is only shown, and the start says what the article is);
an over-long id, URL, date or language is refused (a cut one would point somewhere else).
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from charset_normalizer import from_bytes
from pydantic import BaseModel, ValidationError

from retrieval.models import Article, LoadError

log = logging.getLogger(__name__)

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".jsonl")
MAX_FILE_BYTES = 50_000_000
MAX_ARTICLE_CHARS = 200_000  # a long news article has ~30,000
_META_KEYS = ("title", "outlet", "url", "published", "language")
CUT_FIELDS = {"title": 300, "outlet": 200}  # longer: cut, ending in "…"
CAPPED_FIELDS = {"id": 200, "url": 2048, "published": 64, "language": 16}  # longer: refused


class LoadResult(BaseModel):
    articles: list[Article]
    errors: list[LoadError]
    files: list[str]


class BadFile(Exception):
    """A file that cannot become an article; the message says why."""


def normalise(text: str) -> str:
    """The canonical article text: ``\\r\\n``/``\\r`` -> ``\\n``, NFC. Nothing else changes."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes) -> str:
    """Bytes to text: a Unicode byte-order mark, else UTF-8, else Windows-1252 (the usual legacy encoding
    of German text) when it fits, else a confident guess; binary data is refused."""
    if not data.strip():
        raise BadFile("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise BadFile(f"not text: broken {encoding.upper()}") from None
    if b"\x00" in data[:8192]:
        raise BadFile("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if not _CP1252_UNDEFINED & set(data) and not any(b < 0x20 and b not in b"\t\n\r\f" for b in data):
        log.info("decoded as cp1252 (not UTF-8)")
        return data.decode("cp1252")
    guess = from_bytes(data).best()
    if guess is None or guess.chaos > 0.2:
        raise BadFile("not text: undecodable as UTF-8 or any other encoding")
    log.info("decoded as %s (not UTF-8)", guess.encoding)
    return str(guess)


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[LoadError]]:
    """The article files under ``paths`` (files or folders, recursively), sorted; missing paths are errors."""
    found: list[Path] = []
    errors: list[LoadError] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                found.append(path)
            else:
                errors.append(
                    LoadError(
                        path=str(path),
                        reason=f"unsupported file type {path.suffix!r}; use one of {', '.join(SUFFIXES)}",
                    )
                )
        else:
            errors.append(LoadError(path=str(path), reason="no such file or folder"))
    return found, errors


def load(paths: Iterable[Path]) -> LoadResult:
    """Every article in ``paths``; each bad file or line becomes a ``LoadError``, the rest still loads."""
    files, errors = discover(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            loaded = list(_load_file(path, errors))
        except BadFile as error:
            errors.append(LoadError(path=str(path), reason=str(error)))
            continue
        except OSError as error:
            errors.append(LoadError(path=str(path), reason=f"cannot read: {error.strerror or error}"))
            continue
        for article in loaded:
            if article.id in seen:
                errors.append(
                    LoadError(
                        path=str(path),
                        reason=f"duplicate article id {article.id!r} (first in {seen[article.id]}); skipped",
                    )
                )
                continue
            seen[article.id] = str(path)
            articles.append(article)
    return LoadResult(articles=articles, errors=errors, files=[str(p) for p in files])


def _load_file(path: Path, errors: list[LoadError]) -> Iterator[Article]:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BadFile(f"too large ({path.stat().st_size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    text = normalise(decode(path.read_bytes()))
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path, text, errors)
    elif suffix in (".md", ".markdown"):
        yield _markdown(path, text)
    elif suffix in (".html", ".htm"):
        yield _html(path, text)
    else:
        yield _plain(path, text)


def _article(path: Path, fields: dict[str, Any]) -> Article:
    fields = {k: _as_text(k, v) if k != "text" else v for k, v in fields.items() if v is not None}
    if len(fields["text"]) > MAX_ARTICLE_CHARS:
        raise BadFile(f"article too long ({len(fields['text']):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")
    try:
        return Article(source_path=str(path), **fields)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise BadFile(f"not a valid article ({problems})") from None


def _as_text(key: str, value: Any) -> str:
    """A metadata value as bounded text; lists, mappings and over-long ids, URLs or dates are refused."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple | set):
        kind = "mapping" if isinstance(value, dict) else "list"
        raise BadFile(f"{key!r} must be a single value, not a {kind}")
    text = str(value).strip()
    if key in CUT_FIELDS and len(text) > CUT_FIELDS[key]:
        return text[: CUT_FIELDS[key] - 1].rstrip() + "…"
    if key in CAPPED_FIELDS and len(text) > CAPPED_FIELDS[key]:
        raise BadFile(f"{key!r} too long ({len(text):,} characters; the limit is {CAPPED_FIELDS[key]:,})")
    return text


class _NoAliases(yaml.SafeLoader):
    """YAML without aliases: a chain of them (a "billion laughs") makes gigabytes of a few hundred bytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            line = self.peek_event().start_mark.line + 1
            raise BadFile(f"front matter uses a YAML alias (line {line}); aliases are not allowed")
        return super().compose_node(parent, index)


def _markdown(path: Path, text: str) -> Article:
    handler = frontmatter.YAMLHandler()
    try:
        raw, body = handler.split(text)
    except ValueError:  # no front matter at all: the whole file is the body
        raw, body = "", text
    try:
        metadata = handler.load(raw, Loader=_NoAliases) if raw.strip() else {}
    except BadFile:
        raise
    except Exception as error:  # YAML errors come in many classes; all mean "broken front matter"
        raise BadFile(f"broken front matter: {str(error).splitlines()[0]}") from None
    if not isinstance(metadata, dict):
        raise BadFile("broken front matter: not a mapping of keys to values")
    body = body.strip("\n")
    if not body.strip():
        raise BadFile("no article text after the front matter")
    meta = {key: metadata.get(key) for key in _META_KEYS}
    meta["title"] = meta["title"] or _first_line(body)
    return _article(path, {"id": metadata.get("id") or path.stem, "text": body, **meta})


def _plain(path: Path, text: str) -> Article:
    title = _first_line(text)
    if not title:
        raise BadFile("empty file")
    return _article(path, {"id": path.stem, "title": title, "text": text})


def _html(path: Path, text: str) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, date_extraction_params={"extensive_search": False}
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise BadFile("no article text found in the HTML")
    meta = {
        "title": getattr(extracted, "title", None) or _first_line(body),
        "outlet": getattr(extracted, "sitename", None),
        "url": getattr(extracted, "url", None),
        "published": getattr(extracted, "date", None),
        "language": getattr(extracted, "language", None),
    }
    return _article(path, {"id": path.stem, "text": normalise(body), **meta})


def _jsonl(path: Path, text: str, errors: list[LoadError]) -> Iterator[Article]:
    good = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(LoadError(path=str(path), line=number, reason=f"bad JSON: {error.msg}"))
            continue
        if not isinstance(record, dict) or not record.get("id") or not isinstance(record.get("text"), str):
            errors.append(
                LoadError(
                    path=str(path), line=number, reason="needs an object with a non-empty 'id' and a 'text' string"
                )
            )
            continue
        body = normalise(record["text"])
        if not body.strip():
            errors.append(LoadError(path=str(path), line=number, reason="empty 'text'"))
            continue
        meta = {key: record.get(key) for key in _META_KEYS}
        meta["title"] = meta["title"] or _first_line(body)
        try:
            yield _article(path, {"id": record["id"], "text": body, **meta})
            good += 1
        except BadFile as error:
            errors.append(LoadError(path=str(path), line=number, reason=str(error)))
    if not good and not any(e.path == str(path) for e in errors):
        raise BadFile("no articles in this JSON Lines file")


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:300]
    return ""
