"""Fuzzing with hypothesis, bounded for CI: what ``test_question.py`` and ``test_corpus.py`` do not cover.

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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval import corpus
from retrieval.question import parse_question

BOUNDED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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
