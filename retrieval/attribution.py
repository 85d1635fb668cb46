"""Quotation attribution for German (and, secondarily, English) news text: who says what.

``attribute(text)`` returns :class:`~retrieval.models.Attribution` objects whose spans are Python
string offsets into ``text`` (end-exclusive).  The rules are written for the *kinds* of constructions
found in news prose:

* direct quotes in „…“, "…", »…«, «…», ‚…‘, “…” with a speech frame before ("X sagte: „…“"), after
  ("„…“, sagte X." / "„…“, so X.") or from the surrounding attributed sentence;
* reported speech: a speech verb with a content clause ("X sagte, dass …", "X erklärte, die
  Kooperation müsse …", "…, sagte X." also without quotation marks as in 10kGNAD, "…, so X.");
* according-to phrases ("laut X", "X zufolge", "nach Angaben von X", "gemäß X", "wie X berichtete",
  "unter Berufung auf X", "demnach", "hieß es");
* reported acts with a communicative verb and no content clause ("X sprach von …", "X kündigte … an");
* carry-over: sentences in Konjunktiv I (or with hearsay "soll") right after an attribution continue
  its speaker (kind ``carried_over``).

The speaker is kept as written (a pronoun stays a pronoun, as in the gold annotation);
:func:`resolve_speaker` offers a cheap antecedent for pronouns, and :func:`speaker_for_span` finds
the attribution that covers a sentence.  SoMaJo (tokens, sentences, character offsets) and HanTa
(lemmas, STTS-like tags) are loaded once, lazily; nothing is downloaded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from retrieval.models import Attribution

log = logging.getLogger(__name__)

Kind = Literal["direct", "indirect", "reported", "according_to", "carried_over"]

# ---------------------------------------------------------------------------------------------
# Lexicon (module constants, data-driven)
# ---------------------------------------------------------------------------------------------


def _entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one a line, ``#`` lines are comments, ``"…"`` keeps spaces."""
    text = (resources.files("retrieval") / "attribution" / "data" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        out.append(entry[1:-1] if len(entry) > 1 and entry[0] == entry[-1] == '"' else entry)
    return tuple(out)


def _words(name: str) -> frozenset[str]:
    """A word list of ``data/<name>`` as a set."""
    return frozenset(_entries(name))


def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A TSV of ``data/<name>``: key -> its space-separated values ("-" stands for the empty string)."""
    rows = (entry.split("\t") for entry in _entries(name))
    return {key: tuple("" if v == "-" else v for v in values.split()) for key, values in rows}


#: Opening quotation mark -> closing mark(s).  ASCII marks pair with themselves.
QUOTE_PAIRS: dict[str, str] = {"„": '“”"', "»": "«", "«": "»", "‚": "‘’", "“": '”"', '"': '"', "‹": "›"}
QUOTE_CHARS = '„“”"«»‚‘’‹›'
MAX_QUOTE_CHARS = 3000

#: Speech-verb lemmas (HanTa lemma, separable particle re-attached) that frame a content clause.
SPEECH_VERBS = _words("speech_verbs.txt")

#: Verbs that also make a whole sentence a *reported* act without a content clause ("X sprach von …").
REPORT_VERBS = _words("report_verbs.txt")

ALL_SPEECH_VERBS = SPEECH_VERBS | REPORT_VERBS

#: Estimate verbs that report a source's figure ("X bezifferte den Schaden auf 200 Millionen Euro"):
#: lemma -> the words introducing the figure ("" = the figure is the direct object, "zählte 300 Tote").
ESTIMATE_VERBS = _table("estimate_verbs.tsv")
#: Number words that make a phrase a figure even without digits.
NUMBER_WORDS = _words("number_words.txt")
#: Words allowed between a figure's preposition and its number ("auf bis zu 200", "mit rund 3").
FIGURE_QUALIFIERS = _words("figure_qualifiers.txt")
#: Verbs that can make a whole sentence a reported act (report verbs and estimate verbs).
REPORTING_LEXICON = REPORT_VERBS | ESTIMATE_VERBS.keys()

#: Past/present stems that differ from the lemma's ("sprach", "gab", "wies") for the cheap prefilter.
ABLAUT_FORMS = _entries("ablaut_forms.txt")
#: Words that signal an according-to phrase or hearsay for the cheap prefilter.
PREFILTER_WORDS = _entries("prefilter_words.txt")

#: Lemmas that only count as speech verbs with a particular particle or pronominal adverb nearby.
NEEDS_COMPANION = _table("needs_companion.tsv")

#: Separable particles HanTa tags PTKVZ; joined with the verb lemma ("teilen" + "mit" -> "mitteilen").
PARTICLES = _words("particles.txt")

#: Prepositional according-to cues: cue word -> speaker side.
PREP_CUES_AFTER = frozenset({"laut", "gemäß", "lt."})
PREP_CUES_BEFORE = frozenset({"zufolge"})

#: Nouns that make "nach X" an according-to phrase (matched as a suffix of the lowercased head noun).
INFO_NOUN_SUFFIXES = _entries("info_noun_suffixes.txt")

#: Multi-word cues handled as fixed token sequences (lowercased).
BERUFUNG_CUE = ("unter", "berufung", "auf")
HEARSAY_PHRASES = tuple(tuple(p.split()) for p in _entries("hearsay_phrases.txt"))
#: Adverbs that attribute the rest of the sentence to the previous sentence's source (speaker = itself).
ADVERB_CUES = frozenset({"demnach"})

#: Konjunktiv I finite forms that are unambiguous enough on their own.
KONJ1_FORMS = _words("konj1_forms.txt")
#: Konjunktiv II forms used for reported speech when Konjunktiv I looks like the indicative.
KONJ2_FORMS = _words("konj2_forms.txt")
HEARSAY_MODALS = frozenset({"soll", "sollen"})
#: Auxiliaries after a participle that make the clause passive ("bezeichnet worden", "geschätzt werden").
PASSIVE_AUXILIARIES = frozenset({"worden", "werden", "wird", "wurde", "wurden"})

#: Nouns before a quotation that make it a name, not a quote ("das Raumschiff „Shenzhou 6“").
NAMING_WORDS = _words("naming_words.txt")

#: Nouns that introduce a quoted expression rather than a name ("die Bezeichnung „Gesindel“").
QUOTE_NOUNS = _words("quote_nouns.txt")

PRONOUN_SPEAKERS = _words("pronoun_speakers.txt")
NP_TAGS = frozenset("ART ADJA NN NE NNA CARD PPOSAT PIAT PDAT TRUNC FM XY PIDAT".split())
NOUN_TAGS = frozenset(["NN", "NE", "NNA", "FM", "XY", "CARD", "TRUNC"])
NP_START_TAGS = frozenset("ART ADJA NN NE NNA PPER PIS PDS PPOSAT PIAT PDAT CARD TRUNC FM XY PIDAT".split())
POSTMOD_PREPS = frozenset("von vom aus in im für zur zum der des".split())
OBLIQUE_ARTICLES = frozenset(["dem", "den", "einem", "einen"])
#: Determiner tags, and determiners without "-es"/"-er" that never open a genitive ("die Stadt des …").
DETERMINER_TAGS = frozenset(["ART", "PIAT", "PIDAT", "PDAT", "PPOSAT"])
NON_GENITIVE_DETERMINERS = frozenset(["das", "ein", "kein", "sein", "mein", "dein", "ihr", "unser", "euer"])
NOMINATIVE_PRONOUNS = frozenset(["er", "sie", "wir", "ich", "ihr", "man"])
FOCUS_WORDS = _words("focus_words.txt")
SUBJECT_MAX_TOKENS = 22
#: Tags of words that open a verb-final (subordinate, relative, interrogative) clause.
SUBCLAUSE_TAGS = frozenset(["KOUS", "PRELS", "PRELAT", "PWS", "PWAV"])
#: Subordinators the tagger may read as prepositions/particles; verb-final position decides.
AMBIGUOUS_SUBORDINATORS = frozenset(["als", "wenn", "seit", "bis", "während", "da", "nachdem", "bevor"])
#: Punctuation that delimits the comma segments of a sentence.
CLAUSE_PUNCT = frozenset([",", ";", ":", "–", "(", ")"])
#: Longest quoted fragment (tokens) read as part of the surrounding clause rather than as a quote.
INLINE_QUOTE_MAX_TOKENS = 8

#: English cues.
EN_SAY_VERBS = "|".join(_entries("en_say_verbs.txt"))
EN_MARKERS = frozenset("the and of to is are was were said that with for has have according".split())
DE_MARKERS = frozenset("der die das und ist sind nicht mit von sich dass ein eine den dem des auf".split())


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    """A token with character offsets into the full text, its HanTa tag and lemma."""

    text: str
    start: int
    end: int
    tag: str = "XY"
    lemma: str = ""
    #: A quotation mark of a short quoted fragment inside a clause (den „sofortigen Abzug“ der Truppen).
    inline: bool = False

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class _Sent:
    """A sentence: its tokens (absolute offsets) and the paragraph it belongs to."""

    toks: list[_Tok]
    para: int
    index: int = 0

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


@dataclass(slots=True)
class _Cand:
    """An attribution under construction (token indices resolved to character spans)."""

    q: tuple[int, int]
    kind: Kind
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    cue_text: str | None = None
    sent: int = -1
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Models (lazy singletons)
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """The SoMaJo tokenizer/sentence splitter, loaded once."""
    from somajo import SoMaJo

    return SoMaJo("de_CMC", split_sentences=True, character_offsets=True)


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """The HanTa tagger, loaded once."""
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


# ---------------------------------------------------------------------------------------------
# Tokenisation and tagging
# ---------------------------------------------------------------------------------------------

_PARA_RE = re.compile(r"[^\n]+")
_FALLBACK_TOKEN_RE = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")
_FALLBACK_SENT_END = frozenset(".!?")
_MAX_PARA_CHARS = 20000
_MAX_TAG_TOKENS = 200


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Lines of ``text`` (news paragraphs) with their offsets; overly long lines are cut in pieces."""
    for m in _PARA_RE.finditer(text):
        chunk = m.group()
        if not chunk.strip():
            continue
        for off in range(0, len(chunk), _MAX_PARA_CHARS):
            yield m.start() + off, chunk[off : off + _MAX_PARA_CHARS]


def _somajo_sentences(base: int, chunk: str) -> list[list[_Tok]]:
    """Sentences of one paragraph via SoMaJo, offsets shifted by ``base``."""
    out: list[list[_Tok]] = []
    for sent in _tokenizer().tokenize_text([chunk]):
        toks = []
        for t in sent:
            a, b = t.character_offset
            if b > a:
                toks.append(_Tok(chunk[a:b], base + a, base + b))
        if toks:
            out.append(toks)
    return out


def _fallback_sentences(base: int, chunk: str) -> list[list[_Tok]]:
    """A regex tokenizer/sentence splitter used if SoMaJo fails on odd input."""
    out: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for m in _FALLBACK_TOKEN_RE.finditer(chunk):
        cur.append(_Tok(m.group(), base + m.start(), base + m.end()))
        if m.group() in _FALLBACK_SENT_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _split(text: str) -> list[_Sent]:
    """All sentences of ``text`` with absolute token offsets."""
    sents: list[_Sent] = []
    for para, (base, chunk) in enumerate(_paragraphs(text)):
        try:
            groups = _somajo_sentences(base, chunk)
        except Exception:  # odd input must never break attribution
            log.debug("SoMaJo failed; using the regex fallback", exc_info=True)
            groups = _fallback_sentences(base, chunk)
        for toks in groups:
            sents.append(_Sent(toks, para, len(sents)))
    return sents


def _verb_stem(lemma: str) -> str:
    """A stem of a speech-verb lemma found in its inflected forms ("mitteilen" -> "teil")."""
    for p in sorted(PARTICLES | {"davon"}, key=len, reverse=True):
        if lemma.startswith(p) and len(lemma) - len(p) >= 4:
            lemma = lemma[len(p) :]
            break
    return lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma


@lru_cache(maxsize=1)
def _prefilter_re() -> re.Pattern[str]:
    """One regex for "might this sentence hold a cue": verb stems, ablaut forms, cue words, marks, colon."""
    verbs = SPEECH_VERBS | REPORT_VERBS | ESTIMATE_VERBS.keys()
    words = {_verb_stem(v) for v in verbs} | set(ABLAUT_FORMS) | set(PREFILTER_WORDS)
    alts = sorted((re.escape(w) for w in words if len(w.strip()) >= 2), key=len, reverse=True)
    return re.compile("|".join(alts) + "|[" + re.escape(QUOTE_CHARS) + ":]", re.IGNORECASE)


def _maybe_cue(text: str, sent: _Sent) -> bool:
    """Cheap test before tagging: sentences without any cue-like string are not analysed."""
    return _prefilter_re().search(text, sent.start, sent.end) is not None


@lru_cache(maxsize=65536)
def _lemma(word: str, tag: str) -> str:
    """HanTa lemma of ``word`` given its tag (cached; only verbs need one)."""
    try:
        return str(_tagger().analyze(word, pos=tag, taglevel=1)[0])
    except Exception:
        return word.lower()


def _norm_tag(tag: str) -> str:
    """HanTa's 'VV(FIN)' -> STTS 'VVFIN'."""
    return tag.replace("(", "").replace(")", "")


def _tag(sent: _Sent) -> None:
    """Fill in HanTa tags and lemmas (in place); leaves 'XY' on failure."""
    words = [t.text for t in sent.toks]
    if len(words) > _MAX_TAG_TOKENS:
        return
    try:
        tags = _tagger().tag_sent(words, taglevel=0)
    except Exception:
        log.debug("HanTa failed on a sentence", exc_info=True)
        return
    for tok, tag in zip(sent.toks, tags, strict=False):
        raw = str(tag)
        tok.tag = _norm_tag(raw)
        tok.lemma = _lemma(tok.text, raw) if tok.tag[:2] in ("VV", "VA", "VM") else tok.text


# ---------------------------------------------------------------------------------------------
# Direct quotes (quotation marks)
# ---------------------------------------------------------------------------------------------


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotation-marked strings (marks included), outermost first, nested ones kept."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = QUOTE_PAIRS.get(ch)
        if closers is None or not _opens(text, i):
            i += 1
            continue
        j = _find_closer(text, i, closers)
        if j is None:
            i += 1
            continue
        spans.append((i, j + 1))
        spans.extend((a + i + 1, b + i + 1) for a, b in _quote_spans(text[i + 1 : j]) if b - a > 2)
        i = j + 1
    return spans


def _opens(text: str, i: int) -> bool:
    """An ASCII/ambiguous mark opens a quote only at a word start (not "5'6\"" or inside a word)."""
    ch = text[i]
    if ch in "„»‚«‹“":
        return i + 1 < len(text) and not text[i + 1].isspace()
    prev = text[i - 1] if i > 0 else " "
    return (prev.isspace() or prev in "([{–-/:") and i + 1 < len(text) and not text[i + 1].isspace()


def _find_closer(text: str, i: int, closers: str) -> int | None:
    """Index of the mark closing the quote opened at ``i``; None if there is none nearby."""
    limit = min(len(text), i + MAX_QUOTE_CHARS)
    for j in range(i + 1, limit):
        ch = text[j]
        if ch in closers and j > i + 1:
            if ch in "\"'" and j + 1 < len(text) and text[j + 1].isalnum():
                continue
            return j
        if ch == "\n" and text[j + 1 : j + 2] == "\n":
            return None
    return None


# ---------------------------------------------------------------------------------------------
# Token helpers
# ---------------------------------------------------------------------------------------------


def _is_punct(tok: _Tok) -> bool:
    return tok.tag.startswith("$") or (len(tok.text) == 1 and not tok.text.isalnum())


def _is_quote_mark(tok: _Tok) -> bool:
    return tok.text in QUOTE_CHARS or tok.text in ("''", "``")


def _is_boundary_mark(tok: _Tok) -> bool:
    """A quotation mark that delimits a clause (not one of an inline quoted fragment)."""
    return _is_quote_mark(tok) and not tok.inline


def _mark_inline_quotes(sent: _Sent, qspans: Sequence[tuple[int, int]]) -> None:
    """Flag the marks of quoted fragments inside a clause (in place): both marks in the sentence, not
    sentence-initial nor after a colon, and no finite verb or clause punctuation inside."""
    toks = sent.toks
    pos = {t.start: k for k, t in enumerate(toks)}
    for a, b in qspans:
        i, j = pos.get(a), pos.get(b - 1)
        if i is None or j is None or i == 0 or j - i < 2 or toks[i - 1].text in (":", ",", "(", "–"):
            continue
        inner = toks[i + 1 : j]
        if len(inner) > INLINE_QUOTE_MAX_TOKENS or any(
            _is_finite(t) or t.text in CLAUSE_PUNCT or t.text in ".!?" for t in inner
        ):
            continue
        toks[i].inline = toks[j].inline = True


def _is_finite(tok: _Tok) -> bool:
    return tok.tag.endswith("FIN") and tok.tag[:2] in ("VV", "VA", "VM")


def _is_verb(tok: _Tok) -> bool:
    return tok.tag[:2] in ("VV", "VA", "VM")


def _span(toks: Sequence[_Tok], a: int, b: int) -> tuple[int, int]:
    """Character span of tokens ``a..b-1``."""
    return toks[a].start, toks[b - 1].end


def _trim_range(toks: Sequence[_Tok], a: int, b: int) -> tuple[int, int]:
    """Drop punctuation (but not quotation marks, nor a parenthesis closed at the end) from both ends of a
    token range."""
    while a < b and _is_punct(toks[a]) and not _is_quote_mark(toks[a]):
        a += 1
    while b > a and _is_punct(toks[b - 1]) and not _is_quote_mark(toks[b - 1]):
        if toks[b - 1].text == ")" and any(t.text == "(" for t in toks[a : b - 1]):
            break
        b -= 1
    return a, b


def _quote_depth(toks: Sequence[_Tok], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quotation-marked span."""
    return [any(a < t.start and t.end < b for a, b in spans) for t in toks]


# ---------------------------------------------------------------------------------------------
# Noun phrases (speaker spans)
# ---------------------------------------------------------------------------------------------


def _np_forward(toks: Sequence[_Tok], i: int, limit: int, stop: frozenset[str] = frozenset()) -> int:
    """End index of the noun phrase starting at ``i`` (``i`` if there is none); ``stop`` ends it."""
    j, seen_noun = i, False
    while j < limit:
        t = toks[j]
        low = t.low
        if (seen_noun and _starts_new_np(t)) or (j > i and low in stop):
            break
        if t.tag in NP_TAGS or (t.text[:1].isupper() and t.tag in ("ADJD", "ADV", "VVPP") and seen_noun):
            seen_noun = seen_noun or t.tag in NOUN_TAGS
            j += 1
        elif j == i and (t.tag in ("PPER", "PIS", "PDS") or low in PRONOUN_SPEAKERS):
            return j + 1
        elif (
            (seen_noun and (t.tag in ("APPR", "APPRART") and low in POSTMOD_PREPS) and j + 1 < limit)
            or (seen_noun and low in ("und", "sowie", "oder") and j + 1 < limit and _np_start(toks[j + 1]))
            or (_is_quote_mark(t) and j + 1 < limit and j > i)
        ):
            j += 1
        elif t.text == "(" and seen_noun:
            close = _find_tok(toks, j, limit, ")")
            if close is None:
                break
            j = close + 1
        else:
            break
    while j > i and (toks[j - 1].tag in ("APPR", "APPRART", "KON", "ART") or _is_punct(toks[j - 1])):
        if _is_quote_mark(toks[j - 1]) or toks[j - 1].text == ")":
            break
        j -= 1
    return j


def _starts_new_np(tok: _Tok) -> bool:
    """A determiner after a noun that cannot open a genitive attribute, so it starts the next noun
    phrase ("die Staatsanwaltschaft | ein Ergebnis", "der Geschäftsführer | alle Vorwürfe")."""
    if tok.tag not in DETERMINER_TAGS:
        return False
    low = tok.low
    return low in OBLIQUE_ARTICLES or low in NON_GENITIVE_DETERMINERS or low.endswith(("e", "em", "en"))


def _np_start(tok: _Tok) -> bool:
    return tok.tag in NP_START_TAGS


def _find_tok(toks: Sequence[_Tok], i: int, limit: int, text: str) -> int | None:
    for j in range(i, limit):
        if toks[j].text == text:
            return j
    return None


def _np_backward(toks: Sequence[_Tok], j: int, floor: int) -> int:
    """Start index of the noun phrase ending just before ``j``."""
    i = j
    while i > floor:
        t = toks[i - 1]
        if t.tag in NP_TAGS or (t.tag in ("PPER", "PDS", "PIS") and i == j):
            i -= 1
            if t.tag in ("PPER", "PDS", "PIS"):
                break
        elif t.tag in ("APPR", "APPRART") and t.low in POSTMOD_PREPS and i - 1 > floor:
            if toks[i - 2].tag in NOUN_TAGS:
                i -= 1
            else:
                break
        else:
            break
    return i


# ---------------------------------------------------------------------------------------------
# Subjects of speech verbs
# ---------------------------------------------------------------------------------------------


def _clause_start(toks: Sequence[_Tok], v: int, floor: int) -> int:
    """Start of the main clause around ``v``: after a colon, a quote's closing comma, etc."""
    i = v
    while i > floor:
        t = toks[i - 1]
        if t.text in (":", ";") or (t.text in '“”»«"' and not t.inline):
            break
        if t.text == "," and i - 2 >= floor and _is_quote_mark(toks[i - 2]):
            break
        i -= 1
    return i


def _segment_start(toks: Sequence[_Tok], v: int) -> int:
    """Start of the comma-delimited segment that ends at ``v``; a closed parenthesis is skipped
    ("Agrarlandesrat X (ÖVP) bezifferte")."""
    i = v
    while i > 0 and toks[i - 1].text not in (",", ":", ";", "(", "–") and not _is_boundary_mark(toks[i - 1]):
        if toks[i - 1].text == ")":
            opening = _find_tok_back(toks, i - 1, "(")
            if opening is None:
                break
            i = opening
            continue
        i -= 1
    return i


def _find_tok_back(toks: Sequence[_Tok], j: int, text: str) -> int | None:
    """Index of the nearest token ``text`` before ``j`` in the same clause (None if there is none)."""
    for k in range(j - 1, -1, -1):
        if toks[k].text == text:
            return k
        if toks[k].text in (",", ";", ":", ")"):
            return None
    return None


def _strip_relative(toks: Sequence[_Tok], a: int, b: int) -> int:
    """Cut a subject range at an embedded relative clause (", den die Zeitung zitiert,")."""
    for k in range(a + 1, b - 1):
        if toks[k].text == "," and (
            toks[k + 1].tag in ("PRELS", "PRELAT", "PWS", "PWAV", "KOUS")
            or (toks[k + 1].tag in ("APPR", "APPRART") and k + 2 < b and toks[k + 2].tag == "PRELS")
        ):
            return k
    return b


def _is_oblique_start(toks: Sequence[_Tok], i: int) -> bool:
    """A noun phrase that cannot be a subject: "dem/den/einem …", "der englischen Zeitung"."""
    t = toks[i]
    if t.tag == "ART" and t.low in OBLIQUE_ARTICLES:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return t.low == "der" and nxt is not None and nxt.tag == "ADJA" and nxt.low.endswith("en")


def _subject_before(toks: Sequence[_Tok], a: int, v: int) -> tuple[int, int] | None:
    """The subject in the Vorfeld ``a..v`` ("Der Sprecher, Peter X, sagte"), or None."""
    while a < v and toks[a].low in FOCUS_WORDS and toks[a].tag in ("ADV", "KON", "PTKVZ", "ADJD"):
        a += 1
    if a >= v or toks[a].tag not in NP_START_TAGS or _is_oblique_start(toks, a):
        return None
    if toks[a].tag == "PDS" and toks[a].low in ("das", "dies"):
        return None
    b = _strip_relative(toks, a, v)
    a2, b2 = _trim_range(toks, a, b)
    if b2 <= a2 or b2 - a2 > SUBJECT_MAX_TOKENS or any(_is_finite(t) for t in toks[a2:b2]):
        return None
    return a2, b2


def _subject_in_subclause(toks: Sequence[_Tok], a: int, v: int) -> tuple[int, int] | None:
    """Subject of a verb-final clause ("…, der betonte", "von dem die Polizei glaubt", "wie X sagte")."""
    t = toks[a]
    if t.tag in ("PRELS", "PDS") and (a + 1 >= v or toks[a + 1].tag not in NP_START_TAGS):
        return a, a + 1
    if t.tag in ("APPR", "APPRART") and a + 1 < v and toks[a + 1].tag in ("PRELS", "PWS"):
        a += 2
    elif t.tag in ("KOUS", "PRELS", "PWS", "PWAV", "KON") or t.low == "wie":
        a += 1
    return _first_nominative(toks, a, v)


def _first_nominative(
    toks: Sequence[_Tok], j: int, limit: int, stop: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The first noun phrase or nominative pronoun in ``j..limit`` that is not inside a PP."""
    while j < limit:
        t = toks[j]
        if t.text in (",", ":", ".", ";") or _is_quote_mark(t) or t.tag in ("KOUS", "VVFIN", "VAFIN", "VMFIN"):
            return None
        if t.tag in ("PPER", "PIS") and t.low in NOMINATIVE_PRONOUNS:
            return j, j + 1
        if t.tag in ("APPR", "APPRART") or _is_oblique_start(toks, j):
            j = max(_np_forward(toks, j + 1 if t.tag.startswith("APPR") else j, limit, stop), j + 1)
            continue
        if t.tag in NP_START_TAGS and t.tag not in ("PPER", "PIS", "PDS"):
            end = _np_forward(toks, j, limit, stop)
            if end > j:
                return j, end
        j += 1
    return None


def _subject_after(
    toks: Sequence[_Tok], v: int, limit: int, stop: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The subject after an inverted verb ("…, sagte der Sprecher" / "Am Montag sagte Rice")."""
    return _first_nominative(toks, v + 1, limit, stop)


def _previous_finite(toks: Sequence[_Tok], v: int) -> int | None:
    for k in range(v - 1, -1, -1):
        if toks[k].text in (":", ";") or _is_boundary_mark(toks[k]):
            return None
        if _is_finite(toks[k]):
            return k
    return None


def _speaker_of_verb(toks: Sequence[_Tok], v: int, stop: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Token range of the speaker of the (finite) speech verb at ``v``."""
    n = len(toks)
    if v + 1 < n and toks[v + 1].tag in ("PPER", "PIS") and toks[v + 1].low in NOMINATIVE_PRONOUNS:
        return v + 1, v + 2
    seg = _segment_start(toks, v)
    if v > 0 and toks[v - 1].low in ("und", "sowie", "oder"):
        prev = _previous_finite(toks, v - 1)
        if prev is not None:
            return _speaker_of_verb(toks, prev, stop)
    if (
        seg < v
        and seg > 0
        and (
            toks[seg].tag in ("KOUS", "PRELS", "PWS", "PWAV")
            or toks[seg].low == "wie"
            or (toks[seg].tag in ("APPR", "APPRART") and seg + 1 < v and toks[seg + 1].tag in ("PRELS", "PWS"))
        )
    ):
        return _subject_in_subclause(toks, seg, v)
    if (seg < v and seg == _clause_start(toks, v, 0)) or (seg < v and toks[seg].tag in NP_START_TAGS):
        before = _subject_before(toks, seg, v)
        return before if before is not None else _subject_after(toks, v, n, stop)
    if seg == v:
        start = _clause_start(toks, v, 0)
        before = _subject_before(toks, start, v) or _appositive_subject(toks, start, v)
        if before is not None:
            return before
    return _subject_after(toks, v, n, stop)


def _appositive_subject(toks: Sequence[_Tok], a: int, v: int) -> tuple[int, int] | None:
    """ "Kemal Bedri, Vorsitzender der Wahlkommission, begründete": a Vorfeld of a name (however tagged)
    and an apposition ending in a comma right before the verb; the apposition is the speaker."""
    if v - 1 <= a or toks[v - 1].text != "," or toks[a].tag in SUBCLAUSE_TAGS | {"APPR", "APPRART", "PROAV"}:
        return None
    if not toks[a].text[:1].isupper():
        return None
    seg = _segment_start(toks, v - 1)
    return _subject_before(toks, seg, v - 1) if seg > a else None


# ---------------------------------------------------------------------------------------------
# Speech verbs
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _VerbHit:
    """A speech verb found in a sentence: finite head, lemma, and the particle if separated."""

    head: int
    lemma: str
    last: int
    finite: int


def _verb_lemma(toks: Sequence[_Tok], i: int) -> tuple[str, int]:
    """Lemma of the verb at ``i`` with a separated particle re-attached, and the particle index."""
    t = toks[i]
    lemma = (t.lemma or t.low).lower()
    if t.tag == "VVFIN":
        for k in range(i + 1, min(len(toks), i + 25)):
            u = toks[k]
            if u.tag == "PTKVZ" and u.low in PARTICLES:
                return u.low + lemma, k
            if u.text in (",", ":", ";", ".") or _is_boundary_mark(u):
                break
    elif t.tag in ("VVPP", "VVINF") and i > 0 and _is_split_particle(toks[i - 1], lemma):
        return toks[i - 1].low + lemma, i - 1
    return lemma, i


def _is_split_particle(tok: _Tok, lemma: str) -> bool:
    """A particle written apart from its participle/infinitive ("bekannt gegeben", "fest gestellt")."""
    return tok.low in PARTICLES and tok.tag in ("PTKVZ", "ADJD", "ADV") and not lemma.startswith(tok.low)


def _companion_ok(toks: Sequence[_Tok], i: int, lemma: str) -> bool:
    """Verbs like "ausgehen" or "sprechen" need "davon"/"von" nearby to be speech verbs."""
    need = NEEDS_COMPANION.get(lemma)
    if need is None:
        return True
    window = [t.low for t in toks[i + 1 : i + 8]] + [t.low for t in _middle_field(toks, i)]
    return any(w in window for w in need)


def _middle_field(toks: Sequence[_Tok], i: int) -> Sequence[_Tok]:
    """Tokens between the finite auxiliary and a clause-final participle/infinitive at ``i``
    ("hat die Kammer von einem Verlust … gesprochen"); empty for a finite verb."""
    fin = _finite_for(toks, i)
    return toks[fin + 1 : i] if fin < i else ()


def _finite_for(toks: Sequence[_Tok], i: int) -> int:
    """The finite verb governing a participle/infinitive at ``i`` (itself if finite)."""
    if _is_finite(toks[i]):
        return i
    for k in range(i - 1, max(-1, i - 20), -1):
        if toks[k].text in (",", ":", ";"):
            break
        if _is_finite(toks[k]) and toks[k].tag[:2] in ("VA", "VM"):
            return k
    for k in range(i + 1, min(len(toks), i + 3)):
        if _is_finite(toks[k]):
            return k
    return i


def _speech_verbs(
    toks: Sequence[_Tok], inside: Sequence[bool], lexicon: frozenset[str] = ALL_SPEECH_VERBS
) -> list[_VerbHit]:
    """Speech verbs of a sentence outside quotation marks."""
    hits: list[_VerbHit] = []
    for i, t in enumerate(toks):
        if inside[i] or not t.tag.startswith("VV"):
            continue
        lemma, last = _verb_lemma(toks, i)
        if lemma not in lexicon or not _companion_ok(toks, i, lemma):
            continue
        hits.append(_VerbHit(i, lemma, last, _finite_for(toks, i)))
    return hits


def _content_after(toks: Sequence[_Tok], hit: _VerbHit) -> int | None:
    """Start of a content clause after the verb (", dass …", ", die Kooperation müsse …", ": „…“")."""
    for k in range(max(hit.head, hit.last) + 1, len(toks)):
        t = toks[k]
        if t.text == ":":
            return k + 1 if k + 1 < len(toks) else None
        if t.text == ",":
            rest = toks[k + 1 :]
            if not rest:
                return None
            if rest[0].low in ("dass", "daß", "ob") or rest[0].tag in ("PWS", "PWAV", "PWAT"):
                return k + 1
            if _has_reported_verb(rest) or _is_quote_mark(rest[0]) or _is_content_clause(rest, hit):
                return k + 1
            return None
        if t.text in (".", ";", "!", "?"):
            return None
        if t.low in ("dass", "daß") and k == max(hit.head, hit.last) + 1:
            return k
    return None


def _is_content_clause(rest: Sequence[_Tok], hit: _VerbHit) -> bool:
    """A zu-infinitive (", eHomes die Lizenz zu entziehen") or, after a saying verb, a main clause
    (", die USA hielten sich an …")."""
    clause: list[_Tok] = []
    for t in rest[:30]:
        if t.text in (",", ".", ";", ":"):
            break
        clause.append(t)
    if not clause:
        return False
    if any(t.tag in ("VVIZU", "PTKZU") for t in clause):
        return True
    if hit.lemma not in SPEECH_VERBS or clause[0].tag in ("KOUS", "PRELS", "PRELAT", "PWAV", "APPR", "KON"):
        return False
    return clause[0].tag in NP_START_TAGS and any(_is_finite(t) for t in clause[1:])


def _has_reported_verb(toks: Sequence[_Tok]) -> bool:
    """Whether a clause contains a Konjunktiv (I, or II used for reported speech) finite verb."""
    return any(_is_konj(t) for t in toks[:40])


def _is_konj(t: _Tok) -> bool:
    low = t.low
    if low in KONJ1_FORMS or low in KONJ2_FORMS:
        return _is_verb(t) or t.tag == "XY"
    return t.tag == "VVFIN" and low.endswith("e") and not low.endswith("te") and len(low) > 3


def _content_before(toks: Sequence[_Tok], hit: _VerbHit) -> bool:
    """Whether the verb follows its content: "…, sagte X." / "„…“, so X" (verb first after a comma)."""
    h = min(hit.finite, hit.head)
    if h < 2 or not _is_finite(toks[h]) or not (toks[h - 1].text == "," or _is_quote_mark(toks[h - 1])):
        return False
    before = toks[: h - 1]
    return _has_main_clause(before) or any(_is_quote_mark(t) for t in before)


def _opens_subclause(toks: Sequence[_Tok], i: int, end: int) -> bool:
    """Whether the segment ``i..end`` is a verb-final clause ("weil …", "das …", "wie …", "in dem …",
    "Als er ankam" with "als" tagged as a preposition)."""
    t = toks[i]
    if t.tag in SUBCLAUSE_TAGS or t.low == "wie":
        return True
    if t.low in AMBIGUOUS_SUBORDINATORS and end - 1 > i and _is_finite(toks[end - 1]):
        return True
    return t.tag in ("APPR", "APPRART") and i + 1 < len(toks) and toks[i + 1].tag in ("PRELS", "PWS")


def _has_main_clause(toks: Sequence[_Tok]) -> bool:
    """Whether ``toks`` hold a main clause: a comma-delimited segment with a finite verb that is not a
    subordinate or relative clause ("Ablenkung ist jenes Risiko, das … unterschätzt wird")."""
    seg = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].text not in CLAUSE_PUNCT:
            continue
        if seg < k and not _opens_subclause(toks, seg, k) and any(_is_finite(t) for t in toks[seg:k]):
            return True
        seg = k + 1
    return False


def _is_passive(toks: Sequence[_Tok], hit: _VerbHit) -> bool:
    """ "wurde bestätigt", "wird vorgeworfen", "war … bezeichnet worden": the subject is not the speaker."""
    if hit.finite == hit.head or toks[hit.head].tag != "VVPP":
        return False
    after = toks[hit.head + 1] if hit.head + 1 < len(toks) else None
    return toks[hit.finite].lemma == "werden" or (after is not None and after.low in PASSIVE_AUXILIARIES)


def _stop_words(hit: _VerbHit) -> frozenset[str]:
    """Words that end a speaker phrase for this verb ("sprach der Minister von …")."""
    return frozenset(w for w in NEEDS_COMPANION.get(hit.lemma, ()) if w.isalpha())


def _demonstrative_vorfeld(toks: Sequence[_Tok], v: int) -> bool:
    """ "Das berichtete die Zeitung." refers back to an earlier sentence: not a quote of its own."""
    return v > 0 and toks[0].low in ("das", "dies", "dieses", "damit") and v <= 2


# ---------------------------------------------------------------------------------------------
# Sentence-level analyses
# ---------------------------------------------------------------------------------------------


def _sentence_body(toks: Sequence[_Tok], a: int, b: int) -> tuple[int, int]:
    """Token range ``a..b`` without edge punctuation."""
    return _trim_range(toks, a, b)


def _cand(
    toks: Sequence[_Tok],
    q: tuple[int, int],
    kind: Kind,
    spk: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    cue_text: str | None = None,
) -> _Cand | None:
    """Build a candidate from token ranges (None if the quote range is empty)."""
    qa, qb = _sentence_body(toks, *q)
    if qb <= qa:
        return None
    spk_span = _span(toks, *spk) if spk and spk[1] > spk[0] else None
    cue_span = _span(toks, *cue) if cue else None
    if cue_text is None and cue is not None:
        cue_text = " ".join(t.text for t in toks[cue[0] : cue[1]])
    return _Cand(_span(toks, qa, qb), kind, spk_span, cue_span, cue_text)


def _verb_frame(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """A speech verb with its content clause and speaker."""
    n = len(toks)
    for hit in _speech_verbs(toks, inside):
        cue_rng = (min(hit.finite, hit.head), max(hit.head, hit.last) + 1)
        cue_text = _cue_text(toks, hit)
        start = _content_after(toks, hit)
        if start is not None:
            spk = None if _is_passive(toks, hit) else _speaker_of_verb(toks, hit.finite, _stop_words(hit))
            spk = _zitieren_object(toks, hit, spk)
            return _cand(toks, (start, n), "indirect", spk, cue_rng, cue_text)
        if _content_before(toks, hit):
            h = min(hit.finite, hit.head)
            spk = _subject_after(toks, h, n, _stop_words(hit))
            if spk is None:
                continue
            return _cand(toks, (0, h - 1), "indirect", spk, cue_rng, cue_text)
    return None


def _zitieren_object(toks: Sequence[_Tok], hit: _VerbHit, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Die Agentur zitiert X mit den Worten": the cited person, not the citing medium, is the speaker."""
    if hit.lemma != "zitieren" or _is_passive(toks, hit) or spk is None or spk[0] > hit.head:
        return spk
    obj = _first_nominative(toks, hit.head + 1, len(toks), frozenset({"mit"}))
    return obj if obj is not None else spk


def _reported_frame(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """A communicative act without a content clause: the whole sentence ("X sprach von …")."""
    for hit in _speech_verbs(toks, inside, REPORTING_LEXICON):
        if not _reports_act(toks, hit) or _is_passive(toks, hit) or _demonstrative_vorfeld(toks, hit.finite):
            continue
        spk = _speaker_of_verb(toks, hit.finite, _stop_words(hit))
        if spk is None or toks[spk[0]].low in ("es", "das", "dies"):
            continue
        cue_rng = (min(hit.finite, hit.head), max(hit.head, hit.last) + 1)
        c = _cand(toks, (0, len(toks)), "reported", spk, cue_rng, _cue_text(toks, hit))
        if c is not None:
            c.q = (c.q[0], toks[-1].end if toks[-1].text in ".!?" else c.q[1])
        return c
    return None


def _reports_act(toks: Sequence[_Tok], hit: _VerbHit) -> bool:
    """A report verb, or an estimate verb whose object is a figure ("schätzte die Schäden auf …")."""
    return hit.lemma in REPORT_VERBS or (hit.lemma in ESTIMATE_VERBS and _has_figure(toks, hit))


def _is_number(tok: _Tok) -> bool:
    return tok.tag == "CARD" or any(ch.isdigit() for ch in tok.text) or tok.low in NUMBER_WORDS


def _has_figure(toks: Sequence[_Tok], hit: _VerbHit) -> bool:
    """Whether the estimate verb's clause holds its figure: "auf (bis zu) 125 Millionen", or for a bare
    object ("zählte 300 Tote") a number in a past-tense clause ("zählt 50.000 Einwohner" is a state)."""
    lo = min(hit.finite, hit.head) + 1
    hi = lo
    while hi < len(toks) and toks[hi].text not in CLAUSE_PUNCT and toks[hi].text not in ".!?":
        hi += 1
    for intro in ESTIMATE_VERBS[hit.lemma]:
        if not intro:
            past = hit.finite != hit.head or toks[hit.finite].low.endswith(("te", "ten", "tet"))
            if past and any(_is_number(t) for t in toks[lo:hi]):
                return True
            continue
        for k in range(lo, hi):
            if toks[k].low != intro:
                continue
            j = k + 1
            while j < hi and toks[j].low in FIGURE_QUALIFIERS:
                j += 1
            if j < hi and _is_number(toks[j]):
                return True
    return False


def _cue_text(toks: Sequence[_Tok], hit: _VerbHit) -> str:
    """Cue as written: "teilte mit", "hat angekündigt", "geht davon aus", "sprach von"; a companion in
    the middle field of a compound tense goes last ("hat gesprochen von")."""
    idx = {hit.finite, hit.head, hit.last}
    comp = NEEDS_COMPANION.get(hit.lemma, ())
    for k in range(hit.head + 1, min(len(toks), hit.head + 8)):
        if toks[k].low in comp and toks[k].low.isalpha():
            idx.add(k)
            break
    words = [toks[k].text for k in sorted(idx)]
    before = [t.text for t in _middle_field(toks, hit.head) if t.low in comp and t.low.isalpha()]
    return " ".join(words + before[-1:])


def _according_to(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """ "laut X", "X zufolge", "nach Angaben von X", "gemäß X", "unter Berufung auf X", "demnach"."""
    n = len(toks)
    for i, t in enumerate(toks):
        if inside[i]:
            continue
        low = t.low
        if low in PREP_CUES_AFTER and i + 1 < n and _np_start(toks[i + 1]):
            end = _np_forward(toks, i + 1, n)
            if end > i + 1:
                return _prep_cand(toks, i, (i + 1, end), (i, i + 1))
        elif low in PREP_CUES_BEFORE and i > 0:
            beg = _np_backward(toks, i, 0)
            if beg < i:
                return _prep_cand(toks, beg, (beg, i), (i, i + 1))
        elif low == "nach" and i + 1 < n:
            end = _np_forward(toks, i + 1, n)
            if end > i + 1 and _has_info_noun(toks[i + 1 : end]):
                return _prep_cand(toks, i, (i + 1, end), (i, i + 1))
        elif _match_seq(toks, i, BERUFUNG_CUE) and i + 3 < n:
            end = _np_forward(toks, i + 3, n)
            if end > i + 3:
                return _prep_cand(toks, i, (i + 3, end), (i, i + 3))
        elif low in ADVERB_CUES:
            return _cand(toks, (i + 1, n), "according_to", (i, i + 1), (i, i + 1))
    return None


def _match_seq(toks: Sequence[_Tok], i: int, seq: tuple[str, ...]) -> bool:
    return i + len(seq) <= len(toks) and all(toks[i + k].low == w for k, w in enumerate(seq))


def _has_info_noun(toks: Sequence[_Tok]) -> bool:
    """Whether an NP after "nach" is headed by an information noun (Angaben, Bericht, …)."""
    for t in toks:
        if t.tag in NOUN_TAGS or t.text[:1].isupper():
            return t.low.endswith(INFO_NOUN_SUFFIXES)
    return False


def _prep_cand(toks: Sequence[_Tok], phrase_start: int, spk: tuple[int, int], cue: tuple[int, int]) -> _Cand | None:
    """According-to quote: the sentence; a sentence-initial cue phrase is left out of the quote."""
    n = len(toks)
    q0 = 0
    if phrase_start == 0 or (phrase_start == 1 and toks[0].low in FOCUS_WORDS):
        q0 = max(spk[1], cue[1])
        if q0 < n and toks[q0].text == ",":
            q0 += 1
    return _cand(toks, (q0, n), "according_to", spk, cue)


def _so_frame(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """ "…, so der Sprecher." (also "…, so X weiter/gegenüber Y")."""
    n = len(toks)
    for i in range(1, n - 1):
        if inside[i] or toks[i].low != "so" or toks[i - 1].text != ",":
            continue
        end = _np_forward(toks, i + 1, n)
        if end <= i + 1:
            continue
        rest = toks[end:]
        if any(_is_finite(t) for t in rest) or any(t.text == "," for t in rest[:1]):
            continue
        return _cand(toks, (0, i - 1), "indirect", (i + 1, end), (i, i + 1))
    return None


def _hearsay_phrase(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """ "hieß es" / "es heißt" (speaker: an "in/aus X" phrase nearby if any)."""
    n = len(toks)
    for i in range(n - 1):
        if inside[i] or not any(_match_seq(toks, i, p) for p in HEARSAY_PHRASES):
            continue
        spk = None
        for k in range(i + 2, min(n, i + 6)):
            if toks[k].low in ("in", "im", "aus", "von", "vom", "bei", "beim"):
                end = _np_forward(toks, k + 1, n)
                if end > k + 1:
                    spk = (k + 1, end)
                break
        before = i > 0 and toks[i - 1].text == ","
        q = (0, i - 1) if before else (i + 2, n)
        if spk is not None and not before:
            q = (spk[1], n)
        return _cand(toks, q, "according_to", spk, (i, i + 2))
    return None


def _wie_frame(toks: Sequence[_Tok], inside: Sequence[bool]) -> _Cand | None:
    """ "wie X berichtete/mitteilte, …" / "…, wie X mitteilte."."""
    n = len(toks)
    for i, t in enumerate(toks):
        if inside[i] or t.low != "wie" or (i > 0 and toks[i - 1].text != ","):
            continue
        for k in range(i + 1, min(n, i + 15)):
            if toks[k].text in (",", ".", ":"):
                break
            if toks[k].tag.startswith("VV") and (toks[k].lemma or "").lower() in SPEECH_VERBS | {"mitteilen"}:
                end_k = k + 1
                while end_k < n and (
                    (_is_verb(toks[end_k]) and not _is_finite(toks[end_k])) or toks[end_k].tag == "VAFIN"
                ):
                    end_k += 1
                spk = _wie_speaker(toks, i + 1, k)
                cue_text = f"wie {toks[k].text}"
                q = (end_k, n) if i == 0 else (0, i)
                return _cand(toks, q, "according_to", spk, (i, k + 1), cue_text)
    return None


def _wie_speaker(toks: Sequence[_Tok], a: int, b: int) -> tuple[int, int] | None:
    """Speaker between "wie" and its verb: an NP ("die Polizei") or a source PP ("aus Kreisen X")."""
    if a >= b:
        return None
    start = a + 1 if toks[a].tag in ("APPR", "APPRART") and toks[a].low not in ("aus", "von", "vom") else a
    first = start + 1 if toks[start].tag in ("APPR", "APPRART") else start
    end = _np_forward(toks, first, b) if first < b else first
    return (start, end) if end > first else None


# ---------------------------------------------------------------------------------------------
# Whole-text pipeline
# ---------------------------------------------------------------------------------------------

_SENTENCE_ANALYSES = (_verb_frame, _so_frame, _wie_frame, _according_to, _hearsay_phrase, _reported_frame)


def _analyse_sentence(sent: _Sent, qspans: Sequence[tuple[int, int]]) -> _Cand | None:
    """The best sentence-level attribution of one sentence (verb frame before according-to, …)."""
    inside = _quote_depth(sent.toks, qspans)
    for fn in _SENTENCE_ANALYSES:
        c = fn(sent.toks, inside)
        if c is not None:
            c.sent = sent.index
            return c
    return None


def _is_hearsay(sent: _Sent, qspans: Sequence[tuple[int, int]]) -> bool:
    """A sentence in Konjunktiv I (or II, or with hearsay "soll") outside quotation marks."""
    inside = _quote_depth(sent.toks, qspans)
    for t, ins in zip(sent.toks, inside, strict=True):
        if ins:
            continue
        if _is_konj(t) or (t.low in HEARSAY_MODALS and t.tag.startswith("VM")):
            return True
    return False


def _carry(
    sents: Sequence[_Sent], found: dict[int, _Cand], qspans: Sequence[tuple[int, int]], tagged: set[int]
) -> None:
    """Add carried_over attributions for hearsay sentences after an attributed one (in place)."""
    last: _Cand | None = None
    last_idx = -10
    for s in sents:
        c = found.get(s.index)
        if c is not None:
            if c.speaker is not None:
                last, last_idx = c, s.index
            continue
        if last is None or s.index - last_idx > 2 or _inside_any(s, qspans):
            continue
        if s.index not in tagged:
            _tag(s)
            tagged.add(s.index)
        if _is_hearsay(s, qspans):
            a, b = _sentence_body(s.toks, 0, len(s.toks))
            if b <= a:
                continue
            end = s.toks[-1].end if s.toks[-1].text in ".!?" else s.toks[b - 1].end
            found[s.index] = _Cand((s.toks[a].start, end), "carried_over", last.speaker, None, None, s.index)
            last_idx = s.index


def _within(outer: tuple[int, int] | None, inner: tuple[int, int]) -> bool:
    """Whether span ``inner`` lies in ``outer`` (a quoted name inside the speaker: Der Sender „X“)."""
    return outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def _inside_any(s: _Sent, qspans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= s.start and s.end <= b for a, b in qspans)


def _direct_quotes(
    text: str, sents: Sequence[_Sent], found: dict[int, _Cand], qspans: Sequence[tuple[int, int]]
) -> list[_Cand]:
    """Attribute quotation-marked spans: own frame, surrounding attribution, or carry-over."""
    out: list[_Cand] = []
    for a, b in qspans:
        words = len(text[a:b].split())
        host = _sentence_of(sents, a)
        frame = _quote_frame(text, sents, a, b) or _frame_for_quote(found, host, _sentence_of(sents, b - 1))
        if frame is None and (words < 6 or _is_name(text, a, b)):
            continue
        if frame is not None and words < 6 and (_is_name(text, a, b) or _within(frame.speaker, (a, b))):
            continue
        if frame is None:
            frame = _previous_speaker(found, host)
        spk = frame.speaker if frame else None
        cue = frame.cue if frame else None
        cue_text = frame.cue_text if frame else None
        out.append(_Cand((a, b), "direct", spk, cue, cue_text, host.index if host else -1))
    return out


def _tok_at(sents: Sequence[_Sent], pos: int) -> tuple[_Sent, int] | None:
    """The sentence and token index starting at (or right after) character ``pos``."""
    s = _sentence_of(sents, pos)
    if s is None:
        return None
    for i, t in enumerate(s.toks):
        if t.end > pos:
            return s, i
    return None


def _quote_frame(text: str, sents: Sequence[_Sent], a: int, b: int) -> _Cand | None:
    """A frame attached to the quote itself: "„…“, sagte X." / "„…“, so X." or "X sagte: „…“"."""
    return _frame_after_quote(text, sents, b) or _frame_before_quote(text, sents, a)


def _frame_after_quote(text: str, sents: Sequence[_Sent], b: int) -> _Cand | None:
    """ "„…“, sagte der Sprecher" / "„…“, so X": a verb (or "so") right after the closing mark."""
    after = re.match(r"\s*,\s*", text[b : b + 5])
    hit = _tok_at(sents, b + after.end()) if after else None
    if hit is None:
        return None
    s, i = hit
    t = s.toks[i]
    if t.low == "so":
        end = _np_forward(s.toks, i + 1, len(s.toks))
        return _cand_spans(s.toks, (i + 1, end), (i, i + 1), t.text) if end > i + 1 else None
    if not (_is_finite(t) and t.tag.startswith("VV")):
        return None
    spk = _speaker_of_verb(s.toks, i)
    if spk is None or spk[0] <= i:
        return None
    _lemma_text, last = _verb_lemma(s.toks, i)
    cue_text = t.text if last == i else f"{t.text} {s.toks[last].text}"
    return _cand_spans(s.toks, spk, (i, last + 1), cue_text)


def _frame_before_quote(text: str, sents: Sequence[_Sent], a: int) -> _Cand | None:
    """ "X sagte: „…“" / "Ähnlich äußerte sich X: „…“": the finite verb of the clause before the colon."""
    before = re.search(r":\s*$", text[max(0, a - 5) : a])
    hit = _tok_at(sents, a - len(before.group())) if before else None
    if hit is None:
        return None
    s, i = hit
    for k in range(i - 1, -1, -1):
        t = s.toks[k]
        if _is_quote_mark(t) or t.text in (".", ";"):
            return None
        if _is_finite(t) and t.tag.startswith("VV"):
            spk = _speaker_of_verb(s.toks, k)
            return _cand_spans(s.toks, spk, (k, k + 1), t.text) if spk is not None else None
    return None


def _cand_spans(toks: Sequence[_Tok], spk: tuple[int, int], cue: tuple[int, int], cue_text: str) -> _Cand:
    """A frame-only candidate (speaker and cue) for a direct quote."""
    return _Cand((0, 0), "direct", _span(toks, *spk), _span(toks, *cue), cue_text)


def _sentence_of(sents: Sequence[_Sent], pos: int) -> _Sent | None:
    """The sentence containing character ``pos`` (binary search)."""
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sents[mid]
        if pos < s.start:
            hi = mid - 1
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s
    return sents[hi] if 0 <= hi < len(sents) and sents[hi].start <= pos else None


def _frame_for_quote(found: dict[int, _Cand], host: _Sent | None, close_host: _Sent | None) -> _Cand | None:
    """The sentence attribution that frames a quote (same or closing sentence, with a speaker)."""
    for s in (host, close_host):
        if s is None:
            continue
        c = found.get(s.index)
        if c is not None and c.speaker is not None:
            return c
    return None


def _previous_speaker(found: dict[int, _Cand], host: _Sent | None) -> _Cand | None:
    """The nearest attributed sentence within the three before ``host``."""
    if host is None:
        return None
    for k in range(host.index - 1, host.index - 4, -1):
        c = found.get(k)
        if c is not None and c.speaker is not None:
            return c
    return None


_NAME_BEFORE_RE = re.compile(r"(\w[\w-]*)\W*$")
_NAME_LIKE_RE = re.compile(r"\d|\.\w|^[A-ZÄÖÜ][\w'-]*(?:\s+[A-ZÄÖÜ&][\w'.-]*)+$")


def _is_name(text: str, a: int, b: int) -> bool:
    """Whether a short quotation is a name ("Raumschiff „Shenzhou 6“", „BBC News“), not a quote."""
    inner = text[a + 1 : b - 1].strip()
    if _NAME_LIKE_RE.search(inner):
        return True
    m = _NAME_BEFORE_RE.search(text[max(0, a - 40) : a])
    if m is None:
        return False
    prev = m.group(1)
    if prev.lower() in NAMING_WORDS:
        return True
    prev_start = a - len(text[max(0, a - 40) : a]) + m.start(1)
    sentence_initial = prev_start == 0 or text[max(0, prev_start - 2) : prev_start].strip() in ("", ".")
    return inner[:1].isupper() and prev[:1].isupper() and not sentence_initial and prev.lower() not in QUOTE_NOUNS


def _drop_duplicates(found: dict[int, _Cand], direct: Sequence[_Cand]) -> list[_Cand]:
    """Sentence attributions that merely repeat a direct quote are replaced by the direct quote."""
    out: list[_Cand] = list(direct)
    for c in found.values():
        qa, qb = c.q
        covered = any(_overlap((qa, qb), d.q) >= 0.8 * (qb - qa) for d in direct)
        if not covered:
            out.append(c)
    return out


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _to_model(text: str, c: _Cand) -> Attribution:
    """Convert a candidate to the shared :class:`Attribution` model."""
    spk = c.speaker
    cue = c.cue
    return Attribution(
        quote_start=c.q[0],
        quote_end=c.q[1],
        speaker=text[spk[0] : spk[1]] if spk else None,
        speaker_start=spk[0] if spk else None,
        speaker_end=spk[1] if spk else None,
        cue=c.cue_text if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        kind=c.kind,
    )


def _is_english(text: str) -> bool:
    """Cheap language guess from function words."""
    words = re.findall(r"[a-zäöüß]+", text[:5000].lower())
    en = sum(w in EN_MARKERS for w in words)
    de = sum(w in DE_MARKERS for w in words)
    return en > 2 * de and en >= 3


def _attribute_de(text: str) -> list[_Cand]:
    """The German pipeline: sentences, tags, sentence frames, carry-over, direct quotes."""
    sents = _split(text)
    qspans = _quote_spans(text)
    found: dict[int, _Cand] = {}
    tagged: set[int] = set()
    for s in sents:
        if not _maybe_cue(text, s):
            continue
        _tag(s)
        _mark_inline_quotes(s, qspans)
        tagged.add(s.index)
        c = _analyse_sentence(s, qspans)
        if c is not None:
            found[s.index] = c
    _carry(sents, found, qspans, tagged)
    direct = _direct_quotes(text, sents, found, qspans)
    return _drop_duplicates(found, direct)


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

_EN_NAME = r"(?:[A-Z][\w.'-]*|the|a|an|of|for|and)(?:\s+(?:[A-Z][\w.'-]*|of|the|for|and|[a-z]+(?=\s+[A-Z])))*"
_EN_SPEAKER = r"(?P<spk>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he\s+|[Aa]n?\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5}?))"
_EN_PATTERNS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (
        re.compile(rf"(?P<q>[^.!?]+?),?[\"”]?,?\s+(?P<cue>{EN_SAY_VERBS})\s+(?P<spk>{_EN_NAME})\s*[.!?]"),
        "indirect",
    ),
    (re.compile(rf"(?P<q>[^.!?]+?),?[\"”]?,?\s+{_EN_SPEAKER}\s+(?P<cue>{EN_SAY_VERBS})\s*[.!?]"), "indirect"),
    (re.compile(r"(?P<cue>[Aa]ccording to)\s+(?P<spk>[^,.!?]{1,80}?),\s*(?P<q>[^.!?]+)"), "according_to"),
    (
        re.compile(r"(?P<q>[^.!?]+?),\s+(?P<cue>according to)\s+(?P<spk>[^,.!?]{1,80}?)\s*[.!?]"),
        "according_to",
    ),
    (
        re.compile(rf"{_EN_SPEAKER}\s+(?P<cue>{EN_SAY_VERBS})(?:\s+\w+)?(?:\s+that|:|,)?\s+(?P<q>[^.!?]+)"),
        "indirect",
    ),
)
_EN_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def _attribute_en(text: str) -> list[_Cand]:
    """A light regex pipeline for English news."""
    out: list[_Cand] = []
    for m in _EN_SENT_RE.finditer(text):
        s0 = m.start()
        sent = m.group()
        for pat, kind in _EN_PATTERNS:
            mm = pat.search(sent)
            if mm is None or not mm.group("spk").strip():
                continue
            q = (s0 + mm.start("q"), s0 + mm.end("q"))
            spk = (s0 + mm.start("spk"), s0 + mm.end("spk"))
            cue = (s0 + mm.start("cue"), s0 + mm.end("cue"))
            out.append(_Cand(q, kind, spk, cue, mm.group("cue")))
            break
    for a, b in _quote_spans(text):
        if len(text[a:b].split()) >= 4 and not any(_overlap((a, b), c.q) for c in out):
            out.append(_Cand((a, b), "direct"))
    return out


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def _valid(text: str, c: _Cand) -> bool:
    """Spans inside the text and non-empty."""
    n = len(text)
    ok = 0 <= c.q[0] < c.q[1] <= n
    if c.speaker is not None:
        ok = ok and 0 <= c.speaker[0] < c.speaker[1] <= n
    if c.cue is not None:
        ok = ok and 0 <= c.cue[0] < c.cue[1] <= n
    return ok


def attribute(text: str) -> list[Attribution]:
    """Quotes (direct and reported) of ``text`` with speaker and cue, sorted by ``quote_start``.

    Never raises: on unexpected input it returns what it could find (possibly ``[]``).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        cands = _attribute_en(text) if _is_english(text) else _attribute_de(text)
    except Exception:  # pragma: no cover - defensive: attribution must never break a caller
        log.exception("attribution failed")
        return []
    cands = [c for c in cands if _valid(text, c)]
    cands.sort(key=lambda c: (c.q[0], -c.q[1], c.kind))
    return [_to_model(text, c) for c in cands]


def speaker_for_span(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose quote best covers ``[start, end)`` (most overlap, then tightest)."""
    best: Attribution | None = None
    best_key: tuple[float, int] = (0.0, 0)
    length = max(1, end - start)
    for a in attributions:
        ov = _overlap((a.quote_start, a.quote_end), (start, end))
        if ov <= 0:
            continue
        key = (ov / length, -(a.quote_end - a.quote_start))
        if best is None or key > best_key:
            best, best_key = a, key
    return best


_ANTECEDENT_RE = re.compile(
    r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|em|en)?)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*"
)
_SENT_SPLIT_RE = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")
DEMONSTRATIVES = frozenset(["diese", "dieser", "dieses", "jene", "jener"])


def resolve_speaker(text: str, attribution: Attribution, attributions: list[Attribution]) -> str | None:
    """For a pronoun speaker ("Er", "Diese"), a likely antecedent as written; else the speaker itself.

    A demonstrative ("Diese berichtete …") points to the last noun phrase of the previous sentence
    ("der südkoreanischen Nachrichtenagentur Yonhap"); a personal pronoun to the nearest earlier
    non-pronoun speaker, else to that noun phrase.  Cheap heuristics, no coreference model.
    """
    spk = attribution.speaker
    if spk is None or spk.strip().lower() not in PRONOUN_SPEAKERS or attribution.speaker_start is None:
        return spk
    pos = attribution.speaker_start
    demonstrative = spk.strip().lower() in DEMONSTRATIVES
    nearest_np = _previous_sentence_np(text, pos, last=demonstrative)
    if demonstrative and nearest_np is not None:
        return nearest_np
    earlier = [
        a
        for a in attributions
        if a.speaker
        and a.speaker_end is not None
        and a.speaker_end <= pos
        and a.speaker.strip().lower() not in PRONOUN_SPEAKERS
    ]
    if earlier:
        cand = max(earlier, key=lambda a: a.speaker_end or 0)
        if nearest_np is None or pos - (cand.speaker_end or 0) < 400:
            return cand.speaker
    return nearest_np


def _previous_sentence_np(text: str, pos: int, last: bool) -> str | None:
    """The last (or first) article-headed, capitalised noun phrase of the sentence before ``pos``."""
    parts = [p for p in _SENT_SPLIT_RE.split(text[max(0, pos - 600) : pos]) if p.strip()]
    for sentence in reversed(
        parts[:-1] if len(parts) > 1 and not parts[-1].rstrip().endswith((".", "!", "?")) else parts
    ):
        matches = [m.group() for m in _ANTECEDENT_RE.finditer(sentence)]
        if matches:
            return matches[-1] if last else matches[0]
    return None
