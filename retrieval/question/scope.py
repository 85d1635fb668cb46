"""Where, when and according to whom: the place, time and source a question restricts its answer to.

- **times**: years standing alone ("in 2014", "2013/14", not "2000 Soldaten"), dates with a month name
  ("20 December 2015", "bis Dezember"), and times relative to now ("next year", "letztes Jahr", "heuer"),
  each as written.
- **places**: a known place (``retrieval.constraints`` and ``data/places.txt``) or a proper noun after a
  place preposition ("in Yola", "im weinviertel", "at the Austrian border" -> Austria): as written.
- **source**: what follows "according to", "laut", "nach Angaben der", "… zufolge"
  (``retrieval.constraints.named_source``), cut to its noun phrase; in a question for a figure also the
  subject of a verb that gives one ("Von wie vielen Soldaten spricht die ukrainische Regierung?", "Wie viele
  Todesopfer nannte der Kommissar?", "What rate did Eurostat report?").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from retrieval import constraints
from retrieval.attribution.lexicon import INFO_NOUN_SUFFIXES
from retrieval.models import Language
from retrieval.nlp import analyze, first_name_reading, german_noun, unknown_german
from retrieval.question.phrases import ARTICLES, Word, noun_phrase, tokens
from retrieval.question.text import Chat, phrases, stop_words, table, words

YEAR_RE = re.compile(r"(?<![\w.,])(?:19\d\d|20\d\d|2100)(?:/\d\d(?:\d\d)?)?(?!\w|[.,]\d)")
# A number before a noun counts it ("2000 Soldaten"); after these words it is a quantity too.
QUANTITY_BEFORE = frozenset("about over around nearly almost some like rund über etwa fast knapp mehr als ca".split())
TIME_PREFIX = r"(?:(?:bis|until|till|seit|since|ab|from|by|bis\s+ende|end\s+of)\s+)?"
PLACE_PREPOSITIONS = frozenset("in im at near from aus off inside within across throughout am".split())
DESTINATION_PREPOSITIONS = frozenset("to into nach towards".split())
# A country right after these is the subject the figure belongs to ("did Nigeria record", "hat Indien gemeldet").
SUBJECT_AUXILIARIES = frozenset("did does do has have had hat hatte haben hatten".split())
PLACE_ARTICLES = ARTICLES | {"der", "dem", "den"}


def _month_re() -> re.Pattern[str]:
    months = "|".join(sorted(words("months.txt"), key=len, reverse=True))
    return re.compile(
        r"\b" + TIME_PREFIX + r"(?:(?:\d{1,2}\.?|the\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?)\s+)?"
        r"(?P<month>" + months + r")(?:\s+(?:19|20)\d\d)?\b"
    )


def _relative_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in phrases("relative_times.txt"))
    return re.compile(r"\b(?:" + alts + r")\b")


def find_times(chat: Chat, lang: Language) -> tuple[list[str], list[tuple[int, int]]]:
    """Times as written, and their spans in ``chat.norm`` (numbers inside them are not figures)."""
    found: list[tuple[int, int]] = []
    for m in _month_re().finditer(chat.norm):
        written = chat.raw_span(m.start("month"), m.end("month"))
        if m.group("month") in ("may", "march") and not written[:1].isupper():  # the verbs "may", "march"
            continue
        found.append(m.span())
    for m in YEAR_RE.finditer(chat.norm):
        if any(s <= m.start() < e for s, e in found):
            continue
        before = chat.norm[: m.start()].split()[-1:] or [""]
        after = chat.norm[m.end() :].split()[:1] or [""]
        noun_after = after[0].isalpha() and analyze(after[0], lang)[1].startswith(("NN", "NNA"))
        if before[0] in QUANTITY_BEFORE or (noun_after and after[0] not in words("months.txt")):
            continue
        found.append(m.span())
    found += [m.span() for m in _relative_re().finditer(chat.norm) if not any(s <= m.start() < e for s, e in found)]
    found.sort()
    return [chat.raw_span(s, e) for s, e in found], found


@cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """(names that are places in either language, German names that may be English nouns). A place of
    ``data/places.txt`` is a whole line: "new york" is one, its "new" is none ("at the new year's reception")."""
    german = frozenset(constraints.PLACES_DE) | {n for names in constraints.EXONYMS.values() for n in names}
    either = frozenset(constraints.EXONYMS) | frozenset(phrases("places.txt"))
    return either, german


def _known_place(name: str, lang: Language) -> bool:
    """A place of the lists; in English, a German country name that is also an English noun ("island",
    Iceland) does not count."""
    either, german = _places()
    if name in either:
        return True
    return name in german and (lang == "de" or not analyze(name, "en")[1].startswith("NN"))


def is_known_place(name: str, lang: Language) -> bool:
    """Is ``name`` (any case) a place of the lists?"""
    return _known_place(name.lower(), lang)


def _genitive_stem(word: str, lang: Language, following: str = "") -> str:
    """A place's name without the genitive "'s", also where a chat leaves out the apostrophe ("spains election",
    "south koreas minister"): an English word that is no place but is one without its final "s" ("athens" stays; not
    "loss", nor a stem of three letters), before the noun (or its adjective) it is the genitive of ("how many turkeys
    were sold" is no Turkey's)."""
    name = word.removesuffix("'s").removesuffix("’s")
    stem = word[:-1]
    if name == word and lang == "en" and word.endswith("s") and not stem.endswith("s") and len(stem) > 3:
        of_noun = bool(following) and analyze(following, "en")[1].startswith(("NN", "AJ"))
        return stem if of_noun and _known_place(stem, lang) and not _known_place(word, lang) else word
    return name


def find_places(chat: Chat, lang: Language) -> list[str]:
    """Places the question restricts to, as written (a country adjective before "border" as the country).

    A place counts after a place preposition ("in", "im", "at", "aus", "nach"), as a genitive ("Spain's"),
    as the subject after an auxiliary ("How many cases did Nigeria record?"), or listed right after another
    place ("in Yola, Nigeria", "in Austria and Germany").
    """
    toks = tokens(chat.norm)
    places: list[str] = []
    last = -9  # index of the last token that was a place
    for k, w in enumerate(toks):
        name = _genitive_stem(w.text, lang, toks[k + 1].text if k + 1 < len(toks) else "")
        prev = toks[k - 1].text if k else ""
        prev2 = toks[k - 2].text if k > 1 else ""
        after_prep = prev in PLACE_PREPOSITIONS or (prev in PLACE_ARTICLES and prev2 in PLACE_PREPOSITIONS)
        after_dest = prev in DESTINATION_PREPOSITIONS or (prev in PLACE_ARTICLES and prev2 in DESTINATION_PREPOSITIONS)
        listed = last == k - 1 or (last == k - 2 and prev in ("and", "und", "or", "oder"))
        two = f"{name} {toks[k + 1].text}" if k + 1 < len(toks) else ""
        subject = prev in SUBJECT_AUXILIARIES
        if two and _known_place(two, lang) and (after_prep or after_dest or listed or subject):
            places.append(chat.raw_span(w.start, toks[k + 1].end))
            last = k + 1
        elif (
            _known_place(name, lang)
            and (after_prep or after_dest or listed or name != w.text or subject)
            and not _pronoun(chat, toks, k, lang)
        ):
            places.append(chat.raw_span(w.start, w.start + len(name)))
            last = k
        elif after_prep and (city := _city_of_district(name, lang)):  # "in berlin-wedding": Berlin
            places.append(chat.raw_span(w.start, w.start + len(city)))
            last = k
        elif (
            after_prep
            and not _relative(chat, toks, k)
            and _unknown_place(chat, w, lang, bare=prev in PLACE_PREPOSITIONS)
        ):
            # an adjective of a place is that place ("in the Styrian Landtag", "in the German car industry")
            places.append((_demonym(name, "en") if lang == "en" else None) or chat.raw_span(w.start, w.end))
            last = k
        elif (whole := wide_place(name)) is not None:  # "österreichweit": Austria, as a whole (``asks_whole``)
            places.append(chat.raw_span(w.start, w.start + len(whole)))
            last = k
        elif country := _nationals(name):  # "wie viel Prozent der Österreicher", "how many Austrians"
            places.append(country)
        elif _named_area(chat, toks, k, lang):  # "the Kursk region", "in der Region Kursk"
            places.append(chat.raw_span(w.start, w.end))
            last = k
        elif lang == "en" and last < k and _known_place(name, lang) and _english_name(name):  # "is iran sending"
            places.append(chat.raw_span(w.start, w.start + len(name)))
            last = k
        elif k + 1 < len(toks) and toks[k + 1].text in words("place_nouns.txt"):
            country = _demonym(name)
            if country and (after_prep or prev in PLACE_ARTICLES):
                places.append(country)
    return list(dict.fromkeys(p for p in places if p))


def _city_of_district(name: str, lang: Language) -> str | None:
    """The city of a district written with it ("berlin-wedding", "Wien-Favoriten" -> "berlin", "Wien"): the first
    of two parts, no known place itself, whose first part is one, longer than a short name ("in us-dollar" is no
    place), and whose second is none ("near the russia-china border": two countries; "am Krim-Kongo-Fieber": three
    parts, a disease). A sentence on another city's attack is no answer for the district's. Over the 1,604 studied
    questions (stop 54) it reads one place, dev103-053's."""
    parts = name.split("-")
    if len(parts) != 2 or len(parts[0]) <= constraints.SHORT_NAME or _known_place(name, lang):
        return None
    return parts[0] if _known_place(parts[0], lang) and not _known_place(parts[1], lang) else None


def subject_places(text: str, lang: Language) -> list[str]:
    """Known places a German question opening with "wie" names right after a finite verb, as its subject ("Wie viel
    Hektar Wald verliert Indonesien", "Wie viele Flüchtlinge musste Österreich … zurücknehmen"), that
    ``find_places`` does not take (it takes one after "hat", as "did Nigeria record"). The figure asked is that
    place's: one a sentence gives for the world or another place is not. After "wer" the subject is asked and a
    place after the verb is its object ("Wer bezeichnete Klagenfurt als …")."""
    if lang != "de":
        return []
    chat = Chat.of(text)
    toks = tokens(chat.norm)
    if not toks or toks[0].text != "wie":
        return []
    found = [
        chat.raw_span(w.start, w.end)
        for k, w in enumerate(toks[2:], start=2)
        if _known_place(w.text, lang) and toks[k - 1].text not in SUBJECT_AUXILIARIES and _finite_verb(toks[k - 1].text)
    ]
    if not found:
        return []
    named = {p.lower() for p in find_places(chat, lang)}
    return [p for p in dict.fromkeys(found) if p.lower() not in named]


def _finite_verb(word: str) -> bool:
    """Is ``word`` a German finite verb (HanTa: "verliert", "will", "musste")?"""
    return word.isalpha() and word.islower() and "FIN" in analyze(word, "de")[1]


def _pronoun(chat: Chat, toks: list[Word], k: int, lang: Language) -> bool:
    """Is word ``k``, a place's name typed in lower case in an English question, the pronoun it is spelled as ("come
    to us", "angry at us"): HanTa reads it as a pronoun, and neither an article before it ("in the us") nor a noun
    after it ("to us troops") makes it the country?"""
    w = toks[k]
    written = chat.raw_span(w.start, w.end)
    if lang != "en" or not written.islower() or not analyze(written, "en")[1].startswith("PN"):
        return False
    if k and toks[k - 1].text in PLACE_ARTICLES:
        return False
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    return not (after.isalpha() and analyze(after, "en")[1].startswith(("NN", "AJ")))


WIDE = "weit"  # "österreichweit", "deutschlandweit": across the whole of a country


def wide_place(word: str) -> str | None:
    """The place a German adverb of scope spans ("österreichweit" -> "österreich"), if the lists know it; None for
    other words ("weltweit", "europaweit" stay wider areas, ``features._WIDER``)."""
    stem = word.lower().removesuffix(WIDE)
    if stem == word.lower() or stem in ("welt", "europa", "eu") or not constraints.is_place(stem):
        return None
    return stem


def asks_whole(text: str) -> bool:
    """Does a question ask about the whole of a country ("österreichweit", "in ganz Österreich", "nationwide")?"""
    lowered = text.lower()
    if re.search(r"\b(?:nationwide|countrywide|bundesweit|landesweit|across\s+the\s+country)\b", lowered):
        return True
    if any(wide_place(w) for w in re.findall(r"[a-zäöüß]+" + WIDE + r"\b", lowered)):
        return True
    return any(constraints.is_place(m) for m in re.findall(r"\b(?:in\s+ganz|all\s+over)\s+([a-zäöüß]+)", lowered))


# "…, in dem Nina Proll die Hauptrolle spielte": a preposition and "dem"/"der"/"denen" after a comma open a relative
# clause; the name after them is its subject, no place.
RELATIVE_PRONOUNS = frozenset({"dem", "der", "denen", "which", "whom"})


def _relative(chat: Chat, toks: list[Word], k: int) -> bool:
    """Does word ``k`` follow a preposition and relative pronoun that open a clause after a comma ("…, in dem Nina
    Proll …", "…, in which Smith …")?"""
    if k < 2 or toks[k - 1].text not in RELATIVE_PRONOUNS:
        return False
    return chat.norm[: toks[k - 2].start].rstrip().endswith(",")


# Nouns that make a name beside them an area: "the Kursk region", "Donetsk oblast", "die Region Kursk".
AREA_AFTER_EN = frozenset("region province oblast district".split())
AREA_BEFORE_DE = frozenset("region provinz oblast gebiet".split())


def _named_area(chat: Chat, toks: list[Word], k: int, lang: Language) -> bool:
    """Is word ``k`` a proper name with a noun of area beside it: before "region" in English ("the Kursk region"),
    after "Region"/"Provinz"/"Gebiet" in German ("in der Region Kursk")? A place condition wherever it stands in the
    question ("troops deployed to the Kursk region")."""
    w = toks[k]
    if w.text in stop_words() or w.text in words("months.txt") or not w.text.isalpha():
        return False
    if lang == "en":
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        return after in AREA_AFTER_EN and _proper_noun(chat, w.start, w.end, lang)
    before = toks[k - 1].text if k else ""
    return before in AREA_BEFORE_DE and _proper_noun(chat, w.start, w.end, lang)


def _english_name(word: str) -> bool:
    """Is a known place's name, as typed in an English question, read as a name ("iran", "Ukraine"), not as a noun
    it shares its spelling with ("turkey", "china", "chile")?"""
    return analyze(word, "en")[1].startswith("NP")


def _unknown_place(chat: Chat, w: Word, lang: Language, bare: bool = False) -> bool:
    """A name after a place preposition that no list knows ("in Yola", "in santiago"): not a stop word, a
    month, a time or a compound ("im APA-Interview"); or, right after a ``bare`` preposition, a German town by the
    endings of town names ("in villingen-schwenningen", "in Sindelfingen"), hyphenated or not, whatever HanTa takes
    it for ("in der Innenstadt", "in der Hauptstadt" take an article: no town)."""
    if w.text in stop_words() or w.text in words("months.txt"):
        return False
    if lang == "de" and bare and w.text != "im" and _TOWN.search(w.text):
        return True
    written = chat.raw[chat.offsets[w.start] : chat.offsets[w.end]]
    if written.isupper() and len(written) <= MAX_ACRONYM:
        return False  # an acronym no list knows names a body: "in the OECD comparison", "im ORF", "at the UN"
    if len(written) <= constraints.SHORT_NAME and not (written[:1].isupper() and written[1:].islower()):
        return False  # a short word typed in lower or mixed case is no town's name ("in der zib", "im orf", "ZiB")
    # a German common noun ("im kurier", "in the Kurier interview", "in euro") names a newspaper, a broadcaster or a
    # currency, as it does written with a capital in a German question ("im Kurier")
    return "-" not in w.text and _proper_noun(chat, w.start, w.end, lang) and not german_noun(written)


MAX_ACRONYM = 6  # "UK" is a place by the lists (``constraints.EXONYMS``), "EU", "UN" are bodies


# The endings of German town names ("Villingen-Schwenningen", "Oberhausen", "Mannheim", "Neustadt", "Hallein"
# is left to HanTa): a word after "in" that ends so is a town, not a common noun.
_TOWN = re.compile(
    r"^[a-zäöüß]+(?:-[a-zäöüß]+)*(?:ingen|hausen|heim|dorf|burg|stadt|brück|brücken|kirchen|furt|hofen)$"
)


def _proper_noun(chat: Chat, start: int, end: int, lang: Language) -> bool:
    """A name by HanTa: capitalised and tagged as a name in English; tagged NE in German (any case)."""
    written = chat.raw[chat.offsets[start] : chat.offsets[end]]
    if lang == "en":
        return written[:1].isupper() and analyze(written, "en")[1].startswith("NP")
    return analyze(written, "de")[1] == "NE"


def _nationals(word: str) -> str | None:
    """The country whose people ``word`` names: "österreicher" (from "österreichisch"), "italienern",
    "austrians". German nouns in "-isch" + "-er" only: "Deutsche" may be an adjective, "Spanier" is irregular."""
    return _national_nouns().get(word)


@cache
def _national_nouns() -> dict[str, str]:
    """``_nationals`` of every word it knows, made once: asked of each word of a question, building the forms of every
    demonym anew took a fifth of parsing one. The first demonym of the table to give a form keeps it."""
    out: dict[str, str] = {}
    for stem, country in table("demonyms.tsv").items():
        if stem.endswith("isch"):
            for end in ("er", "ern", "erin", "erinnen"):
                out.setdefault(stem[:-4] + end, country)
        if stem.isascii() and not stem.endswith(("sh", "ch", "ss", "se")):
            out.setdefault(stem + "s", country)
    return out


MAX_ORIGIN_GAP = 2  # words between a nationality and the noun it describes ("chinesische reguläre Soldaten")


def find_origin(chat: Chat, counted: str | None, lang: Language) -> str | None:
    """The country of what a figure question counts, from the nationality before its noun: "how many Chinese
    troops" -> China, "wie viele nordkoreanische Soldaten" -> Nordkorea. None without one, and none from a
    name: a German adjective written with a capital is part of one ("Deutsche Post", "Deutsche Bank")."""
    if not counted:
        return None
    if share := _SHARE_OF.search(chat.norm):
        # a share of a whole ("what % of german companies", "wie viel Prozent der österreichischen Unternehmenschefs"):
        # the nationality of the whole, as of the noun counted
        return _whole_origin(chat, share.end(), lang)
    toks = tokens(chat.norm)
    head = counted.lower().split()[0]
    at = next((k for k, w in enumerate(toks) if w.text == head), None)
    if at is None:
        return None
    for k in range(at - 1, max(-1, at - 2 - MAX_ORIGIN_GAP), -1):
        if toks[k].text in OWN:  # "wie viele eigene Soldaten will Südkorea entsenden": the country that sends them
            return _subject_country(chat, toks, lang)
        if lang == "de" and chat.raw_span(toks[k].start, toks[k].end)[:1].isupper():
            continue
        two = f"{toks[k - 1].text} {toks[k].text}" if k else ""
        country = _demonym(two, lang) if two else None
        if country := country or _demonym(toks[k].text, lang):
            return country
    return None


OWN = frozenset("eigene eigenen eigener eigenes own".split())
# A percentage asked of a whole, up to the words of the whole: "what % of", "wie viel Prozent der", "welcher Anteil
# der", "what share of the"
_SHARE_OF = re.compile(
    r"(?i)(?:\b(?:wie\s*viele?|welche[rnms]?|what|which)\s+(?:prozent|%|anteil|share|percent(?:age)?|proportion)"
    r"|\bwhat\s*%)\s*(?:der|des|aller|von|an|of)\b(?:\s+(?:the|den|die|all|aller))?"
)


def _whole_origin(chat: Chat, at: int, lang: Language) -> str | None:
    """The country of the nationality adjective that opens the whole of a share, from ``at`` in ``chat.norm``
    ("german companies" -> Deutschland; "syrian refugees" -> Syrien); none from a noun of people ("der Österreicher")
    nor from a German name ("der Deutschen Bank")."""
    toks = [w for w in tokens(chat.norm) if w.start >= at][:2]
    if not toks or (lang == "de" and chat.raw_span(toks[0].start, toks[0].end)[:1].isupper()):
        return None
    two = f"{toks[0].text} {toks[1].text}" if len(toks) > 1 else ""
    return (_demonym(two, lang) if two else None) or _demonym(toks[0].text, lang)


def _subject_country(chat: Chat, toks: list[Word], lang: Language) -> str | None:
    """The country a question names other than where its figure goes ("will Südkorea … in die Ukraine entsenden"):
    whose "own" soldiers are counted."""
    where = {p.lower() for p in find_places(chat, lang)}
    for k, w in enumerate(toks):
        prev = toks[k - 1].text if k else ""
        if w.text in where or prev in PLACE_PREPOSITIONS | DESTINATION_PREPOSITIONS | PLACE_ARTICLES:
            continue
        if _known_place(w.text, lang) and constraints.is_place(w.text):
            return chat.raw_span(w.start, w.end)
    return None


def nationalities(text: str, lang: Language) -> list[str]:
    """The countries whose nationality adjectives a question uses ("the first north korean troops" -> North Korea)."""
    toks = tokens(text.lower())
    found: list[str] = []
    k = 0
    while k < len(toks):
        two = f"{toks[k].text} {toks[k + 1].text}" if k + 1 < len(toks) else ""
        if two and (country := _demonym(two, lang)):
            found.append(country)
            k += 2
            continue
        if country := _demonym(toks[k].text, lang):
            found.append(country)
        k += 1
    return list(dict.fromkeys(found))


def place_phrase_nouns(text: str) -> frozenset[str]:
    """The place nouns a country adjective makes a place ("on Russian soil", "auf russischem Boden": "soil",
    "boden"): the place, not a thing asked about."""
    toks = tokens(text.lower())
    return frozenset(
        b.text for a, b in pairwise(toks) if b.text in words("place_nouns.txt") and _demonym(a.text) is not None
    )


def _demonym(word: str, lang: Language | None = None) -> str | None:
    """The country a nationality adjective names; with ``lang``, only an adjective of that language."""
    for stem, country in table("demonyms.tsv").items():
        if lang is not None and (lang == "de") != (stem.endswith("sch") or stem == "schweizer"):
            continue
        if word == stem or (word.startswith(stem) and word[len(stem) :] in ("e", "en", "er", "es", "em")):
            return country
    return None


# The finite verbs with which a source gives a figure; the subject follows them in a question ("wer nennt die Zahl"
# asks for the source: what follows is the object). English needs "did/does X report": "what does X say" is left
# out, it often sets two sources side by side.
# A capitalised word that does not open a sentence ("Was sagt Pistorius", not "Was" nor the "Wie" after "?").
_CAPITALISED = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-ZÄÖÜ][\w-]+)")


def find_names(text: str, lang: Language) -> list[str]:
    """The proper names a question writes: its words capitalised inside a sentence; in German, where every noun
    has a capital, only those HanTa takes for names, and the parts of a person's name it cannot read
    (``_name_parts``)."""
    text = text.strip()
    found = list(dict.fromkeys(m.group(1) for m in _CAPITALISED.finditer(text)))
    if lang == "de":
        named = {w for w in found if analyze(w, "de")[1] == "NE"}
        named |= _name_parts(text, named)
        found = [w for w in found if w in named]
    return found


def _name_parts(text: str, named: set[str]) -> set[str]:
    """The capitalised words of a German question that make a name with the word beside them, where HanTa reads
    the word alone as a common noun: a surname its lexicon lacks after a name ("Rudolf Hundstorfer", "Kim Jong-un",
    "Peter Filzmaier", not after a name's genitive: "Sobotkas DNA-Pläne"), and a first name it knows, if not
    likeliest, as a name before a surname it lacks ("Mark Rutte": "Mark" a currency, "Rutte" a guess). On the
    studied questions of stop 48 this names 25 more words in 21 of 936 German questions, none wrongly."""
    words = list(_CAPITALISED.finditer(text))
    parts: set[str] = set()
    for a, b in pairwise(words):
        first, second = a.group(1), b.group(1)
        if text[a.end() : b.start()] != " " or second in named or not unknown_german(second):
            continue
        if first in named and not _genitive(first):
            parts.add(second)
        elif first not in named and first_name_reading(first):
            parts.update((first, second))
    return parts


def _genitive(name: str) -> bool:
    """Is a name written in the genitive ("Sobotkas", lemma "Sobotka"; not "Luis", "Klaus")?"""
    return name.endswith("s") and analyze(name, "de")[0] == name[:-1]


_GIVES_DE = re.compile(
    r"(?<!\bwer\s)\b(?:spricht|sprach|sprachen|nennt|nannte|nannten|meldet|meldete|meldeten|schätzt|schätzte|schätzten|"
    r"zählt|zählte|zählten|beziffert|bezifferte|bezifferten|erwartet|erwartete|erwarteten|rechnet|rechnete|"
    r"rechneten)\s+(?!(?:es|er|sie|man|wer|welche\w*|"
    r"was|das|dies|den|dem|in|im|an|am|von|vom|für|bei|beim|zu|zum|zur|nach|über|aus|auf)\b)(?=[^\W\d_])"
    # "Nennt das Auswärtige Amt eine Zahl …": a question opening on the verb has its subject next, "das" too
    r"|^\W*(?:(?:und|also|aber)\s+)?(?:nennt|nannte|nannten|meldet|meldete|meldeten|schätzt|schätzte|schätzten|"
    r"beziffert|bezifferte|bezifferten)\s+(?=das\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?(?:eine?|ne|irgendeine?)\s+"
    r"(?:zahl|schätzung|angabe|summe|höhe)\b)"
)
# "Von wie vielen Soldaten geht X aus?": a separable verb whose particle closes the question.
_ASSUMES_DE = re.compile(
    r"\b(?:geht|gehen|ging|gingen)\s+(?!(?:es|er|sie|man|wer|das|dies|davon)\b)(?=[^\W\d_])(?=.*\baus\W*$)"
)
# "Wie viele Soldaten hat die Nato (nach eigenen Angaben) bestätigt?": the perfect tense, its participle closing the
# question.
_GAVE_DE = re.compile(
    r"\b(?:hat|haben|hatte|hatten)\s+(?!(?:es|er|sie|man|wer|welche\w*|was|das|dies|denn|eigentlich|schon)\b)"
    r"(?=[^\W\d_])(?=.*\b(?:genannt|gemeldet|gezählt|geschätzt|beziffert|bestätigt|angegeben|registriert)"
    # the participle closes the question, or the clause before what the figure counts ("hat X ne Zahl genannt, wie
    # viele …")
    r"(?:\W*$|\W*(?:wie\s*viele?|wie\s+hoch|wie\s+groß)\b))"
)
_GIVES_EN = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+(?=(?:the\s+)?[A-Za-z])(?!(?:it|they|he|she|you|we|i|there|been|that|this|these|those)\b)"
)
MAX_GIVER_WORDS = 6
_OPENS_ON_WHETHER = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\s+)?((?:did|does|do|has|have|had)\b)")
_SAYS_EN_VERB = re.compile(
    r"\b(?:report|reports|give|name|estimate|count|cite|put|confirm|reported|given|named|estimated|counted|cited|"
    r"confirmed|say|says|said|mention|mentions|mentioned|know|knows)\b"
)
# A topic typed first and taken up by a pronoun ("the ozd commentary part – does it give its own estimate of how many
# …", "and the police: do they say how many …"): the topic is the subject of the verb that gives the figure.
_TOPIC_THEN_IT = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?!(?:how|what|which|who|when|where|why)\b)((?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s*(?:[–—:,]|\s-)\s*"
    r"(?:(?:so|and|but)\s+)?(?:does|did|do)\s+(?:it|they)\s+(?=\w)"
)
# "how many … " opening the clause the do-support belongs to ("into how many brigades does Kyiv say …").
_HOW_MANY_BEFORE = re.compile(r"\bhow\s+(?:many|much)\b[^,;:?!.–—]*$")
_GIVES_EN_VERB = re.compile(
    r"\b(?:report|reports|give|name|estimate|count|cite|put|confirm|reported|given|named|estimated|counted|cited|"
    r"confirmed)\b"
)


# A source named beside others ("laut Polizei und anderen Angaben") is one of those asked for, not a condition.
_AMONG_OTHERS = re.compile(
    r"\s*,?\s*(?:and|or|und|oder)\s+(?:(?:the|den|die|der)\s+)?(?:other|others|andere[nrs]?|weitere[nrs]?)\b"
)


# "Gibt es eine Umfrage, wie viele …", "is there a study on …": the question asks for the figures of a kind of
# document, and that document is the source it names.
_DOCUMENT_ASKED = re.compile(
    r"\b(?:gibt\s+es|gibts|gab\s+es|is\s+there|are\s+there|was\s+there|any)\s+(?:(?:eine?n?|ne|a|an|any)\s+)?"
    r"((?:umfrage|studie|statistik|prognose|erhebung|befragung|untersuchung|poll|survey|forecast)\w*|stud(?:y|ies)"
    r"|statistics)\b"
)


# "Welche Zahlen gehen auf den Geheimdienst zurück?", "which figures come from the ministry": figures traced back
# to a source name it as the condition (only figures: "how many refugees come from Syria" names a place).
_TRACED = re.compile(
    r"\b(?:zahl|zahlen|angabe|angaben|schätzung|schätzungen|figures?|numbers?|estimates?|data|stats)\b.*?"
    r"\b(?:(?:geht|gehen|ging|gingen)\s+auf(?=\s.*\bzurück\b)|(?:stammt|stammen|stammte|stammten)\s+(?:von|vom|aus)"
    r"|(?:comes?|came|stems?|stemmed)\s+from|(?:go|goes|went|trace|traces|traced)\s+back\s+to)\s"
)


# "kyivs 12k figure", "the police's estimate", "Kiews Zahl": the figure of a source, named by its genitive; an owner
# of two letters too ("the UN's estimate": studied sets of stop 49, 1 question of 458 read anew, seed71-016, no_answer,
# gained: the UN is named in no article).
_OWNED_FIGURE = re.compile(
    r"\b([a-zäöüß][\w-]{1,}?)(?:'s|’s|'|’|s)\s+(?:(?:[\d.,]+\s*k?|own|eigene)\s+)?"
    r"(?:figure|figures|number|numbers|estimate|estimates|count|zahl|zahlen|schätzung|schätzungen)\b"
)
# Words ending in "s" before a figure's noun that own nothing ("this figure", "its estimate", "was die Zahl …").
_NOT_OWNERS = frozenset("thi it hi her our their your thos wa ha doe plu les die bi al".split())


# The articles asked about, named as such: "laut den beiden Berichten", "according to both reports".
_THESE_REPORTS = re.compile(
    r"^(?:(?:den|die|the)\s+)?(?:beiden|both|these|diesen|den\s+zwei|the\s+two)\s+"
    r"(?:berichte|berichten|artikel|artikeln|texte|texten|reports?|articles?|texts?|stories)\b"
)


# "nach Erkenntnissen der US-Regierung", "nach Einschätzung des Wifo": "nach" and a noun of information names a source
# as the articles do; the nouns are those attribution reads such a phrase by (``INFO_NOUN_SUFFIXES``), whole words here.
@cache
def _after_info_noun() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(n) for n in INFO_NOUN_SUFFIXES), key=len, reverse=True))
    return re.compile(rf"\bnach\s+(?:{nouns})\s+(?:(?:der|des|dem|den|von|vom)\s+)?(?!wem\b|wessen\b|welche)(?=\w)")


def _named(chat: Chat, lang: Language) -> str | None:
    """The source a question names after "according to", "laut", "nach Angaben der" (``constraints.named_source``) or
    "nach" and another noun of information (``_after_info_noun``), up to the clause's end."""
    if found := constraints.named_source(chat.norm):
        return found
    if lang != "de" or not (match := _after_info_noun().search(chat.norm)):
        return None
    return constraints.named_source("laut " + chat.norm[match.end() :])


def find_source(chat: Chat, lang: Language, figure: bool = False) -> str | None:
    """The source named as a condition, as written and cut to its noun phrase ("laut Polizei" -> "Polizei"), or the
    kind of document a question asks for ("gibt es eine Umfrage, …" -> "Umfrage"); for a ``figure`` question also
    the subject of a verb that gives the figure."""
    found = _named(chat, lang)
    if found and _THESE_REPORTS.match(found.lower()):
        found = None  # "laut den beiden Berichten": the articles asked about themselves, no source among them
    if found:
        at = _word_at(chat.norm, found.lower())
        if at >= 0 and _AMONG_OTHERS.match(chat.norm, at + len(found)):
            return None  # "according to the police and the other reports": every source is asked for
        if at >= 0 and constraints.named_source(chat.norm[at + len(found) :]):
            return None  # "according to the HDP and according to the Turkish government": each is asked for
        return _phrase(chat, at, lang, at + len(found)) if at >= 0 else None
    if document := _DOCUMENT_ASKED.search(chat.norm):
        return chat.raw_span(document.start(1), document.end(1))
    if (traced := _TRACED.search(chat.norm)) and (phrase := _phrase(chat, traced.end(), lang)):
        return re.sub(r"\s+zurück$", "", phrase)
    if figure and (owned := _OWNED_FIGURE.search(chat.norm)) and owned.group(1) not in _NOT_OWNERS:
        return chat.raw_span(owned.start(1), owned.end(1))  # "kyivs 12k figure", "the police's estimate"
    return _giver(chat, lang) if figure else None


def _word_at(text: str, words: str) -> int:
    """Where ``text`` has ``words`` as whole words, else where it has them at all (-1: nowhere). A short source is
    part of many a word: "according to the US" found the "us" of "russia" first, whose noun phrase is no source
    (stop 54: 1 of 1,604 studied sources changed, seed82-021's, now "US")."""
    found = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text)
    return found.start() if found else text.find(words)


def _giver(chat: Chat, lang: Language) -> str | None:
    if lang == "de":
        match = _GIVES_DE.search(chat.norm) or _ASSUMES_DE.search(chat.norm) or _GAVE_DE.search(chat.norm)
        phrase = _phrase(chat, match.end(), lang) if match else None
        # "nennt das auswärtige amt ne zahl": the object typed in lower case is none of the subject's name
        return re.sub(r"(?i)\s+(?:eine?|ne|irgendeine?)\s+\S.*$", "", phrase) if phrase else None
    match = _GIVES_EN.search(chat.norm)
    # "the commentary part – does it give its own estimate …"
    if (topic := _TOPIC_THEN_IT.match(chat.norm)) and _SAYS_EN_VERB.search(chat.norm, topic.end()):
        return re.sub(r"^(?:the|a|an)\s+", "", chat.raw_span(topic.start(1), topic.end(1)).strip(), flags=re.I)
    if not match:
        return None
    # "does cnn say how many …": asked whether the source says it at all, opening the question, a verb of saying
    # names the source too (not "what does X say", which often sets sources side by side)
    whether = _OPENS_ON_WHETHER.match(chat.norm)
    opens = whether is not None and match.start() == whether.start(1)
    # "how many brigades does Kyiv say …": the figure asked is the one the subject of "say" gives (not "what does X
    # say", which often sets two sources side by side)
    counts = _HOW_MANY_BEFORE.search(chat.norm[: match.start()]) is not None
    verb = (_SAYS_EN_VERB if opens or counts else _GIVES_EN_VERB).search(chat.norm, match.end())
    if not verb or len(chat.norm[match.end() : verb.start()].split()) > MAX_GIVER_WORDS:
        return None
    subject = re.sub(r"^(?:the|a|an)\s+", "", chat.raw_span(match.end(), verb.start()).strip(), flags=re.I)
    return subject or None


# HanTa's tags of a predicative adjective, an adverb, a pronominal adverb and a separated verb particle: German puts
# these after an adverbial source at the end of the clause ("wie viel Prozent … war laut ÖWA mobil", "wie viele waren
# laut Statistik Austria arbeitslos", "wie viele sind laut Umfrage dafür"); and an indefinite pronoun, the subject
# after it ("um wie viel soll laut Norbert Hofer jemand, der arbeitet, mehr bekommen"). A source's name never ends in
# one (a capitalised "Mobil" is tagged a name).
CLAUSE_END_TAGS = frozenset({"ADJ(D)", "ADV", "PROAV", "PTKVZ", "PIS"})


def _phrase(chat: Chat, at: int, lang: Language, found_end: int | None = None) -> str | None:
    """The noun phrase from character ``at`` of the question, as written, ending by ``found_end`` (in German without a
    predicate typed after it: ``CLAUSE_END_TAGS``)."""
    toks = tokens(chat.norm)
    k = next((n for n, w in enumerate(toks) if w.start >= at), len(toks))
    if found_end is not None and chat.norm[found_end:].lstrip().startswith("zufolge"):  # "… dem Ministerium zufolge"
        end = next((n for n, w in enumerate(toks) if w.start >= found_end), len(toks))
        k = max([n + 1 for n in range(k, end) if toks[n].text in ARTICLES] or [k])
    while k < len(toks) and toks[k].text in ARTICLES | {"its", "their", "his", "her", "seiner", "ihrer"}:
        k += 1
    i, j = noun_phrase(chat.norm, toks, k, lang, chat=chat)
    if found_end is not None:  # the source ends where the clause it was named in does ("according to ZTE how much …")
        j = min(j, max(i, next((n for n, w in enumerate(toks) if w.start >= found_end), len(toks))))
    if lang == "de":  # "laut öwa mobil": the clause's predicate typed after the source is none of its name
        while j - 1 > i and analyze(chat.raw_span(toks[j - 1].start, toks[j - 1].end), "de")[1] in CLAUSE_END_TAGS:
            j -= 1
    if j == i:
        return None
    return chat.raw_span(toks[i].start, toks[j - 1].end) or None
