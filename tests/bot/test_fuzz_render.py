"""Fuzzing with hypothesis, bounded for CI: what ``test_render.py`` does not cover.

The bot's own paging (``views.answer_page`` with the "very long" note in front, every page) and the
inline ``render_claim``: valid Telegram HTML, ≤ 4096 characters, every quote intact and in order.
"""

from __future__ import annotations

from botapi import parse_html
from botapi.html import ParsedText
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prompts
from bot import views
from bot.handlers import MAX_QUESTION_CHARS
from bot.render import MAX_MESSAGE_CHARS, render_claim
from retrieval.models import Answer, Claim

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
