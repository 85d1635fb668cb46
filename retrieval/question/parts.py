"""A figure question that asks for two figures at once, as two questions (stop 55).

"Wie viele Tote und Verletzte gab es beim Unfall in X" asks for two counts; "how much does it cost and how many
characters can you store on it" for two figures of different kinds. Answered whole, the figure of one part often
crowds out the other's (the sentences that best fit the whole question give one of them). ``figure_parts`` writes
each part out as a question of its own, with the frame the parts share, so each is answered on its own terms and
the answers are merged (``Answerer``, which splits only where every part is itself a figure question):

- a second ask joined on by "und"/"and"/"sowie"/"as well as"/"bzw." with a question word of its own ("…, und wie
  viele davon in Österreich?", "… and what share planned to vote no"): the first part is the text before the joint;
  the second keeps the topic typed before the first ask ("causa buwog: …") and carries the first part's words but
  its cue in brackets, which tell what it is asked of ("wie viel Prozent vom BIP ist das (… muss der Bund 2020 für
  die Pensionen zuschießen)", "how many against (MPs voted for)"); who gives the figures, asked at the end ("…,
  according to whom?", "… und wer sagt das"), is asked of both parts;
- two nouns coordinated right after "wie viele"/"how many" ("wie viele Tote und Verletzte gab es …", "how many
  doctors and nurses took part …"): the cue and everything after the pair are shared.

Names and fixed pairs are no two things ("Bosnien und Herzegowina", "Jäger und Sammler": ``data/fixed_pairs.txt``);
nor are two names after the verb ("wie viel zahlt X an ARD und ZDF", "what did Audi, BMW and Daimler pay"): in the
studied sets those ask for one figure as often as for two, and a question the corpus does not answer would be
answered by either name's figure. "oder"/"or" joins two words for one figure ("killed or wounded").
"""

from __future__ import annotations

import re

from retrieval.question.intent import FIGURE_RE, noun_asked
from retrieval.question.text import WORD_RE, Chat, phrases, stop_words

# The words that join two asks or two things asked for.
_JOIN = r"(?:und|and|sowie|as\s+well\s+as|bzw\.?|beziehungsweise)"
# A preposition a second ask's question word may take: "und gegen wie viele", "und auf welchen Wert", "and by how much".
_PREPOSITION = r"(?:um|auf|gegen|mit|für|von|bei|an|in|by|for|of|to|from|at|on|against|with)"
# A second ask: a joint, then a question word of its own that asks for a figure by its own words (``intent.FIGURE_RE``
# there, or a noun asked by itself: "und welche Zahl war zuvor bekannt"); not "und wer sagt das", "and what did
# economists expect", "und wie hat sich das seit 2008 entwickelt" (the same figure over time: the whole question's).
_SECOND_ASK = re.compile(
    r"(?:[,;?!.]\s*|\s+-\s+|\s+[–—]\s+|\s+)" + _JOIN + r"\s*,?\s+"
    r"(?=(?:" + _PREPOSITION + r"\s+)?(?:wie|how|what|welche[nrsm]?|was)\b)"
)
# The first ask's question word, where the question has no figure cue there ("Welche Wahlbeteiligung erwarten …").
_ASK_WORD = re.compile(r"\b(?:wie|how|what|which|welche[nrsm]?|was)\b")
# Two nouns right after a count's cue: "wie viele Tote und Verletzte", "how many doctors and nurses".
_PAIR = re.compile(
    r"\b(?P<cue>wie\s+viele?n?|how\s+many|how\s+much|wie\s+viel)\s+"
    r"(?P<one>[^\W\d_]{3,})\s+" + _JOIN + r"\s+(?P<two>[^\W\d_]{3,})\b"
)
# Who gives the figures, asked or named at the end of the second ask ("…, and who says so", "…, laut wem",
# "…, according to the union"): it is asked of both parts. A "laut" inside the ask ("wie viele zogen laut Polizei in
# das Viertel") is the ask's own: only a comma, a dash or a joint before it makes it the end.
_SOURCE_END = re.compile(
    r"(?:[,;?]\s*|\s+-\s+|\s+[–—]\s+|\s+(?:und|and)\s+)(?:(?:und|and)\s+)?"
    r"(?:(?:according\s+to|laut|nach\s+angaben)(?:\s+[^\s?!.,]+){1,3}|wer\s+\w+|who\s+\w+|who's|whos|woher|"
    r"where\s+does|auf\s+welche|welche\s+quelle|what\s+source|quelle|source)\b[^?!.]{0,40}[?!.]*\s*$"
)


# A second ask for the source of the figures ("und auf welche Zahlen stützt sich das", "and where does the number come
# from"): the first part's source, not a second figure.
_SOURCE_ASK = re.compile(
    r"(?:auf\s+welche|woher|aus\s+welche|welche[nrsm]?\s+(?:quellen?|studie\w*|erhebung\w*)|what\s+source|"
    r"where\s+(?:does|do|did)|which\s+(?:sources?|stud(?:y|ies)|surveys?))\b"
)


def fixed_pairs() -> tuple[str, ...]:
    """Pairs joined by "und"/"and" that name one thing (``data/fixed_pairs.txt``): never split."""
    return phrases("fixed_pairs.txt")


def _fixed(norm: str) -> bool:
    """Does the question name a fixed pair (``fixed_pairs``)?"""
    return any(re.search(r"(?<!\w)" + re.escape(pair) + r"(?!\w)", norm) for pair in fixed_pairs())


def _topic_end(norm: str, cue: int) -> int:
    """Where the topic typed before the first ask ends ("causa buwog: gegen wie viele …" -> after the colon); 0 if
    none."""
    marks = [m.end() for m in re.finditer(r"[:–—]\s*|\s-\s*", norm[:cue])]
    return marks[-1] if marks else 0


def _content(text: str) -> list[str]:
    """The words of ``text`` that say what it is about: no stop word, no number."""
    return [w for w in WORD_RE.findall(text.lower()) if w not in stop_words() and not w[0].isdigit()]


def _clause(text: str) -> str:
    """``text`` without the marks that close or join a clause at its ends."""
    return text.strip(" ,;:?!.-–—")


def _second_ask(chat: Chat) -> list[str]:
    """The two parts of a question whose second ask is joined on (``_SECOND_ASK``), or none."""
    norm = chat.norm
    for m in _SECOND_ASK.finditer(norm):
        head, tail = norm[: m.start()], norm[m.end() :]
        first = FIGURE_RE.search(head) or _ASK_WORD.search(head)
        cue = re.match(r"(?:" + _PREPOSITION + r"\s+)?", tail)
        own = FIGURE_RE.match(tail, cue.end() if cue else 0) or noun_asked(tail)
        if first is None or not own or not _content(head) or _SOURCE_ASK.match(tail):
            continue
        topic = _topic_end(norm, first.start())
        source = _SOURCE_END.search(tail)
        end = m.end() + (source.start() if source else len(tail))
        one, two = _clause(chat.raw_span(0, m.start())), _clause(chat.raw_span(m.end(), end))
        before = re.sub(r"(?i)\b" + _PREPOSITION + r"$", "", chat.raw_span(topic, first.start()))  # "gegen wie viele"
        frame = _clause(f"{before} {chat.raw_span(first.end(), m.start())}")
        if _content(frame):
            two = f"{two} ({frame})"
        if topic:
            two = f"{chat.raw_span(0, topic)} {two}"
        said = _clause(chat.raw_span(end, len(norm)))
        return [f"{one}, {said}?", f"{two}, {said}?"] if said else [f"{one}?", f"{two}?"]
    return []


def _pair(chat: Chat) -> list[str]:
    """The two parts of a question that asks for two nouns after one cue (``_PAIR``), or none."""
    norm = chat.norm
    m = _PAIR.search(norm)
    if m is None or m.group("one") in stop_words() or m.group("two") in stop_words():
        return []
    before, after = chat.raw_span(0, m.end("cue")), chat.raw[chat.offsets[m.end("two")] :]
    return [f"{before} {chat.raw_span(m.start(name), m.end(name))}{after}" for name in ("one", "two")]


def figure_parts(text: str) -> list[str]:
    """The questions a question's two asks make, each with the frame they share (module docstring); an empty list for
    a question that asks one thing. Whether each part asks for a figure is the caller's to judge."""
    chat = Chat.of(text)
    if _fixed(chat.norm):
        return []
    return _second_ask(chat) or _pair(chat)
