"""Read a user's question: its language, what kind of answer it wants, and what it is about.

``parse_question`` never raises.  It looks at the first ``MAX_CHARS`` characters only.  The language is
decided by py3langid (restricted to German and English) on the text *outside* quotation marks, so
"Did Pistorius call it a 'neue Qualität'?" stays English; short or unclear text falls back to the
question word ("How", "Wie") and then to ``default_language``.
"""

from __future__ import annotations

import logging
import re

from retrieval.figures import analyze
from retrieval.language import detect_language
from retrieval.models import Language, Question, QuestionKind

_LOG = logging.getLogger(__name__)

MAX_CHARS = 10_000
MAX_CLOSE_ATTEMPTS = 50

# Opening quote mark -> closing marks that may end it.
QUOTE_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": '”“"',
    "”": "”",
    '"': '"“”',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "‘": "’'",
    "'": "'’",
    "’": "’",
}
# Marks that are also apostrophes ("don't", "Merkel's"): they open only after a space or bracket and
# close only before a space or punctuation.
AMBIGUOUS_MARKS = frozenset("'’‘‚\"”“")
QUOTE_CHARS = frozenset("„“”\"»«‚‘’'")
OPEN_CONTEXT = frozenset(" \t\n([{:,;–—-/")
CLOSE_CONTEXT = frozenset(" \t\n.,;:!?)]}–—-/…")

FIGURE_CUES: tuple[str, ...] = (
    r"how\s+many",
    r"how\s+much",
    r"what\s+(?:share|percentage|proportion|percent|fraction|number)",
    r"how\s+(?:high|large|big|great|expensive|old|long)",
    r"what\s+(?:amount|sum|cost|costs|figure)",
    r"wie\s*viele?n?",
    r"wie\s+hoch",
    r"wie\s+groß",
    r"wie\s+gross",
    r"wie\s+teuer",
    r"wie\s+alt",
    r"wie\s+lange?",
    r"welche[nrs]?\s+(?:anteil|summe|betrag|zahl|anzahl|höhe|kosten|mehrkosten|"
    r"prozentsatz|quote)",
    r"mit\s+welche[nrs]?\s+(?:kosten|mehrkosten|summe|zahl|betrag)",
    r"wie\s+viel\s+prozent",
    r"in\s+welcher\s+höhe",
)
_FIGURE_RE = re.compile(r"(?i)\b(?:" + "|".join(FIGURE_CUES) + r")\b")
# "how many X" / "wie viele X": the counted noun follows directly.
_COUNT_CUE_RE = re.compile(
    r"(?i)\b(?:how\s+many|how\s+much|wie\s*viele?n?|what\s+(?:share|percentage|proportion|percent|"
    r"fraction|number)\s+of|welche[nrs]?\s+anteil\s+(?:der|des|an|von))\s+"
)

SPEECH_VERBS_EN: tuple[str, ...] = (
    "say",
    "said",
    "says",
    "call",
    "called",
    "calls",
    "write",
    "wrote",
    "written",
    "claim",
    "claimed",
    "tell",
    "told",
    "describe",
    "described",
    "state",
    "stated",
    "warn",
    "warned",
    "announce",
    "announced",
    "demand",
    "demanded",
    "accuse",
    "accused",
    "argue",
    "argued",
    "insist",
    "insisted",
    "declare",
    "declared",
    "describe",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "report",
    "reported",
    "estimate",
    "estimated",
    "predict",
    "predicted",
    "admit",
    "admitted",
    "promise",
    "promised",
    "mean",
    "meant",
    "think",
    "thought",
    "suggest",
    "suggested",
    "quote",
    "quoted",
    "found",
    "finds",
    "showed",
    "shows",
    "concluded",
)
SPEECH_VERBS_DE: tuple[str, ...] = (
    "gesagt",
    "sagte",
    "sagt",
    "sagten",
    "geschrieben",
    "schrieb",
    "behauptet",
    "behauptete",
    "erklärt",
    "erklärte",
    "gefordert",
    "forderte",
    "gewarnt",
    "warnte",
    "gemeint",
    "meinte",
    "genannt",
    "nannte",
    "bezeichnet",
    "bezeichnete",
    "betont",
    "betonte",
    "kritisiert",
    "kritisierte",
    "berichtet",
    "berichtete",
    "vorgeworfen",
    "warf",
    "gesprochen",
    "sprach",
    "geschätzt",
    "schätzte",
    "angekündigt",
    "kündigte",
    "verlangt",
    "verlangte",
    "getwittert",
    "twitterte",
    "geäußert",
    "äußerte",
    "zitiert",
    "zitierte",
    "versprochen",
    "versprach",
    "ergab",
    "ergibt",
    "zeigte",
    "zeigt",
)
_SPEECH_RE = re.compile(r"(?i)\b(?:" + "|".join(SPEECH_VERBS_EN + SPEECH_VERBS_DE) + r")\b")
_WHO_RE = re.compile(r"(?i)^\W*(?:(?:and|und|also|auch|but|aber)\s+)?(?:who|whom|wer|wem|von\s+wem|by\s+whom)\b")
_WHICH_RE = re.compile(r"(?i)^\W*(?:which|what|welche[rsmn]?|von\s+welche[rsmn]?)\s+\w+")
_YESNO_RE = re.compile(
    r"(?i)^\W*(?:did|does|do|has|have|had|was|were|is|hat|hatte|haben|hatten|sagte|schrieb|"
    r"stimmt\s+es|ist\s+es\s+wahr|is\s+it\s+true|was\s+it|war\s+es|wurde|meinte|nannte|"
    r"bezeichnete|can\s+you\s+confirm|kannst\s+du\s+bestätigen|können\s+sie\s+bestätigen)\b"
)
_SPEAKER_CUE_RE = re.compile(
    r"(?i)^\W*(?:(?:is\s+it\s+true|was\s+it\s+true|stimmt\s+es|ist\s+es\s+wahr|can\s+you\s+confirm|"
    r"kannst\s+du\s+bestätigen|können\s+sie\s+bestätigen)\s*,?\s*(?:that|dass|daß)\s+|"
    r"(?:did|does|do|has|have|had|hat|hatte|haben|hatten)\s+)"
)
_UNMARKED_QUOTE_RE = re.compile(
    r"(?is)^\W*(?:hat|hatte|did|has|stimmt\s+es,?\s+dass)\s+.{1,120}?\b(?:"
    + "|".join(SPEECH_VERBS_EN + SPEECH_VERBS_DE)
    + r")\s*:\s*(?P<quote>.+?)\s*[?.!]*\s*$"
)
FILLER_WORDS: frozenset[str] = frozenset(
    {
        "really",
        "actually",
        "ever",
        "once",
        "also",
        "wirklich",
        "tatsächlich",
        "je",
        "jemals",
        "einmal",
        "auch",
        "so",
        "etwa",
        "denn",
        "eigentlich",
        "that",
        "dass",
        "daß",
        "es",
        "it",
        "publicly",
        "öffentlich",
        "allen",
        "ernstes",
    }
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def _word_set(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``."""
    return frozenset(block.split())


STOP_WORDS_EN: frozenset[str] = _word_set("""
a an the and or but of to in on at by for from with about into over under as than then so such
is are was were be been being am do does did done has have had having will would shall should can
could may might must it its this that these those there here he she they them his her their we us
our you your i me my not no yes very really actually just also too only still already ever
how many much what which who whom whose why when where whether if according say says said tell
told give gives gave given number numbers figure figures source sources so far currently now
and/or one ones any some all each every other another more most less least per cent
""")
STOP_WORDS_DE: frozenset[str] = _word_set("""
der die das den dem des ein eine einen einem einer eines und oder aber sondern denn doch als wie
ist sind war waren sei seien wird werden wurde wurden worden hat haben hatte hatten habe gibt gab
es er sie ihr ihm ihn ihnen wir uns ich mich mir du dich dir man sich sein seine seinen seinem
seiner ihre ihren ihrem ihrer dieser diese dieses diesen diesem jener jene kein keine keinen
nicht auch noch schon nur sehr so zu zum zur im in am an auf aus bei mit nach von vom vor über unter
um durch für gegen ohne bis seit während wegen laut gemäß zufolge wer wen wem wessen was welche
welcher welches welchen welchem wie viel viele vielen wieviel wieviele wo wann warum ob dass daß
sagt sagen sagte angaben angabe zahl zahlen quelle quellen eigentlich wirklich denn etwa bisher
jetzt derzeit aktuell mal alle allen jeder jede jedes mehr weniger hoch groß gross da dort hier
stimmt wahr falsch true false
""")
QUESTION_WORDS: frozenset[str] = frozenset(
    {
        "how",
        "what",
        "who",
        "whom",
        "which",
        "why",
        "when",
        "where",
        "wie",
        "wer",
        "wem",
        "wen",
        "wessen",
        "was",
        "welche",
        "welcher",
        "welches",
        "welchen",
        "welchem",
        "warum",
        "wann",
        "wo",
        "viele",
        "vielen",
        "viel",
        "many",
        "much",
    }
)
EN_NOUN_SKIP_TAGS: frozenset[str] = frozenset({"AJ0", "AJC", "AJS", "NP0"})
DE_NOUN_SKIP_TAGS: frozenset[str] = frozenset({"ADJ(A)", "ADJ(D)"})
MAX_HEAD_SKIP = 4


# --------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in AMBIGUOUS_MARKS:
        return True
    return (i == 0 or text[i - 1] in OPEN_CONTEXT) and i + 1 < len(text) and not text[i + 1].isspace()


def _can_close(text: str, j: int) -> bool:
    ch = text[j]
    if ch not in AMBIGUOUS_MARKS:
        return True
    return (j + 1 == len(text) or text[j + 1] in CLOSE_CONTEXT or text[j + 1] in QUOTE_CHARS) and (
        j > 0 and not text[j - 1].isspace()
    )


def _find_close(text: str, i: int) -> int | None:
    """Index of the mark that closes the quote opened at ``i``, or None."""
    closers = QUOTE_PAIRS[text[i]]
    j = i + 1
    for _ in range(MAX_CLOSE_ATTEMPTS):
        positions = [p for p in (text.find(c, j) for c in closers) if p != -1]
        if not positions:
            return None
        p = min(positions)
        if p > i + 1 and _can_close(text, p):
            return p
        j = p + 1
    return None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the text inside each quotation, outer marks excluded, left to right."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in QUOTE_PAIRS and _can_open(text, i):
            close = _find_close(text, i)
            if close is not None and text[i + 1 : close].strip():
                spans.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    return spans


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with quoted parts (and their marks) replaced by a space."""
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        parts.append(text[pos : max(pos, s - 1)])
        parts.append(" ")
        pos = e + 1
    parts.append(text[pos:])
    return "".join(parts)


def _strip_marks(quote: str) -> str:
    """Trim spaces and any stray outer quote marks."""
    q = quote.strip()
    while len(q) > 1 and q[0] in QUOTE_CHARS and q[0] not in "'’" and q[-1] in QUOTE_CHARS:
        q = q[1:-1].strip()
    return q.strip(' \t\n„“”"»«‚‘')


# --------------------------------------------------------------------------------------------------
# Kind, person, quote, focus
# --------------------------------------------------------------------------------------------------


def classify_kind(outside: str, has_quote: bool, bare_quote: bool) -> QuestionKind:
    """figure / who_said / quote_check / general, judged on the text outside quotations."""
    if _FIGURE_RE.search(outside):
        return "figure"
    if _WHO_RE.search(outside):
        return "who_said"
    if _WHICH_RE.search(outside) and _SPEECH_RE.search(outside):
        return "who_said"
    if has_quote and (bare_quote or _YESNO_RE.search(outside) or _SPEECH_RE.search(outside)):
        return "quote_check"
    if _UNMARKED_QUOTE_RE.search(outside):
        return "quote_check"
    return "general"


def _is_bare_quote(text: str, spans: list[tuple[int, int]]) -> bool:
    """The question is essentially one quotation ("„Wir schaffen das.“")."""
    if not spans:
        return False
    inside = sum(e - s for s, e in spans)
    rest = _WORD_RE.findall(_outside(text, spans))
    return inside > 0 and len(rest) <= 2


def extract_person(outside: str) -> str | None:
    """The speaker named in "Did X say …", "Hat X gesagt …", "Stimmt es, dass X … sagte"."""
    cue = _SPEAKER_CUE_RE.search(outside)
    if cue is None:
        return None
    rest = outside[cue.end() :]
    stop = len(rest)
    verb = _SPEECH_RE.search(rest)
    if verb is not None:
        stop = verb.start()
    for mark in (":", "?", ","):
        k = rest.find(mark)
        if k != -1:
            stop = min(stop, k)
    words = [w for w in rest[:stop].split() if w.lower().strip(",.") not in FILLER_WORDS]
    if verb is None:
        words = _name_run(words)
    words = _trim_person(words)
    person = " ".join(words).strip(" ,.;:")
    return person or None


def _name_run(words: list[str]) -> list[str]:
    """The leading run of capitalised words (with articles) when no speech verb bounds the name."""
    run: list[str] = []
    for w in words:
        if w[:1].isupper() or w.lower() in ("the", "der", "die", "das", "von", "van", "de", "of"):
            run.append(w)
        else:
            break
    return run


def _trim_person(words: list[str]) -> list[str]:
    """Drop what follows the name in "Hat Pistorius die Lage als …": stop at a lowercase article."""
    out: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if k > 0 and low in ("die", "das", "den", "it", "this", "that", "als", "as", "in", "im", "am"):
            break
        out.append(w)
    return out[:8]


def extract_claimed_quote(text: str, spans: list[tuple[int, int]], outside: str) -> str | None:
    """The longest quotation, or the part after the colon in "Hat X gesagt: Wir werden …?"."""
    if spans:
        s, e = max(spans, key=lambda span: span[1] - span[0])
        quote = _strip_marks(text[s:e])
        return quote or None
    m = _UNMARKED_QUOTE_RE.search(outside)
    if m is None:
        return None
    quote = _strip_marks(m.group("quote"))
    return quote or None


def _is_stop(word: str) -> bool:
    low = word.lower()
    return low in STOP_WORDS_EN or low in STOP_WORDS_DE or low in QUESTION_WORDS or len(low) < 2


def _head_noun(outside: str, lang: Language) -> tuple[str | None, list[str]]:
    """The noun counted after "how many"/"wie viele", and the modifiers skipped on the way."""
    m = _COUNT_CUE_RE.search(outside)
    if m is None:
        return None, []
    modifiers: list[str] = []
    for word in _WORD_RE.findall(outside[m.end() : m.end() + 200])[: MAX_HEAD_SKIP + 1]:
        if word[0].isdigit():
            return None, modifiers
        if lang == "de":
            if word[:1].isupper():
                return word, modifiers
            tag = analyze(word, "de")[1]
            if tag not in DE_NOUN_SKIP_TAGS:
                return None, modifiers
        else:
            tag = analyze(word, "en")[1]
            if tag.startswith("NN"):
                return word, modifiers
            if tag not in EN_NOUN_SKIP_TAGS:
                return None, modifiers
        modifiers.append(word)
    return None, modifiers


def extract_focus(outside: str, lang: Language, person: str | None) -> list[str]:
    """Content words of the question, the counted noun first, stop and question words dropped."""
    head, modifiers = _head_noun(outside, lang)
    person_words = {w.lower() for w in (person or "").split()}
    ordered = ([head] if head else []) + modifiers + _WORD_RE.findall(outside)
    seen: set[str] = set()
    focus: list[str] = []
    for word in ordered:
        key = word.lower()
        if key in seen or _is_stop(word) or key in person_words:
            continue
        seen.add(key)
        focus.append(word)
    return focus


def _parse(text: str, default_language: Language) -> Question:
    head = text[:MAX_CHARS]
    spans = find_quotes(head)
    outside = _outside(head, spans)
    bare = _is_bare_quote(head, spans)
    language = detect_language(head if bare else outside, default_language)
    kind = classify_kind(outside, bool(spans), bare)
    person = extract_person(outside) if kind in ("quote_check", "who_said") else None
    claimed = extract_claimed_quote(head, spans, outside) if kind in ("quote_check", "who_said") else None
    if kind == "who_said" and not spans:
        claimed = None
    focus = extract_focus(outside, language, person)
    if kind == "quote_check":
        focus = [w for w in focus if not _SPEECH_RE.fullmatch(w)]
    return Question(text=text, kind=kind, language=language, focus=focus, person=person, claimed_quote=claimed)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0/C1 controls but tab and newline


def clean(text: str) -> str:
    """The question without control characters: a bell or NUL glued to a word would hide it."""
    return _CONTROL.sub(" ", text)


def parse_question(text: str, default_language: str = "en") -> Question:
    """Parse a user's question.  Never raises: on any failure a ``general`` question is returned."""
    default: Language = "de" if default_language == "de" else "en"
    safe = text if isinstance(text, str) else ""
    try:
        return _parse(safe, default)
    except Exception:  # the contract is "never raises"
        _LOG.exception("parse_question failed")
        return Question(text=safe, kind="general", language=default)
