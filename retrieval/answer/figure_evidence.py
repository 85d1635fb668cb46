"""Whether a sentence's figures are the amount asked: the evidence beyond the scorer that a figure answers (the
noun the question counts printed beside it, the whole body asked the size of, the reader's guess, the gap, order or
rate asked) or that it cannot (the sentence says the amount is not known, the article withholds it); and a figure
as a reader wants it named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, partial

from retrieval.answer.counted import GENERIC, SHORT_HEAD, concept, noun_lemma, same_noun, same_stem
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import (
    NAMES,
    asked_period,
    countable,
    counts,
    in_time_unit,
    margin,
    margin_asked,
    of_order,
    per_period,
    rate,
    unit_key,
)
from retrieval.answer.owners import outside_parts
from retrieval.answer.words import Matcher
from retrieval.constraints import BODIES_EN
from retrieval.models import Figure, Question
from retrieval.nlp import analyze

_MISSING_RARE = NAMES.index("missing_rare")
_COVER_RARE = NAMES.index("cover_rare_article")


# "Wie viele der 150 Mitarbeiter ihren Job verlieren, ist noch nicht klar.": the amount asked for is not known;
# the figures such a sentence gives are its context, not the answer.
_UNKNOWN_AMOUNT = re.compile(
    r"(?is)(?:wie\s+(?:viele?|hoch|groß|stark)|how\s+(?:many|much|high|big))\b[^.;:!?]*?,?\s*"
    r"(?:ist|sei|bleibt|blieb|war|wäre|is|was|remains|remained)\s+(?:(?:noch|bisher|derzeit|vorerst|still)\s+)*"
    r"(?:unklar|unbekannt|offen|nicht\s+(?:klar|bekannt|absehbar)|unclear|unknown|not\s+(?:clear|known))\b"
)


# A figure question for the size of a whole body: "how many soldiers does the North Korean army have", "Wie viele
# Mitglieder hat die Partei": the body is the subject before "have", or after "hat".
_WHOLE_EN = re.compile(
    r"(?i)\bhow\s+many\b.*?\b(?:does|do|did)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?([\w-]+)\s+(?:have|has|had|count|employ)\b"
)
_WHOLE_DE = re.compile(
    r"\b(?i:wie\s*viele)\b.*?\b(?i:hat|haben|hatte|hatten|umfasst|umfasste|zählt|zählte)\s+(?i:die|der|das|den)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}?([A-ZÄÖÜ][\w-]+)"
)


@cache
def _whole_asked(text: str) -> tuple[str, ...]:
    """The first letters of the German nouns for the whole body a figure question asks the size of ("army": "armee",
    "milit", "streitkräf"; "die Partei": "part"); an English body only where the table of bodies knows it."""
    if m := _WHOLE_EN.search(text):
        heads = BODIES_EN.get(m.group(1).lower(), ())
    elif (m := _WHOLE_DE.search(text)) and m.group(1).lower() in _GERMAN_BODIES and not _done(text[m.end() :]):
        heads = (m.group(1).lower(),)
    else:
        return ()
    return tuple(h if len(h) <= 6 else h[: max(5, len(h) - 2)] for h in heads)


_GERMAN_BODIES = frozenset(head for heads in BODIES_EN.values() for head in heads)


def _done(rest: str) -> bool:
    """Does a German question go on to a participle or infinitive ("hat die Armee … geschickt"): what the body did,
    not what it has?"""
    return any(analyze(w, "de")[1].startswith(("VV", "VA", "VM")) for w in re.findall(r"[\w-]+", rest))


def names_whole(text: str, c: Candidate) -> bool:
    """Does the sentence (or the one before) name the whole body a question asks the size of ("How many soldiers does
    the North Korean army have in total?")? The soldiers a country sends abroad are a part of its army, not its size."""
    heads = _whole_asked(text)
    return not heads or any(h in c.context.lower() for h in heads)


def unknown_amount(sentence: str) -> bool:
    """Does the sentence say that the amount it asks about is not known ("Wie viele …, ist noch nicht klar")?"""
    return _UNKNOWN_AMOUNT.match(sentence) is not None


# An article that says the figure is not given: a phrase that withholds ("machte keine Angaben dazu", "nicht beziffern",
# "ließen nicht erkennen", "declined to say"; "einer nicht genannten Anzahl", "geht aus dem Bericht nicht hervor", "war
# vorerst offen", "hielt sich über … Kostenschätzungen bedeckt") in a sentence about an amount ("auf welchen
# Gesamtbetrag", "wie viel davon", "wie groß", "Zahlen", "how much", "der Euro-Preis"). The no_answer questions of the
# studied sets whose notes quote the article so (dev2, dev62, dev63: a dozen) word it these ways; "keine Auskunft"
# is "keine Angaben" of a person asked (dev69: "über mein Wahlverhalten keine Auskunft zu geben").
_WITHHOLDS = re.compile(
    r"(?i)\bkeine\s+(?:(?:näheren|genauen|genaueren|konkreten|detaillierten|weiteren|offiziellen)\s+)?"
    r"(?:Angaben|Zahlen|Details|Auskunft|Auskünfte)\b"
    r"|\bAngaben\b[^.;!?]{0,80}?\bnicht\s+(?:machen|gemacht)\b"
    r"|\bnicht\s+(?:zu\s+)?(?:beziffer\w*|erkennen|sagen|nennen|verraten|genannt\w*|bekannt(?:\s*gegeben)?|hervor)\b"
    r"|\b(?:noch|vorerst|bisher|zunächst)\s+(?:offen|unklar|unbekannt)\b"
    # covered as one who keeps silent ("hielt sich … bedeckt"), not by a thing ("mit Stickstoffeis bedeckt")
    r"|\bsich\b[^.;!?]{0,120}?\bbedeckt\b"
    r"|\b(?:did|does|do|would|will)\s+not\s+(?:disclose|say|give|reveal|specify)\b|\bdeclined\s+to\b"
)
_AMOUNT_WORDS = re.compile(
    r"(?i)\b(?:Angaben|Zahlen|Zahl|Anzahl|Summe|Höhe|\w*betrag|\w*preis|\w*kosten\w*|figures?|numbers?|amount|sum)\b"
    r"|\b(?:wie\s+(?:viele?|hoch|groß|teuer|lange?)|how\s+(?:many|much|big|large|long))\b"
)


# a sentence that withholds the figure, this close in relevance to the best answer, is on the same amount
# ("Detaillierte Angaben wollte er … nicht machen" 0.056 below Irschik's "80.000 verkauft")
WITHHELD_MARGIN = 0.06
# ... unless reports give what the withholder does not: "Die Polizei machte zunächst keine Angaben zu den
# Opferzahlen" beside "Dutzende Tote, örtlichen Medienberichten zufolge"
_REPORTS = re.compile(r"(?i)bericht|medien|zeitung|agentur|informationen|report|media|press")


def declines(sentence: str) -> bool:
    """Does a sentence say that something is not given or told ("machte keine Angaben", "Namen wollte er nicht
    nennen", "über mein Wahlverhalten keine Auskunft zu geben", "war vorerst offen")?"""
    return _WITHHOLDS.search(sentence) is not None


def withholds(sentence: str) -> bool:
    """Does a sentence say that an amount is not given ("Das Unternehmen machte keine Angaben dazu, auf welchen
    Gesamtbetrag sich die Entschädigungen summieren", "ließen nicht erkennen, wie groß die Räume sind")?"""
    return declines(sentence) and _AMOUNT_WORDS.search(sentence) is not None


# The thing a withholding sentence says is not counted: "einer nicht genannten Anzahl von Eltern", "Wie viele Eltern
# befragt wurden, geht … nicht hervor" (the first capitalised word of the next three)
_WITHHELD_OF = re.compile(r"(?i)\b(?:anzahl|zahl)\s+(?:von|der|an)\s+|\bwie\s+viele\s+")


def withholds_other(question: Question, sentence: str) -> bool:
    """Does a withholding sentence name what it does not count, and is that another thing than the question counts
    ("wie viele Kindergärten sagten zu" beside "Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht
    hervor": the count of kindergartens is given, that of parents is not)? The same noun, its head, or a noun the
    table of counted things takes for the same, is the thing asked."""
    asked = question.counted
    if not asked:
        return False
    for m in _WITHHELD_OF.finditer(sentence):
        noun = next((w for w in re.findall(r"[\w-]+", sentence[m.end() :])[:3] if w[:1].isupper()), None)
        if noun is None:
            continue
        lemma, counted = noun_lemma(noun), concept(asked)
        same = (question.language == "de" and same_noun(noun_lemma(asked), lemma)) or (
            counted is not None and counted == concept(lemma, lemma=True)
        )
        return not same and not same_stem(asked, noun)
    return False


def withheld_beside(question: Question, best: Candidate, pool: Pool) -> bool:
    """Does the article of the best figure say, in a sentence as relevant to the question as that figure's and with no
    figure of its own, that the amount is not given? Then the article's figures are of something else: the total
    compensation is not the value of each voucher, the size of the chambers not their number. Not where reports give
    the best figure: they may know what the withholder does not say."""
    if best.source and _REPORTS.search(best.source):
        return False
    return any(
        c.doc_id == best.doc_id
        and c.index != best.index
        and c.dense >= best.dense - WITHHELD_MARGIN
        and withholds(c.text)
        and not withholds_other(question, c.text)
        and not countable(c, question)
        for c in pool.candidates
    )


# Where a clause of a sentence ends: a comma, semicolon or colon, a dash between spaces
_STATEMENTS = re.compile(r"[,;:]|\s[–—-]\s")


def withheld_within(question: Question, c: Candidate) -> bool:
    """Does the sentence set beside its figures a statement without one that says something is not given or still
    open (``declines``) and names words of the question that the statements with its figures do not ("Strafhöhe, für
    Spindler: 1.100 Euro; ein weiteres Verfahren … wegen Nicht-Anmeldung … bei der Sozialversicherung ist noch
    offen" for the fine of the second procedure)? Its figures are of what the question does not ask; what it asks the
    sentence says is not known. Such a sentence is rare: 9 of the 22,604 sentences of the gnad index have a clause
    that declines beside one with a figure; studied sets (stop 49): it reaches 1 best claim of 314 questions and
    changes that answer, gained (dev86-046), none lost."""
    marks = list(_STATEMENTS.finditer(c.text))
    if not marks:
        return False
    starts = [0, *(m.end() for m in marks)]
    ends = [*(m.start() for m in marks), len(c.text)]
    parts = [(a, c.text[a:b]) for a, b in zip(starts, ends, strict=True)]
    at = [f.start - c.start for f in c.info.figures]
    holding = [text for a, text in parts if any(a <= x < a + len(text) for x in at)]
    open_parts = [text for a, text in parts if text not in holding and declines(text)]
    if not holding or not open_parts:
        return False
    words = Matcher(question.focus)
    words.learn([*holding, *open_parts])
    given = frozenset().union(*(words.found(text) for text in holding))
    return any(words.found(text) - given for text in open_parts)


def names_only_a_part(question: Question, c: Candidate) -> bool:
    """Does a sentence name a word of the question only in a part of its whole that it sets off without a figure of
    its own ("vier Brigaden mit 12.000 Soldaten, darunter auch Spezialkräfte" for how many special forces; "Mehr als
    200.000 Flüchtlinge … leben in Uganda, die große Mehrheit kommt aus der Demokratischen Republik Kongo" for how many
    from the Congo)? Its figures count the whole; the part the question asks about it names, and does not count."""
    outside = outside_parts(c.text)
    if outside == c.text:
        return False
    words = Matcher(question.focus)
    words.learn([c.text, outside])
    return bool(words.found(c.text) - words.found(outside))


_LINK_BEFORE_NUMBER = re.compile(r"\b(?:von|of)\s+$")
# A number, then a bracket, right before a figure that is a scale word alone: "6,31 (2014: 4,86) Millionen Euro" (the
# bracket sets the year before against it; the scale and unit after it are the number's).
_NUMBER_BRACKETED = re.compile(r"(\d[\d.,]*\d|\d)\s*\([^()]{1,40}\)\s*$")
# A part of the whole a figure before it counts: "200 Milliarden Euro, davon 50 bei …", "…, 50 davon entfallen auf …"
_PART_BEFORE = re.compile(r"\b(?:davon|darunter)\s+$")
_PART_AFTER = re.compile(r"\s+davon\b")
_DIGITS = re.compile(r"[\d.,]*\d")


def shown(figure: Figure, c: Candidate | None = None) -> str:
    """A figure as a reader wants it named: as written, but without the "von" that links its qualifier to the
    number ("sogar von 12.000 Soldaten" -> "sogar 12.000 Soldaten"); in its sentence ``c``, a scale word alone with the
    number before the bracket it follows ("6,31 (2014: 4,86) Millionen Euro" -> "6,31 Millionen Euro") and a bare part
    of a whole with the whole's scale and unit in brackets ("200 Milliarden Euro, davon 50" -> "50 (Milliarden
    Euro)"): the number alone or the scale alone is not the amount."""
    head = figure.text[: figure.number_start - figure.start]
    text = figure.text
    if _LINK_BEFORE_NUMBER.search(head):
        text = f"{_LINK_BEFORE_NUMBER.sub('', head)}{figure.text[figure.number_start - figure.start :]}".strip()
    if c is None:
        return text
    at = figure.start - c.start
    if not _DIGITS.search(figure.text) and (number := _NUMBER_BRACKETED.search(c.text, 0, max(0, at))):
        return f"{number.group(1)} {text}"
    if figure.unit is None and _DIGITS.fullmatch(figure.text):
        part = _PART_BEFORE.search(c.text, 0, max(0, at)) or _PART_AFTER.match(c.text, figure.end - c.start)
        whole = next((f for f in reversed(c.info.figures) if f.end <= figure.start and f.unit), None)
        if part and whole is not None:
            digits = _DIGITS.match(whole.text, whole.number_start - whole.start)
            rest = whole.text[digits.end() :].strip() if digits else ""
            return f"{text} ({rest})" if rest else text
    return text


_GUESS = NAMES.index("guess")
CLOSE_GUESS = 1.25  # "like 70k?" is met by "71.088 Zuschauer", not by 40.000


def singled_out(question: Question, c: Candidate, row: list[float]) -> bool:
    """Does a figure meet a condition of the question that few figures meet by chance: the number the reader guessed
    ("was hat die fusionsanlage gekostet? ne milliarde?": "eine Milliarde Euro teuren Anlage"), or a rate per the
    period asked ("how many hot days does vienna get a year": "9,6 Hitzetage pro Jahr")? Such a figure answers below
    the "found" bar, where the question's words differ from the article's (an English question, a chat's words): on
    the development sets no best candidate of a question nothing answers met either (``listed`` bar still holds)."""
    if row[_GUESS] > 0 and any(
        g / CLOSE_GUESS <= v <= g * CLOSE_GUESS
        for g in question.guesses
        if g > 0
        for f in countable(c)
        for v in f.values
    ):
        return True  # the reader's guess, closely: a figure merely within ``GUESS_FACTOR`` of it is no evidence enough
    if margin_asked(question) and any(margin(f, c) for f in countable(c, question)):
        return True  # the gap asked ("um wieviel hat er gewonnen": "setzte sich 0,30 Sekunden vor Jansrud durch")
    if of_order(question, countable(c, question), c):
        return True  # the order asked ("what minute did X score": "in der 50. Minute das 1:0")
    if in_time_unit(question, countable(c, question)):
        return True  # the time unit counted ("how many yrs did he get": "zu 15 Jahren Arbeitslager verurteilt")
    period = asked_period(question.text)
    return period is not None and per_period(c.text, period)


_NOUN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")
ASKED_NOUN = 5  # shorter question words are no nouns to match a figure's ("Euro", "Zahl" aside)


def prints_asked(question: Question, figure: Figure, c: Candidate) -> bool:
    """Does a German figure print a noun the question names (its counted noun or a word of its focus), as its own
    noun or as the noun right after it ("2,55 Millionen Euro Landessubventionen" for "wie hoch waren die
    Landessubventionen"), by lemma or as the head of a compound?"""
    if question.language != "de":
        return False
    asked = {noun_lemma(w) for w in [question.counted or "", *question.focus] if len(w) >= ASKED_NOUN and w.isalpha()}
    if not asked:
        return False
    after = _NEXT_WORD.match(c.text, max(0, figure.end - c.start))
    own = [figure.unit_lemma or figure.unit or "", after.group(1) if after else ""]
    nouns = {noun_lemma(w) for w in own if len(w) >= ASKED_NOUN and w[:1].isupper()}
    return any(same_noun(a, n) for a in asked for n in nouns)


def printing_asked(question: Question, figures: list[Figure], c: Candidate) -> list[Figure]:
    """The figures of a sentence without those that print a noun of their own where another prints the noun asked
    (``prints_asked``); a bare number stays, as it may count the noun of the figure before it ("5.315 Beschwerden
    die Bundes- und 2.866 die Landesverwaltung")."""
    if len(figures) < 2 or not any(prints_asked(question, f, c) for f in figures):
        return figures
    return [f for f in figures if not unit_key(f) or prints_asked(question, f, c)]


def names_counted(question: Question, figure: Figure) -> bool:
    """Does a count print the noun the question counts: the concept of the table of counted things, a generic one
    ("Menschen", "Dinge") aside, or in German the same lemma, or a compound ending in it ("wie viele feuerwehren": "27
    Feuerwehren"; "Vorzugsstimmen" for "stimmen")?"""
    if figure.kind != "count" or not question.counted or not (figure.unit or figure.unit_lemma):
        return False
    asked = concept(question.counted)
    if asked is not None and asked.name not in GENERIC and asked == counts(figure):
        return True
    nouns = _NOUN.findall(question.counted)
    if question.language != "de" or not nouns:
        return False
    last = nouns[-1]
    lemma = noun_lemma(last)
    unit = (figure.unit_lemma or figure.unit or "").lower()
    return (
        unit in (lemma, last.lower())
        or unit.endswith("-" + lemma)
        or (len(lemma) > SHORT_HEAD and unit.endswith(lemma))
    )


def named_figures(
    question: Question,
    c: Candidate,
    row: list[float],
    names: Callable[[Figure], bool] | None = None,
    on_topic: bool | None = None,
) -> list[Figure]:
    """The counts of a sentence that print the noun a count question counts (``names``, by default
    ``names_counted``), each a total (not "200.000 SMS pro Tag"), in an article that has every rare word of the
    question; of an English question, every one German text can show, where that is known (``on_topic``,
    ``features.on_topic_en``: not "money" or "groups" that some other article prints in English)."""
    if question.measure not in (None, "count", "money"):
        return []
    if on_topic is False or (on_topic is None and (row[_MISSING_RARE] > 0 or row[_COVER_RARE] < 1.0)):
        return []
    names = names or partial(names_counted, question)
    return [f for f in countable(c, question) if names(f) and not rate(f, c, german=True)]


def named_alone(
    question: Question,
    c: Candidate,
    row: list[float],
    article_figures: Sequence[Figure],
    names: Callable[[Figure], bool] | None = None,
    on_topic: bool | None = None,
) -> bool:
    """Does a figure print what the question counts, as the only such number of an article on the question's topic
    (``named_figures``; every count of that noun in the article gives the same number: "Insgesamt standen … 27
    Feuerwehren … im Einsatz" for "wie viele feuerwehren waren beim brand im schloss ebenzweier im einsatz")? Such a
    figure answers below the "found" bar, where the question's words are a chat's or another language's, from
    ``answerer.NAMED_ALONE`` up (stop 53: from the ``listed`` bar it answered 11 studied questions nothing answers)."""
    names = names or partial(names_counted, question)
    named = named_figures(question, c, row, names, on_topic)
    if not named:
        return False
    values = {tuple(f.values) for f in named}
    return all(tuple(f.values) in values for f in article_figures if names(f))


def sums(figure: Figure) -> bool:
    """Is a figure a sum of money: what a money question "counts" (``named_alone``: the only sum an article on the
    topic gives, "Dort machen wir heute fast 100 Millionen Euro Umsatz" for "what revenue does X make in India")?"""
    return figure.kind == "money"


def ages(figure: Figure) -> bool:
    """Is a figure an age: what a question that asks how old "counts" (``named_alone``: the only age an article on the
    topic gives, "Eine 25-jährige Frau soll … ihren fünfjährigen Sohn getötet haben" for "how old is the mum who
    killed her little son")?"""
    return figure.kind == "age"


def durations(figure: Figure) -> bool:
    """Is a figure a span of time: what a question that asks how long, or for a penalty that lasts, "counts"
    (``named_alone``: "Das Amtsgericht entschied auf fünf Monate Gefängnis" for "what sentence did the guy get")?"""
    return figure.kind == "duration"
