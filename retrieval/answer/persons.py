"""Who a question asks about, and whether a sentence gives that person's words.

A person is asked about by name ("Mark Rutte", "rutte"), by office ("der Kreml-Sprecher", "the chancellor",
"der oberösterreichische FPÖ-Chef"), by the body they speak for ("was sagt die Richtervereinigung") or by an
English noun for a German one ("the sociologist": "der Soziologe"). ``identifying_words`` and ``body_words``
read those words from the question; ``person_match`` says how surely a candidate sentence is the person's
(1: their words; 0.5: it names them; 0.25: the sentence before does), and ``persons_asked`` does so for a pool,
narrowing an office to the holder the articles qualify as asked. The answer stage's features
(``features``) read these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from itertools import pairwise

from retrieval import constraints, vocab
from retrieval.answer.evidence import Candidate, Pool
from retrieval.attribution.lexicon import LABEL_VERBS
from retrieval.attribution.speakers import epithet, fullest_name
from retrieval.models import Question
from retrieval.nlp import analyze, german_name

_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "the"})


# Who speaks for someone else: the person named after it is not the speaker.
_PROXY = re.compile(
    r"\b(?:sprecher|sprecherin|anwalt|anwältin|anwälte|vertreter|vertreterin|büro|umfeld|kreise)"
    r"\s+(?:des|der|von|aus dem)\s"
)
# ... but a body speaks through its spokesperson ("ein Sprecher des Finanzministeriums" gives the ministry's words);
# its circles ("aus Kreisen der Regierung") are hearsay still.
_SPOKESPERSON = re.compile(r"\b(?:sprecher|sprecherin|vertreter|vertreterin)\s+(?:des|der)\s")


def _asks_body(person: Sequence[str]) -> bool:
    """Is the person asked about a body ("das Finanzministerium", "die Versicherung"), by the head of its noun?"""
    return any(w.endswith(_SPEAKING_BODIES) for w in person)


def _its_spokesperson(person: Sequence[str], said_by: str) -> bool:
    """Is the speaker the asked body's spokesperson by a compound of its head ("der Ministeriumssprecher" for "das
    Finanzministerium", "ein Polizeisprecher" for "die Wiener Polizei")?"""
    heads = [h for w in person for h in _SPEAKING_BODIES if w.endswith(h)]
    return any(re.search(rf"\b{h}s?sprecher(?:in)?\b", said_by) for h in heads)


NAME_PREFIX = 6  # a name's first letters, looked up too: "Selenskyj" typed for "Selenskij" is still known


# Letters English and German spell names with the other way round ("Zelensky" / "Selenskyj"): the English one
# first. Article text is folded to the German letter; a name's prefix is looked up in the index either way.
ALIKE = (("z", "s"), ("w", "v"), ("y", "j"), ("c", "k"))


def plain_name(person: str | None) -> list[str]:
    """The words of a person asked about by name alone ("Putin", "Mark Rutte"); none for a role ("the
    president of the Economic Chamber", "Germany's justice minister")."""
    written = re.findall(r"[\w'’-]+", person or "")
    if not written or len(written) > 3 or not all(w[:1].isupper() and w.isalpha() for w in written):
        return []
    return [w for w in written if len(w) > 3 and not constraints.is_place(w)]


def checkable(source: str | None, question: Question) -> str | None:
    """A source the question names, if it can be compared with the German text's sources word by word."""
    return source if source and constraints.checkable_source(source, question.language) else None


ENGLISH_NAME_PREFIX = 5


_FOLD = str.maketrans("".join(a for a, _ in ALIKE), "".join(b for _, b in ALIKE))


def fold_letters(text: str) -> str:
    """Lower case with the letters English and German spell names with told apart no more (z/s, w/v, y/j, c/k)."""
    return text.lower().translate(_FOLD)


def names_any(words: frozenset[str], *texts: str, folded: bool = False) -> bool:
    lowered = [fold_letters(text) if folded else text.lower() for text in texts]
    return any(w in text for w in words for text in lowered)


def identifying_words(person: str | None, language: str) -> list[str]:
    """The words that identify a person asked about: the capitalised ones (names), else all longer words; in
    English, an office is named by its German noun ("Germany's justice minister" -> "justizminister")."""
    if not person:
        return []
    office: list[str] = []
    if language == "en" and (name := name_after_office(person)):
        return name  # "discrimination lawyer volker frey": the name identifies him, the office only describes
    if language == "en":
        person, office = _office(person)
        rest, german = _german_body(person)
        if german and (office or not [w for w in _content_words(rest) if not constraints.is_place(w)]):
            # the body's words are German now, not names ("the Austrian bar association"); a city qualifies it
            # ("vienna airport" is the "Flughafen Wien")
            person = rest
            if not office:  # the body asked about as a whole: "the Greens" are "die Grünen"
                return [alt for word in german for alt in word.split("|")]
    # a dotted acronym is one word ("die Rechtsschutzversicherung D.A.S.": "d.a.s"), not its letters
    found = re.findall(r"[A-ZÄÖÜ](?:\.[A-ZÄÖÜ])+|[\w-]+", person)
    if language == "de" and _qualifiers(person):
        found = _office_words(found)
    names = [w for w in found if w[:1].isupper() and len(w) > 2 and w.lower() not in _ARTICLES]
    if language == "de" and len(names) > 1 and _ROLE_WORD.search(names[0].lower()):
        named = [w for w in names if not _ROLE_WORD.search(w.lower()) and not constraints.is_place(w)]
        if len(named) >= 2 and analyze(named[-1], "de")[1] == "NE":  # first name and surname
            names = named  # "der britische Verteidigungsminister John Healey": the name identifies him, not the office
    # "the director of the Vienna State Opera", "the Vienna hospital association KAV": the city qualifies the office or
    # the body, it names no one (a city asked about alone is the body: "what did Vienna say")
    placeless = [w for w in names if not constraints.is_place(w)]
    if language == "en" and (office or placeless):
        names = placeless
    typed = [w for w in found if len(w) > 3 or (len(w) == 3 and w.isalpha() and w.lower() not in _FUNCTION_WORDS)]
    return office + [w.lower() for w in (names or ([] if office else typed))]


def surname_asked(person: list[str], texts: Iterable[str]) -> list[str]:
    """A German question's office with one name after it ("der britische Verteidigungsminister Healey",
    "staatsanwalt holzner"): the name alone identifies the person where an article prints it after a first name
    ("John Healey"), as an English question's name does (``name_after_office``); the office is held by others too
    ("Verteidigungsminister Boris Pistorius"). A word the articles print otherwise ("der OECD-Generalsekretär Panama",
    "Kurz" the adjective) keeps the office."""
    offices = [w for w in person if _ROLE_WORD.search(w)]
    names = [w for w in person if w not in offices and not _QUALIFIER.fullmatch(w) and not constraints.is_place(w)]
    if not offices or len(names) != 1 or len(names[0]) < 3:
        return person
    after_first = re.compile(rf"\b([A-ZÄÖÜ][\w-]+)\s+(?i:{re.escape(names[0])})\b")
    for text in texts:
        for m in after_first.finditer(text):
            first = m.group(1)
            if first.lower() not in _ARTICLES and not _ROLE_WORD.search(first.lower()) and german_name(first):
                return names
    return person


# An adjective of place, country or party before a German office ("der oberösterreichische FPÖ-Chef", "die britische
# Botschafterin", "der italienische Innenminister"), or the body after it in the genitive ("der Cheftrainer der
# österreichischen Skispringerinnen", "der Chef der Gewerkschaft"): it tells which holder of the office is asked about.
_QUALIFIER = re.compile(r"([a-zäöüß]{3,})isch(?:e|en|er|es|em)?")


_GENITIVE = frozenset({"der", "des"})


def _office_words(found: list[str]) -> list[str]:
    """The words of a German person phrase that name the office, without its qualifiers (``_qualifiers``)."""
    role = next((k for k, w in enumerate(found) if _ROLE_WORD.search(w.lower())), None)
    if role is not None and role + 1 < len(found) and found[role + 1].lower() in _GENITIVE:
        found = found[: role + 1]
    return [w for w in found if not _QUALIFIER.fullmatch(w.lower()) and not genitive_place(w)]


def genitive_place(word: str) -> bool:
    """A place in the genitive: before an office ("Südkoreas Verteidigungsminister", "Wiens Bürgermeister") or after a
    noun ("im Norden Israels")."""
    return len(word) > 4 and word[:1].isupper() and word.endswith("s") and constraints.is_place(word[:-1])


def _qualifier_stem(word: str) -> str:
    low = word.lower()
    if m := _QUALIFIER.fullmatch(low):
        return m.group(1)
    return low[:-1] if genitive_place(word) else _ENDING.sub("", low)


def foreign_qualifiers(person: str | None, language: str) -> list[str]:
    """The qualifiers of a German office asked about (``_qualifiers``) that name a country German-language news is not
    written in ("Südkoreas Verteidigungsminister", "der russische Botschafter" -> "südkor", "russis"): news names its
    own country's offices without one, so an office named plainly ("Verteidigungsminister Boris Pistorius") is not the
    foreign one, even where no article names the foreign holder."""
    if not person:
        return []
    if language != "de":  # "South Korea's defence minister", "the US defense secretary": an office with its country
        forms = constraints.german_country_forms(_office(person)[0]) if office_nouns(person) else ()
        if not forms or any(constraints.is_home(f) for f in forms):
            return []
        prefixes = dict.fromkeys(f[:NAME_PREFIX] for f in forms if " " not in f)
        return ["|".join([*prefixes, *(["us"] if "usa" in prefixes else [])])]  # "US-Verteidigungsminister"
    asked = set(_qualifiers(person))
    out: list[str] = []
    for w in re.findall(r"[\w-]+", person):
        country = constraints.country_of(w)
        prefix = _qualifier_stem(w)[:NAME_PREFIX]
        if country and not constraints.is_home(country) and prefix in asked and prefix not in out:
            out.append(prefix)
    return out


def _qualifiers(person: str) -> list[str]:
    """The first letters of the words that qualify an office asked about in German: its adjectives and the body
    after it ("der oberösterreichische fpö-chef" -> "oberös"; "der chef der gewerkschaft" -> "gewerk"), where the
    office is named and no one by name; else none."""
    found = re.findall(r"[\w-]+", person)
    office = [w.lower() for w in _office_words(found) if w.lower() not in _ARTICLES]
    if not office or not by_role(office):
        return []
    rest = [w.lower() for w in found if w.lower() not in _ARTICLES and w.lower() not in office]
    written = {w.lower(): w for w in found}
    stems = [_qualifier_stem(written[w]) for w in rest]
    return [w[:NAME_PREFIX] for w in stems if len(w) > 2]


_ENDING = re.compile(r"(?<=\w{3})(?:e|en|er|es|em)$")  # "der jungen Industrie" is "die Junge Industrie"


# Three-letter words of a person typed in lower case that are no name: "lee sedol" keeps "lee", "der chef der bka"
# keeps "bka", "the head of the ams" keeps "ams", but none of these.
_FUNCTION_WORDS = frozenset(
    """
    der die das des dem den ein the and und von vom zum zur für for aus bei mit its his her our who wer was wie
    sie ihr ihm uns man not nur auf bis out off new neu neo all has had hat ist war are
    """.split()
)


# The body a profession's members form, as the tail of a compound after the profession's noun.
_HOLDERS_BODY = r"(?:s|n|en|e)?(?:vereinigung|verband|verbands|verbände|kammer|gewerkschaft|vertretung)"


def _mentions(word: str, text: str) -> bool:
    """Does lower-case ``text`` name ``word`` of a person: a longer word anywhere (its inflected forms and compounds:
    "merkel" in "merkels"), a short one as a word of its own ("lee" in "südkoreaner lee", not in "allee")."""
    if len(word) > 3:
        if word.endswith("minister"):  # the minister, not the ministry ("Das russische Außenministerium")
            return re.search(rf"{re.escape(word)}(?!ium)", text) is not None
        # the office, not the body of its holders ("richter" is no "Vizepräsidentin der Richtervereinigung")
        return re.search(rf"{re.escape(word)}(?!{_HOLDERS_BODY})", text) is not None
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text) is not None


def body_words(person: str | None, language: str) -> list[str]:
    """The words of an English question naming the body whose office it asks about, typed in lower case ("team
    stronachs club chief" -> "team", "strona"): the office alone ("klubchef") is held by people of every party.
    Each word's first letters, without a possessive "s"; none where the question names the person."""
    if not person:
        return []
    if language != "en":
        return _qualifiers(person)
    rest, office = _office(person)
    rest, german = _german_body(rest)
    found = re.findall(r"[\w-]+", rest)
    if not office or any(w[:1].isupper() for w in found) or name_after_office(person):
        return []
    stems = [re.sub(r"(?:'s|’s|s)$", "", w.lower()) for w in found if w.lower() not in _NOT_A_BODY]
    return german + [w[:NAME_PREFIX] for w in stems if len(w) > 2]


def described_body(description: str) -> list[str]:
    """The words before the English office a name question describes that name the body it serves, typed in any case
    ("the nato spokeswoman" -> "nato"; "the Greens' budget spokesman" -> "grün", "budget"): as ``body_words`` gives
    them for a person asked about, without the words after the office ("the ambassador seoul summoned": a clause), a
    country or nationality ("the north korean diplomat": German news names it in its own words, and a foreign office
    is checked by ``foreign_qualifiers``) and an English adjective ("the bulgarian ambassador", "the new coach"). None
    where the description names no office."""
    found = _office_match(description)
    if found is None:
        return []
    before, german = _german_body(description[: found[0].start()])
    written = [w for w in re.findall(r"[\w'’-]+", before) if w.lower() not in _NOT_A_BODY]
    national = {
        i + k
        for i in range(len(written))
        for n in (1, 2)
        if i + n <= len(written) and constraints.german_country_forms(" ".join(written[i : i + n]))
        for k in range(n)
    }
    stems = [
        re.sub(r"(?:'s|’s)$", "", w.lower())
        for i, w in enumerate(written)
        if i not in national and not constraints.is_place(w) and not analyze(w.lower(), "en")[1].startswith("AJ")
    ]
    return german + [w[:NAME_PREFIX] for w in stems if len(w) > 2]


def _german_body(text: str) -> tuple[str, list[str]]:
    """``text`` without the English words of a body or field the table knows (``_bodies_en``), and their German
    words in the order written: "the greens' budget" -> "grün", "budget"; "the Austrian bar association" ->
    "anwaltskammer" (a country or nationality qualifies, it is not required). Alternatives are joined by "|"."""
    found: list[tuple[int, str]] = []
    lowered = text.lower()
    for phrase, german, pattern in _bodies_en():
        if phrase not in lowered:
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), german))
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text, [german for _, german in sorted(found) if german != "-"]


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in _NOT_A_BODY]


@cache
def _bodies_en() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The English words of a body, the field or party an office serves, or a country (``vocab``): each phrase, its
    German words joined by "|" ("-" for a country) and its pattern; longest phrase first."""
    return tuple(
        (row.name, "|".join(row.german), re.compile(rf"(?<![\w'’]){re.escape(row.name)}(?:'s|’s|'|’)?(?![\w'’])", re.I))
        for row in vocab.of_kind("body", "field", "nation")
    )


def _has(word: str, text: str) -> bool:
    """Does lower-case ``text`` have a body word, or one of its German alternatives ("spö|spd|sozialdemokrat")?"""
    return any(_mentions(alt, text) for alt in word.split("|"))  # a short one as a word: "eu", not in "neu"


def names_asked(words: Sequence[str], text: str) -> bool:
    """Does ``text`` name a word of a person or body asked about ("Berufsrettung" in "…, sagte Andreas Huber, Sprecher
    der Wiener Berufsrettung"), or one of its German alternatives?"""
    lower = text.lower()
    return any(_has(w, lower) for w in words)


def named_body(body: list[str], articles: list[str]) -> list[str]:
    """The words of ``body_words`` that some candidate article has: the office-holder asked about must be named with
    them ("what did the mayor of hallwang say": not the mayor of another town an article names); an English word no
    article has tells nothing."""
    texts = [text.lower() for text in articles]
    return [w for w in body if any(_has(w, text) for text in texts)]


_NOT_A_BODY = frozenset("the a an of for from at in s the's their his her its".split())


def names_checkably(person: str | None, language: str) -> bool:
    """Do the identifying words of a person asked about name them in German text: a German question's words, an
    English office the table translates ("justizminister"), or a name ("Putin", "mark rutte", "kaske")? An English
    description ("the esa flight director", "the head of the chamber of labour") does not: its words turn up in
    German text by accident ("Labour-Abgeordnete"), and a sentence naming them is no sign the person is there."""
    if language != "en" or not person:
        return True
    rest, office = _office(person)
    if len(office) == 1:
        return True
    # no office, or one of several ("the head of …": Chef, Leiter, Präsident, Direktor): the rest must name them
    written = re.findall(r"[\w'’-]+", rest)
    if any(ACRONYM.fullmatch(w) for w in written):
        return True  # "the head of the IMF": an acronym is written alike in German
    return bool(written) and written[0].lower() not in _DESCRIBING


_DESCRIBING = frozenset("the a an one some this that these those".split())


ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")  # a body's or office's letters ("IMF", "ORF"), with fullmatch


# What follows an English office and is no name: the body it serves ("director of the opera"), or a clause.
_NOT_A_NAME_AFTER = re.compile(r"^\W*(?:of|for|at|in|from|on|to|the|who|that|and|or|'s|’s|s)\b", re.IGNORECASE)


# An office's field written into its title, no article between ("Secretary of State", "Minister of Defence"): a name
# may follow it ("… of the Vienna State Opera" names a body instead).
_TITLE_OF = re.compile(r"^\s+of\s+[A-Z][a-z]+(?=\s+[A-Z])")


def name_after_office(person: str) -> list[str]:
    """The name an English question gives after an office or a field's noun, lower case as typed ("discrimination
    lawyer volker frey" -> volker, frey; "psychologist hofmann" -> hofmann): in English the descriptor comes first.
    Nothing where the office ends the phrase or the body follows it ("the director of the Vienna State Opera")."""
    end = _office_end(person)
    after = person[end:] if end is not None else ""
    if titled := _TITLE_OF.match(after):  # "Secretary of State Antony Blinken": the title's field, then the name
        after = after[titled.end() :]
    if not after.strip() or _NOT_A_NAME_AFTER.match(after):
        return []
    words = [w.lower() for w in re.findall(r"[\w-]+", after) if len(w) > 2]
    return words if 1 <= len(words) <= 3 else []


def _office(person: str) -> tuple[str, list[str]]:
    """``person`` without the English phrase that names an office, and that office's German noun."""
    found = _office_match(person)
    if found is None:
        return person, []
    m, german = found
    return person[: m.start()] + person[m.end() :], german


def office_nouns(person: str) -> list[str]:
    """The German nouns of the office an English phrase names ("the nato spokeswoman" -> sprecherin), if any."""
    return _office(person)[1]


def _office_end(person: str) -> int | None:
    found = _office_match(person)
    return found[0].end() if found else None


def _office_match(person: str) -> tuple[re.Match[str], list[str]] | None:
    """Where ``person`` names an English office (the longest phrase of the table first, then a field's noun), and
    that office's German nouns."""
    lowered = person.lower()
    for pattern, german in _role_patterns():
        m = pattern.search(lowered)
        if m:
            nouns = german.split("|")
            if re.match(r"vice|deputy", m.group(0)):  # "the vice foreign minister" is the "Vize-Außenminister"
                nouns = [f"vize{sep}{noun}" for noun in nouns for sep in ("-", "")]
            return m, nouns
    # a field's noun inside a body's name is no office ("the Communist Party" is the KPÖ, not a Kommunist)
    bodiless = _german_body(person)[0].lower()
    for pattern, ending in _LEARNED_EN:
        m = pattern.search(bodiless)
        if m:
            return m, [_german_spelling(m.group(1)) + ending]
    return None


# English nouns of a person by the suffix of their field, and the German ending of the same word: a scholar's "-ologist"
# is a "-loge" ("the sociologist" is "der Soziologe", "die Virologin"), an "-ician" an "-iker" ("the politician" is a
# "Politiker", "the technician" a "Techniker"), an "-ist" an "-ist" ("the activist" is an "Aktivist", "the journalist"
# a "Journalistin"). The table of offices (``_roles_en``) is read first ("the economist" is an "Ökonom").
_LEARNED_EN = (
    (re.compile(r"\b([a-z]+o)logists?\b"), "log"),
    (re.compile(r"\b([a-z]{3,})icians?\b"), "iker"),
    (re.compile(r"\b([a-z]{4,})ists?\b"), "ist"),
)


def _german_spelling(stem: str) -> str:
    """An English stem spelt the German way ("socio" -> "sozio", "crimino" -> "krimino", "activ" -> "aktiv"): a "c"
    is a "z" before e, i and y, else a "k"; "ch" stays ("psycho")."""
    german = re.sub(r"c(?=[eiy])", "z", stem)
    return re.sub(r"c(?!h)", "k", german)


@cache
def _roles_en() -> tuple[tuple[str, str], ...]:
    """The English offices (``vocab``, kind "office") and their German nouns joined by "|", longest phrase first."""
    return tuple((row.name, "|".join(row.german)) for row in vocab.of_kind("office"))


@cache
def _role_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``_roles_en`` as patterns (with "vice"/"deputy" before, a plural "s" after), compiled once: asked of every
    candidate, they pushed other patterns out of ``re``'s cache (375 compiles again per 200 studied questions)."""
    return tuple(
        (re.compile(rf"\b(?:(?:vice|deputy)[\s-]+)?{re.escape(phrase)}s?\b"), german) for phrase, german in _roles_en()
    )


def person_match(person: list[str], c: Candidate, body: Sequence[str] = (), role: bool = False) -> float:
    """1 if the person speaks in the sentence, 0.5 if it names them, 0.25 if the one before does, else -1.

    An office asked about with its body ("team stronachs club chief": ``body``) speaks where the office does and the
    sentence, its source or the one before names that body ("Das Team Stronach will … nicht zustimmen. … laut
    Klubchef Robert Lugar …"), not the Neos' "stellvertretender Klubchef". A body asked about speaks through a
    member named by post alone right after a sentence that names it, in the body's "wir" ("Die Pilotenvereinigung
    Cockpit wurde … erwischt. Wir sind vollkommen überrascht, erklärte Vorstand Markus Wahl."), or through a speaker
    the sentence gives a post of it ("…, wie Sabine Matejka, Vizepräsidentin der Richtervereinigung, darlegte")."""
    if not person:
        return 0.0
    said_by = " ".join(s for s in (c.source, c.info.speaker) if s).lower()
    if not (_asks_body(person) and _SPOKESPERSON.search(said_by)):
        said_by = _PROXY.split(said_by, maxsplit=1)[0]  # "die Sprecherin der Außenbeauftragten Mogherini" is not her
    if not said_by:  # "Sie kennt das Haus, streute der Operndirektor ihr Rosen": named after words, by a verb unknown
        said_by = (named_after_words(person, c.text) or "").lower()
    if said_by and any(_mentions(w, said_by) for w in person) and not _namesake(person, c.source or ""):
        near = f"{said_by} {c.text} {c.before}".lower()
        return 1.0 if all(_has(w, near) for w in body) and not _of_another_body(person, body, said_by) else 0.5
    if said_by and (_heads_body(person, body, said_by) or _its_spokesperson(person, said_by)):
        return 1.0
    text = c.text.lower()
    named = any(_mentions(w, text) for w in person)
    if said_by and named and any(_mentions(w, post) for post in _posts_of(c) for w in person):
        return 1.0
    if _member_speaking(c) and any(_mentions(w, c.before.lower()) for w in person) and not _person_named(person):
        return 1.0
    if named and _explains_for_body(c):
        return 1.0  # "Ein ähnliches Modell schwebt auch der Arbeiterkammer vor, wie Steuerexperte X erläutert."
    if (named or any(_mentions(w, c.before.lower()) for w in person)) and _its_member(c):
        return 1.0  # "Anders die FPÖ: …, meint deren Sozialsprecher Herbert Kickl."
    if _announced_by(person, c) or _after_body_acts(person, c):
        return 1.0
    if _states_for(person, c):
        return 1.0  # "Die D.A.S. dazu in einer Stellungnahme: …", "Aus dem Büro Nagl heißt es: …"
    if role and _named_after_role(c) and any(_mentions(w, c.before.lower()) for w in person):
        return 1.0  # asked by role ("der Geschäftsführer"), named in the sentence before, speaking here by name
    if not said_by and _opens_on_view(person, c.text):
        return 1.0  # "Gnesda bezeichnet den Brief … als problematisch": their view, with no verb of saying after words
    if said_by and not body and _epithet_after_name(person, c):
        return 1.0  # "Dass …, glaubt Schneeweiß nicht. Man darf aber davon ausgehen, …, so der Forscher."
    if named:
        return 0.5
    if c.before and any(_mentions(w, c.before.lower()) for w in person):
        return 0.25
    return -1.0


# A body's word given as its statement or release, or as what its office lets be said: "in einer Stellungnahme",
# "hieß es in einer Aussendung", "laut einer Mitteilung", "Aus dem Büro Nagl heißt es".
_STATEMENT = re.compile(
    r"\b(?:(?:presse)?stellungnahme|(?:presse)?aussendung|(?:presse)?mitteilung|(?:presse)?erklärung|statement"
    r"|press release)\b|\b(?:aus dem|im) büro\b"
)
# ... not one about or to the body: "in einer Stellungnahme an die BIG", "eine Aussendung gegen die FPÖ"
_ADDRESSED = re.compile(r"^\s*(?:an|gegen|über|zu|zur|zum|to|about|against)\b")
_SAYS = re.compile(r"\b(?:heißt|hieß|hiess|hiesse|so|dazu|laut|says|said|stated)\b|:")


def statement_by(person: list[str], c: Candidate, article: str) -> str | None:
    """The body asked about as the sentence (or the one before it) names it, where the sentence gives its statement
    (``_states_for``): "D.A.S.", "BIG", "Nagl"; the claim's source, whoever the index took the words for."""
    words = [w for w in person + _acronyms(person, {"": article}) if not _ROLE_WORD.search(w) and w != "büro"]
    if not words or any(_mentions(w, (c.source or "").lower()) for w in words) or not _states_for(words, c):
        return None  # a source that names them already is theirs
    for text in (c.text, c.before):
        for w in words:
            m = re.search(rf"(?i)(?<![\w.]){re.escape(w)}[\w.]*", text)
            if m:
                return m.group()
    return None


def _states_for(person: list[str], c: Candidate) -> bool:
    """Is the sentence a statement of the body asked about: a statement, release or its office's word, with the body
    named in the same clause ("Die D.A.S. dazu in einer Stellungnahme gegenüber DER STANDARD: …", "…, heißt es in einer
    Stellungnahme, die die BIG dem STANDARD übermittelte: …", "Aus dem Büro Nagl heißt es …"), or, named by no one
    else, right after a sentence that opens on the body ("Der KAV hat die Vorwürfe zurückgewiesen. Alle Vorgänge
    korrekt, hieß es in einer Aussendung.")? A body is not silent when it speaks through a document."""
    words = [w for w in person if not _ROLE_WORD.search(w) and w != "büro"]
    if not words:
        return False
    text = c.text.lower()
    for m in _STATEMENT.finditer(text):
        if _ADDRESSED.match(text[m.end() :]):
            continue
        start = max(text.rfind(",", 0, max(0, m.start() - 40)), text.rfind(":", 0, m.start()), 0)
        end = min((i for i in (text.find(":", m.end()), text.find(".", m.end() + 40)) if i >= 0), default=len(text))
        clause = text[start : min(end, m.end() + 60)]
        if not _SAYS.search(clause):
            continue
        if any(_mentions(w, clause) for w in words):
            return True
        after = text[m.end() : m.end() + 25]
        if re.match(r"\s*(?:des|der|von|vom|of)\b", after):
            continue  # "in einer Aussendung der SPÖ": another body's
        # the body as the subject the sentence before opens on ("Der Wiener Krankenanstaltenverbund (KAV) hat …"),
        # not one it names further on ("Häupl verwies an den KAV.")
        opening = re.findall(r"[\w.-]+", c.before)[:4]
        subject = " ".join(opening[1:] if opening and opening[0].lower() in _ARTICLES else opening[:1]).lower()
        if c.before.strip()[-1:] in ".!?" and any(_mentions(w, subject) for w in words):
            return True
    return False


def _namesake(person: list[str], source: str) -> bool:
    """Is the speaker someone else who shares a name with the person asked about by full name: a name asked about is
    followed in the speaker phrase by another name than the one asked after it ("Vize-Außenminister Kim Hong Kyun"
    for "Kim Jong-un"; "Südkoreaner Lee" is still Lee Sedol)?"""
    if not 2 <= len(person) <= 3 or any(_ROLE_WORD.search(w) or constraints.is_place(w) for w in person):
        return False  # a full name, not an office with its place ("bürgermeister", "raggal")
    written = re.findall(r"[\w-]+", source)
    for k, w in enumerate(written[:-1]):
        low = w.lower()
        if low in person[:-1] and analyze(w, "de")[1] == "NE":  # a name, not an office ("Zollbeamter Peter Huber")
            after = written[k + 1]
            if after[:1].isupper() and after.lower() != person[person.index(low) + 1]:
                return True
    return False


# Posts a body's member speaks for it from ("Vorstand Markus Wahl", "Sprecherin Anna Berg", "Klubchef Robert Lugar").
_POST = re.compile(
    r"(?:vorstand|vorstandsmitglied|vorsitzende[r]?|chef|sprecher|präsident|obmann|obfrau|geschäftsführer|"
    r"generalsekretär|direktor|leiter)(?:in)?$"
)


# The nouns that name whoever heads a body: "der Chef der BKA" is the "BKA-Präsident", "the head of the union" its
# "Gewerkschaftschef" or "Vorsitzende".
_HEAD = re.compile(r"(?:chef|leiter|präsident|vorsitzende|direktor|obmann|obfrau|boss)(?:in|r)?\b")


def _of_another_body(person: list[str], body: Sequence[str], said_by: str) -> bool:
    """Does the speaker phrase give the office asked about with its body before it in one word, and another body than
    the one asked about ("Arbeiterkammer-Präsident Rudolf Kaske" for the head of the trade union federation, a
    "Vizepräsident" for the president), where the sentence names the body asked about elsewhere?"""
    if not body:
        return False
    for token in re.findall(r"[\w-]+", said_by):
        for w in person:
            at = token.find(w)
            if at > 2 and not any(_has(b, token[:at]) for b in body):
                return True
    return False


def _heads_body(person: list[str], body: Sequence[str], said_by: str) -> bool:
    """Is the head of a body asked about ("der chef der bka") the speaker, named as its head by another noun
    ("BKA-Präsident Holger Münch")? Only a plain head noun asked about, and every word of the body with it."""
    return (
        bool(body)
        and all(_HEAD.fullmatch(w) for w in person)
        and _HEAD.search(said_by) is not None
        and all(_has(w, said_by) for w in body)
    )


# A post of a body, as the head of an apposition ("Vizepräsidentin der Richtervereinigung", "Vorsitzende der Jungen
# Industrie", "Obmann des Vereins"); not a spokesperson or lawyer, who may speak for a person (``_PROXY``).
_BODY_POST = (
    r"(?:[\w-]*(?:vorstand|vorsitzende|chef|präsident|obmann|obfrau|geschäftsführer|generalsekretär|direktor|leiter|"
    r"mitglied|gründer)\w*)"
)


_OF_BODY = r"(?:der|des|vom|von)\s+[^,.;:()]+"


_POST_AFTER = re.compile(rf"([\w-]+)\s*,\s*(?:\w+\s+){{0,2}}?({_BODY_POST}\s+{_OF_BODY})", re.IGNORECASE)


_POST_BEFORE = re.compile(rf"\b({_BODY_POST}\s+{_OF_BODY}?)\s*,\s*((?:[\w.-]+\s+){{0,2}}[\w-]+)", re.IGNORECASE)


# A comma, then a finite verb, maybe an adverb or a phrase of time or place, and its subject after it: the person
# named after their words ("…, streute der verlängerungswillige Operndirektor …", "Dass …, glaubt Schneeweiß nicht.",
# "…, erklärte am späten Montagabend der Sprecher des Krisenstabes …")
_AFTER_WORDS = re.compile(
    r",\s+([a-zäöüß]+)\s+(?:(?:auch|nun|aber|jedoch|dann|noch|wiederum)\s+)?"
    r"(?:(?:am|im|in|an|vor|nach|bei|beim|gegenüber)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*\s+)?"
    r"(?:(der|die)\s+(?:[a-zäöüß][\w-]*\s+){0,2})?([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})"
)
# Conjunctions opening a clause of its own before the comma: then the verb after it is the narration's, not a verb
# of saying after someone's words ("Nachdem die Wahl vorbei war, reiste der Minister ab").
_SUBORDINATE = frozenset(
    """
    nachdem als weil wenn obwohl obgleich während bevor ehe seit seitdem sobald solange falls da ob wie wo damit
    sodass bis indem sofern soweit trotzdem wer was welche welcher welches
    """.split()
)


def named_after_words(person: Sequence[str], text: str, earlier: str = "") -> str | None:
    """The person asked about as a sentence names them as the subject right after their words, in the order of German
    attribution, by a verb the lexicon of saying lacks ("Sie kennt das Haus sehr gut und brennt für die Oper, streute
    der verlängerungswillige Operndirektor seiner Wunsch-Ballmutti Rosen" -> "der Operndirektor"; "Dass die
    Pflanzenvielfalt unterschätzt wird, glaubt Schneeweiß nicht." -> "Schneeweiß"), without adjectives; None after a
    clause of its own ("Nachdem …, reiste der Minister ab"), after a few words, or where no such subject names them.
    With no ``person`` (a question asking who said it) any such subject that names a person: a name or a role
    (``_names_person``), or a surname HanTa reads as a common noun that the ``earlier`` text of its article gives
    after a first name ("…, attestiert Hauer." after "Verwaltungsrechtler Andreas Hauer")."""
    first = re.match(r"\W*([\w-]+)", text)
    if first is None or first.group(1).lower() in _SUBORDINATE:
        return None
    for m in _AFTER_WORDS.finditer(text):
        subject = m.group(3)
        if len(re.findall(r"[\w-]+", text[: m.start()])) < 4:
            continue
        if not (
            any(_mentions(w, subject.lower()) for w in person)
            if person
            else _names_person(m.group(2), subject) or _named_in_full(m.group(2), subject, earlier)
        ):
            continue
        if analyze(m.group(1), "de")[1].startswith("VV") and not analyze(first.group(1), "de")[1].startswith("APPR"):
            # ... and no adverbial of time or place before the comma ("Nach dem Spiel, das 2:1 endete, jubelte X")
            return f"{m.group(2)} {subject}" if m.group(2) else subject
    return None


def _names_person(article: str | None, subject: str) -> bool:
    """Does a subject after someone's words name a person: a role ("der Operndirektor", "Bürgermeister Kurt Fischer")
    or, with no article before it, a proper name that is no place ("Schneeweiß", "Robin Wright"; not "Hamburg")? A
    common noun HanTa reads as a name after an article is not one ("die Zeitung", "der Verein")."""
    words = subject.split()
    if any(is_role_word(w.lower()) for w in words):
        return True
    return article is None and any(analyze(w, "de")[1] == "NE" and not constraints.is_place(w) for w in words)


def _named_in_full(article: str | None, subject: str, earlier: str) -> bool:
    """Is a bare word (no article before it) a surname the earlier text gives after a first name ("Andreas Hauer")?"""
    if article is not None or " " in subject:
        return False
    return any(
        analyze(m.group(1), "de")[1] == "NE"
        for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(subject)}\b", earlier)
    )


def _epithet_after_name(person: list[str], c: Candidate) -> bool:
    """Is the speaker an epithet ("der Forscher", "der 47-Jährige") right after a sentence that names the person
    asked about and gives no one else's words: news goes on about a person so ("Dass …, glaubt Schneeweiß nicht.
    Man darf aber davon ausgehen, …, so der Forscher.")?"""
    written = c.info.speaker or c.source or ""
    if not epithet(written) or any(_ROLE_WORD.search(w) for w in person):
        return False  # an office asked about ("Ferrari's technical director"): the epithet may be anyone it named
    if c.source and c.source != written and not any(_mentions(w, c.source.lower()) for w in person):
        return False  # the article's analysis resolved the epithet to someone else ("der 47-Jährige": Allison, the
        # subject of the sentence before, not Schumacher, whom that sentence names too)
    other = (c.previous_info.source if c.previous_info else None) or ""
    if other:  # the sentence before is someone's words: theirs, or the epithet may be for the one they spoke of
        return any(_mentions(w, other.lower()) for w in person)
    return any(_mentions(w, c.before.lower()) for w in person)


def epithet_named(person: Sequence[str], text: str, before: int) -> str | None:
    """The person asked about as the article names them last before ``before`` (a few sentences back), in the fullest
    form it gave: whom an epithet speaker of theirs ("so der Forscher") stands for ("Gerald Schneeweiß")."""
    found = None
    start = max(0, before - EPITHET_REACH)
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w-]+", text[start:before]):
        word = m.group(0)
        if any(_mentions(w, word.lower()) for w in person) and not epithet(f"der {word}"):
            found = word
    return fullest_name(text, found, before) if found else None


EPITHET_REACH = 600  # characters back to the name an epithet speaker stands for


def _opens_on_view(person: list[str], text: str) -> bool:
    """Does a sentence open on the name of the person asked about as the subject of a verb that gives a view
    ("Gnesda sieht das Schreiben … als problematisch.", "Manahl sieht die Aufnahme … als Verpflichtung.")? News
    reports what someone thinks so, with no words of theirs for attribution to find."""
    return view_holder(text, person) is not None


def view_holder(text: str, person: Sequence[str]) -> str | None:
    """The name of the ``person`` asked about a sentence opens on as the subject of a verb that gives a view ("Gnesda
    sieht …" -> "Gnesda"). The verb is tagged only for a sentence that opens on their name (HanTa: ~0.5 ms a word)."""
    words = re.findall(r"[\w-]+", text[:80])
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in person:
        return None
    lemma, tag = analyze(words[1], "de")
    return words[0] if tag.startswith("VV") and lemma in LABEL_VERBS else None


def _posts_of(c: Candidate) -> list[str]:
    """The posts of a body a sentence gives its speaker in an apposition, lower case: "…, wie Sabine Matejka,
    Vizepräsidentin der Richtervereinigung, darlegte" -> "vizepräsidentin der richtervereinigung"; "die Vorsitzende
    der Jungen Industrie, Therese Niss, …". The speaker speaks for that body."""
    names = [w for w in re.findall(r"[\w-]+", c.source or c.info.speaker or "") if w[:1].isupper()]
    if not names:
        return []
    last = names[-1]
    after = [m.group(2) for m in _POST_AFTER.finditer(c.text) if m.group(1) == last]
    before = [m.group(1) for m in _POST_BEFORE.finditer(c.text) if last in m.group(2).split()]
    return [post.lower() for post in after + before]


_WE = re.compile(r"\b(?:[Ww]ir|uns|unsere?[nmrs]?|Unsere?[nmrs]?)\b")


def _member_speaking(c: Candidate) -> bool:
    """Does a member, named by a post in no body ("Vorstand Markus Wahl", not "ÖVP-Klubchef …" or "Klubchef der
    Neos …"), speak in the sentence for a body ("wir", "unser")?"""
    words = re.findall(r"[\w-]+", c.source or "")
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if len(words) < 2 or "-" in words[0] or not _POST.search(words[0].lower()):
        return False
    if not all(w[:1].isupper() for w in words[1:]):
        return False  # "Klubchef der Neos Nikolaus Scherak": the post names its body
    return _WE.search(c.text) is not None


def _person_named(person: Sequence[str]) -> bool:
    """Is the one asked about a person, asked by first name and surname (two words HanTa tags as names, neither a known
    place: "Rafael Benitez", not "Austria Wien")? A body speaks in its member's "wir", a person does not ("Wir stehen
    voll hinter ihm, sagte Perez" after a sentence on the club's coach Benitez is the president's word on him)."""
    return any(
        all(analyze(w[:1].upper() + w[1:], "de")[1] == "NE" and not constraints.is_place(w) for w in (first, last))
        for first, last in pairwise(person)
    )


def _explains_for_body(c: Candidate) -> bool:
    """Does a member, named by a post in no body ("Steuerexperte Otto Farny"), explain a view the sentence gives the
    body it names ("Ein ähnliches Modell schwebt auch der Arbeiterkammer vor, wie Steuerexperte Otto Farny
    erläutert.")? A sentence that says what a body holds "as X explains" (``according_to``) gives it through them."""
    if c.info.how != "according_to":
        return False
    words = re.findall(r"[\w-]+", c.source or "")
    if len(words) < 3 or "-" in words[0] or not _MEMBER_POST.search(words[0].lower()):
        return False
    return all(w[:1].isupper() for w in words[1:])  # "Klubchef der Neos Nikolaus Scherak": a post of another body


_MEMBER_POST = re.compile(rf"(?:{_POST.pattern}|experte|expertin)$")


# A sentence that announces a reaction from a body: "Widerspruch kam von der OECD", "Kritik gab es auch von den
# Grünen", "Lob kommt aus der Wirtschaftskammer".
_REACTION = re.compile(
    r"\b(?:Kritik|Widerspruch|Lob|Zustimmung|Ablehnung|Protest|Reaktion(?:en)?|Unterstützung|Skepsis|Applaus)\b"
    r"[^.!?]*?\b(?:von|vom|seitens|aus)\s+(?P<rest>[^.!?]*)"
)


# A sentence in which a body shows how it takes something ("Auch die Wirtschaftskammer zeigt sich im Wesentlichen
# zufrieden.", "Zufrieden zeigte sich die Gewerkschaft"): the person named right after speaks for it.
_SHOWS_ITSELF = re.compile(r"\b(?:zeigt|zeigte|zeigen|zeigten)\s+sich\b")


def _announced_by(person: list[str], c: Candidate) -> bool:
    """Does the sentence before announce a reaction from the body asked about, and this sentence give a person's words
    by name ("Allerdings gibt es auch Widerspruch an dieser Darstellung, und zwar von der Industriestaatenorganisation
    OECD. Andreas Schleicher, der als Vater der Pisa-Tests gilt, meint, dass …")? They speak for it. Not a speaker
    the sentence gives a post of another body ("SPÖ-Sozialsprecher …")."""
    m = _REACTION.search(c.before)
    named = m.group("rest") if m else (c.before if _SHOWS_ITSELF.search(c.before) else "")
    if not named or not any(_mentions(w, named.lower()) for w in person):
        return False
    if not c.source:  # "Fassungslos … zeigten ArbeitnehmerInnen-Sprecherin Birgit Schatz und …: Bei einer …"
        return NAMED_IN.search(c.text) is not None
    words = re.findall(r"[\w-]+", c.source or "")
    return (
        len(words) >= 2
        and all(w[:1].isupper() and "-" not in w for w in words[:2])
        and surname(c.source or "") is not None
    )


# A sentence that opens on a body as its subject ("Die KPÖ erteilte … eine Absage.", "Auch die Wirtschaftskammer zeigt
# sich … zufrieden.").
_BODY_OPENS = re.compile(r"(?:(?:Auch|Doch|Und|Dagegen)\s+)?(?:[Dd]ie|[Dd]er|[Dd]as)\s+([\w-]+)\s+[a-zäöüß]")


def _after_body_acts(person: list[str], c: Candidate) -> bool:
    """Does the sentence before open on the body asked about as acting ("Die KPÖ erteilte … Vollath eine Absage."), and
    this one give the words of a person by name and a post of no other body ("Begründung des Landtagsabgeordneten Werner
    Murgg: Es ist keine gute Sitte, …")? They speak for it."""
    m = _BODY_OPENS.match(c.before)
    if not m or not c.source or not any(_mentions(w, m.group(1).lower()) for w in person):
        return False
    if _ROLE_WORD.search(m.group(1).lower()):
        return False  # "Der Geschäftsführer der Waldorfschule hat …": a person by office, who speaks for himself
    words = re.findall(r"[\w-]+", c.source)
    if any("-" in w for w in words) or any(w.lower() in ("von", "vom", "bei", "aus") for w in words):
        return False  # "SPÖ-Klubobmann …", "ein Sprecher von …": another body's
    return len([w for w in words if w[:1].isupper()]) >= 3 and surname(c.source) is not None


# Someone named by first name and surname inside a sentence, after a lower-case word or their post ("zeigten
# ArbeitnehmerInnen-Sprecherin Birgit Schatz"), and no longer name.
NAMED_IN = re.compile(r"(?<=[a-zäöüß,] )(?:[A-ZÄÖÜ][\w-]+ )?[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+\b(?! [A-ZÄÖÜ])")


# A possessive before a post: the post of the body named just before ("die FPÖ …, meint deren Sozialsprecher").
_THEIR = r"(?:deren|dessen|ihre?[nmrs]?|seine?[nmrs]?|Ihre?[nmrs]?|Seine?[nmrs]?)"


def _its_member(c: Candidate) -> bool:
    """Does the sentence give its speaker by a post of a body it names by a possessive alone ("meint deren
    Sozialsprecher Herbert Kickl", "Ihr Chef Max Muster sagte")? The body named in the sentence or the one before
    speaks through them."""
    words = re.findall(r"[\w-]+", c.source or "")
    if words and words[0].lower() in _ARTICLES | {"deren", "dessen"}:
        words = words[1:]
    if not words or "-" in words[0] or not _POST.search(words[0].lower()):
        return False
    return re.search(rf"\b{_THEIR}\s+{re.escape(words[0])}\b", c.text) is not None


def persons_asked(
    person: list[str],
    body: list[str],
    candidates: Sequence[Candidate],
    role: bool = False,
    articles: Mapping[str, str] | None = None,
    foreign: Sequence[str] = (),
    strict: bool = False,
) -> list[float]:
    """``person_match`` of each candidate; the body of an office asked about counts only where some office-holder is
    named with it ("the green education spokesman": no "green" by "Grünen-Bildungssprecher", so any spokesman).
    The holder an article (its text in ``articles``) names with the office and its body anywhere speaks for it under
    their surname ("…, warnt Rupert Wolff, Präsident des Österreichischen Rechtsanwaltskammertages", then "…, mahnt
    Wolff."), whether or not the search found that sentence. Where no article names the office with its body, any
    holder speaks for it, but not for an office of a foreign country (``foreign``: ``foreign_qualifiers``):
    "Verteidigungsminister Boris Pistorius" is not "Südkoreas Verteidigungsminister"."""
    persons = _persons_asked(person, body, candidates, role, articles, foreign, strict)
    foreign = [w for w in foreign if w in body]
    if not foreign:
        return persons
    # the holder an article names with the country, or a sentence among the candidates does, speaks under their name
    qualified = _qualified_office(person, foreign)
    named = named_holders(
        person,
        foreign,
        {d: "\n".join(x for x in _SENTENCES.split(t) if qualified.search(x)) for d, t in (articles or {}).items()},
    )
    holders = [c for c in candidates if qualified.search(f"{c.source or ''} {c.text}")]
    return [
        0.5
        if p == 1.0
        and not _said_as(foreign, c)
        and _last_word(c.source) not in named.get(c.doc_id, ())
        and not _holder_speaks(person, c, holders)
        else p
        for c, p in zip(candidates, persons, strict=True)
    ]


def _qualified_office(person: list[str], qualifiers: Sequence[str]) -> re.Pattern[str]:
    """A country's word right before the office, or joined to it ("Italiens Innenminister", "des russischen
    Verteidigungsministers", "US-Verteidigungsminister"): that holder is the country's; a sentence naming the office
    and, elsewhere, the country ("… im Krieg Russlands, sagte Verteidigungsminister Pistorius") does not say so."""
    country = "|".join(re.escape(alt) for w in qualifiers for alt in w.split("|"))
    office = "|".join(re.escape(w) for w in person)
    return re.compile(rf"(?i)\b(?:{country})[\w]*(?:-|\s+)(?:[\w-]+\s+)?[\w-]*(?:{office})")


def _said_as(qualifiers: Sequence[str], c: Candidate) -> bool:
    """Does the speaker phrase itself give the office its country ("der südkoreanische Verteidigungsminister Shin
    Won Sik", "Südkoreas Verteidigungsminister")? A sentence before that merely names the country does not make a
    plainly named minister that country's."""
    said_by = " ".join(s for s in (c.source, c.info.speaker) if s).lower()
    if all(_has(w, said_by) for w in qualifiers):
        return True
    # ... or the sentence before has the country act, and this one goes on with its official ("Die südkoreanische
    # Regierung bestellte den Botschafter ein. Vize-Außenminister Kim Hong Kyun äußerte …"); not a heading before it
    # ("Südkorea: 1500 Soldaten verlegt"), nor a country the sentence before names further on ("im Krieg Russlands")
    before = c.before.strip()
    opening = " ".join(re.findall(r"[\w-]+", before)[:4]).lower()
    return before[-1:] in '.!?"“”' and all(_has(w, opening) for w in qualifiers)


def _persons_asked(
    person: list[str],
    body: list[str],
    candidates: Sequence[Candidate],
    role: bool,
    articles: Mapping[str, str] | None,
    foreign: Sequence[str],
    strict: bool,
) -> list[float]:
    if not role and not body and articles:
        person = person + _acronyms(person, articles) + _initialisms(person, articles)
    persons = [person_match(person, c, body, role) for c in candidates]
    offices = [w for w in person if _ROLE_WORD.search(w)]
    if body:
        named = named_holders(person, body, articles or {})
    elif offices and not role and articles:  # an office with words that are no body ("the Hypo inquiry committee")
        named = named_holders(offices, [w for w in person if w not in offices], articles)
    elif role and articles:  # the office alone: its holder wherever an article names them with it
        named = named_holders(person, [], articles)
    else:
        named = {}
    if named:
        persons = [
            1.0 if p < 1.0 and _last_word(c.source) in named.get(c.doc_id, ()) else p
            for c, p in zip(candidates, persons, strict=True)
        ]
    if not body or max(persons, default=0.0) == 1.0:
        return persons
    holders = [c for c in candidates if _names_office_of(person, body, c)]
    if not holders and not named:
        kept = [w for w in body if w in foreign or strict]
        return [person_match(person, c, kept, role) for c in candidates]
    # "…, kommentierte Innenminister Alfano." where the article named him "der italienische Innenminister Angelino
    # Alfano": the qualified holder, under the name the article gave with the qualifier
    return [
        1.0 if p < 1.0 and _holder_speaks(person, c, holders) else p for c, p in zip(candidates, persons, strict=True)
    ]


_ACRONYM_AFTER = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜa-zäöü-]{1,11})\)")


def _acronyms(person: list[str], articles: Mapping[str, str]) -> list[str]:
    """The short names articles give a body asked about by its full name, in brackets right after it ("Die
    Gewerkschaft der Privatangestellten (GPA-djp) ist dabei, …": "gpa-djp"); its members speak under that name
    ("Manfred Wolf von der GPA-djp"). A single word only where it names a body ("Bundesimmobiliengesellschaft
    (BIG)"), not a person by surname ("Kickl (FPÖ)" names his party)."""
    if len(person) < 2 and not _asks_body(person):
        return []
    out: list[str] = []
    for text in articles.values():
        for m in _ACRONYM_AFTER.finditer(text):
            short = m.group(1)
            if sum(ch.isupper() for ch in short) < 2:
                continue
            window = text[max(0, m.start() - 80) : m.start()].lower()
            last = re.findall(r"[\w-]+", window)[-1:]  # the bracket right after the body's name
            if last and person[-1] in last[0] and all(w in window for w in person) and short.lower() not in out:
                out.append(short.lower())
    return out


# The heads of German compounds that name a body, whose short name is its first letter and the head's ("Wirtschafts-
# kammer": WK, "Arbeiterkammer": AK, "Gewerkschaftsbund": GB), with a country's letter before or after (WKÖ, ÖGB, DGB).
_BODY_HEADS = ("kammer", "bund", "verband", "verein", "amt", "gericht", "rat", "hof", "bank", "partei", "behörde")
# ... and the bodies that speak through a spokesperson (``_asks_body``): those, and more that have no initialism
_SPEAKING_BODIES = (
    *_BODY_HEADS,
    *"ministerium regierung polizei ressort gewerkschaft konzern unternehmen gesellschaft versicherung".split(),
    *"kommission staatsanwaltschaft institut".split(),
)
_INITIALISM = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,4}(?![\w-])")
_COUNTRY_LETTERS = "ÖDAS"


def _initialisms(person: list[str], articles: Mapping[str, str]) -> list[str]:
    """The short names an article gives a body asked about by one German compound, without brackets: its first letter
    and its head's, with a country's letter before or after ("die Wirtschaftskammer" is "die WKÖ" in an article that
    names both: "Auch die Wirtschaftskammer zeigt sich … zufrieden. … Für einen Wermutstropfen hält die WKÖ, …")."""
    if len(person) != 1:
        return []
    word = person[0].lower()
    head = next((h for h in _BODY_HEADS if word.endswith(h) and len(word) >= len(h) + 4), None)
    if head is None:
        return []
    letters = (word[0] + head[0]).upper()
    wanted = {letters} | {c + letters for c in _COUNTRY_LETTERS} | {letters + c for c in _COUNTRY_LETTERS}
    out: list[str] = []
    for text in articles.values():
        if word not in text.lower():
            continue
        for m in _INITIALISM.finditer(text):
            if m.group(0) in wanted and m.group(0).lower() not in out:
                out.append(m.group(0).lower())
    return out


_NAME = r"[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2}"  # a first name and surname ("Rupert Wolff", "Ewald Nowotny")


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")  # a headline or sub-heading ends at its line without a full stop


def named_holders(person: list[str], body: Sequence[str], articles: Mapping[str, str]) -> dict[str, set[str]]:
    """The surnames of the holders of an office asked about with its body, by article: a sentence that names the office
    and every word of the body names its holder by first name and surname before it ("Rupert Wolff, Präsident des
    Österreichischen Rechtsanwaltskammertages") or after it ("OeNB-Gouverneur Ewald Nowotny", "der Budgetsprecher der
    Grünen, Bruno Rossmann"), by surname alone opening the sentence before the office in commas ("Trummer, seit Mai
    Direktor des Kunsthauses Bregenz, …"), or in the sentence before one that opens on the office ("…, sagte Morten
    Olsen. Dänemarks Teamchef hat …"). A deputy ("Vizepräsidentin Renate Anderl") holds another office. With no body
    (an office asked about alone, "der Teamchef"), every sentence naming the office counts."""
    offices = [re.escape(w) for w in person if len(w) > 3]
    if not offices:
        return {}
    heads = list(person)
    if body and all(_HEAD.fullmatch(w) for w in person):  # the head of a body named with it by another head noun
        heads += [w for w in _OTHER_HEADS if w not in heads]
        offices += [w for w in _OTHER_HEADS if w not in offices]
    office = (
        rf"(?i:(?<![\w-])(?<!stellvertretende )(?<!stellvertretender )(?!vize)[\w-]*(?:{'|'.join(offices)})"
        rf"(?!{_HOLDERS_BODY})[\w-]*)"
    )
    before = re.compile(rf"({_NAME})\s*,\s+(?:\w+\s+){{0,2}}?{office}")
    after = re.compile(rf"{office}(?:\s+(?:der|des|im|am|beim)\s+[\w-]+(?:\s+[\w-]+)?\s*,)?\s+({_NAME})")
    # the surname alone, opening the sentence, the office in commas after it ("Trummer, seit Mai Direktor des
    # Kunsthauses Bregenz (KUB), präsentierte …"): the article gave the full name before
    opening = re.compile(rf"^([A-ZÄÖÜ][\w-]+)\s*,\s+(?:\w+\s+){{0,2}}?{office}")
    # the office opening the sentence with no name, its possessor or adjective before it ("Dänemarks Teamchef hat …",
    # "Der dänische Teamchef hat …"), right after a sentence that ends on whom it quotes ("…, sagte Morten Olsen."):
    # news names the speaker, then goes on with their office
    by_office = re.compile(
        rf"^(?:(?i:der|die)\s+)?(?:(?!(?:dem|den|des|der|die|das|ein\w*)\s)[\w-]+\s+)?{office}\s+[a-zäöüß]"
    )
    out: dict[str, set[str]] = {}
    for doc_id, text in articles.items():
        lowered = text.lower()
        if not all(_has(w, lowered) for w in body):
            continue
        previous = ""
        for sentence in _SENTENCES.split(text):
            low = sentence.lower()
            before_it, previous = previous, sentence
            if not any(w in low for w in heads) or not all(_has(w, low) for w in body):
                continue
            names = [m.group(1).split()[-1] for m in [*before.finditer(sentence), *after.finditer(sentence)]]
            if (m := opening.match(sentence)) and _surname_word(m.group(1), text):
                names.append(m.group(1))
            quoted = _QUOTED_LAST.search(before_it) if by_office.match(sentence) else None
            if quoted and (len(quoted.group(1).split()) > 1 or analyze(quoted.group(1), "de")[1] == "NE"):
                names.append(quoted.group(1).split()[-1])
            for name in names:
                if name[:1].isupper() and not _ROLE_WORD.search(name.lower()):
                    out.setdefault(doc_id, set()).add(name)
    return out


# A sentence that ends on whom it quotes, after its verb of saying: "…, sagte Morten Olsen.", "…, so Olsen."
_QUOTED_LAST = re.compile(rf",\s+[a-zäöüß]+\s+({_NAME}|[A-ZÄÖÜ][\w-]+)\s*[.!?]?\s*$")


def _surname_word(word: str, text: str) -> bool:
    """Is a capitalised word opening a sentence a surname ("Trummer"), not a word of the sentence ("Dennoch"): the
    article names it after a first name too ("Kunsthaus-Direktor Thomas D. Trummer")?"""
    first = re.compile(rf"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(?:[A-ZÄÖÜ]\.\s+)?{re.escape(word)}\b")
    return not constraints.is_place(word) and any(analyze(m.group(1), "de")[1] == "NE" for m in first.finditer(text))


# The head nouns besides those of "the head of …" that name whoever heads a body ("Vorsitzender des Dachverbands der
# Elternvereine"), where the body is named with them.
_OTHER_HEADS = ("vorsitzende", "obmann", "obfrau")


def _holder_speaks(person: list[str], c: Candidate, holders: list[Candidate]) -> bool:
    """Is the speaker of ``c``, named with the office asked about, named in a sentence of the same article that gives
    the office with its body or qualifier (one of ``holders``)?"""
    said_by = " ".join(s for s in (c.source, c.info.speaker) if s)
    if not any(_mentions(w, said_by.lower()) for w in person):
        return False
    names = [w for w in re.findall(r"[\w-]+", said_by) if w[:1].isupper() and len(w) > 2]
    return bool(names) and any(
        h.doc_id == c.doc_id and re.search(rf"\b{re.escape(names[-1])}\b", h.text) for h in holders
    )


def _names_office_of(person: list[str], body: Sequence[str], c: Candidate) -> bool:
    """Does the sentence name the office asked about together with its body or qualifier ("Manfred Haimbuchner,
    FPÖ-Chef in Oberösterreich" for "der oberösterreichische FPÖ-Chef")? Then that holder is in the articles, and
    a holder of the office elsewhere (the federal FPÖ-Chef) is someone else, speaking or not."""
    text = f"{c.source or ''} {c.text}".lower()
    return any(_mentions(w, text) for w in person) and all(_has(w, text) for w in body)


# Nouns that name a person by role, as the head of a German compound ("Geschäftsführer", "Angeklagte").
_ROLE_WORD = re.compile(
    r"(?:politiker|sprecher|chef|minister|präsident|kanzler|leiter|direktor|sekretär|botschafter|bürgermeister|"
    r"anwalt|anwält|ökonom|forscher|analyst|kommissar|gouverneur|senator|richter|trainer|manager|gründer|autor|"
    r"kandidat|funktionär|diplomat|ermittler|premier|obmann|obfrau|vorstand|vorsitzende|geschäftsführer|"
    r"verteidiger|angeklagte|beschuldigte|zeuge|zeugin|arzt|ärztin|experte|wissenschaft\w*|staatsanwalt|"
    r"geschäftsträger|general|kommandeur|befehlshaber|offizier)"
    r"(?:in|innen|r|n)?$"
)


def is_role_word(word: str) -> bool:
    """Does a lower-case word name a person by role ("botschafter", "fpö-chef", "sprecherin")?"""
    return _ROLE_WORD.search(word) is not None


def by_role(person: list[str]) -> bool:
    """Is a person asked about by role, not by name ("angeklagte", "geschäftsführer waldorfschule"): a role word among
    the identifying words and no proper name?"""
    return any(_ROLE_WORD.search(w) for w in person) and not any(
        analyze(w[:1].upper() + w[1:], "de")[1] == "NE" for w in person if not _ROLE_WORD.search(w)
    )


def _named_after_role(c: Candidate) -> bool:
    """Does the sentence name its speaker by bare name ("…, sagte Harald Walter-Arndt.", "sagt S.") where the sentence
    before named someone by role, and not them by name: news names a person by role, then by name ("Der Geschäftsführer
    der Waldorfschule … hat nichts einzuwenden. Das ist kein Problem für die Schule, sagte Harald Walter-Arndt.")."""
    speaker = c.info.speaker or c.source or ""
    words = re.findall(r"[\w.-]+", speaker)
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(_ROLE_WORD.search(w.lower()) for w in words):
        return False
    if len(words) == 1 and not _INITIAL.fullmatch(words[0]) and analyze(words[0], "de")[1] != "NE":
        return False  # "laut Außenministerium": a body, not the person the sentence before named by role
    return re.search(rf"\b{re.escape(words[-1].strip('.'))}\b", c.before) is None


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # "sagt S.": a person the article names by initial


def by_name(persons: list[float], pool: Pool, person: Sequence[str] = ()) -> list[float]:
    """A person asked about by office ("der IKG-Präsident") speaks under the name the article gives that office
    ("Oskar Deutsch"): a sentence on that name's word, in the same article, is theirs too, and so is one the article
    gives to the surname alone ("OeNB-Gouverneur und EZB-Rat Ewald Nowotny", then "…, sieht Nowotny …"). Not the
    source of a sentence that gives the ``person``'s statement (``_states_for``): that source is not theirs."""
    speaking = [
        p == 1.0 and bool(c.source) and not (person and _states_for(list(person), c))
        for c, p in zip(pool.candidates, persons, strict=True)
    ]
    names = {(c.doc_id, c.source) for c, s in zip(pool.candidates, speaking, strict=True) if s}
    surnames = {
        (c.doc_id, name)
        for c, s in zip(pool.candidates, speaking, strict=True)
        if s and (name := surname(c.source or ""))
    }
    # the people a sentence with no source names as speaking for a body ("… zeigten ArbeitnehmerInnen-Sprecherin
    # Birgit Schatz und Sozialsprecherin Judith Schwentner: …"): their sentences after it are theirs
    members = {
        (c.doc_id, m.group(0).split()[-1])
        for c, p in zip(pool.candidates, persons, strict=True)
        if p == 1.0 and not c.source
        for m in NAMED_IN.finditer(c.text)
    }
    if not names and not members:
        return persons
    return [
        1.0
        if p < 1.0
        and c.source
        and (
            (c.doc_id, c.source) in names
            or (bool(surnames) and (c.doc_id, _last_word(c.source)) in surnames)
            or (bool(members) and any((c.doc_id, w) in members for w in re.findall(r"[\w-]+", c.source)))
        )
        else p
        for c, p in zip(pool.candidates, persons, strict=True)
    ]


_OF_ACRONYM = re.compile(r"\s+(?:von der|von den|vom|von)\s+(?=[A-ZÄÖÜ]{2})")


def _last_word(source: str | None) -> str | None:
    """The last word of a speaker phrase that names one speaker ("Nowotny", "EZB-Rat Ewald Nowotny"); none for
    several ("Mitterlehner und Leitl": not Leitl's words alone)."""
    if not source or _SEVERAL.search(source):
        return None
    written = re.findall(r"[\w-]+", source)
    return written[-1] if written else None


_SEVERAL = re.compile(r"\b(?:und|and|sowie|or|oder)\b|[,/&]")


def surname(source: str) -> str | None:
    """The last name word of a speaker phrase that names someone by first name and surname or by surname
    ("OeNB-Gouverneur und EZB-Rat Ewald Nowotny" -> "Nowotny", "Nowotny"); none for an office alone ("Der
    OeNB-Gouverneur") or a group ("die Armutskonferenz")."""
    source = _OF_ACRONYM.split(source, maxsplit=1)[0]  # "Manfred Wolf von der GPA-djp" is "Manfred Wolf"
    written = re.findall(r"[\w-]+", source)
    if not written or not written[-1][:1].isupper() or written[-1].lower() in _ARTICLES:
        return None
    last = written[-1]
    if _ROLE_WORD.search(last.lower()) or _POST.search(last.lower()) or ("-" in last and last.isupper()):
        return None
    if len(written) > 1 and written[-2][:1].isupper() and written[-2].lower() not in _ARTICLES:
        return last  # "Ewald Nowotny", "Erich Foglar"
    return last if analyze(last, "de")[1] == "NE" else None


def speaks_on(person: list[str], c: Candidate, said: float, text: str) -> bool:
    """Are these the person's words: said by them, or a sentence no one is named for right after theirs in the
    same paragraph (``text`` is the article's; a new paragraph is where news text changes who speaks)?"""
    if said == 1.0:
        return True
    before = (c.previous_info.source if c.previous_info else None) or ""
    same_paragraph = "\n" not in text[max(0, c.start - 3) : c.start]
    return not c.source and same_paragraph and any(_mentions(w, before.lower()) for w in person)
