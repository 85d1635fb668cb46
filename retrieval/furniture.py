"""Tell page furniture from content: the lines a scraped news page carries that are not the article.

Navigation ("Zum Inhalt springen"), consent and embed boxes ("Empfohlener externer Inhalt"), credits
("OZD / ©AFP", "Foto: dpa"), bylines, datelines, section labels ("OZD-Kommentar:"), teasers ("Auch
interessant"), share, newsletter and ad prompts must never be quoted as an answer. They are flagged at
indexing; the stored text stays verbatim.

The evidence is general, not a list of pages:

- the shape of the sentence: a credit ("©", "Foto:", "Bild: Reuters"), a byline ("Von Anna Muster"),
  agencies joined by slashes ("dpa/AFP"), a dated sign-off ("(red, 16.5.2016)"), a dateline that opens
  a line and runs into the text ("Berlin. Die USA …");
- the shape of its line, when the sentence stands alone on it: a label ending in ":" without a finite
  verb, an all-caps line, a single bare word, names only ("Anna Muster, Reuters"), a site name opening
  with its domain;
- a short file of phrase families that recur across sites (``data/furniture.toml``), each matched
  against the whole sentence, so "Auch interessant" is flagged and "Auch interessant ist, dass …" not;
- the page around it: a title line printed twice (later copies), and a sentence between two flagged ones
  that runs on a line of theirs (the middle of a consent box).

Headlines are content ("Südkorea: 1500 Soldaten verlegt"), and so are short sentences ("Das bleibt
abzuwarten.") and quotes. HanTa (``retrieval.nlp.analyze``) is asked only about the few short lines that
could be labels, credits, names or datelines: does a word carry a finite verb, is a word a name.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from retrieval.nlp import QUOTE_CHARS, analyze

_PHRASE_FILE = Path(__file__).parent / "data" / "furniture.toml"

_MAX_FURNITURE_CHARS = 300  # the longest in the seed pages is 105
_MAX_LABEL_WORDS = 5  # "Biographien und Erklärungen:"; longer lines ending in ":" introduce content
_MAX_CAPS_WORDS = 8
_MAX_NAME_WORDS = 6
_MAX_CREDIT_WORDS = 12
_MAX_SITE_WORDS = 12
_MIN_REPEAT_WORDS = 4  # "Nein." may recur in an interview; a repeated line of four words is boilerplate
_MAX_SANDWICH_CHARS = 240

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LEAD = re.compile(r"^[\s»›>•·|*–—-]+")
_TRAIL = re.compile(r"[\s.:!…]+$")
_SPACE = re.compile(r"\s+")
_FULL_STOP = re.compile(r"[.?!…][\s\"'“”«»’)\]]*$")  # a sentence ends here, perhaps inside a quote or bracket

# "Foto: dpa", "Bild: Reuters", "Titelbild AFP.", "Photo: Getty Images/John Doe", "Quelle: Nato", "(c) dpa"
_CREDIT = re.compile(
    r"(?:foto|bild|titelbild|symbolbild|archivbild|aufmacherbild|grafik|illustration|karte|quelle|video|"
    r"image|photo|photograph|picture|graphic|credit|source|copyright|\(c\))s?(?:\s*[:/|]\s*|\s+|$)(?P<rest>.*)",
    re.IGNORECASE,
)
# "Von Anna Muster", "By Jane Doe and John Roe, Reuters", "Text: A. Muster"
_BYLINE = re.compile(
    r"(?i:von|by|text|autor|autorin|author|interview|reporting by)\s*:?\s+"
    r"(?P<names>[A-ZÄÖÜ][\w'’.-]*(?:(?:\s+|\s*[,/|&]\s*|\s+(?:und|and)\s+)[A-ZÄÖÜ][\w'’.-]*){0,7})"
)
# "OZD / ©AFP", "dpa/AFP/red", "APA | Reuters"
_AGENCIES = re.compile(r"\(?©?\s*[\w.&-]+(?: [\w.&-]+)?(?:\s*[/|]\s*©?\s*[\w.&-]+(?: [\w.&-]+)?)+\)?")
# DER STANDARD and others sign off with "(red, 16.5.2016)", "(APA/dpa, 23.8.2015)", "(Anna Muster, 2.1.2016)"
_SIGN_OFF = re.compile(r"\(\s*[^()]{1,60},\s*\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}\s*\)")
# "Berlin.", "Washington (AP) -", "Kiew/Moskau:" at the start of a line, the text following on it
_DATELINE = re.compile(r"(?P<place>[A-ZÄÖÜ][\w-]+)(?:/[A-ZÄÖÜ][\w-]+)?\s*(?:\([^()]{1,30}\))?\s*[.:–—-]")
# "OZD.news - News und Nachrichten", "www.example.de": a line that opens with the site's domain
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+\.(?:de|at|ch|com|net|org|eu|info|news|online|uk|io)\b", re.IGNORECASE)

# Finite-verb tags: HanTa's German model writes "VV(FIN)", "VA(FIN)", "VM(FIN)"; its English model uses CLAWS.
_EN_FINITE = frozenset({"VVD", "VVZ", "VBZ", "VBD", "VBB", "VDD", "VDZ", "VHD", "VHZ", "VM0"})
_NAME_TAGS = frozenset({"NE", "NP0"})
_QUOTE_MARKS = frozenset(QUOTE_CHARS) - {"'", "’"}  # both are apostrophes too: "Merkel’s"
_CONNECTORS = frozenset({"von", "by", "via", "und", "and", "for", "für", "mit", "with", "of", "the", "der", "die"})


@functools.cache
def _phrases() -> re.Pattern[str]:
    """The phrase families of ``data/furniture.toml`` as one pattern matched against a whole sentence."""
    with _PHRASE_FILE.open("rb") as handle:
        families = tomllib.load(handle)
    alternatives = [pattern for patterns in families.values() for pattern in patterns]
    return re.compile("|".join(f"(?:{p})" for p in alternatives))


def _normal(sentence: str) -> str:
    """Lower case, one space between words, no leading bullets, no trailing ".:!…": the form phrases match."""
    return _TRAIL.sub("", _LEAD.sub("", _SPACE.sub(" ", sentence.strip()))).lower()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_finite_verb(words: list[str], language: str) -> bool:
    for i, word in enumerate(words):
        if language == "de" and i and word[:1].isupper():
            continue  # German capitalises nouns; a verb is capitalised only at the start
        tag = analyze(word, language)[1]
        if (language == "en" and tag in _EN_FINITE) or (language != "en" and "FIN" in tag):
            return True
    return False


def _is_credit(sentence: str, words: list[str], language: str) -> bool:
    if "©" in sentence:
        return len(words) <= _MAX_CREDIT_WORDS
    match = _CREDIT.fullmatch(sentence)
    if not match:
        return False
    # A credit names people and outlets: capitalised words, years, agency codes ("dpa", "red"), "von", "/".
    rest = _words(match["rest"])
    return (
        len(rest) <= _MAX_CREDIT_WORDS // 2
        and all(w[:1].isupper() or w.isdigit() or len(w) <= 3 or w.lower() in _CONNECTORS for w in rest)
        and not _has_finite_verb(rest, language)
    )


def _is_byline(sentence: str) -> bool:
    return bool(
        _BYLINE.fullmatch(sentence)
        or _SIGN_OFF.fullmatch(sentence)
        or (_AGENCIES.fullmatch(sentence) and not any(c.isdigit() for c in sentence))
    )


def _is_dateline(sentence: str, language: str) -> bool:
    match = _DATELINE.fullmatch(sentence)
    if not match:
        return False
    # A place is a name in any case ("berlin" is still NE); "Schön." is only a name when capitalised.
    return all(analyze(w, language)[1] in _NAME_TAGS for w in (match["place"], match["place"].lower()))


def _is_name_line(sentence: str, words: list[str], language: str) -> bool:
    """Only names: a first name HanTa knows, then capitalised words, joined by "," "/" "und"."""
    if not 2 <= len(words) <= _MAX_NAME_WORDS or sentence[-1] in ".?!:" or ":" in sentence:
        return False  # "Stöger: Ja." is an interview answer
    if analyze(words[0], language)[1] not in _NAME_TAGS:
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words) and not _has_finite_verb(words, language)


def _is_standalone_furniture(sentence: str, words: list[str], language: str) -> bool:
    """Shapes that mark furniture only when the sentence is its whole line."""
    if not words:
        return True
    if len(words) == 1 and sentence[-1] not in ".!?":
        return True  # "Teilen", "Anzeige", "Newsletter": a bare word on a line is a button or a tag
    if sentence.endswith(":") and len(words) <= _MAX_LABEL_WORDS and not _has_finite_verb(words, language):
        return True  # "OZD-Kommentar:", "Hinweise:"
    if _is_name_line(sentence, words, language):
        return True  # "Anna Muster, Reuters": an author line
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(words) <= _MAX_CAPS_WORDS:
        return True  # "MEHR ZUM THEMA"
    return bool(
        _DOMAIN.match(sentence)
        and len(words) <= _MAX_SITE_WORDS
        and not _FULL_STOP.search(sentence)
        and not _has_finite_verb(words, language)
    )  # "OZD.news - News und Nachrichten zum Nachschlagen"


def is_furniture(sentence: str, *, starts_line: bool = False, ends_line: bool = False, language: str = "de") -> bool:
    """Whether one sentence is page furniture by its wording and its place on its line (first, last, or both)."""
    lines = [line for line in sentence.split("\n") if line.strip()]
    if len(lines) > 1:  # segmentation joins a line that starts with "©", "(" or "„": each line must be furniture
        return all(
            is_furniture(
                line, starts_line=starts_line or i > 0, ends_line=ends_line or i < len(lines) - 1, language=language
            )
            for i, line in enumerate(lines)
        )
    sentence = _SPACE.sub(" ", sentence.strip())
    if len(sentence) > _MAX_FURNITURE_CHARS:
        return False  # boilerplate is short; a long sentence is content (and costs the patterns nothing)
    words = _words(sentence)
    if starts_line and ends_line and _is_standalone_furniture(sentence, words, language):
        return True
    if starts_line and not ends_line and _is_dateline(sentence, language):
        return True  # "Berlin. Die USA bestätigen …": a dateline runs into the text
    if not words:
        return False
    if _QUOTE_MARKS.intersection(sentence) and "©" not in sentence:
        return False  # a quotation is content, whatever its shape
    return bool(
        _phrases().fullmatch(_normal(sentence)) or _is_credit(sentence, words, language) or _is_byline(sentence)
    )


def _place_on_line(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether ``text[start:end]`` begins its line and whether it ends it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip(), not text[end : len(text) if line_end < 0 else line_end].strip()


def flags(text: str, spans: list[tuple[int, int]], language: str = "de") -> list[bool]:
    """One flag per sentence span of ``text`` (from ``retrieval.segment.sentence_spans``): True for furniture."""
    sentences = [text[a:b] for a, b in spans]
    places = [_place_on_line(text, a, b) for a, b in spans]
    flagged = [
        is_furniture(s, starts_line=first, ends_line=last, language=language)
        for s, (first, last) in zip(sentences, places, strict=True)
    ]
    alone = [first and last for first, last in places]
    seen: set[str] = set()
    for i, sentence in enumerate(sentences):  # a title line printed again is a teaser or a box; the first stays
        key = _SPACE.sub(" ", sentence.strip()).lower()
        if alone[i] and key in seen and len(_words(sentence)) >= _MIN_REPEAT_WORDS and not _FULL_STOP.search(sentence):
            flagged[i] = True  # prose repeats too (a pull quote, the lead); a line without a full stop is a title
        if alone[i]:
            seen.add(key)
    around = list(flagged)
    for i in range(1, len(sentences) - 1):  # the middle of a consent box runs on the line of its furniture
        if not (around[i - 1] and around[i + 1]) or len(sentences[i]) > _MAX_SANDWICH_CHARS:
            continue
        if not places[i][0] or not places[i][1]:
            flagged[i] = flagged[i] or not _QUOTE_MARKS.intersection(sentences[i])
    return flagged
