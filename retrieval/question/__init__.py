"""Read a user's question: its language, what it asks for, and every condition it sets.

``parse_question`` never raises and looks at the first ``MAX_CHARS`` characters only. People type in a
chat: lower case, typos, no question mark, "10k", "zehntausend". The text outside quotation marks is
normalised once (``text.Chat``: lower case, shorthand spelled out, cue-word typos fixed) and each field
has its own small reader:

- ``intent`` (and from it the contract ``kind``): ``intent.classify``;
- ``person`` and ``claimed_quote``: ``speaker.find_speech``;
- ``counted``, ``measure``, ``numbers``, ``guesses``: ``amounts``;
- ``places``, ``times``, ``source``: ``scope``;
- ``focus``: the content words left, the counted noun first (below).

The language is decided by py3langid (``retrieval.language``) on the text outside quotation marks, so
"Did Pistorius call it a 'neue Qualität'?" stays English; typed without the marks, on the text outside the words
the question claims (``_frame_language``: "did pistorius call it a neue qualität" is English too).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from retrieval import language
from retrieval.language import detect_language
from retrieval.models import FigureKind, Intent, Language, Question
from retrieval.nlp import tagger
from retrieval.question.amounts import (
    TIME_UNIT_RE,
    asks_age,
    asks_duration,
    asks_ordinal,
    find_amounts,
    find_counted,
    find_guesses,
    find_numbers,
    find_wholes,
)
from retrieval.question.intent import KIND_OF, SAY, asks_each_source, classify, is_compound
from retrieval.question.quotes import blank_quotes, find_quotes, longest_quote
from retrieval.question.scope import find_names, find_origin, find_places, find_source, find_times, nationalities
from retrieval.question.speaker import Speech, find_speech
from retrieval.question.text import WORD_RE, Chat, stop_words

__all__ = ["MAX_CHARS", "clean", "find_quotes", "parse_question", "prepare"]

_LOG = logging.getLogger(__name__)

MAX_CHARS = 10_000
MAX_BARE_QUOTE_WORDS = 2
# Questions whose stated numbers may name the whole they ask a part of: a figure's ("how many of the 12 jurors") and
# one that names a figure to ask who gives it ("Stimmt es, dass unter den 12.000 Soldaten rund 2000 Spezialkräfte
# sind? Laut wem?": the 2000 is the figure asked about, the 12.000 only sets the scene)
WHOLE_INTENTS = ("figure", "who_said", "where", "when")
PERSON_INTENTS: frozenset[Intent] = frozenset({"quote_check", "what_said", "who_is"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0/C1 controls but tab and newline


def clean(text: str) -> str:
    """The question without control characters: a bell or NUL glued to a word would hide it."""
    return _CONTROL.sub(" ", text)


def _is_bare_quote(outside: str, spans: list[tuple[int, int]]) -> bool:
    """The question is essentially one quotation ("„Wir schaffen das.“")."""
    return bool(spans) and len(WORD_RE.findall(outside)) <= MAX_BARE_QUOTE_WORDS


def _is_stop(word: str) -> bool:
    low = word.lower().replace("’", "'")  # "what’s" as "what's"
    return low in stop_words() or len(low) < 2 or low[0].isdigit() or re.fullmatch(SAY, low) is not None


def focus_words(chat: Chat, counted: str | None, taken: list[str | None]) -> list[str]:
    """Content words of the question as written, the counted noun first; stop words, question words, verbs
    of saying, numbers and the words of ``taken`` (person, source) left out."""
    skip = {w.lower() for phrase in taken if phrase for w in WORD_RE.findall(phrase)}
    # Each word as written, judged by its normalised reading ("mnay" is "many", a stop word).
    pairs = [(chat.raw_span(m.start(), m.end()), m.group()) for m in WORD_RE.finditer(chat.norm)]
    written = [raw for raw, _ in pairs]
    head = [w for w in WORD_RE.findall(counted or "") if w in written]  # not "Prozent" for "what share"
    ordered = [(w, w.lower()) for w in head[-1:] + head[:-1]] + pairs
    seen: set[str] = set()
    focus: list[str] = []
    for word, norm in ordered:
        key = word.lower()
        if not word or key in seen or key in skip or _is_stop(norm):
            continue
        seen.add(key)
        focus.append(word)
    return focus


def _parse(text: str, default_language: Language, quantity: Callable[[str], bool] | None) -> Question:
    head = text[:MAX_CHARS]
    spans = find_quotes(head)
    outside = blank_quotes(head, spans)
    bare = _is_bare_quote(outside, spans)
    language = detect_language(head if bare else outside, default_language)
    chat = Chat.of(outside)
    quote = longest_quote(head, spans)
    speech = find_speech(chat, quote, language)
    if quote is None:
        language, speech = _frame_language(chat, language, speech, default_language)
    times, time_spans = find_times(chat, language)
    numbers = find_numbers(chat.norm, time_spans, language)
    amounts = find_amounts(chat.norm, time_spans, language)
    quantity = quantity if language == "de" else None  # an English noun is not printed in a German corpus
    intent = classify(chat.norm, bool(spans), bare, speech.claim is not None, bool(amounts), quantity)
    if intent == "who_said" and not spans:
        speech = speech.__class__(person=None, claim=None)
    person = speech.person if intent in PERSON_INTENTS else None
    claimed = speech.claim if intent in ("quote_check", "who_said") else None
    counted, measure, head_noun = find_counted(chat, intent == "figure", language)
    source = find_source(chat, language, figure=intent == "figure")
    focus = focus_words(chat, head_noun or counted, [person, source])
    return Question(
        text=text,
        kind=KIND_OF[intent],
        intent=intent,
        language=language,
        focus=focus,
        person=person,
        claimed_quote=claimed,
        counted=counted,
        measure=measure,
        figure_kind=_figure_kind(text, counted) if intent == "figure" else None,
        numbers=numbers,
        guesses=find_guesses(chat.norm, time_spans, language, counted) if intent == "figure" else [],
        wholes=find_wholes(chat.norm, time_spans, language) if intent in WHOLE_INTENTS else [],
        amounts=amounts,
        places=find_places(chat, language),
        names=find_names(text, language) if intent != "quote_check" else [],
        nationalities=nationalities(text, language) if intent in ("where", "when") else [],
        origin=find_origin(chat, counted, language) if intent == "figure" else None,
        times=times,
        source=source,
        compound=is_compound(chat.norm),
        several=asks_each_source(chat.norm),
    )


def _frame_language(chat: Chat, language: Language, speech: Speech, default: Language) -> tuple[Language, Speech]:
    """The language of a question that claims words without quotation marks, judged without them, as if they were
    quoted: "did the spokesman say für das mädchen kam jede hilfe zu spät" is an English question about German
    words. A long German claim outweighs the English frame around it, so the claim is looked for in either language
    and the language kept is the one the words around it are in; with no such reading, the first judgement stands."""
    other: Language = "de" if language == "en" else "en"
    for lang, found in ((language, speech), (other, None)):
        found = found or find_speech(chat, None, lang)
        at = chat.raw.rfind(found.claim) if found.claim else -1
        if found.claim and at >= 0:
            frame = chat.raw[:at] + " " + chat.raw[at + len(found.claim) :]
            if found.person:  # a name is in no language: "hat kim hong kyun …" is German by its "hat"
                frame = frame.replace(found.person, " ")
            if detect_language(frame, default) == lang:
                return lang, found
    return language, speech


def _figure_kind(text: str, counted: str | None) -> FigureKind | None:
    """An age for "wie alt", "ab welchem Alter" (also where it asks how long: "how old and how long"), a duration for
    "wie lange" or a time unit counted ("how many yrs did he get")."""
    if asks_age(text):
        return "age"
    if asks_ordinal(text):
        return "ordinal"  # "what minute did X score": "in der 50. Minute", no duration of minutes
    if counted and PENALTY_OF_TIME.match(counted):
        return "duration"  # "Welche Sperre droht ihr": "eine Sperre von bis zu vier Jahren"
    return "duration" if asks_duration(text) or (counted and TIME_UNIT_RE.match(counted)) else None


# A penalty that lasts, as the noun a figure question asks for: its answer is a time ("Sperre von bis zu vier Jahren",
# "zu drei Jahren Haft verurteilt", "what prison terms": "bis zu 30 Jahre Haft"), not a sum.
PENALTY_OF_TIME = re.compile(
    r"(?i)^(?:[\w-]*sperren?|[\w-]*haft(?:strafen?)?|bans?|suspensions?|sentences?|(?:prison|jail)\s+terms?)$"
)


def parse_question(text: str, default_language: str = "en", quantity: Callable[[str], bool] | None = None) -> Question:
    """Parse a user's question.  Never raises: on any failure a ``general`` question is returned. ``quantity`` tells
    whether a German noun names a quantity by the corpus's use (``intent.classify``)."""
    default: Language = "de" if default_language == "de" else "en"
    safe = text if isinstance(text, str) else ""
    try:
        return _parse(safe, default, quantity)
    except Exception:  # the contract is "never raises"
        _LOG.exception("parse_question failed")
        return Question(text=safe, kind="general", language=default)


def prepare() -> None:
    """Load the models question parsing reads (py3langid, HanTa: about 0.75 s together), so the first
    question after start-up does not wait for them."""
    language.prepare()
    tagger("de")
