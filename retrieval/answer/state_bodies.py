"""A body of a foreign country's state asked about, and whether a sentence gives that country's word.

"Was sagte die italienische Regierung?", "Wie reagierte das japanische Außenministerium?", "how did the dutch
government react", "what did the US state department say": the body is the country's (``country_asked``), so only a
speaker of that country answers (``speaks_for_country``): one its name, adjective, capital or seat of government names
("Die Regierung in Kiew" for Ukraine, "US-Verteidigungsminister Lloyd Austin" for the USA), a sentence of no one's
word that opens on it ("Die südkoreanische Regierung bestellte …"), or an official by office right after a sentence
that opens on the country's body acting ("Die südkoreanische Regierung bestellte daraufhin den russischen Botschafter
ein. Vize-Außenminister Kim Hong Kyun äußerte …"). Another country's government, the home country's ministry or an
alliance's secretary general does not: where no candidate speaks for the country, nothing answers. News names its own
country's bodies without a nationality ("das Außenministerium"), so a home country (``constraints.HOME``) sets no
condition. A country or capital asked about whole ("what did south korea say", "was sagt Russland": ``place_asked``)
speaks the same way, through its offices, capital and seat (``features.speaks_for_place``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from retrieval import constraints, vocab
from retrieval.answer.evidence import Candidate
from retrieval.answer.persons import is_role_word, surname
from retrieval.question.phrases import ARTICLES

# The seats of governments that news names for them: "Kreml-Sprecher" speaks for Moscow, the White House for Washington.
SEATS = {
    "kreml": "russland",
    "kremlin": "russland",
    "weißen haus": "usa",
    "weiße haus": "usa",
    "white house": "usa",
    "pentagon": "usa",
    "downing street": "großbritannien",
    "élysée": "frankreich",
    "elysee": "frankreich",
    "ballhausplatz": "österreich",
    "kanzleramt": "deutschland",
}


def seat_named(person: str) -> bool:
    """Does the person asked about name a government by its seat ("the Kremlin", "das Weiße Haus", "the Pentagon
    chief")? Its words are its spokesperson's or minister's ("Kreml-Sprecher Dmitri Peskow", "US-Verteidigungsminister
    Lloyd Austin"), whom the source names by name or office, not by the seat."""
    lowered = person.lower()
    return any(re.search(rf"\b{re.escape(seat)}s?\b", lowered) for seat in SEATS)


@cache
def _bodies() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The German heads and the English phrases of the bodies of a state (``vocab``, kind "state")."""
    return vocab.german_words("state"), tuple(row.name for row in vocab.of_kind("state"))


def place_asked(person: str | None) -> str | None:
    """The country or city a what-said question asks about as its speaker, whole ("south korea", "the US", "Kiew",
    "die USA", "Moskau"), lower case: a place speaks through its government, offices and seat (``speaks_for_place``
    in ``features``), which no source names by the place's English name; None for a person or a body."""
    words = [w for w in (person or "").lower().split() if w not in ARTICLES]
    if not words:
        return None
    phrase = " ".join(words)
    return phrase if constraints.is_place(phrase) or all(constraints.is_place(w) for w in words) else None


def is_body_word(word: str) -> bool:
    """Does a lower-case word name a body of a state by one of the table's heads ("regierung", "außenministerium",
    "geheimdienst")? Such a body speaks through its officials, whom sources name by name or office."""
    return word.endswith(_bodies()[0])


def country_asked(person: str | None, language: str) -> str | None:
    """The foreign country whose state body a question asks about, in German, lower case ("die italienische
    Regierung" -> "italien", "Japans Außenministerium" -> "japan", "die US-Regierung" -> "usa", "the dutch
    government" -> "niederlande", "the us state department" -> "usa"); None for a person, an office, a body of no
    country or of a home country."""
    if not person:
        return None
    german, english = _bodies()
    written = re.findall(r"[\w-]+", person)
    if language == "en":
        lowered = person.lower()
        if not any(re.search(rf"\b{re.escape(phrase)}\b", lowered) for phrase in english):
            return None
        forms = constraints.german_country_forms(person)
        country = forms[0] if forms else None
    else:
        heads = [w for w in written if w.lower().endswith(german) and not is_role_word(w.lower())]
        if not heads:
            return None
        country = next((c for w in written if (c := _country_word(w))), None)
    if country is None or constraints.is_home(country):
        return None
    return country


def _country_word(word: str) -> str | None:
    """The country a German word of the phrase names: its adjective or genitive ("italienische", "Japans"), its name
    ("Japan" in "die Regierung von Japan"), or its short name before a hyphen ("US-Regierung")."""
    if country := constraints.country_of(word):
        return country
    low = word.lower()
    if low in constraints.PLACES_DE:
        return low
    prefix = low.split("-", 1)[0] if "-" in low else ""
    return _SHORT.get(prefix) if prefix else None


# Short names of countries that German compounds are written with ("US-Regierung"): the English table's keys of up to
# three letters ("us" -> "usa").
_SHORT = {k: v[0] for k, v in constraints.EXONYMS.items() if len(k) <= 3}


def names_country(country: str, text: str) -> bool:
    """Does ``text`` name ``country`` (a German name, lower case): by name, adjective or an inflected form
    (``constraints.names_place``), by its capital ("Die Regierung in Kiew"), its seat of government ("Kreml-Sprecher")
    or its short name before a hyphen ("US-Außenministerium")?"""
    if constraints.names_place(country, text):
        return True
    lowered = text.lower()
    capitals = [city for city, lands in constraints.CAPITALS.items() if country in lands]
    if any(re.search(rf"\b{re.escape(city)}", lowered) for city in capitals):
        return True
    if any(seat in lowered for seat, land in SEATS.items() if land == country):
        return True
    short = [k for k, land in _SHORT.items() if land == country]
    return any(re.search(rf"(?<![\w-]){re.escape(k)}-", lowered) for k in short)


_PREPOSITIONS = frozenset(
    "für in im nach von vom mit gegen aus bei zu zum zur über an auf for to with against from by on at".split()
)


def speaks_for_country(country: str, c: Candidate, text: str = "") -> bool:
    """Is the sentence the word of ``country``: its speaker phrase names the country, or, with no speaker, the
    sentence opens on it as its subject ("Die südkoreanische Regierung bestellte …"; not "Für Russland …"), or its
    speaker is an official by office right after a sentence that opens on the country acting (``_official_after``),
    or one the article (its ``text``) names as the country's (``_named_as_countrys``)?"""
    said_by = c.source or c.info.speaker or ""
    if not said_by:
        opening = c.text.split()[:2]
        return bool(opening) and opening[0].lower() not in _PREPOSITIONS and names_country(country, " ".join(opening))
    return (
        names_country(country, said_by)
        or _official_after(country, said_by, c)
        or (bool(text) and _named_as_countrys(country, said_by, text))
    )


NAMED_REACH = 60  # characters before a name in which an office with its country names it ("der griechische Premier")


def _named_as_countrys(country: str, said_by: str, text: str) -> bool:
    """Does the article name the speaker by an office of the country somewhere ("Regierungschef Alexis Tsipras" where
    it wrote "der griechische Regierungschef Alexis Tsipras" or "Griechenlands Premier Alexis Tsipras")? The
    country's words and an office stand in the same clause before the surname."""
    name = surname(said_by)
    if not name or len(name) < 3 or names_country(country, name):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        window = re.split(r"[.!?;:,()]", text[max(0, m.start() - NAMED_REACH) : m.start()])[-1]
        words = re.findall(r"[\w-]+", window)
        if any(_office(w) for w in words) and names_country(country, window):
            return True
    return False


def _office(word: str) -> bool:
    """Does a word name an office, in the genitive too ("des griechischen Regierungschefs")?"""
    low = word.lower()
    return is_role_word(low) or (low.endswith("s") and is_role_word(low[:-1]))


def _official_after(country: str, said_by: str, c: Candidate) -> bool:
    """Is the speaker named by an office ("Vize-Außenminister Kim Hong Kyun") right after a sentence that opens on the
    country ("Die südkoreanische Regierung bestellte daraufhin den russischen Botschafter ein.")? News names the
    country acting, then goes on with its official."""
    if not any(_office(w) for w in re.findall(r"[\w-]+", said_by)):
        return False
    before = c.before.strip()
    opening = " ".join(re.findall(r"[\w-]+", before)[:3])
    return before[-1:] in ".!?" and names_country(country, opening)


def for_country(
    country: str,
    person: Sequence[str],
    persons: list[float],
    candidates: Sequence[Candidate],
    texts: Mapping[str, str] | None = None,
) -> list[float]:
    """``persons`` with a country's body asked about: a speaker of another country is not the body (-1: "Die Regierung
    in Kiew" is no "italienische Regierung"), and the country's official right after a sentence that opens on the
    body asked about acting speaks for it (1: "Die südkoreanische Regierung bestellte … ein. Vize-Außenminister Kim
    Hong Kyun äußerte …")."""
    out = []
    for c, p in zip(candidates, persons, strict=True):
        said_by = c.source or c.info.speaker or ""
        if not speaks_for_country(country, c, (texts or {}).get(c.doc_id, "")):
            out.append(-1.0)
        elif said_by and p < 1.0 and _official_after(country, said_by, c) and _opens_on_body(person, c.before):
            out.append(1.0)
        else:
            out.append(p)
    return out


def _opens_on_body(person: Sequence[str], before: str) -> bool:
    """Does the sentence open on the body asked about ("Die südkoreanische Regierung …" for "regierung")?"""
    opening = " ".join(re.findall(r"[\w-]+", before)[:4]).lower()
    return any(w in opening for w in person)
