"""Who the question is about, and the statement it claims someone made.

The person is the noun phrase after the cue that introduces it: "Did X say", "Hat X gesagt", "Stimmt es,
dass X …", "What did X say", "Was sagte X", "Wie reagierte X", "Who is X", "Wer ist X". It comes back as
written ("mark rutte" stays lower case; "der Kreml-Sprecher" keeps its article).

The claimed statement is the longest quotation when there is one. Without quotation marks it is what
follows the verb of saying in a yes/no question ("Did Pistorius say he was very worried?", "hat mahrer
echt gesagt ohne scheitern kein lernen", "Hat X gesagt, dass …"), in a statement with a tag ("X said Y,
right?", "X soll gesagt haben Y – stimmt das?") or after "stimmt das Zitat". Typed that way it starts after a colon
that sets it off ("did X tell reporters: Y"), and in an English question at its German words ("did X say that the
plan was alternativlos" claims "alternativlos").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.language import detect, german_leaning
from retrieval.models import Language
from retrieval.question.intent import ACCOUNTS, CLAUSE, DEFENDS, PERFECT_ACCOUNTS, SAY, STANCE, WHEREOF, WORDS_ASKED
from retrieval.question.phrases import ARTICLES, BOUNDARY, PUNCT_END, Word, noun_phrase, tokens
from retrieval.question.text import Chat, words

MIN_CLAIM_WORDS = 2
# Words between the speaker and the verb of saying: "hat grünwald nach dem 3:0 bei der admira gesagt die welt ist …"
# (two phrases of when and where, the score two tokens: 7). Studied sets (stop 54): at 7 rather than 5, 1 question of
# 1,604 read anew (dev98-037, general -> quote_check, gained), no other person or claim changed.
MAX_GAP_WORDS = 7
MAX_GAP_BEFORE_COLON = 10  # "hat X in ihren Briefen aus der Haft geschrieben: …": a colon marks the words claimed
# ... and so do a comma and "dass" right after the verb: "Hat X vor dem Heimspiel gegen die Bayern gesagt, der 1. FC
# Köln habe keine Chance?", "Hat X auf die Kritik an seinem Aufruf geantwortet, als Privatperson dürfe er das?"
CLAIM_MARK = re.compile(r"\s*(?::|,|(?:dass|daß|that)\b)")
# Words that, right after "did X say", ask what was said rather than claim it.
NOT_A_CLAIM = frozenset("anything something nothing about so this what etwas was irgendwas irgendetwas nichts".split())
DEMONSTRATIVES = frozenset("this that these dieser diese dieses diesen the der die das".split())

_ASK = r"(?:did|does|do|has|have|had|hat|hatte|haben|hatten)"
_CONFIRM = (
    r"(?:is\s+it\s+true|was\s+it\s+true|stimmt\s+es|stimmt\s+das|ist\s+es\s+wahr|can\s+you\s+confirm|"
    r"kannst\s+du\s+bestätigen|können\s+sie\s+bestätigen)\s*,?\s*(?:that|dass|daß)\s+"
)
# Cues after which the speaker's name follows.
VERB_FIRST = re.compile(CLAUSE + r"(?:sagte|sagt|schrieb|meinte|nannte|bezeichnete|behauptete|erklärte)\s+")
SPEAKER_CUES = (re.compile(CLAUSE + _CONFIRM), re.compile(CLAUSE + _ASK + r"\s+"), VERB_FIRST)
ASKED_ABOUT_CUES = (
    re.compile(CLAUSE + r"(?:what|was)\s+(?:did|does|do|has|have|had|hat|hatte|haben|will|would|is|was|were|are)\s+"),
    re.compile(CLAUSE + WORDS_ASKED + r"\s+"),  # "mit welchen Worten warnte X", "what words did X use"
    re.compile(CLAUSE + WHEREOF + r"\s+(?:" + SAY + r"|" + ACCOUNTS + r")\s+"),
    re.compile(CLAUSE + r"was\s+(?:" + SAY + r"|hält|hielt|entgegnete|erwiderte)\s+"),
    re.compile(
        CLAUSE + r"wie\s+(?:reagierte|reagiert|kommentierte|kommentiert|sieht|sah|bewertet|bewertete|beurteilt)\s+"
    ),
    re.compile(CLAUSE + r"wie\s+(?:äußerte|äußert)\s+sich\s+"),
    re.compile(CLAUSE + r"wie\s+" + DEFENDS + r"\s+sich\s+"),
    re.compile(CLAUSE + r"wie\s+(?:hat|hatte|haben|hatten)\s+(?:sich\s+)?(?=.*\b" + PERFECT_ACCOUNTS + r"\b)"),
    re.compile(
        CLAUSE + r"welche\s+(?:meinung|position|haltung|einschätzung|sicht)\s+(?:hat|hatte|haben|vertritt|vertrat)\s+"
    ),
    re.compile(CLAUSE + r"wie\s+" + ACCOUNTS + r"\s+(?!(?:sich|man|es)\b)"),
    re.compile(CLAUSE + r"was\s+(?:war|ist|waren|sind)\s+(?:die|der|das)\s+" + STANCE + r"\s+(?=von|der|des|vom)"),
    re.compile(CLAUSE + r"how\s+(?:did|does|do|has|have)\s+"),
    # "why does X think …", "warum fordert X …", "was schlägt X vor", "glaubt X, dass …"
    re.compile(CLAUSE + r"why\s+(?:did|does|do|has|have)\s+"),
    # "what reasons did the Communist Party give …"
    re.compile(CLAUSE + r"what\s+(?:reasons?|grounds|arguments?|explanation)\s+(?:did|does|do|has|have|had)\s+"),
    # "what countermeasures has Washington announced …" (``intent.WHICH_OBJECT_SAID_RE``)
    re.compile(CLAUSE + r"(?:which|what)\s+(?:[\w-]+\s+){1,2}?(?:has|have|had|did|does|do)\s+(?=.*\b" + SAY + r"\b)"),
    re.compile(
        CLAUSE + r"(?:(?:warum|wieso|weshalb)\s+(?:glaubt|glaubte|meint|meinte|findet|fand|denkt|dachte|hält|hielt|"
        r"fordert|forderte|warnt|warnte|sieht|sah|befürchtet|befürchtete|erwartet|erwartete)"
        r"|was\s+(?:schlägt|schlug|empfiehlt|empfahl|fordert|forderte|verlangt|verlangte|rät|riet|raten|rieten|"
        r"empfehlen|empfahlen|fordern|forderten|schlagen|schlugen)"
        r"|(?:glaubt|meint|findet|denkt|befürchtet|bezweifelt)(?=\s+(?:der|die|das)\s))\s+"
    ),
    re.compile(CLAUSE + r"(?:who\s+(?:is|was|are|were)|who's|whos|wer\s+(?:ist|war|sind|waren))\s+"),
)
TAG_RE = re.compile(
    # a question set off by a dash that asks after the words before it: "… - is that the exact quote", "… – steht das
    # so im artikel"
    r"\s[–—-]+\s*(?:is|was|does|did|ist|war|steht|stand|stimmt)\s+(?:that|this|it|das|dies|es)\b[^–—-]*$|"
    r"[\s,–—-]*(?:stimmt\s+das(?:\s+so)?|stimmt\s+es|is\s+that\s+(?:true|right|correct)|ist\s+das\s+(?:wahr|richtig)|"
    r"right|true|oder|richtig|wirklich|really|correct|or\s+not|oder\s+nicht)?\W*$"
)
QUOTE_CUE_RE = re.compile(
    CLAUSE + r"(?:stimmt\s+(?:das|dieses)\s+zitat|ist\s+(?:das|dieses)\s+zitat\s+(?:echt|richtig|korrekt|wahr)|"
    r"is\s+(?:this|that|the)\s+quote\s+(?:real|true|genuine|correct|right|accurate))"
    r"(?:\s+(?:von|by|from)\s+(?P<who>[^:,]+?))?\s*[:,]?\s+"
)
AFTER_VERB_RE = re.compile(r"^(?:\s*(?:hat|haben|habe|hätte|has|had))?\s*[,:]?\s*(?:(?:that|dass|daß)\b)?\s*")
# A question that opens with one of these asks for something; its first word is no speaker ("Wovor warnte X?",
# "How did X react to …?").
QUESTION_WORDS = frozenset(
    """
    what which who whom whose why how when where wer wen wem wessen was welche welcher welches welchen welchem wie
    warum weshalb wieso wann wo woher wohin wovor worüber wogegen wofür womit woran wozu worauf wodurch wovon
    """.split()
)
# Subjects of "… says 'Y', right?" that name the text or nobody, not a speaker.
NOT_A_SPEAKER = frozenset(
    "article articles text story piece report it someone somebody they artikel beitrag bericht es jemand man".split()
)
MODALS = frozenset("soll sollen sollte angeblich supposedly reportedly allegedly hat has had".split())


@dataclass(frozen=True)
class Speech:
    """The person a question names and the statement it claims (either may be None)."""

    person: str | None = None
    claim: str | None = None


def _person_at(chat: Chat, toks: list[Word], k: int, lang: Language) -> tuple[str | None, int]:
    """The phrase starting at token ``k`` as written, and the token index after it."""
    while k < len(toks) and toks[k].text in words("fillers.txt"):
        k += 1
    i, j = noun_phrase(chat.norm, toks, k, lang, chat=chat)
    if j == i:
        return None, k
    j = _apposition(chat, toks, j)
    return chat.raw_span(toks[i].start, toks[j - 1].end).strip(" ,.;:") or None, j


MAX_APPOSITION = 3  # words of a name set off by commas after a description


def _apposition(chat: Chat, toks: list[Word], j: int) -> int:
    """The token after a name that follows a description between commas ("der sportliche Leiter der Rapid-Amateure,
    Willi Schuldes, gesagt"): the name is part of who is asked about, and the verb of saying follows it; else
    ``j``."""
    if not 0 < j < len(toks) or chat.norm[toks[j - 1].end : toks[j].start].strip() != ",":
        return j
    for m in range(j + 1, min(j + MAX_APPOSITION, len(toks) - 1) + 1):
        if not chat.raw_span(toks[m - 1].start, toks[m - 1].end)[:1].isupper():
            return j
        if chat.norm[toks[m - 1].end : toks[m].start].strip() == ",":
            return m if _verb_after(chat, toks, m) >= 0 else j
    return j


def _token_at(toks: list[Word], pos: int) -> int:
    return next((k for k, w in enumerate(toks) if w.start >= pos), len(toks))


def _verb_after(chat: Chat, toks: list[Word], j: int) -> int:
    """Index of the verb of saying at or shortly after token ``j`` ("X [nach der Amokfahrt] gesagt"), or -1; further
    after it where a colon, comma or "dass" follows the verb ("X in ihren Briefen aus der Haft geschrieben: …")."""
    for k in range(j, min(j + MAX_GAP_BEFORE_COLON + 1, len(toks))):
        if k > j and PUNCT_END.search(chat.norm[toks[k - 1].end : toks[k].start]) and not _in_number(toks, k):
            return -1
        if re.fullmatch(SAY, toks[k].text):
            if k - j <= MAX_GAP_WORDS or CLAIM_MARK.match(chat.norm, toks[k].end):
                return k
            return -1
        if k == j and toks[k].text not in words("fillers.txt") and toks[k].text not in BOUNDARY | _OBJECTS:
            return -1  # the phrase goes on with something else than a filler, a preposition or an object
    return -1


def _in_number(toks: list[Word], k: int) -> bool:
    """Is the mark before token ``k`` inside a number or a score ("nach dem 2:1 gegen Mattersburg", "1.000")?"""
    return toks[k - 1].text.isdigit() and toks[k].text.isdigit()


# Whom the words were said to, between the speaker and the verb: "Hat X dem ORF vorgeworfen, …", "Hat X der Zeitung
# gesagt, …".
_OBJECTS = frozenset("dem den der einem einer".split())


def _claim_after(chat: Chat, toks: list[Word], j: int) -> str | None:
    """The statement after the verb of saying at token ``j - 1`` (fillers, "that"/"dass" and a tag dropped)."""
    verb = _verb_after(chat, toks, j)
    if verb < 0:
        return None
    rest_start = toks[verb].end
    lead = AFTER_VERB_RE.match(chat.norm[rest_start:])
    start = rest_start + (lead.end() if lead else 0)
    tail = TAG_RE.search(chat.norm, start)
    end = tail.start() if tail else len(chat.norm)
    claim = chat.raw_span(_after_colon(chat.norm, start, end), end).strip(" ,.;:!?")
    if not claim and verb > j:  # German verb last: "Hat Rutte vor einer Eskalation gewarnt?" (the verb is claimed too)
        claim = chat.raw_span(toks[j].start, toks[verb].end).strip(" ,.;:!?")
    first = claim.split()[0].lower() if claim else ""
    if len(claim.split()) < MIN_CLAIM_WORDS or first in NOT_A_CLAIM:
        return None
    return claim


# A colon between words (not in "2:1" or "10:30"): what follows it is the statement, what precedes it says when,
# where or to whom it was said.
_COLON = re.compile(r"(?<!\d):(?!\d)")


def _after_colon(norm: str, start: int, end: int) -> int:
    """Where the claimed words begin in ``norm[start:end]``, typed without quotation marks: after a colon that
    sets them off from what precedes them ("did X tell reporters: …", "stimmt das zitat von X zu Y: …", "did X
    say about the fence: …"), else ``start``. Words before a colon are never part of a quotation typed bare."""
    colon = _COLON.search(norm, start, end)
    if colon is None or len(norm[colon.end() : end].split()) < MIN_CLAIM_WORDS:
        return start
    return colon.end()


def _claim_after_speaker(chat: Chat, toks: list[Word], j: int) -> str | None:
    """The words a verb-first question puts up for checking after its speaker (token ``j`` on): after a colon or
    comma ("Sagte X: Y?"), or, typed in a chat without either, after a word that doubts them or a "dass" ("sagt
    stiftner wirklich ohne teilautomatisierung …", "meinte der kanzler tatsächlich dass …")."""
    marked = chat.norm[toks[j - 1].end : toks[j].start].strip() in (":", ",")
    k = j
    while k < len(toks) and toks[k].text in words("fillers.txt"):
        k += 1
    if k < len(toks) and toks[k].text in ("dass", "daß", "that"):
        k += 1
    if (not marked and k == j) or k >= len(toks):
        return None
    tail = TAG_RE.search(chat.norm, toks[k].start)
    return chat.raw_span(toks[k].start, tail.start() if tail else len(chat.norm)).strip(" ,.;:!?") or None


def _verb_last(chat: Chat, toks: list[Word], k: int, person: str, claim: str | None) -> tuple[str, str | None]:
    """German puts the verb of saying last: "Hat Pistorius von einer neuen Qualität gesprochen?", "Hat X die
    Entsendung als Eskalation bezeichnet?". The person is the name before the first preposition or article, the
    claim the rest with the verb."""
    last = len(toks) - 1
    if last <= k + 1 or not re.fullmatch(SAY, toks[last].text):
        return person, claim
    cut = next((b for b in range(k + 1, last) if toks[b].text in _OBJECT_OPENERS), -1)
    if cut < 0:
        return person, claim
    return chat.raw_span(toks[k].start, toks[cut - 1].end), chat.raw_span(toks[cut].start, toks[last].end)


_OBJECT_OPENERS = frozenset("von vor über mit zu zum zur gegen für auf an als".split()) | ARTICLES


def _unmarked(chat: Chat, lang: Language) -> Speech:
    """Person and claim of a question that claims a statement without quotation marks."""
    toks = tokens(chat.norm)
    quote_cue = QUOTE_CUE_RE.search(chat.norm)
    if quote_cue:
        end = tail.start() if (tail := TAG_RE.search(chat.norm, quote_cue.end())) else len(chat.norm)
        quoted = chat.raw_span(_after_colon(chat.norm, quote_cue.end(), end), end).strip(" ,.;:!?")
        named = _person_at(chat, toks, _token_at(toks, quote_cue.start("who")), lang)[0] if quote_cue["who"] else None
        return Speech(person=named, claim=quoted or None)
    for cue in SPEAKER_CUES:
        m = cue.search(chat.norm)
        if m:
            person, j = _person_at(chat, toks, _token_at(toks, m.end()), lang)
            if cue is VERB_FIRST and person and 0 < j < len(toks):  # "Sagte X: Y?", "sagt X wirklich Y"
                claim = _claim_after_speaker(chat, toks, j)
            else:
                claim = _claim_after(chat, toks, j) if person else None
                if person and not claim and cue is SPEAKER_CUES[1]:
                    person, claim = _verb_last(chat, toks, _token_at(toks, m.end()), person, claim)
            if claim and len(claim.split()) >= MIN_CLAIM_WORDS:
                return Speech(person=person, claim=claim)
    # "X said Y, right?" / "X soll gesagt haben Y – stimmt das?"
    tag = TAG_RE.search(chat.norm)
    if (
        toks
        and toks[0].text not in QUESTION_WORDS
        and (chat.norm.rstrip().endswith("?") or (tag and tag.group().strip(" ?!.")))
    ):
        person, j = _person_at(chat, toks, 0, lang)
        while j < len(toks) and toks[j].text in MODALS:
            j += 1
        claim = _claim_after(chat, toks, j) if person else None
        if claim:
            return Speech(person=person, claim=claim)
    return Speech()


def find_speech(chat: Chat, quote: str | None, lang: Language) -> Speech:
    """The person named as speaker (or asked about) and the claimed statement, marked or not."""
    if quote is None:
        found = _unmarked(chat, lang)
        if found.claim:
            return Speech(person=found.person, claim=_without_lead(_without_topic(found.claim, lang), lang))
    toks = tokens(chat.norm)
    for cue in SPEAKER_CUES if quote else ():
        m = cue.search(chat.norm)
        if m:
            person, _ = _person_at(chat, toks, _token_at(toks, m.end()), lang)
            return Speech(person=person, claim=quote)
    if quote and (person := _stated_speaker(chat, toks, lang)):
        return Speech(person=person, claim=quote)  # "kim voiced 'tiefe besorgnis', right?"
    return Speech(person=asked_about(chat, toks, lang), claim=quote)


# "did perez really say wir stehen voll hinter ihm about benitez": an English question's topic after German words.
_TOPIC_EN = re.compile(r"^(?P<words>.*\S)\s+(?:about|regarding|on)\s+\S+(?:\s+\S+){0,2}$", re.IGNORECASE)


def _without_topic(claim: str, lang: Language) -> str:
    """The claimed words without the topic an English question names after them in its own language, where the
    words are German: "about benitez" is no part of "wir stehen voll hinter ihm" (an English claim keeps it: "she
    was worried about the economy")."""
    m = _TOPIC_EN.match(claim) if lang == "en" else None
    if m and len(m.group("words").split()) >= MIN_CLAIM_WORDS and detect(m.group("words")) == "de":
        return m.group("words")
    return claim


# How clearly the words cut off before a German claim in an English question must read English, and the claim German
# (sums of ``language.german_leaning``; one plain English word such as "had" or "that" leans about -9 to -16, a German
# one about +5 to +30). The words of an English claim lean English, so it stays whole.
MIN_ENGLISH_LEAD = 8.0
MIN_GERMAN_CLAIM = 5.0


def _without_lead(claim: str, lang: Language) -> str:
    """The claimed German words without the English words an English question typed before them: without quotation
    marks "did X say that the plan was alternativlos" or "did X call it a neue qualität" claim only the German
    words ("alternativlos", "neue qualität"); the English ones say what they were said about. The claim starts at
    the word from which the words to its end read most German (the largest sum of each word's leaning)."""
    if lang != "en":
        return claim
    spans = [m.span() for m in re.finditer(r"\S+", claim)]
    leaning = german_leaning([claim[s:e].strip(",.;:!?") for s, e in spans])
    tails = [sum(leaning[k:]) for k in range(len(spans))]
    start = max(range(len(spans)), key=tails.__getitem__, default=0)
    if start == 0 or tails[start] < MIN_GERMAN_CLAIM or sum(leaning[:start]) > -MIN_ENGLISH_LEAD:
        return claim
    return claim[spans[start][0] :]


MAX_LABEL_WORDS = 2


def _after_label(chat: Chat, toks: list[Word]) -> int:
    """The first token after a label that heads the question ("Zitatprüfung: X soll …", "Quote check: X said …"):
    a word or two and a colon; 0 without one."""
    for k in range(1, min(MAX_LABEL_WORDS, len(toks) - 1) + 1):
        if chat.norm[toks[k - 1].end : toks[k].start].strip() == ":":
            return k
    return 0


def _stated_speaker(chat: Chat, toks: list[Word], lang: Language) -> str | None:
    """The subject of a statement put up for checking: "X said 'Y', right?", "X soll 'Y' gesagt haben"."""
    first = _after_label(chat, toks)
    if first >= len(toks) or toks[first].text in QUESTION_WORDS:
        return None
    person, j = _person_at(chat, toks, first, lang)
    while j < len(toks) and toks[j].text in MODALS:
        j += 1
    if not person or person.split()[-1].lower() in NOT_A_SPEAKER:
        return None
    return person if _verb_after(chat, toks, j) >= 0 else None


def asked_about(chat: Chat, toks: list[Word], lang: Language) -> str | None:
    """The person in "what did X say", "was sagte X", "wie reagierte X", "who is X", "did X say anything"."""
    for cue in (*ASKED_ABOUT_CUES, SPEAKER_CUES[1]):
        m = cue.search(chat.norm)
        if m is None:
            continue
        k = _token_at(toks, m.end())
        while k < len(toks) and toks[k].text in words("fillers.txt"):
            k += 1
        if k < len(toks) - 1 and toks[k].text in DEMONSTRATIVES - {"der", "die", "das", "the"}:
            k += 1
        person, _ = _person_at(chat, toks, k, lang)
        if person:
            return _holder(_VERB_AFTER_SUBJECT.split(person, maxsplit=1)[0].strip() or person)
    return None


# The verb a "why did X …" question goes on with, where the phrase read as X runs on into it ("the police fear riots").
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?=(?:think|believe|say|want|argue|warn|fear|expect|consider)\b)", re.IGNORECASE)


# "the reaction of the pilots union", "the pilots union's reaction": whose reaction is asked about.
_STANCE_OF = re.compile(
    r"^(?:the\s+)?(?:reactions?|responses?|answers?|comments?|views?|positions?|opinions?|stances?)\s+(?:of|from)\s+",
    re.IGNORECASE,
)
_STANCE_OWNED = re.compile(
    r"['’]s?\s+(?:reactions?|responses?|answers?|comments?|views?|positions?|opinions?|words|remarks|take|stance|"
    r"verdict|assessment)$"
)
# A pronominal adverb after the name points at the topic ("was sagt merkel dazu"), it is not part of the name.
# ... nor is the verb of "what words did X use".
_TOPIC_AFTER = re.compile(r"\s+(?:dazu|darüber|davon|daran|darauf|hierzu|hierüber|use|choose|pick)$", re.IGNORECASE)


# A possessive after the name opens what the person is asked about: "hundstorfer seine ablehnung", typed lower case.
_POSSESSIVE = re.compile(r"\s+(?:seine[nmr]?|sein|ihre[nmr]?|unsere[nmr]?|his|her|their|its)\s.*$", re.IGNORECASE)


def _holder(person: str) -> str:
    """The one whose stance a phrase names ("the reaction of the pilots union" -> "the pilots union"), without what
    follows a possessive ("hundstorfer seine ablehnung" -> "hundstorfer")."""
    person = _STANCE_OF.sub("", person)
    person = _STANCE_OWNED.sub("", person) or person
    person = _TOPIC_AFTER.sub("", person) or person
    person = re.sub(r"['’]s$", "", person) or person  # "what was merkel's take": the phrase ends before the verb
    return _POSSESSIVE.sub("", person) or person
