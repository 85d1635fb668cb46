"""Who a figure comes from when no verb of saying names anyone.

Attribution finds sources behind verbs and cues of saying ("sagte X", "laut X"). Figures are often given
without one: "Dieser Tage zählt das Innenministerium … 300 bis 450 Asylanträge", "Europaweit will GE 6.500
Stellen streichen", "Zuvor waren den Behörden 145 Tote bekannt", "Expertenschätzungen nach …". The body or
person the sentence names is then the figure's source as the article gives it. ``named_in`` finds it: the
first noun that names an authority, a company, a study or its author (``data/actors.txt``), or initials next to
an indicative finite verb as its subject ("Europaweit will GE …", "… hat die FPÖ … investiert"), with the words that
name it further, outside the figures themselves and the dateline. Proper names alone are not enough: in
"Bravo parierte vor 48.000 Zuschauern im Estadio Nacional" or "Britische Sängerin sichert sich 117 Millionen
Euro schweren Deal" the name is a place, a thing or the actor, not who gives the figure (measured on dev and
dev2: with names the answers lost more items than they won).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources

from retrieval.answer.persons import is_role_word
from retrieval.attribution.lexicon import KONJ1_FORMS
from retrieval.attribution.speakers import surname
from retrieval.constraints import body_kind, is_place
from retrieval.embedding.words import encoder
from retrieval.nlp import FINITE, PREPOSITIONS, analyze, first_name_reading, german_name, lexicon_word
from retrieval.sources import NAME_PARTICLES, body_named, outlet_words

_TOKEN = re.compile(r"[\w][\w.-]*\w|\w")
_DATELINE = re.compile(r"^[^–—.!?]{1,40}\s[–—]\s")  # "Wien – " opens a report: a place, not a source
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$")
_LINKS = frozenset("gegen für des der von zur zum".split())  # "Forum gegen Antisemitismus", "Amt der Stadt"
_NOT_ACTORS = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar jänner februar märz april mai juni juli "
    "august september oktober november dezember euro dollar prozent".split()
)


@cache
def _heads() -> tuple[str, ...]:
    text = resources.files("retrieval.answer").joinpath("data/actors.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.lower().split()]
    return tuple(sorted(set(words), key=len, reverse=True))


def named_in(
    sentence: str,
    offset: int,
    taken: Sequence[tuple[int, int]],
    outlet: str | None = None,
    recipients: bool = True,
) -> str | None:
    """The body or person ``sentence`` names as the origin of its figures, as written; None if none.

    ``offset`` is where the sentence starts in its article and ``taken`` the article spans of its figures
    (their words count, they are not the source: "Tausende Nationalisten" is what is counted). Without
    ``recipients``, not a body the money goes to or is meant for (``_to_whom``).
    """
    return next(_bodies(sentence, offset, taken, outlet, recipients), None)


def all_named_in(sentence: str, offset: int, taken: Sequence[tuple[int, int]], outlet: str | None = None) -> list[str]:
    """Every body or person ``sentence`` names, in order ("Die Bundesregierung …: Das Auswärtige Amt zog …")."""
    return list(dict.fromkeys(_bodies(sentence, offset, taken, outlet)))


def _bodies(
    sentence: str, offset: int, taken: Sequence[tuple[int, int]], outlet: str | None, recipients: bool = True
) -> Iterator[str]:
    skip = m.end() if (m := _DATELINE.match(sentence)) else 0
    tokens = [t for t in _TOKEN.finditer(sentence) if t.start() >= skip]
    outlet_named = {w.lower() for w in re.findall(r"\w+", outlet or "") if len(w) > 2}

    def free(token: re.Match[str]) -> bool:
        start, end = offset + token.start(), offset + token.end()
        word = token.group()
        return (
            word[:1].isupper()
            and not any(a < end and start < b for a, b in taken)
            and word.lower() not in _NOT_ACTORS
            and not outlet_named.intersection(word.lower().split("-"))  # "STANDARD-Bericht": its own reporting
        )

    for i, token in enumerate(tokens):
        if not free(token) or _possessed(tokens, i) or _where(tokens, i) or _object_of(tokens, i):
            continue
        if not recipients and _to_whom(tokens, i):
            continue
        if _in_other_clause(sentence, token, offset, taken):
            continue
        if is_body(token.group()) or (_is_acronym(token.group()) and _acts(tokens, i)):
            yield _phrase(tokens, i)


# Where a clause of a sentence ends or another begins: a comma, a dash, a colon, a bracket.
_CLAUSE_BREAK = re.compile(r"[,;:(–—]")
# Subordinators HanTa may not tag as such out of context (it tags "weil", "dass", "obwohl" KOUS); not "wie", whose
# clause may name a source ("…, wie örtliche Medien berichteten").
_SUBORDINATORS = frozenset("als wenn während da nachdem bevor".split())
# Words that open a list of the members of what a figure counts ("knapp 29.000 Betriebe – darunter Werbeagenturen,
# PR-Berater und Meinungsforscher"): a body named there is one of those counted, not who gives the figure.
_MEMBERS_OPENING = re.compile(r"[,;:(–—]\s*(?:darunter|davon)\b", re.IGNORECASE)


def _in_other_clause(sentence: str, token: re.Match[str], offset: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Is the word at ``token`` in a subordinate clause or a list of members ("…, darunter …") that holds none of the
    sentence's figures (``taken``, article spans): "Rund 200 Insulaner protestierten, weil das Militär nicht eingesetzt
    wird, …"? What a body does there is the reason or the circumstance of the figure, not who gives it; a body
    listed there is one of those counted."""
    if not taken:
        return False
    members = [m.start() for m in _MEMBERS_OPENING.finditer(sentence, 0, token.start())]
    if members and not any(offset + members[-1] < b for _, b in taken):  # the list runs on over its commas
        return True
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, token.start())), default=0)
    end_break = _CLAUSE_BREAK.search(sentence, token.end())
    end = end_break.start() if end_break else len(sentence)
    first = re.match(r"\s*([^\W\d_]+)", sentence[start:end])
    if first is None:
        return False
    word = first.group(1).lower()
    if word not in _SUBORDINATORS and analyze(word, "de")[1] != "KOUS":
        return False
    return not any(a < offset + end and offset + start < b for a, b in taken)


_POSSESSING = frozenset("des der vom von".split())
# Nouns whose genitive names where a figure comes from: "nach Angaben des Ministeriums", "Zahlen der Polizei".
INFORMATION = re.compile(
    r"(?i)(?:angabe|zahl|daten|information|auskunft|mitteilung|aussage|auswertung|erhebung|meldung|einschätzung"
    r"|ansicht|meinung|sicht|worte|aussendung)\w*$"
)


def _possessed(tokens: list[re.Match[str]], i: int) -> bool:
    """Is the word at ``i`` the genitive of a noun that is neither a body nor information ("die Beschäftigten des
    Konzerns", "Chefin vom Dienst"): whose things are counted, not who gives the figure?"""
    if i < 2 or tokens[i - 1].group() not in _POSSESSING:
        return False
    owner = tokens[i - 2].group()
    return (
        owner[:1].isupper()
        and analyze(owner, "de")[1].startswith("NN")
        and not INFORMATION.search(owner)
        and not is_body(owner)
    )


# Contractions of "in" and an article say where something happens ("saß im Gemeinderat"); "beim" names whom a figure
# comes in at ("310 Beschwerden gingen beim Forum gegen Lärm ein"): it may be its source.
_IN_THE = frozenset("im ins".split())


def _where(tokens: list[re.Match[str]], i: int) -> bool:
    """Is the word at ``i`` where something happens ("Schon mit 21 saß er im Gemeinderat"), not who gives a figure?"""
    return i > 0 and tokens[i - 1].group().lower() in _IN_THE


# Prepositions whose noun is what something is against, about or with, not who gives a figure ("einer der größten
# Proteste gegen die Regierung", "Verhandlungen mit der Gewerkschaft"); "von", "bei", "laut", "nach", "in", "für"
# may name the source ("nach Angaben der Polizei", "beim Forum … gingen 310 Beschwerden ein", "In einer Studie …",
# "ein Fall für den Presserat. Dort sind 35 Beschwerden eingelangt": dropping "für" cost dev2a-040).
_OBJECT_PREPOSITIONS = frozenset("gegen mit über gegenüber wegen zwischen ohne um".split())
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())


def _object_of(tokens: list[re.Match[str]], i: int) -> bool:
    """Is the word at ``i`` the noun of a preposition that names what something is against, about or with ("gegen
    die Regierung", "mit dem Konzern"), not who gives a figure?"""
    k = i - 1
    if k >= 0 and tokens[k].group().lower() in _ARTICLES:
        k -= 1
    return k >= 0 and tokens[k].group().lower() in _OBJECT_PREPOSITIONS


# Prepositions whose noun is whom something goes to or is for ("ging an die Tageszeitung Österreich", "5,5 Millionen
# für das UN-Flüchtlingshochkommissariat", "Für Schuldendienst wendet Wels … auf"): not who gives the figure.
_RECIPIENT_PREPOSITIONS = frozenset("an für".split())


def _to_whom(tokens: list[re.Match[str]], i: int) -> bool:
    """Is the word at ``i`` the noun of a preposition that names whom a figure goes to or is for ("an die
    Tageszeitung Österreich", "für das UNHCR")? A sentence before may still name a source that way ("ein Fall für
    den Presserat. Dort sind 35 Beschwerden eingelangt"), so only the figure's own sentence asks this."""
    k = i - 1
    if k >= 0 and tokens[k].group().lower() in _ARTICLES:
        k -= 1
    return k >= 0 and tokens[k].group().lower() in _RECIPIENT_PREPOSITIONS


def is_body(word: str) -> bool:
    """Does a word name a body by one of the table's heads ("Wirtschaftskammer", "Innenministerium"), as a noun?"""
    lowered = word.lower()
    return any(lowered.endswith(head) for head in _heads()) and analyze(word, "de")[1] in ("NN", "NE", "")


def _is_acronym(word: str) -> bool:
    """An organisation by its initials ("GE", "FPÖ", "AMS"), not a place ("USA")."""
    return _ACRONYM.match(word) is not None and not is_place(word)


_SUBJECT_ARTICLES = frozenset("der die das".split())
_OBJECT_ARTICLES = frozenset("des dem den".split())  # "des IS", "dem AMS": no subject


def _acts(tokens: list[re.Match[str]], i: int) -> bool:
    """Is the word at ``i`` next to a finite verb in the indicative, as its subject is ("Europaweit will GE …",
    "… hat die FPÖ …", "GE streicht …"), rather than a name in passing ("Bosnisch/Kroatisch/Serbisch (BKS, 2.761)",
    "die Provinz Sinai des IS") or in someone's report ("Die LLI habe ein Angebot angenommen")?"""
    start = tokens[i].start()
    if tokens[i].string[start - 1 : start] == "(":
        return _subject_spelt_out(tokens, i)
    if i and tokens[i - 1].group().lower() in _OBJECT_ARTICLES:
        return False  # a genitive or dative
    before = i - 2 if i > 1 and tokens[i - 1].group().lower() in _SUBJECT_ARTICLES else i - 1
    if before < i - 1 and analyze(tokens[before].group(), "de")[1] in _GOVERNING:
        return False  # "von der ÖVP", "Bei der EZB", "in den Reihen der SPÖ"
    if before == i - 1 and i and analyze(tokens[before].group(), "de")[1] in PREPOSITIONS:
        return False  # "Der vom VKI unterstützte Kläger"
    near = [tokens[k].group() for k in (before, i + 1) if 0 <= k < len(tokens)]
    return any(analyze(w, "de")[1] in FINITE and w.lower() not in KONJ1_FORMS for w in near)


MAX_SPELT_OUT = 4  # capitalised words of a body's name before its initials in brackets
# Particles that open a sentence as part of its subject's phrase, before the finite verb ("Auch der Internationale
# Währungsfonds (IWF) hat …"): the subject still opens the clause.
_FOCUS_PARTICLES = frozenset("Auch Selbst Sogar Nur".split())


def _subject_spelt_out(tokens: list[re.Match[str]], i: int) -> bool:
    """Are the initials in brackets at ``i`` those of the sentence's subject, spelt out before them after its opening
    article (after a focus particle, if one opens it), with a finite verb right after the bracket ("Die
    Österreichische Webanalyse (ÖWA) hat die Zugriffszahlen für März veröffentlicht", "Auch der Internationale
    Währungsfonds (IWF) hat …")? Initials spelt out anywhere else name a body in passing ("im Kunsthaus Bregenz
    (KUB)")."""
    k = i - 1
    opening = 1 if tokens[0].group() in _FOCUS_PARTICLES else 0
    while k > opening and i - k <= MAX_SPELT_OUT and tokens[k].group()[:1].isupper():
        k -= 1
    article = ("der", "die", "das") if opening else ("Der", "Die", "Das")
    if k != opening or k == i - 1 or tokens[k].group() not in article:
        return False
    text = tokens[i].string
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()].strip() != ")":
        return False
    verb = tokens[i + 1].group()
    return analyze(verb, "de")[1] in FINITE and verb.lower() not in KONJ1_FORMS


_GOVERNING = PREPOSITIONS | {"NN", "NE"}  # a preposition, or a noun the phrase is the genitive of


MAX_PHRASE = 6  # words of a person's name after its noun: "Angolas Präsident José Eduardo Dos Santos"


def _phrase(tokens: list[re.Match[str]], i: int) -> str:
    """The noun with what names it further: "Forum gegen Antisemitismus", "Sprecher des Gesundheitsministeriums",
    "Georg Zanger", a person's name to its end (``_names_on``: "Frankreichs Präsident François Hollande")."""
    words = [tokens[i].group()]
    j = i + 1
    person = False  # a person's name read to its end: what follows it ("(ÖVP)", "zur Ratifizierung") is no part of it
    while j < len(tokens) and len(words) < MAX_PHRASE:
        word = tokens[j].group()
        gap = tokens[j].string[tokens[j - 1].end() : tokens[j].start()]
        if word[:1].isupper() and (_names_on(words[-1], word, gap) or (person and gap == " " and _is_name(word))):
            words.append(word)  # "Präsident Recep Tayyip Erdogan": a name goes on with the names after it
            person = True
        elif person and gap == " " and word in NAME_PARTICLES and j + 1 < len(tokens) and _capital(tokens[j + 1]):
            words += [word, tokens[j + 1].group()]  # "Alexander Van der Bellen"
            j += 1
        elif person or len(words) >= 4:
            break
        elif word[:1].isupper() and (_is_name(word) or _ACRONYM.match(word)):
            words.append(word)
        elif word in _LINKS and j + 1 < len(tokens) and tokens[j + 1].group()[:1].isupper():
            words += [word, tokens[j + 1].group()]
            j += 1
        else:
            break
        j += 1
    k = i - 1
    while k >= 0 and len(words) < MAX_PHRASE and tokens[k].group()[:1].isupper() and _is_name(tokens[k].group()):
        words.insert(0, tokens[k].group())  # "Georg Zanger", "Markus Wieser"
        k -= 1
    if k > 0 and len(words) < MAX_PHRASE and _is_proper_adjective(tokens[k].group()):
        words.insert(0, tokens[k].group())  # "Das Auswärtige Amt", "die Europäische Kommission"
    return " ".join(words)


def _capital(token: re.Match[str]) -> bool:
    return token.group()[:1].isupper()


def _is_name(word: str) -> bool:
    return len(word) > 1 and analyze(word, "de")[1] == "NE"


def _names_on(before: str, word: str, gap: str) -> bool:
    """Does ``word``, after ``before`` and the characters ``gap`` between them, go on naming a person: a surname
    after a given name, whatever HanTa makes of it ("François Hollande", "Doris Bures", "Birgit Schatz"), or a name
    its lexicon lacks after an office ("US-Präsident Barack Obama", "Innenministerin Johanna Mikl-Leitner")? Only
    with a plain space between: not across a bracket ("Mikl-Leitner (ÖVP)"), a colon or a full stop the sentence
    splitter missed ("Tirol. In einem …"); not after a place ("Statistik Austria Bereinigungen"). Stop 54: without
    it, 11 of the 178 figure sentences of the gnad index that ``reporting_actor`` gives a source showed a name cut
    short ("Frankreichs Präsident François", "US-Präsident"); over all 22,514 gnad sentences it changes what
    ``all_named_in`` gives for 185 (139 distinct phrases), a seeded sample of 20 read: 18 right (the name completed,
    or a party's bracket dropped), 2 better but still cut ("Außenminister Sebastian" for Sebastian Kurz)."""
    if gap != " ":
        return False
    lemma, tag = analyze(before, "de")
    given = tag == "NE" and lemma == before and not before.isupper() and not is_place(before)
    if given and first_name_reading(before):
        return True  # not a genitive ("Brasiliens Top-Stürmer") nor an acronym ("die EU Flüchtlingslager")
    return is_role_word(before.lower()) and german_name(word) and not lexicon_word(word)


def _is_proper_adjective(word: str) -> bool:
    """A capitalised adjective inside a sentence, which names a body with its noun ("Auswärtige", "Europäische")."""
    return word[:1].isupper() and word.endswith(("e", "en", "er", "es")) and analyze(word, "de")[1] in _ADJECTIVES


_ADJECTIVES = frozenset({"ADJ(A)", "NNA"})


# A short name in brackets right after a full name ("Die rumänische Antikorruptionsstaatsanwaltschaft (DNA) hat …"):
# the capitalised words before the bracket.
_SHORT_NAME = re.compile(r"((?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)\s+\(([A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5})\)")


def short_names(text: str) -> dict[str, str]:
    """The short names an article gives bodies, each with the full name it stands for ("DNA" -> "Antikorruptions-
    staatsanwaltschaft"), so that a source under the short name ("laut DNA-Schätzungen") is known by the full one.
    Only a body's whole name: its last word names a body (``data/actors.txt``: not "Johanna Mikl-Leitner (ÖVP)",
    whose party the bracket names, nor "Ergebnis vor Steuern (EGT)"), and it does not run on from words in lower case
    ("… für Ernährung und Landwirtschaft (FAO)")."""
    found: dict[str, str] = {}
    for m in _SHORT_NAME.finditer(text):
        short, words = m.group(2), m.group(1).split()
        if sum(ch.isupper() for ch in short) < 2:
            continue
        if not is_body(analyze(words[-1], "de")[0]) and not abbreviates(short, " ".join(words)):
            continue
        if text[: m.start()].split()[-1:] in (["für"], ["und"], ["of"], ["and"], ["for"]):
            continue
        while words and words[0].lower() in _ARTICLES:
            words.pop(0)
        found.setdefault(short, " ".join(words))
    return found


def abbreviates(short: str, name: str) -> bool:
    """Is ``short`` the initials of ``name``, as an article spells one out in brackets ("Rechnungshof (RH)"): both
    begin with the same letter and every further letter of the short name is one of the name's, in order (Schwartz
    and Hearst's test for an abbreviation)? A person's party ("Johanna Mikl-Leitner (ÖVP)") or a measure's short
    name after other words ("Ergebnis vor Steuern (EGT)") fails it."""
    lowered, at = name.lower(), 1
    if not short or lowered[:1] != short[:1].lower():
        return False
    for letter in short[1:].lower():
        at = lowered.find(letter, at) + 1
        if not at:
            return False
    return True


# A body by its kind alone, in the singular ("die Behörde", "dem Ministerium", "die zuständige Stelle"): the article
# has named which one before. Kinds as ``data/body_kinds.txt`` gives them, and "Ministerium", which names its field in
# a compound ("Innenministerium") as they do.
_KIND_REFERENCE = re.compile(
    r"^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+(?:[a-zäöüß-]+\s+){0,2}([A-ZÄÖÜ][a-zäöüß]+)$",
)
_MINISTRY = ("ministerium", "ministeriums")
BODY_LIKE = 0.5  # USE-m3 similarity of a named body to the kind that refers back to it ("Behörde" ~
# "Staatsanwaltschaft" 0.55, ~ "Präfektur" 0.33, ~ "Nachrichtenagentur" 0.26)
BODY_LOOK_BACK = 800  # characters before the reference a body it points back to may be named in


def body_meant(source: str, text: str, end: int) -> str | None:
    """The body a source names only by its kind ("die Behörde", "aus dem Ministerium") stands for: the nearest body
    named in the ``BODY_LOOK_BACK`` characters of ``text`` before the reference (which is looked for up to offset
    ``end``) whose name is a compound of the same kind ("Innenministerium" for "dem Ministerium") or, among the bodies
    of ``data/actors.txt``, one USE-m3 puts close to the kind ("Staatsanwaltschaft" for "Die Behörde", not the
    "Nachrichtenagentur AFP" that reported it). None when the source is no such reference or nothing fits: it then
    stays as written. Plurals ("die Behörden") speak for bodies in general and are left as they are."""
    m = _KIND_REFERENCE.match(source.strip())
    if m is None:
        return None
    kind = m.group(1)
    lowered = kind.lower()
    if lowered not in _MINISTRY and (body_kind(kind) != lowered or lowered.endswith("en")):
        return None
    at = text.rfind(source.strip(), 0, end)
    if at < 0:
        return None
    window = text[max(0, at - BODY_LOOK_BACK) : at]
    stem = lowered.removesuffix("s") if lowered in _MINISTRY else lowered
    words = [t.group() for t in _TOKEN.finditer(window)][::-1]
    for word in words:
        low = word.lower()
        if not word[:1].isupper() or low in (lowered, stem) or low == stem + "s":
            continue
        if low.endswith((stem, stem + "s")) and analyze(word, "de")[1] in ("NN", "NE"):
            return word
    bodies = list(dict.fromkeys(w for w in words if w[:1].isupper() and is_body(w) and not _bare_kind(w)))
    if not bodies:
        return None
    rows = encoder().vectors([kind, *bodies])
    for body, row in zip(bodies, rows[1:], strict=True):
        if float(row @ rows[0]) >= BODY_LIKE:
            return body
    return None


def _bare_kind(word: str) -> bool:
    """Is ``word`` itself a kind of body ("Unternehmen", "Behörde", "Ministerium"), not the name of one?"""
    lowered = word.lower()
    return lowered in _MINISTRY or body_kind(word) == lowered


# A source that names a body or a document by its kind alone, with or without its article ("die Firma", "das
# Ministerium", "Bericht"), or the information of one ("Ministeriumsangaben", "laut Firmenangaben"): the article named
# which one before, and a reader needs that name beside the kind.
_KIND_ALONE = re.compile(
    r"^(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]iner|[Ee]inem|[Ee]inen)\s+)?"
    r"(?:[a-zäöüß-]+\s+){0,2}([A-ZÄÖÜ][a-zäöüß]+)$"
)
_INFORMATION_OF = re.compile(r"^(.{4,}?)s?angaben$")  # "ministeriumsangaben" -> "ministerium"
_DOCUMENT_KINDS = frozenset({"bericht", "studie", "umfrage", "erhebung", "analyse", "statistik", "gutachten"})
_COMPANY_KINDS = frozenset({"firma", "unternehmen", "konzern"})
# A company's name right after the kind the article calls it by ("Das kanadische Unternehmen TransCanada Corp
# wäre …", "Fernzüge der Firma Westbahn"): the article says by the noun itself that the name is a company's.
_KIND_THEN_NAME = re.compile(
    r"\b(?:Unternehmen|Unternehmens|Konzern|Konzerns|Firma|Hersteller|Herstellers)\s+"
    r"([A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){0,2})"
)
MIN_MODIFIER = 3  # letters before the kind in a compound that names which body ("Innen|ministerium")


def kind_named(source: str, text: str, end: int) -> str | None:
    """A source that names a body or document by its kind alone, with the name the article gave it before: "das
    Ministerium" -> "das Ministerium (Wirtschaftsministerium)", "Bericht" -> "Bericht (Expertenbericht)",
    "Ministeriumsangaben" -> "Ministeriumsangaben (Innenministerium)", "die Firma" -> "die Firma (TransCanada Corp)",
    and for a kind its table does not know the one compound the article wrote before (``sources.body_named``: "das
    Krankenhaus" -> "das Krankenhaus (Kinderkrankenhaus)").
    The nearest compound of the same kind before the reference (looked for up to offset ``end``, else its first
    place in ``text``), for a company the nearest name written right after a company's kind; the kind's own words
    are kept. None when the source is no such reference or the article names nothing that fits."""
    source = source.strip()
    m = _KIND_ALONE.match(source)
    if m is None:
        return None
    lowered = m.group(1).lower()
    if (information := _INFORMATION_OF.match(lowered)) is not None:
        lowered = information.group(1)
    plural = lowered.endswith("en") and lowered not in _COMPANY_KINDS  # "die Behörden": bodies in general
    if plural or not (lowered in _MINISTRY or lowered in _DOCUMENT_KINDS or body_kind(lowered) == lowered):
        named = None if plural else body_named(source, text)  # a kind the table does not know: "das Krankenhaus"
        return f"{source} ({named})" if named else None
    at = _reference_at(source, text, end)
    if at is None:
        return None
    stem = lowered.removesuffix("s") if lowered in _MINISTRY else lowered
    for token in reversed(list(_TOKEN.finditer(text, 0, at))):
        word = token.group()
        low = word.lower().removesuffix("s")
        compound = word[:1].isupper() and low.endswith(stem) and len(low) - len(stem) >= MIN_MODIFIER
        if compound and analyze(word, "de")[1] in ("NN", "NE"):
            return f"{source} ({word})"
    if lowered in _COMPANY_KINDS:
        names = [n.group(1) for n in _KIND_THEN_NAME.finditer(text, 0, at)]
        if names:
            return f"{source} ({names[-1]})"
    return None


def _reference_at(source: str, text: str, end: int) -> int | None:
    """Where ``text`` writes the reference ``source`` as a word of its own: the last place before offset ``end``
    (the claim's sentence ends there), else its first; None where it never does."""
    places = [p.start() for p in re.finditer(rf"(?<![\w-]){re.escape(source)}(?![\w-])", text)]
    return max((p for p in places if p < end), default=places[0]) if places else None


# A spokesperson named without the body they speak for ("…, sagte ein Sprecher", "erklärt ein Unternehmenssprecher"):
# news names the body in the sentences just before, most often as their subject ("Die Wiener Linien waren um
# Beruhigung bemüht: … Wir sind vorbereitet, sagte ein Sprecher.").
_SPOKESPERSON = re.compile(r"^(?:[Ee]in|[Ee]ine)\s+[\w-]*[Ss]precher(?:in)?$")
_OPENING_SUBJECT = re.compile(
    r"^(?:(?:Der|Die|Das)\s+)?((?:[A-ZÄÖÜ][\w&.-]*\s+){0,2}[A-ZÄÖÜ][\w&.-]*)\s+([a-zäöüß]+)\b"
)
_PIECE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÄÖÜ])")  # where a sentence, or a clause before a colon, ends
SPOKEN_FOR_BACK = 3  # sentences before the spokesperson's own that may name the body


def spoken_for(source: str, text: str, end: int) -> str | None:
    """A spokesperson named without their body ("ein Sprecher"), with the body the same paragraph names just
    before: "ein Sprecher" -> "ein Sprecher (Wiener Linien)". Nearest first, the part of the spokesperson's own
    sentence before them ("Der ORF will …, erklärt ein Unternehmenssprecher"), then up to ``SPOKEN_FOR_BACK``
    sentences before it: a subject that opens the sentence with a name before its finite verb ("Die Wiener Linien
    waren …", "Telefonica O2 will …"), else the bodies ``named_in`` reads there ("aus Sicht der EU-Kommission"): the
    first that is a body (``_a_body``), not one of another's role ("ein Sprecher der Feuerwehr"). None for another
    source, for a compound whose first part names the body ("Eine ÖBB-Sprecherin", "Ein Clinton-Sprecher") or the
    one found ("ein Polizeisprecher" after "die Polizei"), or where the paragraph names no body before: the role is
    shown alone."""
    source = source.strip()
    if _SPOKESPERSON.match(source) is None or "-" in (role := source.split()[-1].lower()):
        return None
    at = _reference_at(source, text, end)
    if at is None:
        return None
    pieces = _PIECE_END.split(text[text.rfind("\n", 0, at) + 1 : at])
    passed: list[str] = []
    for piece in reversed(pieces[-(SPOKEN_FOR_BACK + 1) :]):
        for named in (_opening_subject(piece), *_bodies(piece, 0, [], None)):
            if named and not any(named in other for other in passed):
                if _a_body(named, text):  # "ein Polizeisprecher (Polizei)" says nothing the role does not
                    return None if role.startswith(named.lower()) else f"{source} ({named})"
                passed.append(named)
    return None


# What a spokesperson cannot speak for (stop 53): a quantifier or a preposition opening the phrase ("Alle
# Balkanstaaten", "In Hamburg"), a noun of a person or role ("Ermittler", "Sprecherin", "Bürgermeister Stefan
# Neumann", ``_ROLE_ENDINGS``), a newspaper reporting ("Zeitung The Times"), a document ("Bericht"), a kind of body
# alone ("Behörde").
_NOT_NAMING = frozenset({"PIAT", "PIDAT", "PIS", "CARD", "APPR", "APPRART"})
_ROLE_ENDINGS = ("er", "erin", "ist", "istin", "ent", "entin", "ant", "antin", "oge", "ogin", "eur", "eurin")
_PRESS = ("zeitung", "nachrichtenagentur", "fernsehen", "magazin")
_INDEFINITE = frozenset("ein eine einer einen einem eines".split())


def _a_body(named: str, text: str) -> bool:
    """Can a spokesperson speak for what the paragraph names: a name or body of the table ("Wiener Linien",
    "EU-Kommission", "Landgericht Stuttgart", "Feuerwehr"), not a quantity of things ("Alle Balkanstaaten",
    "Ähnliche Taten"), a person ("Lazar", after "Marcel Lazar"), a role ("Ermittler", "Camerons Sprecher"), the press
    ("Zeitung The Times"), a document ("Bericht"), a kind of body alone ("Behörde") or one the article only ever
    names after an indefinite article ("eine EU-Armee": none in particular)?"""
    words = named.split()
    tags = [analyze(w, "de")[1] for w in words]
    if tags[0] in _NOT_NAMING or any(
        _role(w, t) or w.lower().endswith(_PRESS) for w, t in zip(words, tags, strict=True)
    ):
        return False
    if len(words) == 1 and (words[0].lower() in _DOCUMENT_KINDS or _bare_kind(words[0]) or _surname(words[0], text)):
        return False
    if not _named_definitely(named, text):
        return False
    return any(
        german_name(w) or is_body(w) or (t in _ADJECTIVES and w.endswith("er"))
        for w, t in zip(words, tags, strict=True)
    )


def _named_definitely(named: str, text: str) -> bool:
    """Does the article name ``named`` once not after an indefinite article, with its adjectives ("die
    EU-Kommission", not only "eine EU-Armee", "eine vollständige EU-Armee")?"""
    spaced = r"\s+".join(re.escape(w) for w in named.split())
    for m in re.finditer(rf"(?<![\w-]){spaced}(?![\w-])", text):
        before = text[: m.start()].split()[-2:]
        if before[-1:] and before[-1][:1].islower() and before[-1].lower() not in _INDEFINITE:
            before = before[:1]  # an adjective: the word before it
        if not before or before[-1].lower() not in _INDEFINITE:
            return True
    return False


def _role(word: str, tag: str) -> bool:
    """A common noun of a person ("Ermittler", "US-Außenminister", "Sprecherin"), not a body ending alike
    ("Parlament")."""
    lowered = word.lower()
    return tag == "NN" and lowered.endswith(_ROLE_ENDINGS) and not lowered.endswith("ment")


def _surname(word: str, text: str) -> bool:
    """A person's name: a surname the article gives a first name ("Lazar" after "Marcel Lazar")."""
    return analyze(word, "de")[1] == "NE" and not is_place(word) and surname(text, word)


def view_owner(source: str, text: str, end: int) -> str | None:
    """Whose view a possessive and a noun of saying is ("Seiner Meinung", "nach ihren Berechnungen":
    ``sources.someones_view``), as the same paragraph names them just before it (as ``spoken_for`` finds a body):
    "ihren Berechnungen" after "Die EU-Kommission präsentiert Vorschläge …" -> "EU-Kommission". None where the
    paragraph names no one before."""
    at = _reference_at(source.strip(), text, end)
    return _named_just_before(text, at) if at is not None else None


def _named_just_before(text: str, at: int) -> str | None:
    """The body or person the paragraph names nearest before offset ``at``: in the part of its own sentence before
    it, then up to ``SPOKEN_FOR_BACK`` sentences before, an opening subject (``_opening_subject``), else the first
    body ``named_in`` reads."""
    pieces = _PIECE_END.split(text[text.rfind("\n", 0, at) + 1 : at])
    for piece in reversed(pieces[-(SPOKEN_FOR_BACK + 1) :]):
        if body := _opening_subject(piece) or named_in(piece, 0, []):
            return body
    return None


def _opening_subject(sentence: str) -> str | None:
    """The name a sentence opens on as its subject, before its finite verb ("Die Wiener Linien waren", "Telefonica O2
    will"): one of its words a name to HanTa or a proper adjective before the noun ("Wiener")."""
    skip = m.end() if (m := _DATELINE.match(sentence)) else 0
    subject = _OPENING_SUBJECT.match(sentence[skip:])
    if subject is None or analyze(subject.group(2), "de")[1] not in FINITE:
        return None
    words = subject.group(1).split()
    if any(german_name(w) for w in words) or any(_is_proper_adjective(w) for w in words[:-1]):
        return subject.group(1)
    return None


# The outlet's own request to someone ("heißt es auf STANDARD-Anfrage", "Auf Anfrage des STANDARD", "Laut einer
# STANDARD- Nachfrage"): the outlet asked, the reply is what the sentence reports, and whoever replied is its source,
# where the sentence says it ("aus dem Büro von Strache", "vonseiten der Universität Wien", "beim Bürgermeister").
_REQUEST = re.compile(r"(?:an|nach)?frage$")
_REQUEST_WORDS = frozenset("auf laut nach einer eine der des die dem".split())
_REPLIED_FROM = re.compile(
    r"\b(?:[Aa]us|[Vv]onseiten|[Ss]eitens|beim)\s+((?:(?:dem|der|des|den)\s+)?[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:(?:von|der|des)\s+)?[A-ZÄÖÜ][\w-]*){0,2})"
)


def outlet_request(source: str, outlet: str | None) -> bool:
    """Is a source the outlet's own request and nothing else before whom it went to ("STANDARD-Anfrage", "Anfrage des
    STANDARD", "einer STANDARD- Nachfrage", "STANDARD-Anfrage aus Mahrers Büro")? It names no speaker: the outlet
    asked. Not its report ("STANDARD-Infos", "Informationen des STANDARD": the studied sets' writers take those as
    the source), nor a person asked ("die Sprecherin auf STANDARD-Anfrage")."""
    own_name = outlet_words(outlet)
    head = source[: m.start()] if (m := _REPLIED_FROM.search(source)) else source
    parts = [p.lower() for w in re.findall(r"[\w-]+", head) for p in w.split("-") if p]
    own = [p for p in parts if p not in _REQUEST_WORDS]
    asked = any(_REQUEST.search(p) for p in own)
    return asked and any(p in own_name for p in own) and all(p in own_name or _REQUEST.search(p) for p in own)


def replied_from(source: str, text: str, end: int) -> str | None:
    """Who replied to the outlet's request ``source`` (``outlet_request``), as its own words or the sentence that
    writes it say: "STANDARD-Nachfrage" in "Aus dem Büro Nagl heißt es auf STANDARD-Nachfrage …" -> "dem Büro Nagl".
    The sentence is the last before offset ``end`` that writes the request (a reply runs on over sentences). None
    where neither says: the article names no one."""
    if m := _REPLIED_FROM.search(source):
        return m.group(1)
    at = _reference_at(source, text, end)
    if at is None:
        return None
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stop = min((p for p in (text.find(". ", at), text.find("\n", at)) if p >= 0), default=len(text))
    m = _REPLIED_FROM.search(text, start, stop)
    return m.group(1) if m else None
