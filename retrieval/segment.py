"""Split an article into sentences and passages, each with exact character offsets.

Sentence boundaries come from SoMaJo (German and English web/news text: "12. Oktober", "z. B.",
"Nr. 5", „…“). Two things are decided here, around the library, because news text needs them:
a line break ends a block (headlines carry no full stop), and a sentence that ends inside an open
quotation („Was tun sie dort? Das bleibt abzuwarten“, sagte er.) is joined with its continuation.
Passages are windows of consecutive whole sentences, at most ``max_chars`` long.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from retrieval.models import Article, Passage, Sentence
from retrieval.nlp import somajo, somajo_lock

MAX_PASSAGE_CHARS = 1000
_MAX_QUOTE_JOIN = 3
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[^\W\d_a-zäöüß])")  # blank line, or a line not starting lowercase


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the text between hard breaks, trimmed of surrounding whitespace."""
    start = 0
    for match in _BLOCK_BREAK.finditer(text):
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def sentence_spans(text: str, language: str = "de") -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text``, in order, none overlapping."""
    tokenised = _tokenised(text, language)
    found = [part for span in tokenised.sentences for part in _split_after_number(text, span, tokenised.tokens)]
    spans = [(a, b) for a, b in found if any(c.isalnum() for c in text[a:b])]  # no bare "." sentences
    return _join_open_quotes(text, spans)


_ORDINAL = re.compile(r"\d+\.")
#: Words that open a sentence and never follow an ordinal ("am 3. Oktober", "zum 20. Jahrestag").
_SENTENCE_OPENERS = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ich Man Dies Diese Dieser Dieses In Im Auch "
    "Doch Aber Damit Dabei Danach Demnach Nach Seit Mit Bei Für Zudem Außerdem So Dann".split()
)


def _split_after_number(text: str, span: tuple[int, int], tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence that ends in a number and its full stop, which SoMaJo read as an ordinal and ran into the next
    ("stieg von sechs auf 92. Der dramatische Anteil …"): split where a word that opens a sentence and a lower-case
    word follow the number ("92. | Der dramatische"; not "am 3. Oktober", "zum 20. Jahrestag", "3. Die Polizei")."""
    start, end = span
    lo = bisect.bisect_left(tokens, (start, start))
    hi = bisect.bisect_left(tokens, (end, end), lo)
    parts: list[tuple[int, int]] = []
    for k in range(lo, hi - 2):
        number, opener, after = (text[a:b] for a, b in tokens[k : k + 3])
        if tokens[k][0] > start and _ORDINAL.fullmatch(number) and opener in _SENTENCE_OPENERS and after[:1].islower():
            parts.append((start, tokens[k][1]))
            start = tokens[k + 1][0]
    parts.append((start, end))
    return parts


def token_spans(text: str, start: int, end: int, language: str = "de") -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of every token of ``text[start:end]`` as segmenting the whole text found them (the
    article just segmented is kept, so attribution reads its tokens without tokenising again); None if a token
    crosses ``start`` or ``end`` (a span that is not a union of the segmenter's sentences)."""
    flat = _tokenised(text, language).tokens
    lo = bisect.bisect_left(flat, (start, start))
    hi = bisect.bisect_left(flat, (end, end), lo)
    if (lo > 0 and flat[lo - 1][1] > start) or (hi > lo and flat[hi - 1][1] > end):
        return None
    return flat[lo:hi]


class _Tokens(NamedTuple):
    sentences: list[tuple[int, int]]  # SoMaJo's sentences
    tokens: list[tuple[int, int]]  # all their tokens (none empty), in order


@functools.lru_cache(maxsize=4)
def _tokenised(text: str, language: str) -> _Tokens:
    """SoMaJo's sentences and tokens of ``text``, block by block (kept for the few articles in hand)."""
    sentences: list[tuple[int, int]] = []
    tokens: list[tuple[int, int]] = []
    splitter = somajo(language)
    with somajo_lock():  # SoMaJo keeps per-call state; one tokenizer is shared by all threads
        for base, block_end in _blocks(text):
            for sentence in splitter.tokenize_text([text[base:block_end]]):
                if not sentence:  # a block of zero-width or control characters only
                    continue
                first, last = sentence[0].character_offset, sentence[-1].character_offset
                if first is None or last is None:
                    continue
                sentences.append((base + first[0], base + last[1]))
                tokens.extend((base + a, base + b) for a, b in (t.character_offset for t in sentence) if b > a)
    return _Tokens(sentences, tokens)


def _join_open_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    run = 0
    for start, end in spans:
        if (
            joined
            and run < _MAX_QUOTE_JOIN
            and _quote_open(text[joined[-1][0] : joined[-1][1]])
            and "\n" not in text[joined[-1][1] : start]
        ):
            joined[-1] = (joined[-1][0], end)
            run += 1
        else:
            joined.append((start, end))
            run = 1
    return joined


def _quote_open(sentence: str) -> bool:
    opened = sum(sentence.count(c) for c in "„»‚") - sum(sentence.count(c) for c in "“«‘")
    if opened > 0:
        return True
    if "„" not in sentence and "»" not in sentence:
        return sentence.count('"') % 2 == 1
    return False


def words(article: Article) -> set[str]:
    """The distinct tokens of ``article`` as written, as segmenting found them (the article just segmented is kept:
    no second tokenising)."""
    text = article.text
    return {text[a:b] for a, b in _tokenised(text, article.language).tokens}


def sentences(article: Article) -> list[Sentence]:
    return [
        Sentence(doc_id=article.id, index=i, start=a, end=b, text=article.text[a:b])
        for i, (a, b) in enumerate(sentence_spans(article.text, article.language))
    ]


def passages(article: Article, units: list[Sentence], max_chars: int = MAX_PASSAGE_CHARS) -> list[Passage]:
    """Greedy windows of consecutive sentences, each at most ``max_chars`` unless one sentence is longer."""
    if max_chars <= 0:
        raise ValueError(f"max_chars must be > 0, got {max_chars}")
    windows: list[list[Sentence]] = []
    for sentence in units:
        if windows and sentence.end - windows[-1][0].start <= max_chars:
            windows[-1].append(sentence)
        else:
            windows.append([sentence])
    return [
        Passage(
            doc_id=article.id,
            index=i,
            start=w[0].start,
            end=w[-1].end,
            first_sentence=w[0].index,
            last_sentence=w[-1].index,
            text=article.text[w[0].start : w[-1].end],
        )
        for i, w in enumerate(windows)
    ]
