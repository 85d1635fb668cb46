"""Fuzzing with hypothesis, bounded for CI: what ``test_render.py`` and ``test_question.py`` do not cover.

- the bot's own paging (``views.answer_page`` with the "very long" note in front, every page) and the
  inline ``render_claim``: valid Telegram HTML, ≤ 4096 characters, every quote intact and in order;
- ``parse_question`` on text built from the pieces its rules react to (quote marks, "did X say",
  "wie viele", numbers) rather than random characters only;
- the corpus loader on random bytes, odd encodings and broken front matter, in every file format:
  each file becomes articles or a named ``LoadError``, never an exception.
"""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from botapi import parse_html
from botapi.html import ParsedText
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prompts
from bot import views
from bot.handlers import MAX_QUESTION_CHARS
from bot.render import MAX_MESSAGE_CHARS, render_claim
from retrieval import corpus
from retrieval.models import Answer, Claim
from retrieval.question import parse_question

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------------------------------------ render

PIECES = [
    "<",
    ">",
    "&",
    "&amp;",
    "</blockquote>",
    "<b>",
    "\u200b",
    "\u202e",
    "👩‍👩‍👧",
    "e\u0301",
    "\n",
    " ",
    "„“",
]
texts = st.lists(st.one_of(st.text(max_size=15), st.sampled_from(PIECES)), max_size=10).map("".join)
quotes = st.one_of(
    texts.filter(str.strip),
    st.builds(lambda unit, n: unit * n, st.sampled_from(["Wort ", "ß", "😀", "&<", "a\u200d"]), st.integers(1, 2500)),
)
claims = st.builds(
    Claim,
    doc_id=st.text(min_size=1, max_size=10),
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    quote=quotes,
    figure=st.one_of(st.none(), texts),
    source=st.one_of(st.none(), texts),
    title=texts,
    outlet=st.one_of(st.none(), texts),
    url=st.one_of(st.none(), st.sampled_from(["https://e.org/?a=1&b=<2>", "javascript:x", "https://"])),
    note=st.one_of(st.none(), texts),
)
answers = st.builds(
    Answer,
    question=texts,
    kind=st.sampled_from(["figure", "who_said", "quote_check", "general"]),
    language=st.sampled_from(["de", "en"]),
    found=st.booleans(),
    verdict=st.one_of(st.none(), st.sampled_from(["verbatim", "paraphrase", "not_found"])),
    claims=st.lists(claims, max_size=12),
    message=texts,
    differences=st.lists(texts, max_size=3),
)


def blockquotes(parsed: ParsedText) -> list[str]:
    units = parsed.text.encode("utf-16-le")
    return [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in parsed.entities
        if e["type"] == "blockquote"
    ]


@BOUNDED
@given(answer=answers, per_page=st.integers(1, 8), long_question=st.booleans())
def test_every_page_the_bot_sends_is_valid_and_keeps_every_quote(
    answer: Answer, per_page: int, long_question: bool
) -> None:
    """What ``Handlers.send_page`` sends: the note in front of the first chunk, each page in turn."""
    lang = answer.language
    note = prompts.text("bot.too_long", lang, limit=MAX_QUESTION_CHARS) if long_question else ""
    prefix = f"<i>{note}</i>\n\n" if note else ""
    quoted: list[str] = []
    for page in range(views.page_count(answer, per_page)):
        chunks = views.answer_page(answer, lang, page, per_page, limit=MAX_MESSAGE_CHARS - len(prefix))
        assert chunks
        for number, chunk in enumerate(chunks):
            parsed = parse_html((prefix + chunk) if page == 0 and number == 0 else chunk)  # strict, as the server
            assert parsed.length <= MAX_MESSAGE_CHARS
            assert parsed.text.strip(" \t\r\n")
            quoted += blockquotes(parsed)
    assert "".join(quoted) == "".join(claim.quote for claim in answer.claims)


@BOUNDED
@given(claim=claims, lang=st.sampled_from(["de", "en"]))
def test_an_inline_result_is_valid_html_with_the_quote_intact(claim: Claim, lang: str) -> None:
    parsed = parse_html(render_claim(claim, lang))
    assert blockquotes(parsed) == [claim.quote]


# ---------------------------------------------------------------------------------------- question

FRAGMENTS = [
    "Did ",
    "Hat ",
    "say ",
    "gesagt",
    "sagte ",
    "Wie viele ",
    "How many ",
    "according to whom?",
    "laut wem?",
    '"',
    "'",
    "„",
    "“",
    "‚",
    "‘",
    "«",
    "»",
    "‹",
    "›",
    "`",
    "12.000 ",
    "1,5 Mio. ",
    "%",
    "?",
    "!",
    ":",
    "—",
    "Rutte ",
    "der Geheimdienst ",
    "\u200b",
    "\u202e",
    "\x00",
    "\n",
    "  ",
    "😀",
    "{0}",
    "%s",
    "\\",
]
questions = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=questions, default=st.sampled_from(["de", "en", "fr", ""]))
def test_parse_question_never_raises_on_question_shaped_text(text: str, default: str) -> None:
    q = parse_question(text, default_language=default)
    assert q.text == text and q.language in ("de", "en")
    assert q.kind in ("figure", "who_said", "quote_check", "general")
    if q.claimed_quote is not None:  # a quote the question claims is taken from the question
        assert q.claimed_quote.strip()
        assert " ".join(q.claimed_quote.split()) in " ".join(text.split())


# ------------------------------------------------------------------------------------------ corpus

SUFFIXES = [".md", ".txt", ".html", ".jsonl", ".markdown", ".htm"]
ENCODINGS = ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "utf-8"]
GERMAN = "Die Bürgermeisterin von Köln sagte: „Wir bauen 1.200 Wohnungen.“ Das kostet 45 Mio. Euro – grob."
front_matter = st.one_of(
    st.just("---\ntitle: [unclosed\n---\n"),
    st.just("---\n- a\n- list\n---\n"),
    st.just("---\nid: \npublished: 2024-13-45\n---\n"),
    st.just("---\ntitle: !!python/object:os.system ls\n---\n"),
    st.just("---\n: :\n\t- x\n---\n"),
    st.just("---\nid: x\n"),  # never closed
    st.just("---\n---\n"),
    st.builds(lambda k, v: f"---\n{k}: {v}\n---\n", st.text(max_size=10), st.text(max_size=20)),
)


def load_bytes(name: str, data: bytes) -> corpus.LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        result = corpus.load([path])
        for error in result.errors:
            assert error.path == str(path) and error.reason.strip(), error
        for article in result.articles:
            assert article.text.strip() and article.id
        assert result.articles or result.errors, "a file vanished without an article or a named error"
        return result


@BOUNDED
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_become_articles_or_named_errors(data: bytes, suffix: str) -> None:
    load_bytes(f"random{suffix}", data)


@BOUNDED
@given(encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from(SUFFIXES), extra=st.text(max_size=200))
def test_odd_encodings_become_articles_or_named_errors(encoding: str, suffix: str, extra: str) -> None:
    text = f"Titel\n{GERMAN}\n{extra}"
    if suffix == ".jsonl":
        text = '{"id": "a", "text": "' + GERMAN + '"}\n'
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    load_bytes(f"odd{suffix}", data)


@BOUNDED
@given(head=front_matter, body=st.one_of(st.just(GERMAN), st.text(max_size=100)), bom=st.booleans())
def test_broken_front_matter_becomes_an_article_or_a_named_error(head: str, body: str, bom: bool) -> None:
    data = (codecs.BOM_UTF8 if bom else b"") + (head + body).encode("utf-8", errors="replace")
    load_bytes("front.md", data)


@pytest.mark.parametrize(
    "head",
    [
        "---\ntitle: [unclosed\n---\n",
        "---\n- a\n- list\n---\n",
        "---\ntitle: !!python/object:os.system ls\n---\n",
    ],
)
def test_broken_front_matter_is_named_as_such(head: str) -> None:
    [error] = load_bytes("front.md", (head + GERMAN).encode()).errors
    assert error.reason.startswith("broken front matter")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_long_western_text_keeps_its_umlauts(encoding: str) -> None:
    [article] = load_bytes(
        "de.txt",
        f"Titel\n{GERMAN}\n{GERMAN}".replace("„", '"').replace("“", '"').replace("–", "-").encode(encoding),
    ).articles
    assert GERMAN.replace("„", '"').replace("“", '"').replace("–", "-") in article.text


def test_short_latin1_text_keeps_its_umlauts() -> None:
    [article] = load_bytes(
        "kurz.txt", "Käse in Füssen\nDie Molkerei verkaufte 4.321 Laibe.\n".encode("latin-1")
    ).articles
    assert "Käse in Füssen" in article.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom_are_read(encoding: str) -> None:
    [article] = load_bytes("unicode.txt", f"Titel\n{GERMAN}\n".encode(encoding)).articles
    assert GERMAN in article.text
