"""bot.render: Answer -> Telegram HTML chunks that the fake Bot API's validator accepts."""

from __future__ import annotations

import pytest
from botapi import FakeBotApi, parse_html
from botapi.html import ParsedText
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Bot
from telegram.constants import ParseMode

from bot.render import MAX_MESSAGE_CHARS, render_answer, render_claim, render_plain
from retrieval.models import Answer, Claim

NASTY = [
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;b&gt;",
    "</blockquote>",
    "<b>",
    '"',
    "'",
    "😀",
    "👩‍👩‍👧",
    "🇩🇪",
    "👍🏽",
    "é",
    "\u202e",
    "\u200b",
    "\u200d",
    "שלום",
    "مرحبا",
    " ",
    "\n",
    "\t",
    "\u00a0",
]
texts = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(NASTY)), max_size=12).map("".join)
huge = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["a b ", "x", "😀", "Wort, ", "&<\n", "e\u0301"]),
    st.integers(1, 5000),
)
urls = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "https://www.tagesschau.de/a?b=1&c=2",
            'https://e.org/"><script>alert(1)</script>',
            "http://e.org/it's",
            "javascript:alert(1)",
            "ftp://e.org/x",
            "https://",
            "https://e.org/a b",
        ]
    ),
    texts,
)
dates = st.one_of(st.none(), st.sampled_from(["2024-03-01", "2024-03-01T10:15:00+01:00", "gestern"]), texts)
claims = st.builds(
    Claim,
    doc_id=st.just("doc"),
    start=st.just(0),
    end=st.just(0),
    quote=st.one_of(texts, huge),
    figure=st.one_of(st.none(), texts),
    source=st.one_of(st.none(), texts),
    title=st.one_of(texts, huge),
    outlet=st.one_of(st.none(), texts),
    url=urls,
    published=dates,
    note=st.one_of(st.none(), texts),
)
answers = st.builds(
    Answer,
    question=texts,
    kind=st.sampled_from(["figure", "who_said", "quote_check", "general"]),
    language=st.sampled_from(["de", "en"]),
    found=st.booleans(),
    verdict=st.one_of(st.none(), st.sampled_from(["verbatim", "paraphrase", "not_found"])),
    claims=st.lists(claims, max_size=4),
    message=st.one_of(texts, huge),
    differences=st.lists(texts, max_size=3),
)


def blockquotes(parsed: ParsedText) -> list[str]:
    """The text under each blockquote entity (offsets are UTF-16 code units)."""
    units = parsed.text.encode("utf-16-le")
    return [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in parsed.entities
        if e["type"] == "blockquote"
    ]


def check_chunks(answer: Answer, chunks: list[str], limit: int) -> list[ParsedText]:
    parsed = [parse_html(chunk) for chunk in chunks]  # the fake Bot API's own validator, strict
    for one in parsed:
        assert one.length <= limit
        assert one.text.strip(" \t\r\n"), "Telegram rejects a message that is only whitespace"
    quoted = "".join(quote for p in parsed for quote in blockquotes(p))
    assert quoted == "".join(claim.quote for claim in answer.claims)
    return parsed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, lang=st.sampled_from(["de", "en", "fr"]))
def test_any_answer_renders_to_valid_chunks_within_4096(answer: Answer, lang: str) -> None:
    check_chunks(answer, render_answer(answer, lang), MAX_MESSAGE_CHARS)
    plain = render_plain(answer, lang)
    for claim in answer.claims:
        for line in claim.quote.splitlines():
            assert f"> {line}" in plain


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, limit=st.integers(64, 700))
def test_small_limits_split_safely_everywhere(answer: Answer, limit: int) -> None:
    check_chunks(answer, render_answer(answer, "de", limit=limit), limit)


def claim(n: int, quote: str, **fields: object) -> Claim:
    values: dict[str, object] = {"doc_id": f"d{n}", "start": 0, "end": len(quote), "quote": quote}
    values.update(fields)
    return Claim.model_validate(values)


def test_german_answer_layout_escaping_and_links() -> None:
    answer = Answer(
        question="Wie viele Soldaten?",
        kind="figure",
        language="de",
        found=True,
        message="Laut Artikel <12.000> & mehr:",
        claims=[
            claim(
                1,
                'Rund 12.000 Soldaten <sollen> "bald" verlegt werden.',
                figure="12.000 Soldaten",
                source="Verteidigungsministerium",
                title="Truppen & Ziele",
                outlet="tagesschau.de",
                url='https://e.org/a?x=1&y="2"',
                published="2024-03-01",
            ),
            claim(2, "Keiner weiß es.", figure="3 Tage", title="Zweiter", url="javascript:alert(1)"),
        ],
    )
    [message] = render_answer(answer, "de")
    assert message.startswith("<b>Laut Artikel &lt;12.000&gt; &amp; mehr:</b>\n\n1. <b>12.000 Soldaten</b>")
    assert "— Quelle: Verteidigungsministerium\n" in message
    assert '<blockquote>Rund 12.000 Soldaten &lt;sollen&gt; "bald" verlegt werden.</blockquote>' in message
    assert '<a href="https://e.org/a?x=1&amp;y=&quot;2&quot;">Link</a>' in message
    assert "<i>Truppen &amp; Ziele</i> · tagesschau.de · 1.3.2024 · " in message
    assert "— der Artikel nennt keine Quelle" in message
    assert "javascript:alert(1)" in message and 'href="javascript' not in message
    parsed = parse_html(message)
    [link] = [e for e in parsed.entities if e["type"] == "text_link"]
    assert link["url"] == 'https://e.org/a?x=1&y="2"'


def test_english_wording_and_verdict_heading() -> None:
    answer = Answer(
        question='Did she say "no"?',
        kind="quote_check",
        language="en",
        found=True,
        verdict="paraphrase",
        claims=[claim(1, "She said maybe.", source="Jane Doe", published="2024-03-01T09:00:00")],
        differences=["'no' vs 'maybe'"],
    )
    [message] = render_answer(answer, "en")
    assert message.startswith("<b>The article says something similar, but not in these words.</b>\nDifferences:")
    assert "\n• 'no' vs 'maybe'" in message
    assert "1. Source: Jane Doe\n<blockquote>She said maybe.</blockquote>\n2024-03-01" in message
    plain = render_plain(answer, "en")
    assert "   > She said maybe." in plain and "1. Source: Jane Doe" in plain


def test_a_fact_asked_has_no_source_line_a_statement_does() -> None:
    """ "Who is Mark Rutte": the sentence states who he is, the article is its source; "The article names no source"
    beside it would say a statement lacks its speaker. A who-said answer naming nobody still says so."""
    fact = claim(1, "Mark Rutte ist Nato-Generalsekretär.")
    answer = Answer(question="who is rutte", kind="who_said", language="en", found=True, claims=[fact], intent="who_is")
    [message] = render_answer(answer, "en")
    assert "no source" not in message and "1. <blockquote>Mark Rutte ist Nato-Generalsekretär.</blockquote>" in message
    assert render_plain(answer, "en").splitlines()[2] == "1. > Mark Rutte ist Nato-Generalsekretär."
    assert "no source" not in render_claim(fact, "en", answer)
    sourced = answer.model_copy(update={"claims": [claim(1, "Er ist Generalsekretär.", source="Die Nato")]})
    assert "1. Source: Die Nato\n" in render_answer(sourced, "en")[0]
    said = answer.model_copy(update={"intent": "who_said"})
    assert "1. The article names no source.\n<blockquote>" in render_answer(said, "en")[0]
    assert "1. The article names no source." in render_plain(said, "en")
    assert "names no source" in render_claim(fact, "en")


def test_not_found_heading() -> None:
    answer = Answer(question="?", kind="general", language="de", found=False)
    assert render_answer(answer, "de") == ["<b>Dazu habe ich in den Artikeln nichts gefunden.</b>"]


def test_a_quote_found_nowhere_is_said_once() -> None:
    message = "I could not find this quote, or anything close to it, in the indexed articles."
    answer = Answer(question="?", kind="quote_check", language="en", found=False, verdict="not_found", message=message)
    assert render_answer(answer, "en") == [f"<b>{message}</b>"]
    bare = Answer(question="?", kind="quote_check", language="en", found=False, verdict="not_found")
    assert render_answer(bare, "en") == ["<b>I could not find this quote in the articles.</b>"]


def test_long_answers_split_at_claim_boundaries() -> None:
    quotes = [f"Satz {n}: " + "Wort " * 300 for n in range(6)]  # ~1,500 characters each
    answer = Answer(
        question="?",
        kind="general",
        language="de",
        found=True,
        claims=[claim(n, q, source="dpa") for n, q in enumerate(quotes)],
    )
    chunks = render_answer(answer, "de")
    assert len(chunks) == 3
    parsed = check_chunks(answer, chunks, MAX_MESSAGE_CHARS)
    assert [len(blockquotes(p)) for p in parsed] == [2, 2, 2]  # never a claim cut in two
    assert all("(Fortsetzung)" not in chunk for chunk in chunks)


def test_a_huge_quote_is_spread_over_blockquotes_at_whitespace() -> None:
    quote = " ".join(f"w{n}&<" for n in range(3000))  # ~20,000 characters
    answer = Answer(question="?", kind="general", language="de", found=True, claims=[claim(1, quote)])
    chunks = render_answer(answer, "de")
    parsed = check_chunks(answer, chunks, MAX_MESSAGE_CHARS)
    assert len(chunks) >= 5
    assert parsed[0].text.startswith("Das steht in den Artikeln:\n\n1. Der Artikel nennt keine Quelle.\n")
    for one in parsed[1:]:
        assert one.text.startswith("(Fortsetzung)\n")
    for piece in [q for p in parsed for q in blockquotes(p)][:-1]:
        assert piece.endswith(" ")


def test_limit_must_leave_room() -> None:
    answer = Answer(question="?", kind="general", language="en", found=False)
    with pytest.raises(ValueError, match="limit must be >= 64, got 10"):
        render_answer(answer, "en", limit=10)


async def test_rendered_chunks_are_accepted_by_the_fake_bot_api() -> None:
    quote = "Er sagte: <nein> & " * 600
    answer = Answer(
        question="?",
        kind="who_said",
        language="de",
        found=True,
        claims=[claim(1, quote, source="Scholz", url="https://e.org/?a=1&b=2"), claim(2, "kurz")],
    )
    chunks = render_answer(answer, "de")
    async with FakeBotApi(flood=None) as api:
        alice = api.user("Alice")
        api.send_text(alice, "frage")
        async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
            for chunk in chunks:
                await bot.send_message(alice.id, chunk, parse_mode=ParseMode.HTML)
        sent = api.sent_messages(alice)
    assert len(sent) == len(chunks) >= 3
    shown = "".join(m.text for m in sent)
    assert "Er sagte: <nein> &" in shown
