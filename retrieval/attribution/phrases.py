"""A small noun-phrase chunker over HanTa tags, and the subject of a speech verb: the speaker span.

"Der Sprecher, Peter X, sagte", "…, sagte der Sprecher", "…, der betonte", "wie X sagte",
"Kemal Bedri, Vorsitzender der Wahlkommission, begründete": the subject before the verb, after an
inverted verb, or inside a verb-final clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.attribution.lexicon import (
    ALL_SPEECH_VERBS,
    AMBIGUOUS_SUBORDINATORS,
    CLAUSE_PUNCT,
    DETERMINER_TAGS,
    FOCUS_WORDS,
    INFO_NOUN_SUFFIXES,
    NOMINATIVE_PRONOUNS,
    NON_GENITIVE_DETERMINERS,
    NOUN_TAGS,
    NP_START_TAGS,
    NP_TAGS,
    OBLIQUE_ARTICLES,
    POSTMOD_PREPS,
    PRONOUN_SPEAKERS,
    SOURCE_NOUN_SUFFIXES,
    SUBCLAUSE_TAGS,
    SUBJECT_MAX_TOKENS,
    TIME_NOUNS,
)
from retrieval.attribution.tokens import (
    Tok,
    find_tok,
    find_tok_back,
    is_boundary_mark,
    is_finite,
    is_punct,
    is_quote_mark,
    trim_range,
)
from retrieval.nlp import CLOSING_MARKS


def np_forward(toks: Sequence[Tok], i: int, limit: int, stop: frozenset[str] = frozenset()) -> int:
    """End index of the noun phrase starting at ``i`` (``i`` if there is none); ``stop`` ends it."""
    j, seen_noun = i, False
    while j < limit:
        t = toks[j]
        low = t.low
        after_noun = j > i and toks[j - 1].tag in ("NN", "NE")  # "der Konzern Mittwochabend", not "vom Dienstagabend"
        if (seen_noun and (_starts_new_np(t) or _opens_count(toks, j, limit) or (after_noun and _names_a_time(t)))) or (
            j > i and low in stop
        ):
            break
        if seen_noun and t.tag == "ADJA" and all(u.tag == "NE" for u in toks[i:j]):
            break  # "wirft Lugar ideologische Gründe vor": an adjective after a bare name opens the object
        if t.tag in NP_TAGS or (t.text[:1].isupper() and t.tag in ("ADJD", "ADV", "VVPP") and seen_noun):
            seen_noun = seen_noun or t.tag in NOUN_TAGS
            j += 1
        elif j == i and low in ("deren", "dessen") and j + 1 < limit and toks[j + 1].tag in NP_TAGS:
            j += 1  # "nach deren Angaben", "dessen Sprecher": a possessive relative or demonstrative as determiner
        elif j == i and (t.tag in ("PPER", "PIS", "PDS") or low in PRONOUN_SPEAKERS):
            return j + 1
        elif (
            (seen_noun and (t.tag in ("APPR", "APPRART") and low in POSTMOD_PREPS) and j + 1 < limit)
            or (seen_noun and low in ("und", "sowie", "oder") and j + 1 < limit and np_start(toks[j + 1]))
            or (is_quote_mark(t) and j + 1 < limit and j > i)
        ):
            j += 1
        elif not seen_noun and j > i and toks[j - 1].tag in DETERMINERS and _extended_attribute(toks, j, limit):
            # "der für die Omo-Region zuständige Koordinator", "die vom Führer der Bewegung vorgetragene Petition"
            j = _extended_attribute(toks, j, limit)
        elif t.text == "(" and seen_noun:
            close = find_tok(toks, j, limit, ")")
            if close is None:
                break
            j = close + 1
        else:
            break
    while j > i and (toks[j - 1].tag in ("APPR", "APPRART", "KON", "ART") or is_punct(toks[j - 1])):
        if is_quote_mark(toks[j - 1]) or toks[j - 1].text == ")":
            break
        j -= 1
    return j


#: Determiners that can open a noun phrase with an extended attribute.
DETERMINERS = frozenset({"ART", "PPOSAT", "PDAT"})


def _extended_attribute(toks: Sequence[Tok], j: int, limit: int) -> int:
    """The index of the attributive adjective or participle that closes a phrase between a determiner and its noun
    (an extended attribute: "der [für die Omo-Region] zuständige Koordinator"); 0 if ``j`` opens none: a preposition
    first, then up to eight words with no verb, punctuation or second determiner-less preposition in between, and
    an adjective right before a noun."""
    if toks[j].tag not in ("APPR", "APPRART"):
        return 0
    for k in range(j + 1, min(limit - 1, j + 9)):
        u = toks[k]
        if is_punct(u) or is_finite(u) or (u.tag.startswith(("VV", "VA", "VM")) and u.tag != "VVPP"):
            return 0
        if u.tag == "ADJA" and toks[k + 1].tag in ("NN", "NE", "ADJA"):
            return k
    return 0


def _starts_new_np(tok: Tok) -> bool:
    """A determiner after a noun that cannot open a genitive attribute, so it starts the next noun
    phrase ("die Staatsanwaltschaft | ein Ergebnis", "der Geschäftsführer | alle Vorwürfe")."""
    if tok.tag not in DETERMINER_TAGS:
        return False
    low = tok.low
    return low in OBLIQUE_ARTICLES or low in NON_GENITIVE_DETERMINERS or low.endswith(("e", "em", "en"))


_DAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute")
_DAY_PARTS = ("abend", "morgen", "früh", "vormittag", "mittag", "nachmittag", "nacht")


def _names_a_time(tok: Tok) -> bool:
    """A part of a day after a noun phrase ends it: "der Konzern | Mittwochabend", "Müller | Montagabend" (a bare
    weekday may belong to it: "einer Erklärung Obamas vom vergangenen Freitag")."""
    low = tok.low
    return any(low == day + part for day in _DAYS for part in _DAY_PARTS)


def _opens_count(toks: Sequence[Tok], j: int, limit: int) -> bool:
    """A number before a noun after a noun phrase starts the next one: "laut Polizei | 300 Menschen", and so does a
    comparison of amounts: "laut NGOs | mehr als 60.000 Nordkoreaner"."""
    if toks[j].low in ("mehr", "weniger") and j + 1 < limit and toks[j + 1].low == "als":
        return True
    return toks[j].tag == "CARD" and j + 1 < limit and toks[j + 1].tag in ("NN", "NNA", "ADJA")


def np_start(tok: Tok) -> bool:
    return tok.tag in NP_START_TAGS


def np_backward(toks: Sequence[Tok], j: int, floor: int) -> int:
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
        elif t.text == ")":
            # "Einer Presseerklärung des Verbandes Deutscher Realschullehrer (VDR) zufolge": an abbreviation in
            # parentheses after the noun
            opening = next((k for k in range(i - 2, max(floor, i - 8) - 1, -1) if toks[k].text == "("), None)
            if opening is None or opening <= floor or toks[opening - 1].tag not in NOUN_TAGS:
                break
            i = opening
        else:
            break
    return i


def _clause_start(toks: Sequence[Tok], v: int, floor: int) -> int:
    """Start of the main clause around ``v``: after a colon, a quote's closing comma, etc."""
    i = v
    while i > floor:
        t = toks[i - 1]
        if t.text in (":", ";") or (t.text in CLOSING_MARKS + '"' and not t.inline):
            break
        if t.text == "," and i - 2 >= floor and is_quote_mark(toks[i - 2]):
            break
        i -= 1
    return i


def _segment_start(toks: Sequence[Tok], v: int) -> int:
    """Start of the comma-delimited segment that ends at ``v``; a closed parenthesis is skipped
    ("Agrarlandesrat X (ÖVP) bezifferte")."""
    i = v
    while i > 0 and toks[i - 1].text not in (",", ":", ";", "(", "–") and not is_boundary_mark(toks[i - 1]):
        if toks[i - 1].text == ")":
            opening = find_tok_back(toks, i - 1, "(")
            if opening is None:
                break
            i = opening
            continue
        i -= 1
    return i


_DASHES = frozenset({"–", "—"})


def _dashed(toks: Sequence[Tok], seg: int, v: int) -> bool:
    """Whether the segment from ``seg`` is an insertion between dashes ("Auf einer Fläche von 50.000 Hektar –
    das entspricht etwa der Ackerfläche Kärntens – seien …"): opened by a dash that closes after ``v``."""
    return toks[seg - 1].text in _DASHES and any(t.text in _DASHES for t in toks[v + 1 :])


#: Tags of the words of a name or noun phrase set off by commas as an apposition ("…, Baitullah Mehsud, …").
_APPOSITION_TAGS = frozenset({"NE", "NN", "ART", "ADJA", "APPR", "APPRART", "CARD", "FM", "TRUNC"})


def apposition_opening(toks: Sequence[Tok], close: int) -> int | None:
    """The comma opening an apposition that the comma at ``close`` closes: a short run of name or noun words
    (at least one of them a noun) between two commas, right after a noun."""
    for k in range(close - 1, max(0, close - 8), -1):
        t = toks[k]
        if t.text == ",":
            body = toks[k + 1 : close]
            if body and toks[k - 1].tag in ("NN", "NE") and any(u.tag in ("NN", "NE") for u in body):
                return k
            return None
        if t.tag not in _APPOSITION_TAGS:
            return None
    return None


def in_subordinate_clause(toks: Sequence[Tok], v: int) -> bool:
    """Whether the finite verb at ``v`` ends a verb-final or parenthetical clause ("…, zu der die
    Opposition aufgerufen hatte", "als er zum Streik aufrief", "(Wikinews berichtete)", "– das entspricht … –",
    "Wie X berichtete, …")."""
    seg = _segment_start(toks, v)
    if seg >= v:
        return False
    t = toks[seg]
    if seg == 0:  # "Dass die FDP den Mindestlohn ablehnt, ist …", "Wie die Zeitung berichtete, …"
        return t.tag == "KOUS" or t.low == "wie"
    return (
        toks[seg - 1].text == "("
        or _dashed(toks, seg, v)
        or t.tag in SUBCLAUSE_TAGS
        or t.low in AMBIGUOUS_SUBORDINATORS
        or t.low == "wie"
        or (t.tag in ("APPR", "APPRART") and seg + 1 < v and toks[seg + 1].tag in ("PRELS", "PWS"))
    )


def in_relative_clause(toks: Sequence[Tok], v: int) -> bool:
    """Whether the finite verb at ``v`` ends a relative clause ("…, mit dem die Belegschaft beteiligt werden soll",
    "…, die verletzt worden sein sollen"), opened by a relative pronoun or a preposition and one."""
    seg = _segment_start(toks, v)
    if seg >= v or seg == 0:
        return False
    t = toks[seg]
    return t.tag in ("PRELS", "PRELAT") or (t.tag in ("APPR", "APPRART") and toks[seg + 1].tag in ("PRELS", "PRELAT"))


def _strip_relative(toks: Sequence[Tok], a: int, b: int) -> int:
    """Cut a subject range at an embedded relative clause (", den die Zeitung zitiert,")."""
    for k in range(a + 1, b - 1):
        if toks[k].text == "," and (
            toks[k + 1].tag in ("PRELS", "PRELAT", "PWS", "PWAV", "KOUS")
            or (toks[k + 1].tag in ("APPR", "APPRART") and k + 2 < b and toks[k + 2].tag == "PRELS")
        ):
            return k
    return b


def _is_oblique_start(toks: Sequence[Tok], i: int) -> bool:
    """A noun phrase that cannot be a subject: "dem/den/einem …", "der englischen Zeitung"."""
    t = toks[i]
    if t.tag == "ART" and t.low in OBLIQUE_ARTICLES:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.low == "der" and nxt is not None and nxt.tag == "NN" and _FEMININE_PERSON.search(nxt.low):
        return True  # "Der Unterrichtsministerin … wirft Lugar … vor": a woman's "der" is her dative or genitive
    return t.low == "der" and nxt is not None and nxt.tag == "ADJA" and nxt.low.endswith("en")


#: Nouns of a woman by her office or trade ("Ministerin", "Präsidentin", "Journalistin", "Chefin"): feminine, so
#: "der" before one is no nominative.
_FEMININE_PERSON = re.compile(r"\w{2}(?:er|ent|ant|ist|or|är|eur|ef|at|og|ör|arzt|ärzt)in$")


def _subject_before(toks: Sequence[Tok], a: int, v: int) -> tuple[int, int] | None:
    """The subject in the Vorfeld ``a..v`` ("Der Sprecher, Peter X, sagte"), or None."""
    while a < v and toks[a].low in FOCUS_WORDS and toks[a].tag in ("ADV", "KON", "PTKVZ", "ADJD"):
        a += 1
    quoted_name = is_quote_mark(toks[a]) and a + 1 < v and toks[a + 1].tag in NP_START_TAGS  # „BBC News“ berichtet
    if a >= v or (toks[a].tag not in NP_START_TAGS and not quoted_name) or _is_oblique_start(toks, a):
        return None
    if toks[a].tag == "PDS" and toks[a].low in ("das", "dies"):
        return None
    b = _strip_relative(toks, a, v)
    a2, b2 = trim_range(toks, a, b)
    if b2 <= a2 or b2 - a2 > SUBJECT_MAX_TOKENS or _has_finite_outside_names(toks[a2:b2]):
        return None
    if any(
        t.low in ("und", "oder", "sowie")
        and k + 1 < b2
        and _is_oblique_start(toks, k + 1)
        and not any(u.tag in ("APPR", "APPRART") for u in toks[a2:k])  # "in X und dem Y": the preposition's
        for k, t in enumerate(toks[a2:b2], a2)
    ):
        return None  # "zu Oberösterreich, Salzburg und dem Burgenland ließ das Ministerium …": a dative's list
    head = next((t for t in toks[a2:b2] if t.tag in NOUN_TAGS), None)
    if (head is not None and head.low in TIME_NOUNS) or toks[a2].low == "des":
        return None  # "Ende Januar 2006 gab der DFB bekannt, …", "Des Weiteren verwies X darauf"
    return a2, b2


def _has_finite_outside_names(toks: Sequence[Tok]) -> bool:
    """A finite verb that is not part of a quoted name (von der „Aktion Deutschland hilft“)."""
    in_name = False
    for t in toks:
        if t.inline:
            in_name = not in_name
        elif is_finite(t) and not in_name:
            return True
    return False


def _subject_in_subclause(toks: Sequence[Tok], a: int, v: int) -> tuple[int, int] | None:
    """Subject of a verb-final clause ("…, der betonte", "von dem die Polizei glaubt", "wie X sagte")."""
    t = toks[a]
    if t.tag in ("PRELS", "PDS") and (a + 1 >= v or toks[a + 1].tag not in NP_START_TAGS):
        return a, a + 1
    if t.tag == "PRELS" and _relative_is_subject(toks, a):
        return a, a + 1
    if t.tag in ("APPR", "APPRART") and a + 1 < v and toks[a + 1].tag in ("PRELS", "PWS"):
        a += 2
    elif t.tag in ("KOUS", "PRELS", "PWS", "PWAV", "KON") or t.low == "wie" or t.low in AMBIGUOUS_SUBORDINATORS:
        a += 1
    found = first_nominative(toks, a, v)
    if found is None and t.tag == "PRELS":
        return a - 1, a  # "…, die den Mut Alis hervorhob, …": with only an object after it, the relative pronoun
    return found


#: Relative pronouns that can be a nominative, and determiners after one that can only be a nominative's when that
#: relative pronoun is not ("die Vorwürfe, die der Minister erhob"; "Clark, der der US-Regierung vorwarf" is a dative).
_NOMINATIVE_RELATIVES = frozenset(["der", "die", "das", "welche", "welcher", "welches"])
_NOMINATIVE_ONLY_DETERMINERS = frozenset(["der", "dieser", "jener", "jeder", "mancher", "kein", "ein"])


def _relative_is_subject(toks: Sequence[Tok], a: int) -> bool:
    """Whether the relative pronoun at ``a`` is its clause's subject though a noun phrase follows it: a determiner
    opens that phrase, so German's subject-first order makes it the object ("Heinz Patzelt, der die Absichten Sobotkas
    als höchst fragwürdig bezeichnete", "ein Prediger, der alle Nichtmoslems aufforderte", "eine Resolution, welche die
    zunehmende Intoleranz … zur Kenntnis nahm") unless the determiner is a nominative the pronoun cannot be ("die
    Marke, die der Kanzler … erklärt hatte"). A bare name or pronoun after it stays the subject ("die Marke, die
    Gerhard Schröder … erklärt hatte"). On the attribution benchmark (train + dev) the phrase after such a pronoun was
    the speaker 10 times, 6 of them wrongly."""
    nxt = toks[a + 1] if a + 1 < len(toks) else None
    if toks[a].low not in _NOMINATIVE_RELATIVES or nxt is None or nxt.tag not in DETERMINER_TAGS:
        return False
    return toks[a].low in ("der", "welcher") or nxt.low not in _NOMINATIVE_ONLY_DETERMINERS


def first_nominative(
    toks: Sequence[Tok], j: int, limit: int, stop: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The first noun phrase or nominative pronoun in ``j..limit`` that is not inside a PP."""
    while j < limit:
        t = toks[j]
        if t.text in (",", ":", ".", ";") or is_quote_mark(t) or t.tag in ("KOUS", "VVFIN", "VAFIN", "VMFIN"):
            return None
        if t.tag in ("PPER", "PIS") and t.low in NOMINATIVE_PRONOUNS:
            return j, j + 1
        if _opens_count(toks, j, limit) and t.tag != "CARD":  # "mehr als 20 Organisationen": the count is next
            j += 2
            continue
        if t.tag in ("APPR", "APPRART") or _is_oblique_start(toks, j):
            j = max(np_forward(toks, j + 1 if t.tag.startswith("APPR") else j, limit, stop), j + 1)
            continue
        if t.tag in NP_START_TAGS and t.tag not in ("PPER", "PIS", "PDS"):
            end = np_forward(toks, j, limit, stop)
            if end > j:
                return j, end
        j += 1
    return None


def subject_after(
    toks: Sequence[Tok], v: int, limit: int, stop: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The subject after an inverted verb ("…, sagte der Sprecher" / "Am Montag sagte Rice")."""
    found = first_nominative(toks, v + 1, limit, stop)
    if found is None:
        return None
    return found[0], before_adverbial(toks, found[0], before_addressee(toks, *found))


#: Prepositions whose phrase may name where a speaker works ("das Außenministerium in Ankara") or how they spoke
#: ("Klug in Anspielung auf …", "Pützstück im Rückblick"); "von" names whose they are ("Proteste von Kernkraftgegnern").
_ADVERBIAL_PREPS = frozenset("in im zur zum aus".split())
#: Assemblies a speaker sits in ("die Sprecherin der Unionsfraktion im Bundestag").
_ASSEMBLIES = ("bundestag", "landtag", "kreistag", "senat", "kongress")
_PP_OPENERS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD", "ADV", "ADJD"})


def before_adverbial(toks: Sequence[Tok], a: int, b: int) -> int:
    """End of a subject after its verb before the adverbial that follows it in the middle field: "…, hielt Klug in
    Anspielung auf Orban fest", "informiert die Staatsanwaltschaft in einer Presseaussendung", "sagt Pützstück im
    Rückblick". The first phrase of such a preposition after the subject's noun stays its own when its noun is a name,
    initials, a body or a person that speaks (``SOURCE_NOUN_SUFFIXES``), an assembly or a noun a name follows ("in
    Ankara", "zum STANDARD", "im Bundestag", "in der Fachzeitschrift Current Biology"); what follows that phrase belongs
    to it ("im Amt der Landesregierung")."""
    seen_noun = False
    for k in range(a, b):
        t = toks[k]
        if t.tag in NOUN_TAGS:
            seen_noun = True
            continue
        if not seen_noun or t.tag not in ("APPR", "APPRART") or t.low not in _ADVERBIAL_PREPS:
            continue
        if sum(is_quote_mark(u) for u in toks[a:k]) % 2:
            return b  # inside a name in quotation marks: "der „Oberste Rat zur Wiederherstellung der Demokratie“"
        h = k + 1
        while h < b and toks[h].tag in _PP_OPENERS:
            h += 1
        if h >= b:
            return b
        noun = toks[h]
        own = (
            noun.tag == "NE"
            or noun.text.split("-")[0].isupper()
            or noun.low.endswith(SOURCE_NOUN_SUFFIXES)
            or noun.low.endswith(_ASSEMBLIES)
            or (h + 1 < b and toks[h + 1].tag == "NE")
        )
        return b if own else k
    return b


#: Acronyms of news agencies, and endings of news outlets' nouns, that a spokesman speaks to.
_AGENCIES = frozenset({"dpa", "apa", "afp", "ap", "reuters", "kna", "epd", "sda", "ddp", "ansa", "efe", "ats"})
_OUTLET_ENDINGS = ("agentur", "zeitung", "blatt", "magazin", "sender")


def before_addressee(toks: Sequence[Tok], a: int, b: int) -> int:
    """End of "ein Sprecher" before the one he spoke to: "…, sagte ein Sprecher der dpa", "… der Nachrichtenagentur
    Reuters", "… der Zeitung „Die Welt“" (the dative of an agency or a newspaper, not the body he speaks for); and of a
    name before the outlet it was told to ("…, erklärte Senger der APA", "sagte Sinn der Passauer Neuen Presse": a
    person's name takes no genitive "der")."""
    if b - a >= 4 and toks[a].low in ("ein", "eine") and toks[a + 1].low.endswith(("sprecher", "sprecherin")):
        return a + 2 if toks[a + 2].low == "der" and _outlet_at(toks, a + 3, b) else b
    for k in range(a + 1, b - 1):
        if toks[k].low in ("der", "dem") and toks[k - 1].tag == "NE" and _outlet_at(toks, k + 1, b):
            return k
    return b


#: Names of outlets' papers that are words too ("der Welt", "der Rheinischen Post"), after a person's name only.
_OUTLET_NAMES = frozenset({"presse", "post", "times", "welt", "rundschau", "nachrichten", "standard", "kurier"})


def _outlet_at(toks: Sequence[Tok], k: int, b: int) -> bool:
    """Does an agency or an outlet's noun or name follow from ``k`` on, after adjectives ("der spanischen Zeitung",
    "der Passauer Neuen Presse")?"""
    while k < b and (toks[k].tag == "ADJA" or (toks[k].text[:1].isupper() and toks[k].low.endswith(("er", "en")))):
        if toks[k].low.endswith(_OUTLET_ENDINGS) or toks[k].low in _OUTLET_NAMES:
            break
        k += 1
    return k < b and (toks[k].low in _AGENCIES or toks[k].low.endswith(_OUTLET_ENDINGS) or toks[k].low in _OUTLET_NAMES)


def _previous_finite(toks: Sequence[Tok], v: int) -> int | None:
    for k in range(v - 1, -1, -1):
        if toks[k].text in (":", ";") or is_boundary_mark(toks[k]):
            return None
        if is_finite(toks[k]):
            return k
    return None


def _pronoun_subject_after(toks: Sequence[Tok], v: int) -> bool:
    """ "sagte er", "so schrieb diese"; but in "Er bezeichnete sie als …" / "Er nannte diese …" the subject
    comes first and the pronoun is the object."""
    if v + 1 >= len(toks):
        return False
    after = toks[v + 1]
    nominative = after.tag in ("PPER", "PIS") and after.low in NOMINATIVE_PRONOUNS
    if not nominative and not (after.tag == "PDS" and after.low in ("diese", "dieser")):
        return False
    return after.low not in ("sie", "diese") or _subject_before(toks, _clause_start(toks, v, 0), v) is None


def auxiliary_before(toks: Sequence[Tok], k: int) -> int | None:
    """The finite auxiliary or modal of the clause that a verb at ``k`` closes ("hatte … betont", "wird … wie folgt
    zitiert"; the tagger often reads such a participle as finite); None if the clause has none."""
    for j in range(k - 1, -1, -1):
        u = toks[j]
        if u.text in ",;:" and not (j > 0 and toks[j - 1].tag == "NE"):  # "X, Volker Ratzmann, wird …"
            return None
        if u.tag in ("VAFIN", "VMFIN"):
            return j
    return None


def _object_first(
    toks: Sequence[Tok], before: tuple[int, int], v: int, n: int, stop: frozenset[str]
) -> tuple[int, int] | None:
    """The subject after the verb when the field before it holds the object: "Jegliche Mitverantwortung weist
    Hartmann von sich", "Die praktische Anwendung … stellte der SPD-Vorsitzende Franz Müntefering in Frage".
    Only a thing (its first noun no person or body that speaks, no name up to it; a name after it is its genitive:
    "Die Handlungsweise Kozulins kritisierte Milinkewitsch") before a named noun phrase right after the verb; "Die
    Polizei nannte Müller …" keeps its subject."""
    np = toks[before[0] : before[1]]
    lead = 1 if len(np) > 1 and _saxon_genitive(np[0], np[1]) else 0  # "Rapids Debakel gegen die Admira"
    head_at = next((k for k, t in enumerate(np) if k >= lead and t.tag in NOUN_TAGS), len(np))
    if any(t.tag == "NE" or t.tag in ("PPER", "PDS", "PIS", "PRELS") for t in np[lead : head_at + 1]):
        return None
    head = next((t for t in np if t.tag == "NN"), None)
    if head is None or head.low.endswith(SOURCE_NOUN_SUFFIXES) or head.low.endswith(INFO_NOUN_SUFFIXES):
        return None
    after = subject_after(toks, v, n, stop)
    if after is None or after[0] > v + 2:
        return None
    first = toks[after[0]]
    if first.tag == "NE" and after[0] + 1 < n and toks[after[0] + 1].tag.startswith("NN"):
        return None  # a name's thing ("nannte Gunnlaugssons Verhalten absurd") is the object, not a speaker
    # a name ("weist Hartmann von sich") or "der" + name ("stellte der SPD-Vorsitzende Franz Müntefering"); "die"
    # and "den" are as often the object ("dementierte die Festnahme von Milinkewitsch")
    if first.tag == "NE" or (first.low == "der" and any(t.tag == "NE" for t in toks[after[0] : after[1]])):
        return after
    if (
        first.low == "der"
        and np[0].low not in _NOMINATIVE_DETERMINERS
        and _says(toks, v)
        and _masculine_person(toks, *after)
    ):
        return after  # "Rapids Debakel … bezeichnete der 69-Jährige als …", "Die Vorwürfe wies der Minister zurück"
    return None


#: Determiners of a phrase that is the subject, not a fronted object ("Der Bericht nannte …").
_NOMINATIVE_DETERMINERS = frozenset({"der", "ein", "kein", "dieser", "jener", "jeder"})

#: Endings of feminine nouns: after "der" right behind the verb they are a dative or genitive ("sagte der Zeitung").
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ie", "ei", "in", "ik", "ur", "enz", "anz", "nis")


def _says(toks: Sequence[Tok], v: int) -> bool:
    """Whether the finite verb at ``v`` is a verb of saying, its particle at the clause end re-attached ("wies …
    zurück"): only then is the person after it read as the subject over a thing before it."""
    lemma = (toks[v].lemma or toks[v].low).lower()
    for k in range(v + 1, len(toks)):
        if toks[k].text in CLAUSE_PUNCT or toks[k].text in (".", "!", "?"):
            break
        if toks[k].tag == "PTKVZ":
            return toks[k].low + lemma in ALL_SPEECH_VERBS
    return lemma in ALL_SPEECH_VERBS


def _saxon_genitive(name: Tok, noun: Tok) -> bool:
    """A name in the genitive before its noun ("Rapids Debakel", "Merkels Vorschlag")."""
    return name.tag == "NE" and name.text.endswith("s") and noun.tag == "NN"


def _masculine_person(toks: Sequence[Tok], a: int, b: int) -> bool:
    """ "der" + a masculine person noun, a nominative ("der Minister", "der 69-Jährige", "der neue Trainer")."""
    k = a + 1
    while k < b and toks[k].tag == "ADJA":
        k += 1
    if k == b and toks[b - 1].low.endswith(("jährige", "jähriger")):
        k = b - 1  # the tagger reads a nominalised "der 69-Jährige" as an adjective
    elif k >= b or toks[k].tag != "NN":
        return False
    low = toks[k].low
    person = low.endswith((*SOURCE_NOUN_SUFFIXES, "jährige", "trainer", "coach", "kapitän", "spieler"))
    return person and not low.endswith(_FEMININE_ENDINGS)


def speaker_of_verb(toks: Sequence[Tok], v: int, stop: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Token range of the speaker of the (finite) speech verb at ``v``."""
    n = len(toks)
    if _pronoun_subject_after(toks, v):
        return v + 1, v + 2
    seg = _segment_start(toks, v)
    if seg == v and v > 1 and toks[v - 1].text == ",":
        # "Wie der Vorsitzende Richter, Ottmar Breidling, ausführte": the subject before the apposition
        opening = apposition_opening(toks, v - 1)
        inner = _segment_start(toks, opening) if opening is not None else v
        if opening is not None and inner < opening and _opens_verb_final(toks, inner, v):
            return _subject_in_subclause(toks, inner, opening)
    if v > 0 and toks[v - 1].low in ("und", "sowie", "oder"):
        prev = _previous_finite(toks, v - 1)
        if prev is not None:
            return speaker_of_verb(toks, prev, stop)
    if (
        seg < v
        and (seg > 0 or toks[0].tag == "KOUS" or toks[0].low == "wie")  # "Wie X berichtete, …" opens a sentence
        and (
            toks[seg].tag in ("KOUS", "PRELS", "PWS", "PWAV")
            or toks[seg].low == "wie"
            or (toks[seg].tag in ("APPR", "APPRART") and seg + 1 < v and toks[seg + 1].tag in ("PRELS", "PWS"))
        )
    ) or (seg == 0 < v and _opens_verb_final(toks, 0, v) and toks[0].low in AMBIGUOUS_SUBORDINATORS):
        # "Als Hongkongs Chief Executive C.Y. Leung am Sonntag sagte, dass …, meinte er …"
        return _subject_in_subclause(toks, seg, v)
    if (seg < v and seg == _clause_start(toks, v, 0)) or (seg < v and toks[seg].tag in NP_START_TAGS):
        before = _subject_before(toks, seg, v)
        if before is None:
            return _subject_after_verb(toks, v, n, stop)
        return _object_first(toks, before, v, n, stop) or before
    if seg == v:
        start = _clause_start(toks, v, 0)
        before = _subject_before(toks, start, v) or _appositive_subject(toks, start, v)
        if before is not None:
            return before
    return _subject_after_verb(toks, v, n, stop)


def _subject_after_verb(toks: Sequence[Tok], v: int, n: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The subject after the verb at ``v``; for a participle the tagger read as finite, after its auxiliary
    ("Im Vorfeld hatte das Organisationskomitee betont, …")."""
    after = subject_after(toks, v, n, stop)
    aux = auxiliary_before(toks, v) if after is None and toks[v].tag == "VVFIN" else None
    if aux is not None and toks[aux].tag == "VAFIN" and (toks[aux].lemma or "").lower() != "werden":
        return subject_after(toks, aux, v, stop)  # with "werden" the participle is a passive: no speaker
    return after


def _opens_verb_final(toks: Sequence[Tok], a: int, v: int) -> bool:
    """Whether the segment from ``a`` is a subordinate clause whose verb at ``v`` ends it ("Wie X, Y, ausführte,
    …", "Als X sagte, …"): a subordinator first, the verb followed by a comma."""
    t = toks[a]
    subordinator = t.tag in ("KOUS", "PWAV") or t.low == "wie" or t.low in AMBIGUOUS_SUBORDINATORS
    return subordinator and v + 1 < len(toks) and toks[v + 1].text == ","


def _appositive_subject(toks: Sequence[Tok], a: int, v: int) -> tuple[int, int] | None:
    """ "Kemal Bedri, Vorsitzender der Wahlkommission, begründete": a Vorfeld of a name (however tagged)
    and an apposition ending in a comma right before the verb; the apposition is the speaker."""
    if v - 1 <= a or toks[v - 1].text != "," or toks[a].tag in SUBCLAUSE_TAGS | {"APPR", "APPRART", "PROAV"}:
        return None
    if not toks[a].text[:1].isupper():
        return None
    seg = _segment_start(toks, v - 1)
    return _subject_before(toks, seg, v - 1) if seg > a else None


def passive_agent(toks: Sequence[Tok], v: int, head: int) -> tuple[int, int] | None:
    """The agent of a passive speech verb ("Es wurde von Demjanjuks Sohn die Mutmaßung geäußert", "wird von
    der Agentur Reuters mit den Worten zitiert"): the noun phrase after "von"/"vom" in its clause."""
    start = _clause_start(toks, min(v, head), 0)
    for k in range(start, max(v, head)):
        t = toks[k]
        if t.text in (",", ";", ":") or is_quote_mark(t):
            return None
        if t.low in ("von", "vom") and k + 1 < len(toks) and np_start(toks[k + 1]):
            end = np_forward(toks, k + 1, len(toks))
            return (k + 1, end) if end > k + 1 else None
    return None
