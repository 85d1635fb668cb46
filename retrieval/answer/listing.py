"""Which claims follow the first: a second look at each further candidate, beside the one that answers best.

The first-stage scorer (``scorer``) judges every candidate on its own: does this sentence answer? Once the best
one is chosen, a further claim is worth listing only when it adds an answer, not the nearest other figure of the
same article. So each further claim is weighed again, against the first: how far behind it is, whether it comes
from the same article and paragraph, whether it names a source of its own or repeats one already listed, the
same figure or the same counted thing, how much less of the question (and of its embedding) it has than the
first, whether it names the first claim's source, whether its figures are all of another measure than the first's
(a share beside the sum asked), the question guard's tuned score of its sentence (or of the sentence whose meaning
it carries on, where higher: "3000 von ihnen" after the sentence that names them; raised with the first claim's where
that lies below the first claims learnt from: ``anchored``) and how far that is behind the first's (0 where the guard
is off), and the first stage's condition features. A small logistic model learnt by
``bench/train_listing.py`` (cross-validated over whole questions, the bar chosen on one
development set and checked on the other) weighs them, shipped as ``data/listing.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import ClassVar

from retrieval.answer.counted import concept, likenesses
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES, counted_by, counts, counts_noun, unit_key, unlike_noun
from retrieval.answer.scorer import Logistic
from retrieval.constraints import same_source
from retrieval.models import Article, Figure, Question

WEIGHTS = Path(__file__).parent / "data" / "listing.json"
_COVER, _CONTEXT, _DENSE = (NAMES.index(name) for name in ("cover", "cover_context", "dense"))
FAR = 30  # sentences apart, or in another article


@dataclass
class Listed:
    """A candidate chosen to be a claim, with what the claim will show."""

    candidate: Candidate
    p: float  # the first stage's probability that it answers
    figures: list[Figure]
    source: str | None
    note: str | None = None
    named_only: bool = False  # a who-said claim whose sentence names someone but has no verb of saying
    continued: bool = False  # its source is the speaker of the sentence before
    row: list[float] = field(default_factory=list)  # the first stage's features (``features.NAMES``)
    # the question guard's tuned score of its sentence (``guard``), 0 where the guard is off; for a further claim, that
    # of the sentence whose meaning it carries on where higher ("3000 von ihnen" after the sentence that names them:
    # ``features.continued_sentence``, ``answerer._Judge.tuned_in_context``)
    h: float = 0.0


FEATURES = (
    "logit",
    "behind",
    "rank",
    "same_article",
    "same_paragraph",
    "distance",
    "sourced",
    "new_source",
    "same_figure",
    "same_unit",
    "named_only",
    "continued",
    "figure_q",
    "cover_behind",
    "context_behind",
    "dense_behind",
    "first_source",
    "other_measure",
    "h",
    "h_behind",
    *NAMES,  # the first stage's features of the claim
)


def features(kind: str, listed: list[Listed], articles: dict[str, Article]) -> list[list[float]]:
    """One row per further claim (``listed[1:]``), each against the first claim and the claims before it."""
    if not listed:
        return []
    first = listed[0]
    first_values = {v for f in first.figures for v in f.values}
    first_units = {unit_key(f) for f in first.figures} - {""}
    first_kinds = {f.kind for f in first.figures}
    first_row = first.row or [0.0] * len(NAMES)
    rows = []
    for rank, item in enumerate(listed[1:], start=1):
        c, b = item.candidate, first.candidate
        same_article = c.doc_id == b.doc_id
        between = _between(articles.get(c.doc_id), b, c) if same_article else "\n"
        earlier = [x.source for x in listed[:rank] if x.source]
        new_source = item.source is not None and not any(same_source(item.source, s) for s in earlier)
        values = {v for f in item.figures for v in f.values}
        units = {unit_key(f) for f in item.figures} - {""}
        kinds = {f.kind for f in item.figures}
        row = item.row or [0.0] * len(NAMES)
        rows.append(
            [
                _logit(item.p),
                _logit(first.p) - _logit(item.p),
                float(rank),
                float(same_article),
                float("\n" not in between),
                math.log1p(min(abs(c.index - b.index), FAR) if same_article else FAR),
                float(bool(item.source)),
                float(new_source),
                float(bool(values & first_values)),
                float(bool(units & first_units)),
                float(item.named_only),
                float(item.continued),
                float(kind == "figure"),
                first_row[_COVER] - row[_COVER],
                first_row[_CONTEXT] - row[_CONTEXT],
                first_row[_DENSE] - row[_DENSE],
                float(bool(item.source and first.source and same_source(item.source, first.source))),
                float(bool(kinds and first_kinds and not kinds & first_kinds)),
                item.h,
                first.h - item.h,
                *row,
            ]
        )
    return rows


_H = FEATURES.index("h")


def anchored(rows: list[list[float]], listed: list[Listed], first_h: float) -> list[list[float]]:
    """``rows`` with each further claim's tuned score (``h``) raised by as much as lifts the first claim's to
    ``first_h`` (``Listing.first_h``) where it lies below. The tuned score of every sentence shifts with how the whole
    question is put, and the second look, learnt on the score as it came, took that for a shift of each claim: "Wie
    viele Soldaten schickt Nordkorea nach Russland?" dropped three of its six figures (both 1500s, Yonhap's 12.000) at
    0.15-0.16, the same question with "laut wem", every score about 1.7 higher, kept them at 0.23-0.24. How far a
    claim lies behind the first (``h_behind``) is unmoved. Only raised: a first claim the scorer found likely but the
    guard scores low is far from the question's words, not off its topic, while a high score is evidence the learnt
    weights read as such: lowered too, the studied sets of stop 49 lost 5 questions (dev-021, dev-033, dev2b-018,
    dev2c-023, dev2c-034: "according to the police" then cut the police's 2000), raised only they gain 2 (dev86-027,
    dev87-040) and lose none; it fires on 59 answers (142 further claims), adds 8 claims to 7 of them, 2 on an
    answering sentence. Figure answers only (``Listing.select``): in a who-said answer the claims it kept were other
    speakers' words (dev87-039 listed Steinhart beside Rabmer-Koller, the one asked), and no pass needed it there.
    Where the guard is off (every ``h`` 0) nothing shifts."""
    if not listed or listed[0].h == 0.0:
        return rows
    shift = max(0.0, first_h - listed[0].h)
    return [[*row[:_H], row[_H] + shift, *row[_H + 1 :]] for row in rows]


# A question asked over every article: "laut den beiden Berichten", "in both reports", "in either article".
_ACROSS = re.compile(
    r"(?i)\b(?:beiden|beide|allen|both|either|all\s+the|each\s+of\s+the)\s+"
    r"(?:berichte[n]?|artikel[n]?|texte[n]?|reports?|articles?|texts?|stories)\b"
)


def asks_across(question: str) -> bool:
    """Does a question ask over every article ("Wer hat sich laut den beiden Berichten … geäußert?")?"""
    return _ACROSS.search(question) is not None


def elsewhere_dropped(kind: str, listed: list[Listed], across: bool = False) -> list[Listed]:
    """A who-said answer names who gave one statement, and the article of its first claim is where it was given: a
    further claim from another article is someone else's words there (a judge's association quoted beside the youth
    advocate asked about) or the same topic in another report. It stays when it names the first claim's source (the
    same speaker, reported elsewhere) or prints the figure the question names ("who gives the 12,000 figure": every
    article printing it answers). On the ten development sets none of the 14 other claims from another article was on
    an answering sentence. A question ``across`` every article asks for each article's."""
    if kind != "who_said" or not listed or across:
        return listed
    first = listed[0]
    return listed[:1] + [
        item
        for item in listed[1:]
        if item.candidate.doc_id == first.candidate.doc_id
        or item.figures  # the figure the question names (``features.stated``)
        or (item.source is not None and first.source is not None and same_speaker(item.source, first.source))
    ]


# How much smaller a share of the question's rare words (``features.rare_evidence``, weighted) another article may have
# than the first claim's before its claims are taken for another event. On the seven development sets (2026-12-05),
# 20 further claims came from such an article (air strikes elsewhere beside the bombing asked about, deaths from
# smoking beside those from guns) and none was on an answering sentence; the 17 answering claims from another article
# had at most 0.26 less. Any bar in 0.27..0.45 keeps every pass and drops the same claims on dev + dev2, and any in
# 0.26..0.50 on dev21, dev23, dev24, seed22. A German question's rare nouns must agree (``Answerer``'s
# ``lacks_topic_noun``): 18 of the 20 are dropped ("wie schnell fliegt die iss" lacks no noun in a report on the
# station's distance from Earth, whose words "fliegt" does not print).
RARE_SHORTFALL = 0.35
_COVER_RARE = NAMES.index("cover_rare_article")


def off_topic_dropped(
    listed: list[Listed], lacks_topic: Callable[[str, str], bool] | None = None, across: bool = False
) -> list[Listed]:
    """The further claims from an article with markedly fewer of the question's rare words than the first claim's
    (``RARE_SHORTFALL``): the first article reports the event asked about, the other one something alike (the rebels
    killed near Aleppo beside the hospital bombed there). ``lacks_topic(first_doc, other_doc)``, where given, must
    agree that the other article lacks what the question is about, not only a word of how it is put ("starben" where
    another report writes "Todesopfer"). A claim without the first stage's features stays, and every claim of a
    question ``across`` every article (``asks_across``)."""
    if not listed or not listed[0].row or across:
        return listed
    first = listed[0]
    rare = first.row[_COVER_RARE]
    return listed[:1] + [
        item
        for item in listed[1:]
        if item.candidate.doc_id == first.candidate.doc_id
        or not item.row
        or rare - item.row[_COVER_RARE] < RARE_SHORTFALL
        or (lacks_topic is not None and not lacks_topic(first.candidate.doc_id, item.candidate.doc_id))
    ]


# How far (in logits of the first stage's probability) a who-said answer's further claim may be behind the first when
# it gives another speaker's words. "Who said X?" asks whose one statement X is: another speaker beside the first is
# an alternative, worth listing only while the scorer can hardly tell the two apart. On the seven development sets
# (2026-12-05) the 6 other speakers' claims that answered (where the first did not) were at most 0.81 behind, the 14
# from 0.85 behind did not answer (the first did). On dev + dev2 any bar above 0.69 keeps every answering claim, on
# dev21, dev23, dev24, seed22 any above 0.81; 1.0 leaves room above both (12 claims dropped, 0 passes lost).
SPEAKER_BEHIND = 1.0
# How far a further claim of the first claim's own speaker may be behind it. "Who said X?" asks for one statement: the
# same speaker's sentences on other points ("Vorerst würden keine Rekruten mehr … geschickt" beside "Wir haben eine
# Pause eingelegt, sagte Pentagon-Sprecher Peter Cook") add no answer, but the statement often runs over two sentences
# ("Diese ganzen Meldungen sind ein Blödsinn …, sagt Fritz Grundnig" after his first words), which the scorer finds a
# little less likely than the first. On the eleven studied sets (2026-12-05) 25 such claims were listed: the 9 on an
# answering sentence were at most 2.39 behind (dev2c-026, Medwedew's second sentence), 4 of the 16 off it were 3.84
# to 4.63 behind (d22-022, d22-028, d23-026, d23-030), the rest 0.21 to 2.74. Chosen on dev + dev2, any bar above
# 2.39 keeps every answering claim (and drops none there); on dev20 to dev24 and the seed sets any bar above 1.68
# does. Chosen on dev20 to dev24, a bar in 1.69..2.06 would drop dev2c-026's second sentence and its pass: 3.0
# leaves room above the highest answering claim.
SAME_SPEAKER_BEHIND = 3.0


def unlike_dropped(question: Question, listed: list[Listed]) -> list[Listed]:
    """A figure answer without the further claims whose figures all count a noun unlike (USE-m3, ``counted.likeness``
    below ``UNLIKE_WORDS``) both the noun the question counts and every noun the first claim's figures count:
    "wie viele Anzeigen": not "rund 1.000 Männern" or "Elf Frauen" beside "53 Anzeigen"; "how many sorties": not
    "Millionen Menschen". People the table of counted things knows on both sides are alike enough ("Tote" may be the
    "Menschen" asked about: ``counted.agrees``). A question that asks two things may count two nouns."""
    if question.kind != "figure" or question.compound or len(listed) < 2:
        return listed
    first = [f for f in listed[0].figures if f.unit and counts_noun(f)]
    asked = [n for n in (question.counted, *(f.unit for f in first)) if n]
    if not first or not asked:
        return listed
    nouns = [f.unit for item in listed[1:] for f in item.figures if f.unit]
    alike = {a: likenesses(a, nouns) for a in dict.fromkeys(asked)}
    concepts = [c for c in (concept(question.counted), *counted_by(first)) if c is not None]

    def likeness(f: Figure) -> float:
        return max(alike[a].get(f.unit, 1.0) for a in alike) if f.unit else 1.0

    def unlike(f: Figure) -> bool:
        own = counts(f)
        if own is not None and own.kind in _PEOPLE and any(c.kind in _PEOPLE for c in concepts):
            return False
        return unlike_noun(f, likeness)

    return listed[:1] + [item for item in listed[1:] if not (item.figures and all(map(unlike, item.figures)))]


_PEOPLE = frozenset({"person", "state"})


def other_speaker_dropped(listed: list[Listed]) -> list[Listed]:
    """The further claims of an answer to "who said X?" that give another speaker's words than the first's
    (``same_speaker``; a claim without a source counts as another's) and come far behind it (``SPEAKER_BEHIND``), or
    give the first speaker's own words and come much farther behind (``SAME_SPEAKER_BEHIND``)."""
    if not listed:
        return listed
    first = listed[0]

    def behind(item: Listed) -> float:
        same = item.source is not None and first.source is not None and same_speaker(item.source, first.source)
        return SAME_SPEAKER_BEHIND if same else SPEAKER_BEHIND

    return listed[:1] + [item for item in listed[1:] if _logit(first.p) - _logit(item.p) < behind(item)]


def speaker_claims(listed: list[Listed], limit: int) -> list[Listed]:
    """The first ``limit`` claims of an answer to "who said X?" once the other speakers' words far behind the first
    are dropped (``other_speaker_dropped``): ordered by the question guard, another speaker's sentence on the topic can
    come before the statement's own next sentence, and a cut made first would keep it, only to drop it after."""
    return other_speaker_dropped(listed)[:limit]


def same_speaker(a: str, b: str) -> bool:
    """Do two sources name one speaker? A German attribution ends on the name ("der Budgetsprecher der Grünen, Bruno
    Rossmann", "Jugendanwalt Michael Rauch"): the last word of one is a word of the other. A shared party or office
    ("Der grüne Bildungssprecher Walser", "Wirtschaftskammer-Präsident Christoph Leitl" beside a "Präsidentin") is
    no shared speaker, though ``constraints.same_source``, made to match a source the question names, takes it for
    one."""
    words_a, words_b = (re.findall(r"[\w-]+", re.sub(r"\([^)]*\)", " ", x).lower()) for x in (a, b))
    return bool(words_a and words_b) and (words_a[-1] in words_b or words_b[-1] in words_a)


# How likely (the second look's probability) a figure answer's third and each later claim must be to add an answer; the
# second needs only ``Listing.keep`` (0.2). The second claim is most often the figure's other source or the part beside
# the whole asked, a later one more often another figure of the same article: on the 52 studied sets (stop 38), of the
# further claims with a probability in 0.2..0.3, 4 of 25 second claims were on an answering sentence and 2 of 75 later
# ones (both in questions that failed all the same). Chosen on dev, dev2, dev19..dev33 (against 0.25..0.5, with the
# tuned score, and a bar rising with the rank) and checked on dev34..dev47 and the seed sets, or chosen the other way
# round: 0.3 loses no question on any set (39 claims off the answering sentences dropped and 2 on them on the first
# half, 21 and 0 on the second, 2 and 0 on the seed sets), where 0.3 for every further claim costs 3 questions
# (dev2b-001, dev2c-023, d21-001). A later claim that gives another answer stays (``another_answer``): the German seed
# question's 1500 soldiers, "laut wem", come third at 0.29, and Yonhap's 12.000 beside Kyiv's. With it, claim precision
# rises on 24 studied sets and falls on one (dev2/gnad 0.575 -> 0.588, dev 0.617 -> 0.628); an exception asking for a
# figure not yet listed AND a source not yet named reached 0.601 but dropped Yonhap's 12.000 (its source cites the
# intelligence service, its figure is Kyiv's too). The same figure again on the same source's word, later and
# unlikely, stays dropped (a rewritten question's second "mehr als 165.000", with no source, was not off gold).
LATER_KEEP = {"figure": 0.3}


# How likely a figure answer's third and each later claim must be when its figures are all sums or shares ("rund zwei
# Milliarden Euro", "0,25 Prozentpunkte"), another answer or not. What a sum or a share counts is not in its unit: every
# euro figure of an article has the unit "Euro", so the second look's "counts the same thing" and ``another_answer``
# take the article's other sums for answers (the cost per commuter beside the cost to the state, last year's growth
# beside this year's, the Kiev and EU halves of a gas bill). On the studied sets of stop 40 (dev, dev2, dev62..dev64,
# seed48, seed49) 29 such later claims came below 0.45: 26 off the answering sentences, the 3 on them in questions that
# failed all the same (dev-038, dev2c-013, dev64-005: the source the gold names is not the claim's); the lowest one a
# question needed came at 0.48 (dev-021's 150 Millionen Euro). A count's answering later claims come lower (dev-033 at
# 0.34, dev-037 at 0.36): counts keep ``LATER_KEEP``. Chosen on dev63 + dev64 + dev + seed49 (the highest bar that
# loses no question there: 0.45) and checked on dev62 + dev2 + seed48, none is lost; chosen the other way round the
# highest would be 0.55, which costs dev-021. 0.4 stays below both: 22 claims off the answering sentences dropped, 2 on
# them (dev2c-013, dev64-005), no question lost or gained; claim precision dev 0.628 -> 0.662, dev2/gnad 0.578 ->
# 0.611, dev62 0.545 -> 0.556, dev63 0.500 -> 0.509, dev64 0.483 -> 0.509, the seed sets' answers unchanged.
SUM_LATER_KEEP = 0.4
_SUMS = frozenset({"money", "percent"})


def sums_only(item: Listed) -> bool:
    """Are a claim's figures all sums of money or shares (``SUM_LATER_KEEP``)?"""
    kinds = {f.kind for f in item.figures}
    return bool(kinds) and kinds <= _SUMS


def another_answer(item: Listed, kept: list[Listed]) -> bool:
    """Does a further claim give another answer than the claims listed before it: a figure of what the first claim's
    figures count, on a named source's word, that no claim listed gives on the same source's word ("laut wem": the
    reports' 1500 soldiers beside the intelligence service's 10.000; Yonhap's 12.000, citing the service, beside the
    service's 10.000 and Kyiv's 12.000)?"""
    units = {unit_key(f) for f in kept[0].figures} - {""}
    own = {v for f in item.figures for v in f.values}
    if not own or item.source is None or not units & {unit_key(f) for f in item.figures}:
        return False
    return not any(
        own & {v for f in x.figures for v in f.values} and x.source and same_source(item.source, x.source) for x in kept
    )


def sources_listed(item: Listed, kept: list[Listed]) -> bool:
    """Does a further claim give a listed figure its source: the same number of the same thing (kind and counted noun)
    as a claim listed without one, on a named source's word? The first claim's sentence often states a figure bare (a
    sub-heading, a summing-up: "Waldflächen verringerten sich … um nur noch 0,08 Prozent pro Jahr") and a later one
    says whose it is ("… betrug der Nettoverlust noch 0,08 Prozent pro Jahr", after "Demnach" and the FAO report); the
    second look, learnt on the claims' own evidence, finds the later sentence unlikely (0.16) for lack of the
    question's words. Stop 54, over the figure and no_answer questions of the studied gnad sets: 30 of 694 further
    claims give a listed bare figure its source, 28 of them reached the bar already; of the 2 dropped it keeps
    dev90-009's (on an answering sentence: +1 question, no other answer changed), not dev102-010's "Zwei Umfragen"
    (the same number of another thing)."""
    if item.source is None:
        return False
    own = {(v, unit_key(f), f.kind) for f in item.figures for v in f.values}
    return any(x.source is None and own & {(v, unit_key(f), f.kind) for f in x.figures for v in f.values} for x in kept)


class Listing(Logistic):
    """The second look's weights (``scorer.Logistic``); a further claim is listed when it reaches ``keep``."""

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES
    LABEL: ClassVar[str] = "listing"

    keep: dict[str, float]  # per kind group ("figure", "other")
    # The weights and bar for figure questions, when learnt apart (``bench/train_listing.py --group figure``, on
    # every development set): a figure answer's further claims (the same figure in another sentence or article, a
    # breakdown beside a sum) are learnt from many more questions than a who-said answer's, and a who-said answer
    # keeps the weights it was tuned with. None: these weights judge every kind.
    figure: Listing | None = None

    @property
    def first_h(self) -> float:
        """The mean tuned score of the first claims the weights were learnt beside: a training row's ``h`` and its
        ``h_behind`` add up to its first claim's, and so do their means (-0.49 for the shipped weights)."""
        return self.mean[FEATURES.index("h")] + self.mean[FEATURES.index("h_behind")]

    def select(self, kind: str, listed: list[Listed], articles: dict[str, Article]) -> list[Listed]:
        """The first claim, and the further ones that add an answer (a figure answer's tuned scores ``anchored`` to the
        first claim's): the second claim reaching ``keep``, each after it also ``LATER_KEEP`` unless it gives another
        answer (``another_answer``), and ``SUM_LATER_KEEP`` where a figure answer's claim gives only sums or shares
        (``sums_only``); a figure answer's claim that gives a listed bare figure its source stays
        (``sources_listed``)."""
        if kind == "figure" and self.figure is not None:
            return self.figure.select(kind, listed, articles)
        rows = features(kind, listed, articles)
        p = self.probabilities(anchored(rows, listed, self.first_h) if kind == "figure" else rows)
        group = "figure" if kind == "figure" else "other"
        kept = listed[:1]
        for item, q in zip(listed[1:], p, strict=True):
            if group == "figure" and sources_listed(item, kept):
                kept.append(item)
                continue
            bar = self.keep[group]
            if len(kept) > 1 and group == "figure" and sums_only(item):
                bar = max(bar, SUM_LATER_KEEP)
            elif len(kept) > 1 and not another_answer(item, kept):
                bar = max(bar, LATER_KEEP.get(group, 0.0))
            if q >= bar:
                kept.append(item)
        return kept


Listing.model_rebuild()


@cache
def default_listing() -> Listing | None:
    """The shipped weights; None before ``bench/train_listing.py`` has written them (every claim is listed)."""
    if not WEIGHTS.exists():
        return None
    return Listing.model_validate(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def _between(article: Article | None, a: Candidate, b: Candidate) -> str:
    if article is None:
        return "\n"
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return article.text[lo.end : hi.start]


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))
