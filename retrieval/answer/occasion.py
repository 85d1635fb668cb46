"""When and where: the conditions a question of time or place sets a sentence (a date that dates the asked event, not an
end for "seit wann", a future for "when is … to", the weekday someone spoke on, the network they spoke on, a place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from retrieval.answer.evidence import Candidate
from retrieval.constraints import is_place
from retrieval.models import Figure
from retrieval.nlp import analyze
from retrieval.question.intent import SAY
from retrieval.sources import WEEKDAYS

# Words that date what a sentence tells: weekdays, months, seasons, relative days and spans ("seit", "vor
# drei Wochen"); dates, years and clock times are figures of their own.
WHEN_WORDS = re.compile(
    r"(?i)\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|jänner|januar|februar|"
    r"feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|frühling|sommer|"
    r"herbst|winter|heute|gestern|vorgestern|morgen|übermorgen|heuer|seit|damals|zuletzt|"
    r"(?:vergangen|letzt|nächst|kommend|selb|diese)\w*\s+(?:woche|monat|jahr|tag)\w*|vor\s+\w+\s+"
    r"(?:tag|woche|monat|jahr)\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
)

_DATING = frozenset({"date", "year", "time"})


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# "What did X say on Monday", "Was sagte X am Montag": the day of the week someone is asked to have spoken on.
_ON_DAY = re.compile(
    r"(?i)\b(?:on|am|vom|last|this|letzten|vergangenen|diesen)\s+(" + "|".join(WEEKDAYS + _WEEKDAYS_EN) + r")\b"
)


def asked_weekday(question: str) -> str | None:
    """The German weekday a question asks someone's words of ("What did X say on Monday?": "montag")."""
    m = _ON_DAY.search(question)
    if m is None:
        return None
    day = m.group(1).lower()
    return WEEKDAYS[_WEEKDAYS_EN.index(day)] if day in _WEEKDAYS_EN else day


def on_day(day: str, c: Candidate, article: str) -> bool:
    """Can the sentence give what was said on the weekday asked: its article names that day ("am Dienstagabend" too),
    and the sentence dates its statement on no other day ("erklärte Nato-Sprecherin Farah Dakhlallah am Mittwoch" is
    not what she said on Monday; an article that never names a Monday reports nothing said on one)? A day that dates
    what is reported ("Nach Angaben der Polizei überschritten am Sonntagabend …") may have been told on another."""
    if not re.search(rf"(?i)\b{day}", article):
        return False
    told = statement_days(c)
    return not told or day in told


def statement_days(c: Candidate) -> set[str]:
    """The weekdays a sentence dates its statement on: "am <day>" right after its verb of saying or its speaker
    ("warnte am Montag", "erklärte das Ministerium am Mittwoch")."""
    said = [w for w in (c.info.cue, c.source, c.info.speaker) if w]
    out: set[str] = set()
    for m in re.finditer(rf"(?i)\b(?:am|on)\s+({'|'.join(WEEKDAYS + _WEEKDAYS_EN)})", c.text):
        before = c.text[: m.start()].rstrip().lower()
        if any(before.endswith((w.lower(), w.lower().split()[-1])) for w in said):
            day = m.group(1).lower()
            out.add(WEEKDAYS[_WEEKDAYS_EN.index(day)] if day in _WEEKDAYS_EN else day)
    return out


_PLATFORMS = "x|twitter|facebook|instagram|telegram|tiktok|youtube|bluesky|threads|linkedin|truth\\s+social"

# Where someone spoke, a social network a question names: "auf der Plattform X", "on X", "auf Twitter", "via Telegram".
_ON_PLATFORM = re.compile(
    r"\b(?:(?:[Aa]uf|[Oo]n|[Vv]ia|[Ii]m|[Bb]ei)\s+(?:der\s+|dem\s+|the\s+)?)?(?:(?:[Pp]lattform|[Oo]nlinedienst|"
    r"[Kk]urznachrichtendienst|[Nn]etzwerk|[Dd]ienst|platform|network|service)\s+)?"
    rf"((?i:{_PLATFORMS.replace('x|', '', 1)})|X)\b"
)

_MEDIUM_BEFORE = re.compile(
    r"(?i)(?:auf|on|via|im|bei|plattform|onlinedienst|kurznachrichtendienst|netzwerk|dienst|platform|network|service)\s+$"
)


def _platforms(text: str) -> Iterator[str]:
    """The social networks a text names, in order ("x" for X and Twitter); a bare capital X only after a word of place
    or medium ("auf X", "Plattform X")."""
    for m in _ON_PLATFORM.finditer(text):
        if m.group(1) == "X" and not _MEDIUM_BEFORE.search(text[: m.start(1)]):
            continue
        yield "x" if m.group(1).lower() in ("x", "twitter") else m.group(1).lower()


def asked_platform(question: str) -> str | None:
    """The social network a who-said question asks someone's words on ("auf der Plattform X geäußert": "x")."""
    return next(_platforms(question), None)


def names_platform(platform: str, text: str) -> bool:
    """Does the text name the network someone spoke on ("Plattform X", "Onlinedienst X", "auf X", Twitter), wherever
    it names others too ("… auf Instagram und Facebook")?"""
    return platform in _platforms(text)


def says_when(c: Candidate, exact: bool = False) -> bool:
    """Does the sentence date anything: a date, year or clock time, or a word that dates ("am Montag", "seit")? For a
    question that asks the ``exact`` date ("exact date pls", "an welchem Tag"), only a date ("am 12. Oktober")."""
    if exact:
        return any(f.kind == "date" for f in c.info.figures)
    return any(f.kind in _DATING for f in c.info.figures) or WHEN_WORDS.search(c.text) is not None


# A when-question about someone's words ("Wann warnte Rutte …", "when did the ministry confirm it"): the day of a
# statement dates what it asks.
_ASKS_STATEMENT = re.compile(rf"(?i)\b{SAY}\b")

# The preposition of a time right after a speaker ("erklärte das Ministerium am Mittwoch", "said on Monday").
_TIME_PREPOSITIONS = frozenset({"am", "an", "im", "in", "on", "at", "vom", "zum"})
_TIME_PREPOSITION = re.compile(rf"(?i)\s+(?:{'|'.join(sorted(_TIME_PREPOSITIONS))})$")


def asks_statement(question: str) -> bool:
    """Does a when-question ask when someone said, wrote or confirmed something (a verb of saying)?"""
    return _ASKS_STATEMENT.search(question) is not None


def statement_dated_only(c: Candidate) -> bool:
    """Does every time a sentence names date its statement, not what it tells: in the clause of its verb of saying,
    after it ("Verbündete hätten die Stationierung bestätigt, erklärte Nato-Sprecherin Farah Dakhlallah am Mittwoch":
    the day she spoke, not since when troops are stationed), or right after its speaker? A sentence with no speaker,
    or a time elsewhere in it ("Der Mann sei am Sonntag festgenommen worden, sagte die Polizei am Montag"), dates
    what it tells."""
    said = [w.lower() for w in (c.source, c.info.speaker) if w]
    cue = (c.info.cue or "").lower()
    if not said and not cue:
        return False
    starts = [f.start - c.start for f in c.info.figures if f.kind in _DATING]
    starts += [m.start() for m in WHEN_WORDS.finditer(c.text)]
    starts = [s for s in starts if 0 <= s <= len(c.text)]
    if not starts:
        return False
    lowered = c.text.lower()
    for s in starts:
        before = _TIME_PREPOSITION.sub("", c.text[:s].rstrip()).rstrip().lower()
        if any(before.endswith((w, w.split()[-1])) for w in said):
            continue  # "erklärte das Ministerium am Mittwoch"
        at = lowered.rfind(cue, 0, s) if cue else -1
        between = lowered[at + len(cue) : s] if at >= 0 else ","
        if _CLAUSE_END.search(between):
            return False
        # "warnte am Montag", "erklärte Landesrätin Eva Moser am Dienstag": nothing but the speaker between (a name
        # the analysis cut short counts), not "Laut Polizei wurde der Mann am Sonntag festgenommen"
        speaker = {w for phrase in said for w in re.findall(r"[\w-]+", phrase)}
        rest = [w for w in re.findall(r"[\w-]+", between) if w not in speaker and w not in _TIME_PREPOSITIONS]
        if len(rest) > 1:
            return False
    return True


_CLAUSE_END = re.compile(r"[,;:.!?–„“\"]")


def dating(c: Candidate, exact: bool = False) -> list[Figure]:
    """The figures that date what a sentence tells ("seit 1939", "am 3. Februar", and a span back from the article's
    day: "seit fast vierzig Jahren", "vor 77 Jahren", "40 years ago"); for an ``exact`` date, dates only."""
    return [
        f
        for f in c.info.figures
        if f.kind == "date" or (not exact and (f.kind in _DATING or (f.kind == "duration" and _back(f, c))))
    ]


_AGO_AFTER = re.compile(r"(?i)^\s*(?:ago|zuvor|davor|her)\b")


def _back(figure: Figure, c: Candidate) -> bool:
    """Is a duration a span back from the article's day: after "seit"/"vor" ("seit fast vierzig Jahren", "vor 77
    Jahren") or before "ago" ("40 years ago")?"""
    s, e = figure.start - c.start, figure.end - c.start
    if not 0 <= s <= e <= len(c.text):
        return False
    return _SINCE.search(c.text[max(0, s - 30) : s]) is not None or _AGO_AFTER.match(c.text[e:]) is not None


# "seit wann", "since when", "ab wann": the start of what still goes on; "bis wann", "by when", "until when": its end.
_ASKS_START = re.compile(
    r"(?i)\b(?:seit\s+wann|ab\s+wann|since\s+when|from\s+when|wie\s+lange\s+schon|how\s+long\s+(?:has|have)\b)"
)

_ASKS_END = re.compile(r"(?i)\b(?:bis\s+wann|by\s+when|until\s+when|till\s+when)\b")

# The word right before a time that makes it an end ("bis Dezember", "until June") or a start ("seit Oktober 2024",
# "ab Montag", "since 1949"), with an article or a "zum"/"Ende" between ("bis zum 1. Juli", "bis Ende Dezember").
_END_BEFORE = re.compile(
    r"(?i)\b(?:bis|until|till|by|spätestens)\s+(?:(?:zum|zur|Ende|Mitte|Anfang|end\s+of|the)\s+)?$"
)

_START_BEFORE = re.compile(r"(?i)\b(?:seit|ab|since|from)\s+(?:(?:dem|der|Ende|Mitte|Anfang|the)\s+)?$")


def bounds_asked(question: str, c: Candidate) -> bool:
    """Does the sentence date the bound a when-question asks: for "seit wann" a time that is no end ("bis Dezember"
    says by when 10.000 soldiers are to be sent, not since when anyone warns), for "bis wann" one that is no start
    ("seit Oktober")? A question that asks neither asks nothing of it."""
    wrong = _END_BEFORE if _ASKS_START.search(question) else _START_BEFORE if _ASKS_END.search(question) else None
    if wrong is None:
        return True
    starts = [f.start - c.start for f in c.info.figures if f.kind in _DATING]
    starts += [m.start() for m in WHEN_WORDS.finditer(c.text) if m.group().lower() not in ("seit", "since")]
    return any(wrong.search(c.text[max(0, s - 30) : s]) is None for s in starts if 0 <= s <= len(c.text))


_EXACT_DATE = re.compile(
    r"(?i)\b(?:exact\s+date|what\s+date|which\s+day|on\s+what\s+day|genaue[sn]?\s+datum|welche[nms]?\s+datum|"
    r"an\s+welchem\s+tag|welche[nm]\s+tag)\b"
)


def exact_date(question: str) -> bool:
    """Does a when-question ask for the day ("exact date pls", "An welchem Tag …")?"""
    return _EXACT_DATE.search(question) is not None


# "In welchem Jahr …", "seit welchem Jahr", "what year", "which year": a when-question that asks for the year.
_YEAR_ASKED = re.compile(r"(?i)\b(?:welche[nms]?\s+jahr(?:es)?|what\s+year|which\s+year)\b")


def year_asked(question: str) -> bool:
    """Does a when-question ask for the year ("seit wann gibt es den Pakt, welches Jahr", "what year did …")?"""
    return _YEAR_ASKED.search(question) is not None


def names_year(c: Candidate) -> bool:
    """Does the sentence name a year by its number ("1949", "seit Oktober 2024")? "In den vergangenen Jahren" dates
    nothing to a year."""
    return any(
        (f.kind == "year" or f.kind == "date") and any(v >= _FIRST_YEAR and v == int(v) for v in f.values)
        for f in c.info.figures
    )


_FIRST_YEAR = 1000


# A place a sentence names: after a preposition of place, a capitalised name ("in Brüssel", "im Osten Russlands").
_AT_PLACE = re.compile(r"\b(?:in|im|nach|aus|bei|vor|an|am)\s+(?:(?:der|dem|den|des)\s+)?[A-ZÄÖÜ][\w-]+")


def says_where(c: Candidate) -> bool:
    """Does the sentence name a place: a country, region or city the lists know (in the genitive too: "im Osten
    Russlands"), or a name after a preposition of place that is not a time ("in Brüssel", not "am Mittwoch")?"""
    if any(is_place(w) or (w.endswith("s") and is_place(w[:-1])) for w in re.findall(r"[\w-]+", c.text)):
        return True
    for m in _AT_PLACE.finditer(c.text):
        word = m.group().split()[-1]
        if not WHEN_WORDS.fullmatch(word) and analyze(word, "de")[1] == "NE":
            return True
    return False


# A when-question about what is still to come: "When is the council scheduled to convene", "when will …", "Wann wird
# … entscheiden", "ab wann sollen …"; not one about the past ("when did …", "Wann wurde …").
_UPCOMING = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:[\w'’-]+\s+){0,5}?(?:scheduled|set|due|planned|expected|going)\s+to|upcoming|next|"
    r"wird|werden|soll|sollen|geplant)\b"
    # the present of a start or a release that is scheduled: "when does the retrial start", "wann beginnt der
    # Prozess", "wann erscheint die Erweiterung" (dev88-055: answered by the release once planned, "Ursprünglich wollte
    # Rockstar Games bis Ende 2014 … herausbringen", which is no date to come)
    r"|\b(?:when\s+(?:does|do)\b.{0,80}?\b(?:start|begin|open|resume|take\s+place|come\s+out)"
    r"|wann\s+(?:beginnt|beginnen|startet|starten|öffnet|öffnen|findet|finden|erscheint|erscheinen))\b"
)

_PAST_ASKED = re.compile(
    r"(?i)\b(?:when|wann)\s+(?:did|was|were|has|had|have|wurde|wurden|war|waren|hat|haben|hatte)\b"
)

# What a sentence tells as still to come: a future or a plan ("werde in Kürze beraten", "soll am Montag fallen"); not a
# condition ("sollte sich dies bestätigen", "würde").
_AHEAD = re.compile(
    r"(?i)\b(?:wird|werden|werde|soll|sollen|solle|will|wollen|plant|planen|geplant|vorgesehen|"
    r"voraussichtlich|künftig|bevorsteh\w*|kommende[nmrs]?|nächste[nmrs]?|will|shall|scheduled|planned|due\s+to)\b"
)

_SINCE = re.compile(r"(?i)\b(?:seit|since|vor|ago)\s+(?:\w+\s+)?$")


def asks_upcoming(question: str) -> bool:
    """Does a when-question ask when something is to happen ("When is … scheduled to convene", "Wann wird …
    entscheiden")?"""
    return _UPCOMING.search(question) is not None and _PAST_ASKED.search(question) is None


def _before(figure: Figure, published: str | None) -> bool | None:
    """Is a date or year before the day an article was published ("1949", "Am 14. Juli" in a report of 15 July)?
    None where either cannot tell."""
    if not published or not re.match(r"\d{4}-\d{2}-\d{2}", published):
        return None
    year, month, day = int(published[:4]), int(published[5:7]), int(published[8:10])
    values = [int(v) for v in figure.values if v == int(v)]
    if figure.kind == "year" and values:
        return values[0] < year
    if figure.kind == "date" and len(values) >= 2:
        if len(values) > 2:
            return (values[2], values[1], values[0]) < (year, month, day)
        # a date without a year months before the article's day is next year's ("tritt mit 1. Jänner in Kraft" in
        # November); one a few weeks before is this year's, past ("Am 14. Juli ist die Sonde …" on 15 July)
        if (values[1], values[0]) >= (month, day):
            return False
        return month - values[1] <= RECENT_MONTHS
    return None


RECENT_MONTHS = 3  # a yearless date up to this many months before an article's day is past; earlier ones are ahead


def dates_ahead(c: Candidate) -> bool:
    """Can the sentence date what is still to come: a date not before its article's day (not after "seit"), or, with no
    date before it, a future or a plan ("Der Rat werde am Montag beraten")? A past event dated ("1949 gegründet",
    "Rutte warnte am Montag") does not answer when something is to happen. Where the article's day is unknown, only a
    future or a plan tells ("Die Briten stimmen am 23. Juni ab" may be either: 1949 would be too)."""
    dates = [f for f in c.info.figures if f.kind in _DATING]
    since = [f for f in dates if _SINCE.search(c.text[: max(0, f.start - c.start)])]
    judged = [(f, _before(f, c.published)) for f in dates if f not in since]
    if any(before is False for _, before in judged):
        return True
    if since or any(before for _, before in judged):
        return False
    return _AHEAD.search(c.text) is not None


# Where a sentence's clauses part: a comma, semicolon, dash or colon; a time before a colon dates what follows it too
# ("scheint am Mittwoch ernste Realität zu werden: Die US-Regierung hat …"), one after it not what comes before.
_CLAUSE_BREAK = re.compile(r"[,;:–—]")

# Where a clause's coordinated verb phrases part: "und"/"oder"/"aber"/"sowie" ("and"/"or"/"but") before a word in lower
# case, which in German is no noun ("Moskau und Pjöngjang haben …" is one phrase).
_CONJUNCT = re.compile(r"\s(?:und|oder|aber|sowie|and|or|but)\s+(?=[a-zäöüß])")

# A time of its own that a coordinated phrase names beside the dating words (``WHEN_WORDS``): "und war zuvor
# langjähriger Premierminister" is not dated by the "seit Oktober 2024" of the phrase before.
_OWN_TIME = re.compile(
    r"(?i)\b(?:zuvor|davor|früher|später|anschließend|danach|einst|bisher|inzwischen|mittlerweile|previously|"
    r"formerly|earlier|later|since)\b"
)


def time_clauses(c: Candidate) -> list[str]:
    """The clauses of a sentence that hold a time (``says_when``'s: a date, year or clock time, or a word that
    dates): each time dates what its own clause tells, and the verb phrases coordinated after it that name no time of
    their own ("Das Auswärtige Amt zog am Mittwoch diplomatische Konsequenzen und bestellte den … Geschäftsträger
    ein" dates the summons; "Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär und war zuvor langjähriger
    Premierminister" not his premiership)."""
    starts = [f.start - c.start for f in c.info.figures if f.kind in _DATING]
    starts += [m.start() for m in WHEN_WORDS.finditer(c.text)]
    breaks = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(c.text)), len(c.text)]
    out: list[str] = []
    for s in sorted(set(starts)):
        if not 0 <= s < len(c.text):
            continue
        at = max(i for i, b in enumerate(breaks) if b <= s)
        after = at + 1
        while after < len(breaks) - 1 and c.text[breaks[after]] == ":":
            after += 1
        begin, end = breaks[at], breaks[after]
        cuts = [m.start() for m in _CONJUNCT.finditer(c.text, begin, end)]
        phrases = list(zip([begin, *cuts], [*cuts, end], strict=True))
        first = max(i for i, (b, _) in enumerate(phrases) if b <= s)
        last = first
        while last + 1 < len(phrases):
            following = c.text[slice(*phrases[last + 1])]
            if WHEN_WORDS.search(following) or _OWN_TIME.search(following):
                break
            last += 1
        clause = c.text[phrases[first][0] : phrases[last][1]].strip(" ,;:–—")
        if clause not in out:
            out.append(clause)
    return out
