"""Text to tagged sentences: SoMaJo splits lines into sentences and tokens, HanTa tags and lemmatises them.

Given the segmenter's sentences, the tokens segmenting found are reused (``segment.token_spans``): an indexed
article is tokenised once. Tagging is the expensive step, so a cheap prefilter (``maybe_cue``) skips sentences
without a speech-verb stem in a word that can be a verb, an according-to word or a quotation mark; only
sentences that pass are tagged (carry-over tags the few it needs later).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from retrieval.attribution.lexicon import (
    ABLAUT_FORMS,
    CONTENT_NOUN_SUFFIXES,
    ESTIMATE_VERBS,
    FINDING_NOUN_SUFFIXES,
    FRAME_VERBS,
    INFO_NOUN_SUFFIXES,
    JUDGING_VERBS,
    PARTICLES,
    PREFILTER_WORDS,
    REPORT_VERBS,
    SPEECH_VERBS,
)
from retrieval.attribution.tokens import Sent, Tok
from retrieval.nlp import QUOTE_CHARS, somajo, somajo_lock, tagger
from retrieval.segment import token_spans

log = logging.getLogger(__name__)


_PARA_RE = re.compile(r"[^\n]+")
_FALLBACK_TOKEN_RE = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")
_FALLBACK_SENT_END = frozenset(".!?")
_MAX_PARA_CHARS = 20000
_MAX_TAG_TOKENS = 200


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Lines of ``text`` (news paragraphs) with their offsets; overly long lines are cut in pieces."""
    for m in _PARA_RE.finditer(text):
        if m.group().strip():
            yield from _pieces(text, m.start(), m.end())


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """``text[start:end]`` in pieces SoMaJo handles quickly, each with its offset."""
    for off in range(start, end, _MAX_PARA_CHARS):
        yield off, text[off : min(end, off + _MAX_PARA_CHARS)]


def _token_groups(base: int, chunk: str) -> list[list[Tok]]:
    """SoMaJo's sentences of ``chunk``; the regex fallback if SoMaJo fails."""
    try:
        return _somajo_sentences(base, chunk)
    except Exception:  # odd input must never break attribution
        log.debug("SoMaJo failed; using the regex fallback", exc_info=True)
        return _fallback_sentences(base, chunk)


def _somajo_sentences(base: int, chunk: str) -> list[list[Tok]]:
    """Sentences of one paragraph via SoMaJo, offsets shifted by ``base``."""
    out: list[list[Tok]] = []
    with somajo_lock():
        for sent in somajo("de").tokenize_text([chunk]):
            toks = []
            for t in sent:
                a, b = t.character_offset
                if b > a:
                    toks.append(Tok(chunk[a:b], base + a, base + b))
            if toks:
                out.append(toks)
    return out


def _fallback_sentences(base: int, chunk: str) -> list[list[Tok]]:
    """A regex tokenizer/sentence splitter used if SoMaJo fails on odd input."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for m in _FALLBACK_TOKEN_RE.finditer(chunk):
        cur.append(Tok(m.group(), base + m.start(), base + m.end()))
        if m.group() in _FALLBACK_SENT_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _span_tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of one segmenter sentence: those segmenting found (no second SoMaJo pass), else its own."""
    known = token_spans(text, start, end)
    if known is not None:
        return [Tok(text[a:b], a, b) for a, b in known]
    return [tok for base, chunk in _pieces(text, start, end) for toks in _token_groups(base, chunk) for tok in toks]


def split_sentences(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Sent]:
    """The sentences of ``text`` with absolute token offsets: each of ``spans`` tokenised as one sentence
    (the segmenter's), or without spans SoMaJo's sentences of each line."""
    if spans is None:
        groups = [toks for base, chunk in _paragraphs(text) for toks in _token_groups(base, chunk)]
    else:
        groups = [_span_tokens(text, start, end) for start, end in spans]
    groups = [part for g in groups for part in _split_after_number(g)]
    return [Sent(toks, i) for i, toks in enumerate(g for g in groups if g)]


_ORDINAL_RE = re.compile(r"\d+\.")
#: Words that open a sentence and never follow an ordinal ("am 3. Oktober", but "des Modells 3. Ein Sprecher …").
_SENTENCE_OPENERS = frozenset(
    "Der Die Das Den Dem Ein Eine Einer Er Sie Es Dies Diese Dieser Dieses Man Wir Ich Demnach Danach".split()
)


def _split_after_number(toks: list[Tok]) -> list[list[Tok]]:
    """A sentence that ends in a number and its full stop, read as an ordinal and run into the next sentence ("…
    Auslieferung des Modells 3. Ein Sprecher von Tesla teilte mit: …"): split where an article or pronoun that opens
    a sentence follows."""
    out: list[list[Tok]] = []
    start = 0
    for k in range(len(toks) - 1):
        if _ORDINAL_RE.fullmatch(toks[k].text) and toks[k + 1].text in _SENTENCE_OPENERS and k > start:
            out.append(toks[start : k + 1])
            start = k + 1
    out.append(toks[start:])
    return out


#: Prefixes a participle or "zu" infinitive splits from a verb's stem ("vorher|ge|sagt", "zurück|ge|wiesen").
_SPLIT_PREFIXES = frozenset({"davon", "her", "hervor", "vorher", "zurück"})


def _verb_stem(lemma: str) -> str:
    """A stem of a speech-verb lemma found in its inflected forms ("mitteilen" -> "teil", "vorhersagen" -> "sag")."""
    prefixes = sorted(PARTICLES | _SPLIT_PREFIXES, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for p in prefixes:
            if lemma.startswith(p) and len(lemma) - len(p) >= 4:
                lemma = lemma[len(p) :]
                stripped = True
                break
    return lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma


#: Tokens after which a capitalised word may still be a verb ("Bestätigt wurde …", "Zitat: Sagte er …").
_CLAUSE_OPENERS = frozenset(":;(–-") | frozenset(QUOTE_CHARS)


@lru_cache(maxsize=1)
def _cue_word_re() -> re.Pattern[str]:
    """One regex for the words of according-to phrases, the end of an information noun ("nach Polizeiangaben",
    "seiner Meinung nach"), of a finding noun ("Wie eine Studie ergab") or of a noun of saying ("die Ansicht,
    …"), quotation marks and the colon."""
    words = sorted((re.escape(w) for w in PREFILTER_WORDS), key=len, reverse=True)
    suffixes = {*INFO_NOUN_SUFFIXES, *CONTENT_NOUN_SUFFIXES, *FINDING_NOUN_SUFFIXES}
    nouns = sorted((re.escape(w) for w in suffixes), key=len, reverse=True)
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(words)})(?!\w)|(?:{'|'.join(nouns)})(?!\w)|[{re.escape(QUOTE_CHARS)}:]", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern[str]:
    """One regex for the stems and ablaut forms of speech, report and estimate verbs."""
    verbs = SPEECH_VERBS | REPORT_VERBS | FRAME_VERBS | JUDGING_VERBS | ESTIMATE_VERBS.keys()
    words = {_verb_stem(v) for v in verbs} | set(ABLAUT_FORMS)
    alts = sorted((re.escape(w) for w in words if len(w) >= 2), key=len, reverse=True)
    return re.compile("|".join(alts), re.IGNORECASE)


def maybe_cue(text: str, sent: Sent) -> bool:
    """Cheap test before tagging: sentences without any cue-like string are not analysed.

    A verb stem counts only in a word that can be a verb: a lowercase one, or a capitalised one that opens
    the sentence or a clause. "Teil", "Gebäude", "Regierung" or "Deutschland" (stems of "mitteilen",
    "angeben", "regen", "andeuten") are nouns, and most sentences hold one.
    """
    if _cue_word_re().search(text, sent.start, sent.end) is not None:
        return True
    verb = _verb_re()
    toks = sent.toks
    return any(
        (tok.text[:1].islower() or k == 0 or toks[k - 1].text in _CLAUSE_OPENERS) and verb.search(tok.text)
        for k, tok in enumerate(toks)
    )


@lru_cache(maxsize=65536)
def _lemma(word: str, tag: str) -> str:
    """HanTa lemma of ``word`` given its tag (cached; only verbs need one)."""
    model = tagger("de")
    try:
        return str(model.analyze(word, pos=tag, taglevel=1)[0]) if model is not None else word.lower()
    except Exception:  # HanTa raises on odd input
        return word.lower()


def _norm_tag(tag: str) -> str:
    """HanTa's 'VV(FIN)' -> STTS 'VVFIN'."""
    return tag.replace("(", "").replace(")", "")


def tag_sentence(sent: Sent) -> None:
    """Fill in HanTa tags and lemmas (in place); leaves 'XY' on failure."""
    words = [t.text for t in sent.toks]
    model = tagger("de")
    if model is None or len(words) > _MAX_TAG_TOKENS:
        return
    try:
        tags = model.tag_sent(words, taglevel=0)
    except Exception:
        log.debug("HanTa failed on a sentence", exc_info=True)
        return
    previous = ""
    for tok, tag in zip(sent.toks, tags, strict=False):
        raw = str(tag)
        tok.tag = (
            "NE"
            if _WEB_NAME_RE.match(tok.text)
            or _capitalised_midway(tok.text, raw, previous)
            or _lettered_number(tok.text, raw)
            else _norm_tag(raw)
        )
        tok.lemma = _lemma(tok.text, raw) if tok.tag[:2] in ("VV", "VA", "VM") else tok.text
        previous = tok.text


def _capitalised_midway(word: str, tag: str, previous: str) -> bool:
    """An adverb or predicative adjective written capitalised inside a clause is a name ("…, sagte Klug",
    "Kurz betonte", after a word, not at the start of a sentence or a quotation)."""
    return tag in ("ADJ(D)", "ADV") and word[:1].isupper() and word[1:2].islower() and previous[:1].isalnum()


def _lettered_number(word: str, tag: str) -> bool:
    """A capitalised word of letters with digits at its end ("Pro7", "Tele2", "Sport24") that HanTa reads as a
    number for its digits: a name (of a company, a channel, a product), as HanTa reads "A1" or "G7"."""
    return tag == "CARD" and _LETTERED_NUMBER_RE.match(word) is not None


#: A capitalised word whose letters, a lower-case one among them, end in digits ("Pro7", "ZiB2").
_LETTERED_NUMBER_RE = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*[a-zäöüß][A-Za-zÄÖÜäöüß]*\d+$")


#: A web site's name ("t-online.de", "faz.net", "Spiegel.de"): a medium, a proper name whatever the tagger says.
_WEB_NAME_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|eu|info|fr|uk|ru|it|es)$", re.IGNORECASE)
