"""Further claims of another year: an answer to "wie viele Tote gab es 2014" whose first claim is dated 2014 lists no
count of 2013 beside it, and one whose first claim tells the present ("am Mittwoch präsentierte Zahlen") lists no
figure of a year gone by ("Schätzungen ergaben 2010 …", "Im Vorjahr wurde …").

The year asked is the one the question names ("2015", "letztes Jahr"), else the one the first claim's sentence
names; a sentence that names none tells the present, and a year as a number at least ``GONE_BY`` before the last
year its article names is gone by. A further claim whose sentence names years, none of them the year asked, is of
another year. A span ("seit 2009", "zwischen 1961 und 1990", "seit April vergangenen Jahres") is no year of its own,
nor is a year a figure is compared with ("um 1,5 Prozent über dem Wert von 2014"), also behind the noun phrase of what
is compared ("gegenüber dem ersten Quartal 2015", "ähnlich wie Rudolf Kirchschläger 1980": ``compared_years``); a year
told relative to the article ("im Vorjahr") is left alone beside a year given as a number: the article's date, which
would relate them, is often unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from retrieval.models import Article, Question
from retrieval.nlp import tagger

if TYPE_CHECKING:  # listing imports features
    from retrieval.answer.listing import Listed

_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d.,]\d)")
_Y = r"(?:19|20)\d\d"
# a span of years ("seit 2009", "zwischen 1961 und 1990", "2004 bis 2008") or a year a figure is compared with
# ("über dem Wert von 2014", "gegenüber 2013", "als im Vergleichszeitraum 2015"): no year the sentence tells of
_SPAN_OR_BASE = re.compile(
    rf"(?i)\b(?:(?:seit|bis|ab|since|until|zwischen|between|von|from)\s+(?:dem\s+|the\s+)?(?:jahr\s+|year\s+)?{_Y}"
    rf"(?:\s*(?:und|bis|and|to|-|–)\s*{_Y})?|{_Y}\s*(?:bis|to|-|–)\s*{_Y}|"
    rf"(?:gegenüber|verglichen\s+mit|vergleich\s+zu(?:m)?|vergleichszeitraum|vorjahreszeitraum|als|than|compared\s+"
    rf"(?:with|to))\s+(?:dem\s+|im\s+|the\s+|in\s+)?(?:jahr\s+|year\s+)?{_Y})"
)
# a year a figure is compared with behind the noun phrase of what is compared: after a preposition of comparison
# ("gegenüber dem ersten Quartal 2015", "im Vergleich zum Budget 2016") or a particle of comparison ("ähnlich starkem
# Ergebnis wie Rudolf Kirchschläger 1980", "mehr als im ersten Halbjahr 2015"); the words before give the tagger the
# context that tells the particle ("so hoch wie") from a conjunction ("als sich Heinz Fischer 2010 …", "wie die
# Polizei 2015 mitteilte")
_BASE_PHRASE = re.compile(
    rf"(?i)\b(?P<marker>gegenüber|verglichen\s+mit|im\s+vergleich\s+zu[mr]?|als|wie)\s+"
    rf"(?P<phrase>(?:[^\W\d_][\w-]*\s+){{1,3}})(?P<year>{_Y})\b"
)
_PARTICLES = ("als", "wie")  # each also a conjunction: compared only where the tagger reads it as a particle (KOKOM)
# the tags of the words of a noun phrase between the marker and the year (STTS as HanTa writes them)
_PHRASE_TAGS = frozenset({"ART", "APPRART", "ADJ(A)", "NN", "NE", "PPOSAT", "PIAT", "ADV"})
_CONTEXT = 40  # characters before the marker whose last three words the tagger reads with it
_WORD = re.compile(r"[\w-]+(?:[.,]\d+)*|[^\w\s]")
# ... and a span reaching the present from a year told relative to it ("seit Beginn der Krise im April vergangenen
# Jahres", "seit dem Vorjahr", "since last year"): the figure counts up to now, as one of the present does. Over the
# figure questions of dev, dev2 and dev19..dev26 (2026-12-05) the step dropped 1 answering further claim and 10 others
# before (d26-004: "… der seit Beginn der Krise im April vergangenen Jahres …", p 0.98), 0 and the same 10 after.
_SPAN_RELATIVE = re.compile(
    r"(?i)\b(?:seit|since)\b[^,.;:]{0,40}?\b(?:vorjahr(?:es|s|e|en)?|(?:vergangen|letzt|vorig)\w*\s+jahr(?:es|s|e|en)?"
    r"|last\s+year|a\s+year\s+ago)\b"
)
# years told relative to the present, each with how many years back it lies (German and English); "in den vergangenen
# Jahren", "die letzten Jahre", "in den nächsten Jahren" (plural: recent or coming years) tell of no one year
_RELATIVE = (
    (
        re.compile(
            r"(?i)\b(?:vorjahr(?:es|s|e|en)?|(?:vergangen|letzt|vorig)\w*\s+jahr(?:es|s)?|vor\s+einem\s+jahr|last\s+year|"
            r"a\s+year\s+ago)\b"
        ),
        1,
    ),
    (re.compile(r"(?i)\bvor\s+zwei\s+jahren\b|\btwo\s+years\s+ago\b"), 2),
    (re.compile(r"(?i)\b(?:heuer|dieses\s+jahr(?:es|s|e|en)?|this\s+year)\b"), 0),
    (re.compile(r"(?i)\b(?:(?:nächst|kommend)\w*\s+jahr(?:es|s)?|next\s+year)\b"), -1),
)


# years before the last its article names that a year given as a number lies at least, to be gone by: the last
# named is often a year ahead (a plan, a forecast), and a report of January tells of the year before as current
GONE_BY = 2


def compared_years(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the years ``text`` compares with behind a noun phrase (``_BASE_PHRASE``), as the German tagger
    reads the phrase: a preposition or a particle of comparison (KOKOM), then only words of a noun phrase."""
    model = tagger("de")
    if model is None:
        return
    for m in _BASE_PHRASE.finditer(text):
        before, marker = _WORD.findall(text[max(0, m.start() - _CONTEXT) : m.start()])[-3:], m["marker"]
        phrase = _WORD.findall(m["phrase"])
        words = [*before, *marker.split(), *phrase, m["year"]]
        try:
            tags = [str(tag) for tag in model.tag_sent(words, taglevel=0)]
        except Exception:  # HanTa raises on odd input
            continue
        at, behind = len(before), len(before) + len(marker.split())
        particle = marker.lower() not in _PARTICLES or tags[at] == "KOKOM"
        if particle and all(tag in _PHRASE_TAGS for tag in tags[behind : behind + len(phrase)]):
            yield m.start("year"), m.end("year")


def years_of(text: str) -> tuple[set[int], set[int]]:
    """The years a text names as numbers, and those it tells relative to the present (years back; -1 the next)."""
    for start, end in compared_years(text):
        text = text[:start] + " " * (end - start) + text[end:]
    told = _SPAN_RELATIVE.sub(" ", _SPAN_OR_BASE.sub(" ", text))
    return {int(y) for y in _YEAR.findall(told)}, {back for rx, back in _RELATIVE if rx.search(told)}


def other_year(asked: tuple[set[int], set[int]], told: tuple[set[int], set[int]], present: int | None) -> bool:
    """Is a sentence that names the years ``told`` of another year than ``asked`` (both as ``years_of`` gives them;
    ``present`` the last year the article names, where nothing is asked)?"""
    years, back = told
    if not years and not back:
        return False
    asked_years, asked_back = asked
    if not asked_years and not asked_back:  # the present is asked
        if 0 in back or -1 in back or (present is not None and present in years):
            return False
        return bool(back) or (present is not None and all(y <= present - GONE_BY for y in years))
    if years & asked_years or back & asked_back:
        return False
    # a year as a number beside one told relative to the present: unrelated without the article's date
    return bool((years and asked_years) or (back and asked_back))


def other_years_dropped(question: Question, listed: list[Listed], articles: Mapping[str, Article]) -> list[Listed]:
    """A figure answer without the further claims of another year than the one asked (module docstring)."""
    if question.kind != "figure" or len(listed) < 2:
        return listed
    first = listed[0].candidate
    asked = years_of(question.text)
    if not asked[0] and not asked[1]:
        asked = years_of(first.text)

    present: dict[str, int | None] = {}  # the last year each article names, read once per article

    def last_year(doc_id: str) -> int | None:
        if doc_id not in present:
            article = articles.get(doc_id)
            named = years_of(article.text)[0] if article is not None else set()
            present[doc_id] = max(named) if named else None
        return present[doc_id]

    def dropped(item: Listed) -> bool:
        c = item.candidate
        return other_year(asked, years_of(c.text), last_year(c.doc_id))

    return listed[:1] + [item for item in listed[1:] if not dropped(item)]
