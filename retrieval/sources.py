"""Sources a reader can use: the name the article gives, never a filler.

Attribution hands over the source as written in the sentence. That is often not what a reader needs:
"eigenen Angaben" names nobody, the outlet's own name ("STANDARD") is its reporting, not a source, "demnach"
cites the source of the sentences just before, whatever it is ("dem Militär"), "er" and "der SPD-Politiker" point
back to someone the article named earlier, "dem Bericht" to the report it named, and "Stöger" is "Sozialminister
Alois Stöger" two paragraphs up. ``readable`` turns each of these into the name the article gives, or into None
("the article names no source"), looking back only within the same article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from retrieval.attribution.german import DEMONSTRATIVE_OBJECTS
from retrieval.attribution.lexicon import (
    ADVERB_CUES,
    CONTENT_NOUN_SUFFIXES,
    FINDING_NOUN_SUFFIXES,
    INFO_NOUN_SUFFIXES,
    JUDGING_VERBS,
    KONJ1_FORMS,
    KONJ2_FORMS,
)
from retrieval.attribution.speakers import epithet, person_just_before
from retrieval.constraints import is_place
from retrieval.models import Article, SentenceInfo
from retrieval.nlp import analyze, german_name

DEMONSTRATIVES = DEMONSTRATIVE_OBJECTS | {"diese"}  # "Das gab die Polizei bekannt", "Diese Angabe kommt aus …"
LOOK_BACK = 6  # sentences a pronoun or role may point back over
_FILLER_WORDS = frozenset(
    "demnach demzufolge zufolge eigenen eigener ihrer seiner ihren seinen angaben angabe darstellung aussendung "
    "informationen vernehmen the it montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
)
_POINTERS = frozenset("er sie es ihm ihr ihnen ihn die der das dieser diese he she they him her them".split())
# The speaker's own word for themselves, left as the source where neither attribution nor the answer stage
# (``said.pronoun_speaker``) resolved it ("Ich hoffe, …" with no frame): it names no one a reader can use (stop 52:
# "Quelle: Ich" was shown on a studied who-said answer once attribution stopped resolving "ich" to a wrong phrase).
_FIRST_PERSON = frozenset("ich wir man".split())
_ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen the a an".split())
# The articles that point back to someone or something named before ("der SPD-Politiker", "dem Bericht"); an
# indefinite one brings in someone new ("eine Sprecherin", "einer Umfrage"), whom the answer stage names with the body
# the article named before (``actors.spoken_for``, ``kind_named``). Stop 53, over the gnad index: 27 sentences (20
# sources) no longer read as the source named before; 14 of the 20 had named someone else ("ein Richter" as "US-
# Außenminister John Kerry", "eine Frau" as "Das soziale Netzwerk Facebook"), 2 had been right ("einer Umfrage" under
# a headline naming Crisp Research); 6 now show ``spoken_for``'s wrong body in brackets.
_DEFINITE = _ARTICLES - frozenset("ein eine einer eines einem einen a an".split())
_WORD = re.compile(r"[\w-]+")
# Nouns that name a person by office or trade ("der SPD-Politiker", "die Sprecherin", "der Pentagon-Chef"),
# as the head of a German compound; a body ("die Polizei", "das Ministerium") is a source as it stands.
_PERSON_ROLE = re.compile(
    r"(?:politiker|sprecher|chef|minister|präsident|kanzler|leiter|direktor|vorsitzende[rn]?|experte|expert|"
    r"sekretär|botschafter|bürgermeister|abgeordnete[rn]?|anwalt|anwältin|ökonom|forscher|analyst|kommissar|"
    r"beauftragte[rn]?|gouverneur|senator|general|offizier|richter|trainer|manager|gründer|autor|vater|mutter|"
    r"mann|frau|kandidat|funktionär|diplomat|ermittler|beamte[rn]?|sprecher|premier|regierungschef)(?:in(?:nen)?)?$"
)


# Documents a source may point back to with a definite article ("dem Bericht zufolge", "laut der Studie").
_DOCUMENT = re.compile(r"(?:bericht|studie|umfrage|erhebung|analyse|papier|mitteilung|aussendung|statistik)$")


def readable(source: str | None, index: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """The source of sentence ``index`` as a reader can use it (see the module docstring)."""
    if not source:
        return None
    source = trim_tail(source)
    words = _WORD.findall(source)
    lowered = [w.lower() for w in words]
    filler = any(w in _FILLER_WORDS for w in lowered) and all(w in _FILLER_WORDS or w in _ARTICLES for w in lowered)
    # "nach eigenen Angaben größten Windpark", "eigenem Bekunden": whatever the phrase ran on into, it is the
    # subject's own word, and names no one
    filler = filler or lowered[:1] in (["eigene"], ["eigenen"], ["eigener"], ["eigenem"])
    if not words or filler or _is_outlet(words, article.outlet):  # "eigenen Angaben", "den Angaben", "dem Vernehmen"
        return _cited_before(index, infos, article) if lowered[:1] in (["demnach"], ["demzufolge"]) else None
    if all(w in _POINTERS for w in lowered):
        return named_before(index, infos, article)
    if len(words) == 2 and lowered[0] in _DEFINITE and _DOCUMENT.search(lowered[1]):
        return named_before(index, infos, article) or source  # "dem Bericht": the report named before
    if not _has_name(words):
        if lowered[0] in _DEFINITE and _PERSON_ROLE.search(lowered[-1]):  # "der SPD-Politiker": named before
            if _plural(lowered):  # "die Forscher": a group, not whoever the article named last
                return _group_before(lowered[-1], index, infos) or source
            return named_before(index, infos, article) or source
        return source
    if len(words) == 1:  # a surname: the fullest form the article gives before
        return _fullest(words[0], article, infos, index) or source
    return source


# Possessives that make a source's word someone's named before ("Seinen Angaben zufolge", "nach ihrer Darstellung"),
# where "eigenen Angaben" is the subject's own.
_POSSESSIVES = frozenset("seinen seiner seinem ihren ihrer ihrem".split())


def only_pointer(source: str | None) -> bool:
    """Does a source only point back to someone named before: a pronoun ("sagt er", "so sie") or a possessive before
    a filler ("Seinen Angaben zufolge", "nach ihrer Darstellung")? ``readable`` finds them only where an earlier
    sentence has that person as its source."""
    lowered = [w.lower() for w in _WORD.findall(source or "")]
    if not lowered:
        return False
    if all(w in _POINTERS for w in lowered):
        return True
    return lowered[0] in _POSSESSIVES and all(w in _FILLER_WORDS for w in lowered)


def shown_source(index: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """The readable source of sentence ``index``: worked out at indexing (``SentenceInfo.shown``), or here for an
    index analysed before that."""
    info = infos.get(index)
    if info is None or not info.source:
        return None
    shown = (info.shown or None) if info.shown is not None else readable(info.source, index, infos, article)
    return role_named(shown, article.text) or shown if shown else None


# A name set off by commas after a role, maybe after a phrase of place or body the source left out: "sagte der
# Sondergesandte für Burundi, Ibrahima Fall, am Sonntag", "Der Vorsitzende im Repräsentantenhaus, John Boehner, gab".
_APPOSED = re.compile(
    r"(?:\s+\([^()]{0,80}\))?"
    r"(?:\s+(?:im|in|der|des|von|vom|für|beim|bei|am|an|zur|zum|aus)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*){0,2}"
    r",\s+([A-ZÄÖÜ][\w'-]+(?:\s+(?:(?:de|da|do|dos|del|la|le|van|von|der|den|di|du|al|bin|ibn)\s+)*[A-ZÄÖÜ][\w'-]+){1,3})"
    r"(?=\s*[,.;)])"
)
_APPOSITION = re.compile(r",\s+[A-ZÄÖÜ]")  # commas and a capitalised word after a role: maybe its name
_ROLE_ARTICLES = ("der", "die")
_COMPLEMENT_TAGS = frozenset({"ART", "APPR", "APPRART"})  # "des AIT", "für Burundi", "vom DLR", "im Repräsentantenhaus"


def _bare_role(source: str) -> str | None:
    """The noun of a person a source names by office, trade or epithet and no name: "der UN-Hochkommissar für
    Menschenrechte" -> "UN-Hochkommissar", "der 73-Jährige" -> "73-Jährige"; None for a name ("der Minister Hans
    Weber"), a body ("die Polizei"), a group ("die Forscher") or an apposition already given."""
    words = source.split()
    if len(words) < 2 or words[0].lower() not in _ROLE_ARTICLES or "," in source:
        return None
    k = 1
    while k < len(words) and words[k].islower() and analyze(words[k], "de")[1].startswith("ADJ"):  # "61-jährige"
        k += 1
    if k >= len(words) or words[k][:1].islower():
        return None  # no noun ("der seit vergangenen Oktober")
    if k + 1 < len(words) and analyze(words[k + 1], "de")[1] not in _COMPLEMENT_TAGS:
        return None  # a name right after the noun ("der Regisseur Hans Weber"), or no role ("der 27 Jahre junge")
    head = words[k]
    lowered = [words[0].lower(), head.lower()]
    # an office ("UN-Hochkommissar", which HanTa may tag as a name), or an epithet that is no name ("der Weber")
    person = _PERSON_ROLE.search(lowered[1]) is not None or (epithet(f"{lowered[0]} {head}") and not _has_name([head]))
    return head if person and not _plural(lowered) else None


def _apposed(text: str, at: int) -> str | None:
    m = _APPOSED.match(text, at)
    if m is None:
        return None
    name = m.group(1).split()
    if not any(analyze(w, "de")[1] == "NE" for w in name) or any(is_place(w) for w in name):
        return None
    return m.group(1)


@lru_cache(maxsize=4096)
def role_named(source: str, text: str) -> str | None:
    """The person a source that names a role and no one ("der AU-Sondergesandte für Burundi", "der
    Politikwissenschafter") stands for, where the article gives the name: in commas right after the role at each
    place it writes it ("der AU-Sondergesandte für Burundi, Ibrahima Fall"), else, for an epithet ("der 73-Jährige",
    "der US-Kultregisseur", not an office that may be someone else's: "der Sprecher"), the one person the
    sentences just before name in full ("Quentin Tarantino"). None when the article gives no name, or not one name
    at every place it writes the source. Worked out when answering: an index needs no new analysis for it."""
    head = _bare_role(source)
    if head is None:
        return None
    places = [m.start() for m in re.finditer(re.escape(source) + r"(?![\w-])", text)]
    apposed = {name for at in places if (name := _apposed(text, at + len(source)))}
    if apposed:
        return f"{source}, {apposed.pop()}" if len(apposed) == 1 else None
    # "der 73-Jährige", "Der Schlafhistoriker"; not "der Vertreter der Finanz", which may stand for someone else's
    if not places or not epithet(source[:1].lower() + source[1:]):
        return None
    # a name after the role the pattern does not read ("der Sprecher, Abu Ali al-Masri,") is not the person before
    before = {None if _APPOSITION.match(text, at + len(source)) else person_just_before(text, at) for at in places}
    return before.pop() if len(before) == 1 else None


# A body or document a source names by its kind alone ("das Krankenhaus", "dem Ministerium", "die Behörde").
_BY_KIND = re.compile(r"(der|die|das|dem|den|des)\s+([A-ZÄÖÜ][a-zäöüß]+)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def body_named(source: str, text: str) -> str | None:
    """The compound a source that names a body by its kind alone stands for, where the article wrote it in full
    before: "das Krankenhaus" after "des Kinderkrankenhauses von Philadelphia" -> "Kinderkrankenhaus", "das
    Ministerium" after "das Bildungsministerium" -> "Bildungsministerium" (``actors.kind_named`` shows it beside the
    source's own words, for kinds its table does not know). News names a body once in full and then by its kind; a
    reader (and a question: "laut Bildungsministerium") needs the full name. None for a person's role
    (``_PERSON_ROLE``: "der Sprecher" may be anyone's), when the article writes no such compound before the source's
    first place, or more than one ("Bildungs-" and "Innenministerium"); one right after an indefinite article brings
    in something new ("in eine Billigairline"); not after a capitalised adjective (``_NAME_ADJECTIVE``). Stop 53: read
    as the source shown it named 42 sources of the gnad index anew (26 distinct in 23 articles), 25 of 26 right, 23 of
    them ministries ``kind_named`` already named; it now only adds, beside the words, what that table does not know
    (studied: +1, dev103-003 "das Krankenhaus (Kinderkrankenhaus)")."""
    m = _BY_KIND.fullmatch(source)
    if m is None or _PERSON_ROLE.search(m.group(2).lower()):
        return None
    first = text.find(source)
    head = m.group(2).lower()
    compound = re.compile(
        r"(?<!\b[Ee]in )(?<!\b[Ee]ine )(?<![Ee]ine[mnrs] )\b([A-ZÄÖÜ][\w-]*?" + re.escape(head) + r")(?:e?s|e?n)?\b"
    )
    found = {
        c.group(1)
        for c in compound.finditer(text[: max(first, 0)])
        if len(c.group(1)) > len(head) and not _NAME_ADJECTIVE.search(text, 0, c.start())
    }
    return found.pop() if len(found) == 1 else None


# A capitalised adjective right before a compound makes it part of a body's proper name ("der Europäischen
# Zentralbank", "Berliner Tageszeitung"), which the article goes on to call by its initials; "die Bank" after it is
# more often another one (gnad-000077: Unicredit).
_NAME_ADJECTIVE = re.compile(
    r"(?<![\w-])(?!(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einer|Eines|Einem|Einen)\s)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+$"
)


REPORTED_AFTER = frozenset({"indirect", "according_to"})


def reported_after(index: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """The source of the sentence after ``index`` when it reports ("…, berichtete das Staatsfernsehen",
    "Wie X mitteilte, …"): news gives the fact first and who reported it next ("Bei einem Bootsunglück kam eine
    Frau ums Leben. Vier weitere werden vermisst, berichtete das griechische Staatsfernsehen."). A source named by a
    preposition ("Laut Polizei scherten etwa 300 Demonstranten aus", "Nach Angaben des UNHCR …", "Insidern zufolge
    fordern die Gläubiger …", "Jetzt bringt Apple laut Medienberichten …") names it for its own clause, wherever it
    stands, not for the sentence before, unless that sentence lies inside a run of the same source's report
    (``runs_through``). Stop 52: such a phrase inside a sentence reported the one before for 64 unsourced figure
    sentences of the gnad index that now take another source or none ("In Messina wurden sechs mutmaßliche Schlepper
    festgenommen." as "Schätzungen", from "In diesem Jahr haben Schätzungen zufolge …"); of a seeded sample of 20,
    15 better, 3 neither, 2 worse; lost right ones are data named after a run of its figures ("…, bei 25 Prozent der
    Programmierinnen … . Zuletzt waren laut der Untersuchung …"). Studied answers: +0 −0, 3 changed."""
    after = infos.get(index + 1)
    if after is None or after.how not in REPORTED_AFTER:
        return None
    cue = (after.cue or "").split()
    if after.how == "according_to" and cue and cue[0][:1].isupper():  # the cue as written opens the sentence
        return None
    source = shown_source(index + 1, infos, article)
    if after.how == "according_to" and cue and cue[0] in _OWN_CLAUSE_CUES and not runs_through(source, index, infos):
        return None  # a preposition binds the source to its own clause
    return source


# Verbs (lemmas) with which a person gives their own words, a view or a memory ("sagt Trummer", "meinte Präsident
# Reinisch", "erzählt Wright", "so Malmström"), not those with which a body makes a fact public ("teilte … mit",
# "berichtete", "bestätigte"), which report the sentence before as often as their own.
_OWN_SAYING = frozenset(
    "sagen meinen betonen erzählen scherzen erinnern versichern vermuten wissen erklären schreiben posten ergänzen "
    "warnen kritisieren glauben finden so".split()
)
# Officials whose words report an event or a case: spokespeople, police, courts, prosecutors ("sagte Andreas Huber,
# Sprecher der Wiener Berufsrettung", "sagte der örtliche Polizeichef", "sagte Staatsanwalt Witold Franke").
_OFFICIAL = re.compile(r"sprecher|polizei|(?<!be)richter|staatsanwalt", re.IGNORECASE)  # not "Berichterstatter"
# A figure someone estimates ("Im Burgenland dürfte es … rund 20 Prozent Fünfer gegeben haben"): theirs, reported.
_ESTIMATE = re.compile(r"\bdürften?\b")


def speaks_for_self(before: str, after: str, cue: str | None, source: str) -> bool:
    """Does the sentence ``after`` give a person's own statement, a view, a memory or a comment ("Das Ende der
    KUB-Arena sei keine Sparmaßnahme, sagt Werner Döring"; "Es ist eine große Erleichterung, sagte der Franzose"),
    rather than report the reporter's sentence ``before`` it ("Die ersten beiden Projekte werden von … gestaltet.")?
    So when the verb is one of a person's own words (``_OWN_SAYING``), the source names a person (by name, epithet or
    role) who is no official reporting a case (``_OFFICIAL``), and the sentence before is not itself in reported
    speech, the first person or an estimate (those are the person's, the next sentence goes on with them). Stop 53:
    over the gnad index, ``Answerer._reported_after`` gave 58 unsourced figure sentences such a next sentence's
    source (of its 213 fires); all read: 35 the reporter's narration, background or a result the person then
    comments on (Pavese on Vittorini's novel, a skier on her podium, Cazeneuve on the ban his government made), 1
    the person's own run (a school board president's figures "im Vorjahr" after his estimate), 22 debatable (an
    expert's or a director's field the sentence before describes). 52 now show none, 6 another step's source (the
    poll "APA/OGM-Vertrauensindex" for its own figures, the survey for its 73 per cent)."""
    head = next(iter((cue or "").split()), "")  # the cue's verb, or "so" ("so Malmström")
    verb = head if head in ("", "so") else analyze(head, "de")[0].lower()
    if verb not in _OWN_SAYING or _OFFICIAL.search(f"{source} {after}") or _is_body(source) or names_data(source):
        return False
    words = _WORD.findall(source)
    person = _personal_name(source) or epithet(source[:1].lower() + source[1:]) or _one_named(source)
    if not (person or any(_PERSON_ROLE.search(w.lower()) for w in words)):
        return False
    theirs = _reported(before) or FIRST_PERSON.search(before) is not None or _ESTIMATE.search(before) is not None
    return not theirs


def runs_through(source: str | None, index: int, infos: dict[int, SentenceInfo]) -> bool:
    """Is a sentence inside a run of ``source``'s report: does one of the ``RUN_BACK`` sentences before it have that
    source ("…, hebt Hoekstra hervor. Einerseits nehme … . … Rund eine halbe Million Menschen sind … betroffen, …
    Was das bedeutet, hängt laut Hoekstra … ab")?"""
    back = range(index - 1, max(-1, index - 1 - RUN_BACK), -1)
    return source is not None and any(
        (info := infos.get(k)) is not None and bool(info.source) and _related(source, info.source or "") for k in back
    )


RUN_BACK = 3  # sentences before a figure that may be of the report a later "laut X" names


_OWN_CLAUSE_CUES = frozenset({"laut", "lt.", "nach", "zufolge", "gemäß", "wonach"})  # not "demnach", which points back


# Nouns that name data or a document, as the head of a German compound ("Neue Zahlen des Finanzministeriums",
# "parlamentarischen Anfragebeantwortungen des Innenministeriums", "der Studie PwC Global Economic Crime Survey");
# not people whose noun ends in the letters of "Daten" ("Ansicht der Todeskandidaten", "Soldaten", "Mandaten": 8
# sources of the gnad index, among them "Präsidentschaftskandidaten Norbert Hofer", read as data before stop 49).
_DATA = re.compile(
    r"(?:zahlen|(?<!sol)(?<!kandi)(?<!man)daten|studie|umfrage|erhebung|bericht|analyse|statistik|auswertung|"
    r"anfragebeantwortung|survey|prognose|schätzung|berechnung|report|untersuchung)(?:en|n|e|s)?$"
)
DATA_RUN = 3  # sentences of its paragraph the data a sentence names may go on to give


def names_data(source: str) -> bool:
    """Does a source name data or a document (not a person or body speaking)?"""
    return any(_DATA.search(w.lower()) for w in _WORD.findall(source))


# "Wie PwC am Donnerstag schrieb, …", "…, teilte die Statistik Austria mit": a body making its figures public.
_PUBLISHING = re.compile(r"(?:wie\s+)?(?:teilte|mitteilte|berichtete|veröffentlichte|schrieb|gab bekannt|bekanntgab)\b")


def _is_body(source: str) -> bool:
    """ "die Statistik Austria", "die internationale … Beratungsgesellschaft PwC": a body named with its article,
    not a person ("Hans Müller", "der Sprecher der Polizei", "der Serbe": an epithet). With epithets read as persons,
    ``lead_report`` gave 19 sentences of the gnad index another source (none): 18 right ("der Künstler", "der Segler",
    "der Serbe" were no report's body), 1 wrong (the newspaper "der Kurier", which ``epithet`` reads as a person)."""
    words = [w.lower() for w in _WORD.findall(source)]
    person = any(_PERSON_ROLE.search(w) for w in words) or epithet(source[:1].lower() + source[1:])
    person = person or _one_named(source)  # "die von der ÖVP geschasste Bezirksvorsteherin"
    return bool(words) and words[0] in _ARTICLES and not person


_AS_EPITHET = {"der": "der", "die": "die", "ein": "der", "eine": "die"}  # the article ``epithet`` reads a noun with
_AGED = re.compile(r"\d+-Jährigen?")  # "Der 34-Jährige Frodeno": tagged an adjective, read as the person


def _one_named(source: str) -> bool:
    """Does a noun of a source, read with the source's own article, name one person ("die von der ÖVP geschasste
    Bezirksvorsteherin", "Der 34-Jährige Frodeno", "ein Reuters-Reporter"), where ``epithet`` cannot read the whole
    (words before the noun, a name after it)? Not a noun after a genitive ("der Beantwortung einer … Anfrage") or a
    number ("der 27 Jahre junge …"). Stop 52: over the gnad index, ``lead_report`` carried such a person onto 16
    unsourced figure sentences of their articles, all of them the reporter's own statements ("Der Kostenbeitrag für
    die Kandidatur im Bezirk beträgt 72,67 Euro." after "…, wird die von der ÖVP geschasste Bezirksvorsteherin …
    bekanntgeben, ob …"); with the rule, none (16 of 16 read right)."""
    words = _WORD.findall(source)
    article = _AS_EPITHET.get(words[0].lower()) if words else None
    if article is None:
        return False
    tags = [analyze(w, "de")[1] for w in words]
    for i in range(1, len(words)):
        if tags[i] == "ART" and "NN" in tags[1:i]:
            return False  # a genitive after the head noun ("der Beantwortung einer … Anfrage")
        noun = tags[i] == "NN" or _AGED.fullmatch(words[i]) is not None
        if noun and tags[i - 1] != "CARD" and epithet(f"{article} {words[i]}"):
            return True  # not a measure ("der 27 Jahre junge …")
    return False


def _publishes(info: SentenceInfo) -> bool:
    """Does a sentence tell that its source made something public, with or without the words ("…, teilte die
    Statistik Austria mit", "berichtete die Kommission über ihre Tätigkeit")?"""
    return (
        info.how in ("indirect", "according_to", "reported")
        and bool(info.cue)
        and _PUBLISHING.match(info.cue or "") is not None
    )


def _with_figures(index: int, infos: dict[int, SentenceInfo]) -> bool:
    """Does the sentence at ``index`` give figures, or the one before it that it reports too: one of the same source
    ("… 15,2 Prozent … . Das teilte die Behörde mit.") or of none ("Die Inflationsrate hat 0,7 Prozent betragen. …,
    teilte die Statistik Austria mit.")?"""
    info, before = infos.get(index), infos.get(index - 1)
    if info is None:
        return False
    reported = before is not None and before.source in (None, info.source)
    return bool(info.figures) or (reported and before is not None and bool(before.figures))


# Konjunktiv I and II forms and "sollte(n)", the reported future: the words of reported speech.
REPORTED_FORMS = KONJ1_FORMS | KONJ2_FORMS | {"sollte", "sollten"}


def _reported(sentence: str) -> bool:
    """Is a sentence in reported speech ("Bis 2020 sollten es mehr sein", "Die Kosten seien gestiegen")?"""
    return bool(set(_WORD.findall(sentence)) & REPORTED_FORMS)


def data_before(
    index: int, start: int, infos: dict[int, SentenceInfo], article: Article, spans: dict[int, tuple[int, int]]
) -> str | None:
    """The data or document whose figures an unsourced sentence goes on to give: the source of an earlier sentence
    of its paragraph that names data ("Neue Zahlen des Finanzministeriums zeigen nun, dass sich dieser Trend …
    verstärkt hat. Bei der kleinen Pendlerpauschale gab es 2008 noch 47,4 Prozent …"; "Das geht aus
    parlamentarischen Anfragebeantwortungen des Innenministeriums hervor. … Im Burgenland nahmen die Straftaten …
    zu."). News names the study once and then reports its figures in the indicative. Someone else's words in
    between (a sentence with another source) end that run, and so does a paragraph break. A body that made
    something public starts such a run only with figures of its own ("Wie PwC schrieb, wurden … 51 Prozent …",
    "Der Anteil … ist mit 15,2 Prozent … gesunken. Das teilte die Behörde … mit."): after "James Murdoch wird den
    Aufsichtsrat führen, wie das Unternehmen mitteilte" the share the family holds is background the article gives
    in its own name, unless it goes on in reported speech ("Es sollte alles getan werden, …"). ``spans``: the
    offsets of the sentences before ``index`` (and of ``index`` itself, for its words)."""
    own = article.text[start : spans[index][1]] if index in spans else ""
    if told_before(own):
        return None
    for i in range(index - 1, max(-1, index - 1 - DATA_RUN), -1):
        if i not in spans or "\n" in article.text[spans[i][1] : start]:
            return None
        info = infos.get(i)
        if info is None or not info.source:
            continue
        shown = shown_source(i, infos, article)  # "der Umfrage" may read as the person named before it
        if shown and names_data(shown) and _only_when(infos.get(index)):
            return None
        if shown and _publishes(info) and _is_body(info.source):  # a body made these figures public
            return shown if _with_figures(i, infos) or _reported(own) else None
        return shown if names_data(info.source) and shown and names_data(shown) else None
    return None


# Figure kinds that tell when something happened or how old someone is, not what data count or measure.
_WHEN_KINDS = frozenset({"date", "year", "time", "age"})


def _only_when(info: SentenceInfo | None) -> bool:
    """Are all the figures of a sentence dates, years, times or ages ("Der … Bürgerkrieg endete im Mai 2009", "Als
    Goodfellas 1990 unter der Regie des damals 48-jährigen Martin Scorsese in die Kinos kam, …")? Such a sentence
    after one that names a study, a poll or a report tells when something happened in the reporter's own words, not a
    figure of the data: ``data_before`` gives it none. A body that made its figures public goes on giving them
    ("Der 23-Jährige wurde festgenommen." after the police's release). Stop 53: over the gnad index it fires on 8 of
    the 104 sentences ``data_before`` gave a source: 3 right (a Champions League semi-final of 2010 is no statistic's),
    2 debatable (a suspect's birth year after "französischen Medienberichten"), 1 wrong (a BAT analysis's "seit 2010"),
    2 where ``lead_report`` then gives the same report."""
    return info is not None and bool(info.figures) and all(f.kind in _WHEN_KINDS for f in info.figures)


LEAD = 5  # the headline, the lead and the first sentences of the body: where news says whose report it tells

# Data or a document named with whose it is, in the words of a lead: a compound with the name before its hyphen
# ("An der Spitze der OECD-Auswertung", "im APA/OGM-Vertrauensindex") or a genitive after it ("Das sind Ergebnisse
# der vorläufigen Bevölkerungserhebung der Statistik Austria").
_OWNED_DATA = re.compile(
    r"(?P<compound>(?P<owner>[A-ZÄÖÜ][\w/]*)-(?:[\w]+-)*(?P<head>[A-ZÄÖÜ][\w]+))"
    r"|(?P<noun>[A-ZÄÖÜ][\w-]*)(?=\s+(?:des|der)\s+(?P<whose>(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3}))"
)


# The nouns attribution reads as a finding or a report ("Wie eine Studie ergab", "nach Angaben der Polizei").
_FINDINGS = tuple(FINDING_NOUN_SUFFIXES) + tuple(INFO_NOUN_SUFFIXES)


def _owned_data(sentence: str, measures: tuple[str, ...]) -> str | None:
    """The first data or document a sentence names with whose it is ("OECD-Auswertung", "Bevölkerungserhebung der
    Statistik Austria", "So eine Vorhersage des US-Forschungsinstitutes Population Reference Bureau"): a noun that
    ``names_data``, that attribution reads as a finding or a report, or that ends in one of ``measures``
    ("Vertrauensindex"), its owner an acronym or a name."""
    for m in _OWNED_DATA.finditer(sentence):
        noun = m.group("head") if m.group("compound") else m.group("noun")
        if not (names_data(noun) or noun.lower().endswith((*_FINDINGS, *measures))) or _viewpoint(noun):
            continue
        if m.group("compound"):
            owner = m.group("owner").split("/")[-1]
            if owner.isupper() or _is_named(owner):
                return m.group("compound")
        elif any(w.isupper() or _is_named(w) for w in _WORD.findall(m.group("whose"))):
            return f"{noun} {sentence[m.end() :].split(maxsplit=1)[0]} {m.group('whose')}"
    return None


def _viewpoint(noun: str) -> bool:
    """Does a noun end in "-sicht": a standpoint ("aus ÖTV-Sicht") or an office ("die EZB-Bankenaufsicht", "die
    Aufsicht der ÖVAG"), which attribution reads as information ("nach Sicht der Polizei") but which publishes no
    figures? Not someone's "Ansicht", which may ("nach Rechtsansicht der Bezirkshauptmannschaft": the fine it sets).
    Stop 52: over the gnad index, ``lead_report`` and ``released_before`` took such a noun as the report of 13 later
    figure sentences ("Rund 8,6 Mrd. davon werden ihr von der ÖVAG übertragen." shown as "Aufsicht der ÖVAG"), all
    wrong; with the rule, none."""
    return noun.lower().endswith("sicht") and not noun.lower().endswith("ansicht")


def _reporting_body(info: SentenceInfo) -> bool:
    """Is a sentence's source a body or data reporting, not a person: data or a document ("der Studie"), a body named
    with its article ("der Rechnungshof stellte fest"), or one named after "laut"/"nach Angaben" by more than a bare
    name ("laut Bank Austria", not "laut Schulz"); never a role ("OGM-Chef Wolfgang Bachmayer"), a pointer, a filler
    ("nach jüngsten Angaben"), a verb that judges ("kritisierte der Initiator") or a sentence that only tells what
    someone did or demanded ("Die Staatsanwaltschaft fordert für ihn 27 Jahre Haft": ``how`` "reported")."""
    source = info.source or ""
    words = _WORD.findall(source)
    if not words or only_pointer(source) or any(_PERSON_ROLE.search(w.lower()) for w in words):
        return False
    if info.how not in REPORTED_AFTER or all(w.lower() in _FILLER_WORDS for w in words if w[:1].isupper()):
        return False
    if info.cue and analyze(info.cue.split()[0], "de")[0].lower() in JUDGING_VERBS:
        return False
    if usable(source) is None:  # a fragment ("der seit vergangenen Oktober"): whatever reports, it names no one
        return False
    if _personal_name(source) or _one_named(source):
        return False
    return names_data(source) or _is_body(source) or (info.how == "according_to" and len(words) > 1)


def _personal_name(source: str) -> bool:
    """Does a source name a person by name: two names in a row ("SFU-Rektor Alfred Pritz") or one set off by a comma
    after a role the role pattern does not read ("der Chefunterhändler der Regierung, Humberto de la Calle")? A body's
    name has one at most ("Bank Austria")."""
    words = _WORD.findall(source)
    names = [w[:1].isupper() and analyze(w, "de")[1] == "NE" for w in words]
    apposed = re.search(r",\s+([A-ZÄÖÜ][\w-]*)", source)
    return any(a and b for a, b in pairwise(names)) or bool(apposed and analyze(apposed.group(1), "de")[1] == "NE")


def _related(one: str, other: str) -> bool:
    """Do two sources share a name or the stem of one ("Bank-Austria-Ökonom Walter Pudschedl" and "Bank Austria",
    "Polizeisprecher Roman Hahsli" and "die Polizei")?"""
    a = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", one) if w[:1].isupper()}
    b = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", other) if w[:1].isupper()}
    a, b = a - _FILLER_WORDS, b - _FILLER_WORDS
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _other_source(info: SentenceInfo | None, found: str) -> bool:
    """Does a sentence between the lead and a figure give the words of someone else, named by name or role ("…, sagte
    ein Untersuchungsrichter")? Not one the index names no one for, a pointer or a possessive role ("sein Kollege
    Stefan Bruckbauer": one of the same side), a carry, or a sentence that tells what someone did or counted."""
    if info is None or not info.source or info.shown == "" or info.how not in REPORTED_AFTER:
        return False
    words = _WORD.findall(info.shown or info.source)
    if not words or only_pointer(info.source) or words[0].lower() in _POSSESSIVE_DETERMINERS | ADVERB_CUES:
        return False
    someone = any(_PERSON_ROLE.search(w.lower()) or w.isupper() or analyze(w, "de")[1] == "NE" for w in words)
    return someone and not _related(" ".join(words), found)


def _run_goes_on(found: str, lead: int, index: int, infos: dict[int, SentenceInfo]) -> bool:
    """Does the run of the report a lead sentence (``lead``) names go on to the figure sentence at ``index``: no
    sentence since the report was last named (its own source, or one related: "nach Polizeiangaben" after "die
    Polizei") gives another body's report ("… nach einer vorläufigen Bilanz … . Vier weitere werden noch vermisst,
    berichtete das griechische Staatsfernsehen.": Anadolu's report of the lead has ended)?"""
    for k in range(index - 1, lead, -1):
        info = infos.get(k)
        if info is not None and info.source and _related(info.source, found):
            return True
        if info is not None and _other_body(info, found):
            return False
    return True


# Words by which an article names a body or document it has named before, by its kind ("das Ministerium" for "das
# deutsche Wirtschaftsministerium", "nach Darstellung der Behörde" for the police, "laut Gutachten"), a finding of it
# ("nach ersten Erkenntnissen", "nach monatelangen Ermittlungen"), or a share of a survey's answers ("die Hälfte der
# Führungskräfte"): none of them is another body's report.
_BODY_KINDS = re.compile(
    r"(?:behörden?|ministeriums?|unternehmens?|konzerns?|firma|gesellschaft|institut|instituts|agentur|amt|amtes|"
    r"gutachtens?|dokuments?|papiers?|schreibens?|senders?|aussendung)$"
)
_SHARE = re.compile(r"hälfte|mehrheit|drittel|viertel|großteil|prozent|teil")  # "die Hälfte der Führungskräfte"
_BACK_ANGABEN = re.compile(r"\b(?:den|diesen)\s+Angaben\b")  # "den Angaben zufolge": the source before


def _other_body(info: SentenceInfo, found: str) -> bool:
    """Is a sentence's source another body or data reporting (``_reporting_body``) than the lead's report ``found``:
    one named by more than its kind or a finding (``_BODY_KINDS``, ``_FINDINGS``, ``names_data``), and not "den
    Angaben zufolge", which points back? ``_other_source`` reads persons only. Stop 52: with bodies too, ``lead_report``
    carries a lead's report onto 15 fewer unsourced figure sentences of the gnad index (374 -> 359), all read: 13 right
    (Xinhua is no source of "Warmbier ist einer von insgesamt drei in Nordkorea festgehaltenen Nordamerikanern", which
    follows a run of "nordkoreanische Staatsmedien"), 1 neither, 1 wrong (the doctor named by his name,
    "laut Bornstein", after "nach Bekunden seines Arztes"). Studied answers: +0 −0, one near-miss note changed."""
    source = info.source or ""
    if not _reporting_body(info) or _BACK_ANGABEN.search(source) or _related(source, found):
        return False
    named = _named_words(source)
    if not _named_words(found) or (named and _SHARE.fullmatch(named[0])):
        return False  # a report named by its kind may be the body named later; a share of a survey's answers
    return bool(named)


def _named_words(source: str) -> list[str]:
    """The words of a source that name a body beyond its kind or a finding, lowercased ("küstenwache", not
    "behörde", "gutachten" or "erkenntnissen")."""
    words = [w.lower() for w in _WORD.findall(source) if w[:1].isupper()]
    words = [w for w in words if w not in _FILLER_WORDS and w not in _ARTICLES]  # "Die Hälfte …" opening a sentence
    return [w for w in words if not (_BODY_KINDS.search(w) or w.endswith(_FINDINGS) or names_data(w))]


_POSSESSIVE_DETERMINERS = _POSSESSIVES | {"sein", "seine", "ihr", "ihre"}


def _points_back(sentence: str) -> bool:
    """Does a sentence open with a demonstrative standing for what went before, its verb right after it or after
    its noun ("Das gab die Polizei am Freitag bekannt", "Diese Angabe kommt aus dem Innenministerium"), not with an
    article ("Das finnische Unternehmen hatte …")?"""
    words = [w.strip(",.;:") for w in sentence.split()[:3]]
    if len(words) < 2 or words[0].lower() not in DEMONSTRATIVES:
        return False
    verb = 2 if words[0].lower() == "diese" else 1  # "Diese" stands before its noun, "Das"/"Dies" alone
    return len(words) > verb and analyze(words[verb], "de")[1].startswith("V")


def lead_report(
    index: int,
    text: str,
    infos: dict[int, SentenceInfo],
    article: Article,
    spans: dict[int, tuple[int, int]],
    measures: tuple[str, ...] = (),
) -> str | None:
    """The body or data whose report an article tells, for a sentence with a figure and no source of its own: the
    first that its headline, lead or first sentences of the body (``LEAD``) name as reporting ("Die Öffnung … hat
    sich laut Bank Austria … ausgewirkt", "An der Spitze der OECD-Auswertung liegt Südkorea", "Das sind Ergebnisse
    der … Bevölkerungserhebung der Statistik Austria"), for a sentence after it in the indicative: news names the
    study, release or press talk once and goes on giving its figures in its own words ("Seit 2011 stieg das
    Arbeitskräfteangebot in Österreich um fast 8 Prozent"). A sentence before it only where it points back with a
    demonstrative and nothing between names another source ("Wiener Kriminalisten haben Falschgeld im Nennwert
    von beinahe 300.000 Euro sichergestellt. … Das gab die Polizei am Freitag bekannt."). A sentence after it where
    no one else's words come between (``_other_source``), nor another body's report since the lead's was last named
    (``_run_goes_on``: the article has gone on to someone else's figures). Not for words in the first
    person or Konjunktiv I (``text``, the sentence's words: someone's own), in the pluperfect (``told_before``),
    stating a standing fact since a year or over decades (``standing_fact``), saying how things usually are
    (``habitual``) or a body's standing size or ownership (``profile``), an article's byline (``_BYLINE``), or, under
    a report that names no data, dated years before the article's time (``_long_before``) or told after the article
    has turned to background (``_turns_to_background``).
    ``spans``: offsets of the sentences ``0 .. LEAD - 1`` and of those before ``index`` (the background between is
    read only where given)."""
    if (
        infos.get(index, SentenceInfo()).source
        or _reported_speech(text)
        or told_before(text)
        or standing_fact(text)
        or habitual(text)
        or profile(text)
        or _BYLINE.fullmatch(text.strip())
    ):
        return None
    for i in range(min(LEAD, max(spans, default=-1) + 1)):
        if i == index or i not in spans:
            continue
        info = infos.get(i)
        words = article.text[spans[i][0] : spans[i][1]]
        found = None
        if info is not None and info.source and _reporting_body(info):
            found = shown_source(i, infos, article)  # a role may read as the person the article names
            found = None if found and _personal_name(found) else found
        if found is None:
            found = _owned_data(words, measures)
        if not found:
            continue
        if not names_data(found) and _long_before(text, article.text):
            return None  # an event report's lead: a sentence dated years before is the reporter's history
        if i < index:  # someone else's words in between end the run of the report's figures
            if any(_other_source(infos.get(k), found) for k in range(i + 1, index)):
                return None
            if not names_data(found) and _turns_to_background(found, i, index, infos, article, spans):
                return None
            return found if _run_goes_on(found, i, index, infos) else None
        own = info.source if info is not None else None
        for k in range(i, min(LEAD, max(spans) + 1)):
            after = infos.get(k)
            if k != i and (after is None or not after.source or k not in spans):
                continue
            if k != i and after is not None and after.source != own:
                return None  # another source comes between
            if _points_back(article.text[spans[k][0] : spans[k][1]]):
                return found
        return None
    return None


def _turns_to_background(
    found: str,
    lead: int,
    index: int,
    infos: dict[int, SentenceInfo],
    article: Article,
    spans: dict[int, tuple[int, int]],
) -> bool:
    """Has an article turned from the event a lead's body reports to background in the reporter's own words between
    the report (``lead``) and a figure sentence (``index``): a sentence between, sourced to no one and in no one's
    words, that states a standing state since a year (``standing_fact``, not a record: "die längste Negativserie
    seit 2008" measures the report's figure) or tells history years before (``_long_before``)? News tells the
    body's report first, then the context it knows itself ("… wie das russische Raumfahrt-Kontrollzentrum mitteilte.
    Die ISS ist seit November 1998 im Dienst. … Für eine komplette Erdumrundung braucht sie … etwas mehr als 90
    Minuten"); the figures after such a turn are the reporter's, not the body's. The pluperfect alone turns nothing:
    "Ökonomen hatten mit einem Anstieg von 0,5 Prozent gerechnet" compares the report's figure with what was
    expected. A sentence that names the report again ("Im Stabilitätsprogramm schlüsselt das Finanzministerium …
    auf") goes back to it: only what comes after the last one counts. Only sentences ``spans`` holds are read. Stop 55:
    ``lead_report`` carried its lead's report onto 22 such gnad figure sentences (of 456), none now, all read: 17 right
    (the ISS's orbit and history under the control centre's lap count, past winning bids under "laut US-Medien"), 3
    neither, 2 wrong (the Qassam brigades' camps after a clause on Hamas "seit 2007"; a stability programme that names
    years ahead). Studied answers: +2 −0 (dev88-019, dev104-003)."""
    named = set(_named_words(found))
    for k in range(index - 1, lead, -1):
        if k not in spans:
            continue
        sentence = article.text[spans[k][0] : spans[k][1]]
        if named & {w.lower() for w in _WORD.findall(sentence)}:
            return False
        info = infos.get(k)
        if (info is not None and info.source) or _reported_speech(sentence) or _RECORD.search(sentence):
            continue
        if standing_fact(sentence) or _long_before(sentence, article.text):
            return True
    return False


# A record a figure sets since a year ("die längste Negativserie seit 2008", "erstmals seit 2009", "den millionsten
# Besucher im Parlament seit 2005"): a report's comparison, no background of the reporter's.
_RECORD = re.compile(
    r"\b(?:erstmals|ersten\s+Mal|(?:der|die|das|den|dem|des|zum|am)\s+[a-zäöüß]+ste[nmrs]?(?:\s+\w+){0,3})\s+seit\b"
)


# An article's closing byline, its author or agency and date ("(APA, 16.10.2015)", "(Michael Bauer, 20.8.2015)"): the
# outlet's, no figure of the report. Stop 53: ``lead_report`` gave 4 of the 36 of the gnad index a lead's source.
_BYLINE = re.compile(r"\((?:[^()]*,\s*)?\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)")
_YEAR = re.compile(r"(?<![\d.,/-])(?:1[89]|20)\d\d(?![\d.,/]\d)")
_AHEAD = re.compile(r"\b(?:für|bis|ab|nach|zum|Jahr)\s+(?:Ende\s+)?$")  # "für 2017", "bis 2050", "im Jahr 2050"
LONG_BEFORE = 2  # years before the article's latest year that date a sentence as history


def _years(text: str, ahead: bool = True) -> list[int]:
    """The years a text names; without those it looks ahead to (``_AHEAD``) unless ``ahead``."""
    return [
        int(m.group())
        for m in _YEAR.finditer(text)
        if ahead or _AHEAD.search(text[max(0, m.start() - 12) : m.start()]) is None
    ]


def _long_before(sentence: str, article: str) -> bool:
    """Is a sentence dated ``LONG_BEFORE`` years or more before the latest year its article names, not one it looks
    ahead to ("Sie wurden 1995 als oppositionelle Gruppe … gegründet", "Wałęsa war … von 1990 bis 1995 erster …
    Präsident Polens" in news of 2014 and 2010): history the reporter tells, not the event a body reports? Not a
    figure compared with ("noch": "Im Jahr 2013 hatte der Schaden noch … ausgemacht"). Stop 53: under leads that name
    no data (a report of data compares years: "Auf Rang zehn folgen … die USA … (Daten aus dem Jahr 2013)"),
    ``lead_report`` carried its lead's report onto 13 such gnad figure sentences, none now: 10 right (a biography of
    Milena Jesenská under "Dokumente der Kafka-Geliebten"), 2 debatable (the charges and first verdict of a trial
    under the Supreme Court's ruling), 1 wrong (an ambassador's claim on 1939 in the indicative)."""
    if "noch" in _WORD.findall(sentence) or not (own := _years(sentence)):
        return False
    latest = max(_years(article, ahead=False), default=0)
    return max(own) <= latest - LONG_BEFORE


RELEASE_RUN = 5  # sentences of its paragraph a released study or result may go on to give the figures of

# Verbs by which a body makes a study or result public without giving words of its own ("Vor kurzem hat die Statistik
# Austria eine Studie … präsentiert", "Am Mittwochnachmittag veröffentlichte die Stadtwahlbehörde das Endergebnis").
_RELEASING = re.compile(
    r"\b(?:veröffentlich|präsentier|publizier)\w*|\bvorgelegt\b|\bvorgestellt\b"
    r"|\b(?:legte|legten|stellte|stellten)\b[^.]*\bvor\W*$"
)


def _releases(sentence: str) -> bool:
    """Does a sentence tell that a study, result or forecast was made public ("veröffentlichte … das Amtliche
    Endergebnis"): a verb of releasing and a noun of data or findings?"""
    if _RELEASING.search(sentence) is None:
        return False
    return any(names_data(w) or w.lower().endswith(_FINDINGS) for w in _WORD.findall(sentence) if w[:1].isupper())


def released_before(
    index: int,
    text: str,
    infos: dict[int, SentenceInfo],
    article: Article,
    spans: dict[int, tuple[int, int]],
    named: Callable[[str], str | None],
    measures: tuple[str, ...] = (),
) -> str | None:
    """The body or data whose release an unsourced sentence goes on to give the figures of, further into the
    paragraph than ``data_before`` reads: an earlier sentence of the paragraph, up to ``RELEASE_RUN`` back, that
    tells a body released a study or result (``named`` reads the body: "Vor kurzem hat die Statistik Austria eine
    Studie … präsentiert. … So liegt die Arbeitslosigkeit unter Bosniern bei 6,7 Prozent"; "Am Mittwochnachmittag
    veröffentlichte die Stadtwahlbehörde das Amtliche Endergebnis. … Die FPÖ liegt nun … 21 Stimmen hinter den
    Grünen") or names data with whose it is ("So eine Vorhersage des US-Forschungsinstitutes Population Reference
    Bureau. … Nigeria wird demnach … fast 400 Millionen Einwohner erreichen"). The index gives such sentences no
    source, as they carry no words; a sentence it gives a source ends the run, whether someone's words or data with
    figures of its own ("Nach Angaben der Nachrichtenagentur Anadolu gehören 27 zur AKP …": the rule on vacant seats
    three sentences on is not Anadolu's). Words in the first person or Konjunktiv I (``text``) are someone's own.
    ``spans``: offsets of the sentences ``index - RELEASE_RUN .. index``."""
    if (
        infos.get(index, SentenceInfo()).source not in (None, *ADVERB_CUES)
        or _reported_speech(text)
        or told_before(text)
    ):
        return None
    start = spans[index][0] if index in spans else None
    for i in range(index - 1, max(-1, index - 1 - RELEASE_RUN), -1):
        if start is None or i not in spans or "\n" in article.text[spans[i][1] : start]:
            return None
        if (info := infos.get(i)) is not None and info.source:
            return None  # a sentence of someone's words, or one the index sourced: ``data_before`` reads on from it
        words = article.text[spans[i][0] : spans[i][1]]
        if found := named(words) if _releases(words) else _owned_data(words, measures):
            return found
        start = spans[i][0]
    return None


def _reported_speech(sentence: str) -> bool:
    """Does a sentence give someone's own words, in Konjunktiv I or the first person ("Das Angebot sei gestiegen"),
    not the report's? (``reporting.own_words`` asks it of the clause it opens with; any Konjunktiv I will do here.)"""
    return bool(set(_WORD.findall(sentence)) & KONJ1_FORMS) or FIRST_PERSON.search(sentence) is not None


_PLUPERFECT = frozenset({"hatte", "hatten"})  # "hatte … geholt"; "war(en) … worden" is the passive's


def told_before(sentence: str) -> bool:
    """Does a sentence tell in the pluperfect what happened before the news ("Holst hatte mit VSV 2006 den bisher
    letzten Meistertitel geholt", "In Paris waren im November … 130 Menschen getötet worden"): background in the
    reporter's own words, not figures of the report the article names, which it tells in the present or the past?
    Not a figure it compares the report's with ("Im Jahr 2013 hatte der Schaden noch … ausgemacht"). The first
    finite verb decides; "war" alone is a copula ("439 der Besuche waren unangekündigt"). Stop 52: over the gnad
    index, ``lead_report``, ``data_before`` and ``released_before`` carried a report onto 24 such figure sentences; with
    the rule, none: 20 right ("2002 hatte der britische Sänger Robbie Williams … 80 Millionen Pfund unterzeichnet" is
    no report of "das britische Boulevard-Blatt Sun"), 3 debatable, 1 neither. It changes no studied answer. Asked of
    the sentence a next one reports (``Answerer._reported_after``) too: 7 more lose the next sentence's source, 6
    right ("Der Indonesier und zwei Schiffsoffiziere waren 2013 … verurteilt worden." is no words of the captain's
    lawyer), 1 wrong (a quake's time, "war um 2.52 Uhr aufgezeichnet … worden", given by the seismologist). Stop 53:
    "war(en)" with a participle closing its clause too (``_closes_with_participle``): 3 more gnad figure sentences
    lose a carried source, 1 right ("Der … Verdächtige war … auf das Polizeiauto … zugerannt" is no report of the
    stored "das Feuer"), 2 debatable (a capsized boat after the coast guard's figures, "war diese Voraussetzung
    erfüllt" before a politician's words). Studied answers: +1 −0 (dev98-002)."""
    words = _WORD.findall(sentence)
    if "noch" in words:
        return False
    tags = [analyze(w, "de")[1] for w in words]
    # a verb is written in lower case after the sentence's first word ("Der 61-jährige Holst hatte …": a name)
    verbs = (i for i, t in enumerate(tags) if t.startswith("V") and "FIN" in t and (i == 0 or words[i].islower()))
    finite = next(verbs, None)
    if finite is None:
        return False
    aux, rest = words[finite].lower(), tags[finite + 1 :]
    if aux in _PLUPERFECT:
        return any(t in ("VV(PP)", "VA(PP)", "VM(PP)") for t in rest)
    return aux in ("war", "waren") and ("worden" in words[finite + 1 :] or _closes_with_participle(sentence, finite))


_CLAUSE_END = re.compile(r"[,;:–—]|\s+und\s+|\s+oder\s+")


def _closes_with_participle(sentence: str, finite: int) -> bool:
    """Does the clause of a finite "war(en)" (the ``finite``-th word) close with a participle, as the pluperfect with
    "sein" of a verb of motion or change does ("Das Flüchtlingsboot war … wegen starken Seegangs gekentert", "Der
    Verdächtige war … auf das Polizeiauto zugerannt und …")? The stored word analysis tells a participle (VV(PP)) from
    an adjective ("war … bekannt" is ADJ(D)); one with "un-" is an adjective too ("waren unangekündigt")."""
    found = list(_WORD.finditer(sentence))
    clause = _CLAUSE_END.split(sentence[found[finite].end() :], maxsplit=1)[0]
    last = _WORD.findall(clause)[-1:]
    return bool(last) and not last[0].lower().startswith("un") and analyze(last[0], "de")[1] == "VV(PP)"


# A span of time reaching back to a year ("seit 2013", "seit dem Jahr 2000", "seit den 1970er-Jahren", "seit Jänner
# 2012", "seit Mitte 2014") or over decades ("in den vergangenen 30 Jahren", "seit Jahrzehnten").
_SINCE_YEAR = re.compile(
    r"\b[Ss]eit\s+(?:dem\s+Jahr\s+|den\s+|(?:Anfang|Mitte|Ende|Jänner|Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember)\s+)?(?:1[89]|20)\d\d(?:er)?\b"
)
_DECADES = re.compile(
    r"\b(?:(?:vergangenen|letzten)\s+(?:[1-9]\d+|zehn|zwanzig|dreißig|vierzig|fünfzig|hundert)\s+Jahren|"
    r"(?:[Ss]eit|vergangenen|letzten)\s+(?:\w+\s+)?Jahrzehnten)\b"
)
# Verbs by which a report measures a change over its span ("Seit 2011 stieg das Arbeitskräfteangebot … um fast 8
# Prozent"): the report's figure, not a standing fact.
_CHANGING = frozenset(
    "steigen ansteigen sinken wachsen anwachsen fallen zunehmen abnehmen zurückgehen schrumpfen verdoppeln "
    "verdreifachen halbieren erhöhen verringern".split()
)


def standing_fact(sentence: str) -> bool:
    """Does a sentence state a standing fact of the background, over a span reaching back to a year or over decades
    ("Tevez spielt seit 2013 für Juve", "Aleppo ist seit dem Jahr 2012 geteilt", "In dem Konflikt wurden in den
    vergangenen 30 Jahren etwa 45.000 Menschen getötet"), not a change that a report measures over its span ("Seit
    2011 stieg das Arbeitskräfteangebot … um fast 8 Prozent", a verb of ``_CHANGING``)? News names the report once
    and gives its figures for the report's own time; a state since a past year is the reporter's context. Stop 53:
    ``lead_report`` carried its lead's report onto 9 such figure sentences of the gnad index (of 362 it carries onto),
    none now; all 9 read right (Auskunft Barcas is no source of "Der 28-Jährige spielte seit 2008 für Barcelonas
    A-Team", "dem Bericht" of US jets flying to Poland none of "In dem Konflikt wurden seit April 2014 fast 7000
    Menschen getötet"). Studied answers: +1 −0 (dev95-034). "seit 13 Jahren" counts a record ("der erste
    Umsatzrückgang seit 13 Jahren"), not a span: Apple's own forecast."""
    if _SINCE_YEAR.search(sentence) is None and _DECADES.search(sentence) is None:
        return False
    return not any(analyze(w, "de")[0] in _CHANGING for w in _WORD.findall(sentence) if w.islower())


# Words by which a sentence tells how things usually are ("In der Regel beträgt die Pause nach einer solchen Verletzung
# … sechs bis acht Wochen", "Normalerweise dauert das Verfahren drei Monate"): a rule of thumb the reporter knows.
_HABITUAL = re.compile(
    r"\b(?:[Ii]n\s+(?:der|aller)\s+Regel|[Nn]ormalerweise|[Üü]blicherweise|[Gg]ewöhnlich|[Tt]ypischerweise)\b"
)


def habitual(sentence: str) -> bool:
    """Does a sentence say how things usually are (``_HABITUAL``), not what happened in the news: no figure a body's
    report gives for its event, whoever the lead names as reporting it. Stop 55: 30 gnad sentences print one of the
    words; ``lead_report`` carried a lead's source onto one (the club that has yet to speak, for the usual pause after
    an injury), none now. Studied answers: +1 −0 (dev105-026)."""
    return _HABITUAL.search(sentence) is not None


# A body's standing size or ownership, told in the present ("Sky gehört zu etwa 39 Prozent zum Medienimperium der
# Murdoch-Familie", "HP Enterprise Services hat mehr als 100.000 Angestellte", "Insgesamt umfasst die Metallbranche rund
# 180.000 Beschäftigte"): its profile, which the reporter knows, not news a report gives. The staff close the clause:
# "haben Kämpfer … hunderte Mitarbeiter als Geiseln genommen" is an event.
_PROFILE = re.compile(
    r"\bgehör(?:t|en)\s+(?:zu\s+)?(?:(?:etwa|rund|knapp|mehr\s+als|fast)\s+)?[\d.,]+\s+Prozent\b"
    r"|\b(?:hat|haben|umfasst|umfassen|beschäftigt|beschäftigen|zählt|zählen)\b(?:[^.,;:]|(?<=\d)[.,](?=\d))*?"
    r"\b(?:Mitarbeiter(?:innen)?|Angestellte|Beschäftigte|Mitglieder)\b\s*(?:[.,;:–-]|$)"  # its clause's last words
)


def profile(sentence: str) -> bool:
    """Does a sentence give a body's standing size or ownership in the present (``_PROFILE``): background the reporter
    adds to a body's news, not a figure of the report the lead names? Stop 55: ``lead_report`` carried a lead's report
    onto 3 such gnad figure sentences, none now: 2 right ("das Unternehmen" that announced a new chairman is no source
    of Sky's owners' share; The Register's report of a dress code none of HP's staff), 1 debatable (the unions' wage
    deal and the size of the metal trade). 5 gnad sentences match in all, each a profile. Studied answers: +1 −0
    (dev105-031)."""
    return _PROFILE.search(sentence) is not None


# The speaker's own first person ("Ich bin stolz", "unsere Zahlen"): a sentence in it gives someone's words.
FIRST_PERSON = re.compile(r"(?i)\b(?:ich|mich|mir|meine?[nmrs]?|wir|uns|unsere?[nmrs]?)\b")


# A company the article refers to by its kind once it has named it ("Die Energie Steiermark AG investiert … wie
# das Unternehmen am Freitag mitteilte"; "Die Vienna Insurance Group (VIG) … teilte der börsennotierte Konzern mit").
_COMPANY_KIND = re.compile(
    r"^(?:der|die|das|dem|den|des)\s+(?:[a-zäöüß-]+e[nrs]?\s+)?(?:Unternehmen|Unternehmens|Konzern|Konzerns|Firma|"
    r"Versicherer|Versicherers)$",
    re.IGNORECASE,
)
_COMPANY_NAME = re.compile(
    r"((?:[A-ZÄÖÜ][\w&.-]*\s+){0,3}[A-ZÄÖÜ][\w&.-]*\s+(?:AG|SE|GmbH|Group|Holding)\b(?:\s+\([A-ZÄÖÜ]{2,6}\))?"
    r"|(?:[A-ZÄÖÜ][\w&.-]*\s+){0,3}[A-ZÄÖÜ][\w&.-]*\s+\([A-ZÄÖÜ]{2,6}\))"
)


def _spelled_out(name: str) -> bool:
    """A legal form names a company; initials in brackets only where the words before spell them ("Vienna
    Insurance Group (VIG)", not "Ergebnis vor Steuern (EGT)")."""
    m = re.search(r"\(([A-ZÄÖÜ]{2,6})\)$", name)
    if m is None or re.search(r"\b(?:AG|SE|GmbH|Group|Holding)\b", name):
        return True
    initials = m.group(1)
    words = name[: m.start()].split()[-len(initials) :]
    return len(words) == len(initials) and "".join(w[0] for w in words) == initials


def company_meant(source: str, article: Article, before: int) -> str | None:
    """The company a source names only by its kind ("das Unternehmen", "der börsennotierte Konzern") stands for:
    the nearest company the article names up to offset ``before`` (or in its title) by a legal form ("AG",
    "GmbH", "Group") or with its initials after it ("Vienna Insurance Group (VIG)"). None when the source is no
    such reference or the article names no company: the source then stays as written."""
    if not _COMPANY_KIND.match(source.strip()):
        return None
    for text in (article.text[:before], article.title):
        names = [m.group(1) for m in _COMPANY_NAME.finditer(text) if _spelled_out(m.group(1))]
        if names:
            words = names[-1].split()
            while words and analyze(words[0], "de")[1] not in ("NN", "NE"):  # not "Die", "Auch", "Dennoch"
                words.pop(0)
            return " ".join(words) or None
    return None


TURN_LOOK_BACK = 12  # sentences an interviewee's answer may run on after their name
# Where one sentence ends and the next begins, roughly (not after "u. a." or an initial): counts how far an answer
# runs on after its turn's label.
_SENTENCE_END = re.compile(r"(?<!\b\w)[.!?…][\"“”»«)]*\s+(?=[A-ZÄÖÜ0-9\"„»«(])")


def interview_turn(start: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """Who answers in the sentence at offset ``start`` of an interview: the name before the colon that
    opened the turn ("STANDARD: Soll der Bund …? Stöger: Ja. Das ist eine spannende Idee …" -> "Stöger"). An
    article is an interview when its turns name the outlet (the interviewer) and someone else; None elsewhere, and
    in the interviewer's turns, the question that opens one included ("STANDARD: In Oberösterreich will Ihre
    Partei …" is no words of the interviewee who answered before it).

    The labels are those the analysis read as turns; where they recur is read from the article's text, as attribution
    reads some turns otherwise ("Poposki: Wir haben physische Barrieren …, sagt er" as the speech it reports, or
    "STANDARD: … meinte Gerlach …"): the answer after such a turn is still the interviewee's, and the question after
    it still the interviewer's."""
    turns = {i: info for i, info in infos.items() if info.how == "headline" and info.source}
    outlet = {i for i, info in turns.items() if _is_outlet(_WORD.findall(info.source or ""), article.outlet)}
    if not outlet or len(outlet) == len(turns):
        return None
    labels: dict[str, str | None] = {}  # a turn's label as written -> whom it names (None: the interviewer)
    for i in sorted(turns):
        if (label := turns[i].source or "") not in labels:
            labels[label] = None if i in outlet else shown_source(i, infos, article)
    opened = [(at, label) for at, label in _labelled(article.text, tuple(sorted(labels))) if at <= start]
    if not opened:
        return None
    at, label = opened[-1]
    if len(_SENTENCE_END.findall(article.text, at, start)) > TURN_LOOK_BACK:
        return None
    return labels[label]


@lru_cache(maxsize=64)
def _labelled(text: str, labels: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where a sentence of ``text`` opens with one of ``labels`` and a colon ("… hoch? Stöger: Ja."), in order."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    pattern = re.compile(rf"(?:^|[.!?…\"“”»«)]\s+)({alternatives}): ")
    return [(m.start(1), m.group(1)) for m in pattern.finditer(text)]


def outlet_words(outlet: str | None) -> frozenset[str]:
    """The words that name an outlet, lower-cased, without its short article ("DER STANDARD" -> "standard")."""
    return frozenset(w.lower() for w in re.findall(r"\w+", outlet or "") if len(w) > 3)


def _is_outlet(words: list[str], outlet: str | None) -> bool:
    if not outlet:
        return False
    outlet_words = {w.lower() for w in _WORD.findall(outlet) if len(w) > 3}
    content = [w.lower() for w in words if w.lower() not in _ARTICLES]
    return bool(content) and all(w in outlet_words or w.split(".")[0] in outlet_words for w in content)


def _has_name(words: list[str]) -> bool:
    """A proper name among the words (HanTa's NE tag), not just a capitalised common noun."""
    return any(w[:1].isupper() and analyze(w, "de")[1] == "NE" for w in words)


def _plural(lowered: list[str]) -> bool:
    """Does "die" with a role name a group ("die Forscher", "die Euro-Finanzminister"), not one woman ("die Sprecherin",
    "die Vorsitzende")?"""
    return lowered[0] == "die" and not lowered[-1].endswith(("in", "e"))


# Bodies a group of people works for ("die Forscher": "die Universität Erlangen-Nürnberg"); not an outlet that
# reported on them ("die Nachrichtenagentur Ansa").
_GROUPS_BODY = re.compile(
    r"(?:universität|institut|hochschule|zentrum|klinik|klinikum|team|akademie|ministerium|behörde|amt|kommission|"
    r"verband|gewerkschaft|konzern|unternehmen|regierung|polizei|partei)(?:s|es|en)?$"
)


def _group_before(role: str, index: int, infos: dict[int, SentenceInfo]) -> str | None:
    """The nearest earlier source that names the group ``role`` describes ("Forscher um Peter Behroozi",
    "Landeshauptmann Wallner und Landesrat Rauch", "die Universität Erlangen-Nürnberg"): one with the role's word,
    several people or a body they work for, and a name."""
    stem = role.removesuffix("n")
    for i in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        info = infos.get(i)
        if not info or not info.source or not _has_name(_WORD.findall(info.source)):
            continue
        lowered = info.source.lower()
        if stem in lowered or " und " in lowered or any(_GROUPS_BODY.search(w) for w in lowered.split()):
            return info.source
    return None


def _cited_before(index: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """What "demnach" ("according to that") refers to: the source of the nearest earlier sentence that has one, as a
    reader can use it, whether or not it is a proper name ("Dem türkischen Militär zufolge wurden zwei Soldaten
    getötet. 31 weitere wurden demnach verletzt." -> "Dem türkischen Militär", not a speaker named paragraphs up).
    A sentence that itself says "demnach" refers further back, to the same source."""
    for i in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        info = infos.get(i)
        if info is None or not info.source:
            continue
        if _WORD.findall(info.source.lower())[:1] in (["demnach"], ["demzufolge"]):
            continue
        cited = readable(info.source, i, infos, article)
        if cited and _COMPANY_KIND.match(cited):  # "das Unternehmen": the company named before it ("Apple")
            return named_before(i, infos, article) or cited
        return cited
    return None


def speaker_right_before(index: int, infos: dict[int, SentenceInfo]) -> str | None:
    """The speaker the sentence right before names as its own (not carried over onto it), as a reader can use it:
    "Seiner Meinung nach …" after "…, sagte Sinn der Passauer Neuen Presse" is Sinn's view."""
    info = infos.get(index - 1)
    if info is None or not info.source or info.how == "carried_over" or not _has_name(_WORD.findall(info.source)):
        return None
    return info.shown or info.source


def named_before(index: int, infos: dict[int, SentenceInfo], article: Article) -> str | None:
    """The nearest earlier source in the article that names someone."""
    for i in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        info = infos.get(i)
        if info and info.source and _has_name(_WORD.findall(info.source)):
            return info.source
    return None


def _fullest(surname: str, article: Article, infos: dict[int, SentenceInfo], index: int) -> str | None:
    """ "Stöger" -> "Sozialminister Alois Stöger": the longest earlier source or title phrase ending in it."""
    best = None
    for i in range(index):
        info = infos.get(i)
        if info and info.source and info.source.split()[-1:] == [surname] and len(info.source) > len(best or ""):
            best = info.source
    if best:
        return best
    pattern = re.compile(r"((?:[A-ZÄÖÜ][\w-]+ ){1,3})" + re.escape(surname) + r"\b")
    for match in pattern.finditer(f"{article.title}\n{article.text}"):
        before = match.group(1).split()
        while before and analyze(before[0], "de")[1] not in ("NN", "NE"):  # not "Laut", "Wie", "Dass"
            before.pop(0)
        if before:
            return " ".join([*before, surname])
    return None


# What a source shows ends where its noun phrase ends. Attribution sometimes hands over the words after it as well:
# a noun phrase of its own ("Angaben des Gerichts seines Bezirks Fluchtpläne"), where, when or to whom the words were
# said ("Faymann in der ORF-Pressestunde", "Peter Huber zur APA", "Angaben der Bergrettung vom Dienstag"), a phrase of
# amount after a document ("dem Prüfbericht in einer Höhe"), an adverb ("Die Gewerkschaft hingegen"). Or it hands
# over a phrase that names no one: a clause ("Sein Wunsch, Daten zu sammeln"), an amount ("300 Leute im Mai"), an
# adjective ("Auffallend"). ``trim_tail`` cuts the phrases after a name or a document, ``usable`` the rest of the
# first kind, and drops the second, unless it closes on a name.

# Where and when someone spoke, after their name: "Faymann in der ORF-Pressestunde", "Katzian in der Früh",
# "Tusk im EU-Parlament in Straßburg" (after a role it may be the office: "Die Vorsitzende im Hauptverband"; before
# an apposition, part of a description: "Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat …"); and an
# amount after a document ("dem Prüfbericht in einer Höhe").
_CIRCUMSTANCE = re.compile(
    r"\s+(?:in der|in dem|in einer|in einem|im|am|beim|bei der|bei einer|bei einem|auf der|auf dem|gegenüber der|"
    r"gegenüber dem|gegenüber den|vor der|vor dem|vor den|in puncto|in Anspielung)\s+\S"
    r"|\s+in Anspielung\b"
)
_TO_MEDIUM = re.compile(r"\s+(?:zur|zum|gegenüber)\s+(?:der\s+|dem\s+)?[\w-]+$")
# Words that end the name of a medium or of a talk given to one ("Kleine Zeitung", "APA-Gespräch", "STANDARD-Interview",
# "ORF-Pressestunde", "Nachrichtenagentur MTI" before its letters).
_MEDIUM = (
    r"[\w-]*(?:Zeitung|Presse|[Aa]gentur|Interview|Gespräch|Pressestunde|Pressekonferenz|Report|Sendung|Journal|"
    r"STANDARD|APA|ORF)"
)
# The medium a speaker spoke to or in, after them: "Mitterlehner in der Kleinen Zeitung", "Schneeberger im
# APA-Gespräch", "die Psychotherapeutin zum STANDARD", "Faymann in der ORF-Pressestunde".
_IN_MEDIUM = re.compile(
    rf"\s+(?:zur|zum|gegenüber|im|in\s+der|in\s+einem|in\s+einer)\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}"
    r"(?:\s+[A-ZÄÖÜ][\w-]*){0,2}$"
)
# ... and one a name's dative names, of more words than ``_AFTER_NAME`` takes: "Sinn der Passauer Neuen Presse",
# "Kaminski der Agentur PAP", "Joksimovic der Belgrader Zeitung Danas" (``_spoke_to``). Stop 52, over the shown sources
# of the gnad index: the two cut 19 (35 sentences), 18 to the speaker alone, right; the 19th is a fragment before and
# after ("der Veröffentlichung im STANDARD EU-weit"). Studied answers: 1 changed, its source shown alone (dev99-013,
# "Innenministerium zur APA"; a pass before and after: the scorer takes any shared word).
_NAME_TO_MEDIUM = re.compile(rf"\s+(?:der|dem)\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}(?:\s+[A-ZÄÖÜ][\w-]*){{0,2}}$")
_AFTER_NAME = re.compile(r"\s+(?:der|dem)\s+[\w-]+$")
_OF_DAY = re.compile(r"\s+vom\s+([\w-]+)$")
WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")  # German, Monday first
_SPACED = re.compile(r"\S+")
_VERB_TAGS = ("VV(FIN)", "VA(FIN)", "VM(FIN)", "VV(INF)", "VM(INF)", "VA(INF)", "FM")
# The lower-case words inside a foreign name ("Humberto de la Calle", "Lula da Silva", "Rafael van der Vaart"): HanTa
# tags most of them FM, foreign material, which in a source is otherwise a clause's verb ("…, said the company").
NAME_PARTICLES = frozenset("al bin da das de del della den der di do dos du el ibn la le los van von y zu".split())


def _tags(words: list[str]) -> list[str]:
    return [analyze(w.strip(",.;:()"), "de")[1] for w in words]


def _spoke_to(word: str) -> bool:
    """Is the word before "der <medium>" one whose dative that is ("Sinn der Passauer Neuen Presse", "die Polizei der
    Zeitung Dagens Nyheter", "Heino (77) der Bild-Zeitung"): a name, or a capitalised word that is neither a noun of a
    person nor of what is said or found, whose genitive it may be ("eine Reporterin der Nachrichtenagentur AFP", "der
    Chefredakteur der Zeitung", "Angaben der Nachrichtenagentur Anadolu", "Dem Bericht der Zeitung")?"""
    if _is_named(word) or word.endswith(")"):
        return True
    low = word.strip(",.;:()").lower()
    said = (*_PERSON_NOUN_ENDINGS, *INFO_NOUN_SUFFIXES, *CONTENT_NOUN_SUFFIXES, *FINDING_NOUN_SUFFIXES)
    return word[:1].isupper() and not low.endswith(said)


#: Endings of German nouns of a person ("Reporterin", "Chefredakteur", "Korrespondent", "Journalist", "Experte").
_PERSON_NOUN_ENDINGS = ("er", "in", "innen", "eur", "ent", "ant", "ist", "oge", "or", "e", "mann", "chef")


def _is_named(word: str) -> bool:
    """A word that names ("Huber", "APA", "Wirth"), by HanTa, or a capitalised word its lexicon lacks."""
    word = word.strip(",.;:()")
    return word[:1].isupper() and (german_name(word) or analyze(word, "de")[1] == "NE")


def _common_noun(word: str) -> bool:
    """A capitalised word that is a common noun and no name ("Flugblätter", "Kundgebungen"; not "Huber", "AG")."""
    return word[:1].isupper() and not word.isupper() and not _is_named(word) and analyze(word, "de")[1] == "NN"


def _names_nobody(words: list[str], tags: list[str]) -> bool:
    """Is a source no noun phrase: a clause (a verb that is no attribute of a noun after it; "zu" and an infinitive),
    an amount ("300 Leute"), or an adjective or adverb on its own ("Auffallend")?"""
    if not words or tags[0] in ("CARD", "ADJ(D)", "ADV", "APPR", "KOUS", "KON"):
        return True
    if analyze(words[0].lower(), "de")[1] == "APPR":  # "Trotz schwierigen Umfelds"
        return True
    if _headless(words, tags):
        return True
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        attribute = i + 1 < len(words) and words[i + 1][:1].isupper()  # "am Montag präsentierten Bericht"
        if word[:1].islower() and tag in _VERB_TAGS and not attribute and not _in_name(words, i):
            return True
    return False


# Nouns of saying and thinking, and of what someone found or reckoned ("Meinung", "Worten", "Berechnungen").
_SAYING = tuple(CONTENT_NOUN_SUFFIXES) + tuple(INFO_NOUN_SUFFIXES)


def someones_view(source: str) -> bool:
    """Is a source a possessive and a noun of saying or thinking ("Seiner Meinung", "nach ihren Worten", "ihren
    Berechnungen", "Ihre Erkenntnis")? It names no one: whose view it is, the article said before. Stop 51: 21
    sentences of the gnad index showed one, all 21 naming nobody."""
    lowered = [w.lower().strip(",.;:()") for w in source.split()]
    return len(lowered) >= 2 and lowered[0] in _POSSESSIVE_DETERMINERS and all(w.endswith(_SAYING) for w in lowered[1:])


def _in_name(words: list[str], i: int) -> bool:
    """Is ``words[i]`` one of the particles inside a name ("de", "la" of "Humberto de la Calle"): a run of
    ``NAME_PARTICLES`` between two capitalised words? "der Chefunterhändler der Regierung, Humberto de la Calle" read
    as a clause named nobody, and the claim showed no source. Studied sets (stop 50): 1 answer changed, dev89-008
    (its speaker shown: a pass gained); none of the 3,462 distinct sources the gnad index stores changes (the name was
    joined to the office when answering)."""
    start = end = i
    while start > 0 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    while end + 1 < len(words) and words[end + 1] in NAME_PARTICLES:
        end += 1
    return (
        words[i] in NAME_PARTICLES
        and start > 0
        and words[start - 1][:1].isupper()
        and end + 1 < len(words)
        and words[end + 1][:1].isupper()
    )


def _headless(words: list[str], tags: list[str]) -> bool:
    """Is a source an article and the start of an attribute cut before its noun ("der seit vergangenen Oktober" of
    "der seit vergangenen Oktober auf ihm lastende Verdacht")? An attribute that opens with a preposition after the
    article needs an adjective or participle after the preposition's noun, and the noun it describes after that
    ("die in Wien ansässige Firma", "dem am Mittwoch präsentierten Jahresbericht"); without one, it names no one.
    2 sources of the gnad index ("die in sozialen Medien" of "… geäußerte Kritik"), both such fragments."""
    if len(words) < 2 or tags[0] != "ART" or tags[1] not in ("APPR", "APPRART"):
        return False
    noun = next((i for i in range(2, len(words)) if words[i][:1].isupper()), len(words))
    after = zip(words[noun:], tags[noun:], strict=True)
    attribute = any(w[:1].islower() and t not in _COMPLEMENT_TAGS for w, t in after)  # "präsentierten", "lebende"
    return not (attribute and words[-1].strip("()")[:1].isupper())


def _run_on(words: list[str]) -> int | None:
    """Where a common noun starts a phrase of its own right after another noun ("Gewerkschaftsangaben Kundgebungen",
    "seines Landes Pläne"); not as a title before a name ("Kolumnist Pfarrer Hans Gruber"), nor after an apposition's
    comma or a word of place ("Leipziger Institut")."""
    for i in range(1, len(words)):
        if not _common_noun(words[i]) or (i + 1 < len(words) and _is_named(words[i + 1])):
            continue
        before = words[i - 1]
        if before.endswith(",") or (before.endswith("er") and analyze(before.lower(), "de")[1] != "NN"):
            continue
        if _common_noun(before) and not _PERSON_ROLE.search(before.lower()) and "," not in " ".join(words[i:]):
            return i  # (before an apposition's comma the nouns may name a body: "Brot für die Welt, Anna Berg")
    return None


def _closing_name(words: list[str], tags: list[str]) -> str | None:
    """The name a phrase that names nobody ends in, as who spoke ("Sechs Jahre im Amt Huber", "… 74% … Newman"): not a
    place, and not a name the phrase's own words govern ("… better than Anna Berg", "… von Anna Berg")."""
    at = len(words)
    while at > 0 and tags[at - 1] == "NE" and _is_named(words[at - 1]):
        at -= 1
    if at in (0, len(words)) or is_place(words[-1].strip(",.;:()")):
        return None
    before = words[at - 1]
    if before.isalpha() and before.islower():
        return None
    return " ".join(w.strip(",.;:()") for w in words[at:])


def trim_tail(source: str) -> str:
    """``source`` without what attribution let run on after the name or document it gives, cut in this order, each
    from what the cut before left: the day ("Angaben des Verbands vom Freitag"), the medium it was said to or in
    ("Peter Huber zur APA", "Schneeberger im APA-Gespräch", "Sinn der Passauer Neuen Presse"), a name's dative ("Eva
    Lind der Zeitung"), where or when it was said ("Katzian in der Früh") or an amount after a document ("dem
    Prüfbericht in einer Höhe"). The one trim of a source's tail: ``readable`` applies it at indexing, before a surname,
    pointer or filler is looked up ("Gnesda zur APA" is the "Bundesschulsprecher Maximilian Gnesda" named before),
    ``usable`` to whatever reaches a claim (the source stripped of its closing stop first). Stop 53, over the gnad
    index: 67 stored sources now hold what ``usable`` showed of them before; the shown source changed on 22 sentences
    (13 sources), 12 right (a surname's full form, "Van der Bellen" no longer "Van", "Musiker Heino (77)"), the 13th a
    fragment before and after ("Kickl Van der Bellen")."""
    for cut in (_without_day, _without_medium, _without_dative, _without_circumstance):
        source = cut(source)
    return source


def _without_day(source: str) -> str:
    """``source`` without the weekday it gave its word on ("Angaben des Verbands vom Freitag"): when, not whose."""
    cut = _OF_DAY.search(source)
    return source[: cut.start()] if cut and cut.group(1).lower() in WEEKDAYS else source


def _without_medium(source: str) -> str:
    """``source`` without the medium the person or body before it spoke to or in."""
    cut = _TO_MEDIUM.search(source)  # "Peter Huber zur APA"; not "die Sperre zum Schutz"
    if cut and _is_named(source[: cut.start()].split()[-1]) and _names_person(source):
        source = source[: cut.start()]
    cut = _IN_MEDIUM.search(source)  # whoever comes before spoke there
    if cut and cut.start() > 0:
        source = source[: cut.start()]
    cut = _NAME_TO_MEDIUM.search(source)
    if cut and cut.start() > 0 and _spoke_to(source[: cut.start()].split()[-1]):
        source = source[: cut.start()]
    return source


def _names_person(source: str) -> bool:
    """Does a source name someone, or a person by office ("Huber", "der Sprecher")?"""
    return any(_is_named(w) or _PERSON_ROLE.search(w.lower()) for w in _WORD.findall(source))


def _without_dative(source: str) -> str:
    """``source`` without whom a named person spoke to ("Eva Lind der Zeitung"): no genitive follows a person's name
    ("MVP der Saison"), but one follows a role ("Schulsprecher der Schule"), letters ("ÖVP der Steiermark") or a
    name's particle ("Van der Bellen": stop 53, 8 gnad sentences showed "Van")."""
    cut = _AFTER_NAME.search(source)
    if cut is None:
        return source
    name = source[: cut.start()].split()[-1]
    role = _PERSON_ROLE.search(name.lower()) and analyze(name, "de")[1] != "NE"
    particle = name.lower() in NAME_PARTICLES
    return source[: cut.start()] if not name.isupper() and _is_named(name) and not role and not particle else source


def _without_circumstance(source: str) -> str:
    """``source`` without a phrase of place, time or amount after the name or document it ends in (the first such
    phrase, unless an apposition's comma follows it)."""
    m = _CIRCUMSTANCE.search(source)
    if m is None or "," in source[m.end() :]:
        return source
    before = _WORD.findall(source[: m.start()].rstrip(" )").split("(")[0])
    return source[: m.start()] if before and (_has_name(before[-1:]) or _DATA.search(before[-1].lower())) else source


def usable(source: str | None) -> str | None:
    """``source`` cut to its noun phrase, or None when it is no noun phrase naming someone or a document (see above)."""
    if not source:
        return None
    source = trim_tail(source.strip().rstrip(".,;:").strip())
    words = _SPACED.findall(source)
    if all(w.lower() in _FIRST_PERSON for w in words):  # "Ich" that nothing resolved (stop 52)
        return None
    tags = _tags(words)
    if _names_nobody(words, tags):
        return _closing_name(words, tags)
    at = _run_on(words)
    if at is not None:
        words, tags = words[:at], tags[:at]
    while len(words) > 1 and words[-1][:1].islower() and tags[-1] in ("ADV", "KON"):  # "… hingegen"
        words, tags = words[:-1], tags[:-1]
    return " ".join(words) or None
