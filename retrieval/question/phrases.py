"""Words with positions, and the noun phrase that starts at one of them ("der italienische Innenminister").

A person, a source or a counted thing is a noun phrase that starts after a cue ("did", "laut", "how
many") and ends where the sentence goes on: at a verb, a preposition, a conjunction, punctuation, or a
second article ("der Minister | die Einigung"). HanTa (``retrieval.nlp.analyze``) tells verbs from nouns;
genitives ("of the Economic Chamber", "des Ministeriums") stay inside the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval import constraints
from retrieval.models import Language
from retrieval.nlp import analyze
from retrieval.question.text import Chat, table, words

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[€$£%]")
MAX_PHRASE_WORDS = 8
# Words that end a phrase: prepositions (but the genitive "of"/"von"), conjunctions, question and auxiliary
# words. Lower case, English and German.
BOUNDARY: frozenset[str] = frozenset(
    """
    in im into at on about over after before during since until to from with without by for against among
    between near across through regarding concerning while when where who whom which what that whether if
    and or but than as is are was were be been has have had do does did will would can could should may might
    must shall zu zum zur über auf aus bei beim nach vor seit bis mit ohne für gegen während wegen unter
    neben gegenüber am an ans ins um durch zwischen dass daß ob wenn als wie und oder aber sondern denn
    ist sind war waren sei wird werden wurde wurden hat haben hatte hatten soll sollen sollte will wollte
    kann konnte muss musste darf laut gemäß zufolge really actually echt wirklich
    schon heute jetzt bereits noch immer dort hier gestern bisher already now still today yesterday
    heuer morgen derzeit aktuell zuletzt damals inzwischen mittlerweile nun bald currently recently
    this last next tomorrow
    """.split()
)
ARTICLES: frozenset[str] = frozenset("the a an der die das den dem des ein eine einen einem einer eines".split())
GENITIVE_LINKS: frozenset[str] = frozenset({"of", "von", "des", "der"})
PUNCT_END = re.compile(r"[^\s\w'’-]")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str  # lower case, as in ``Chat.norm``


def tokens(norm: str) -> list[Word]:
    """The words of the normalised text, with their positions."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(norm)]


def is_verb(word: str, lang: Language) -> bool:
    """A finite verb, infinitive or participle by HanTa (speech verbs included)."""
    if word in words("speech_verbs.txt"):
        return True
    tag = analyze(word, lang)[1]
    return tag.startswith("V") if lang == "de" else tag.startswith(("VV", "VB", "VD", "VH", "VM"))


# Abbreviations a name or a body is written with, a full stop after them: "Dr.", "St. Pölten", "Prof."
_ABBREVIATIONS = frozenset("st dr prof mag ing jr sr hl".split())


def _abbreviated(norm: str, word: Word, following: Word) -> bool:
    """Is the punctuation between two words of a phrase only the full stop of an abbreviation inside it: an initial
    ("Thomas D. Trummer", "D.A.S."), an ordinal ("1. FC Köln"), or a short title ("St. Pölten", "Dr. Huber")?"""
    if norm[word.end : following.start].strip() != ".":
        return False
    return len(word.text) == 1 or word.text.isdigit() or word.text.lower() in _ABBREVIATIONS


def _noun_before_noun(toks: list[Word], j: int, limit: int, lang: Language) -> bool:
    """Is an English verb of saying at token ``j`` the first noun of a compound typed in lower case ("the us state
    department", "the chinese state media", "the state department")? It follows an article or a country's name or
    adjective, and a noun follows it that ends the phrase (its last word, or a verb after it: "… say", "… react")."""
    if lang != "en" or j == 0 or j + 1 >= limit:
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    if not (before in ARTICLES or constraints.is_place(before) or before in table("demonyms.tsv")):
        return False
    if after in BOUNDARY or after in ARTICLES or after in words("speech_verbs.txt") or is_verb(after, lang):
        return False
    return not analyze(after, lang)[1].startswith(("JJ", "RB")) and (j + 2 >= limit or is_verb(toks[j + 2].text, lang))


MAX_NAME_BEFORE_SAYING = 4  # words of a name, a verb to HanTa, and the fillers between it and the verb of saying


def _name_before_saying(norm: str, toks: list[Word], j: int, limit: int, lang: Language) -> bool:
    """Is the German word at token ``j``, a verb to HanTa, a name typed in lower case, as the verb of saying follows
    the phrase it is in ("hat greg holst echt gesagt": "holst" is "du holst"; "hat van der bellen gesagt", "dass die
    astronomin nienke van der marel gesagt hat")? A speaker's phrase takes no finite verb or infinitive in the German
    middle field: the verb of saying closes it, with nothing but names and fillers between."""
    if lang != "de":
        return _name_before_bare_saying(toks, j, limit)
    for k in range(j + 1, min(j + 1 + MAX_NAME_BEFORE_SAYING, limit)):
        if PUNCT_END.search(norm[toks[k - 1].end : toks[k].start]):
            return False
        w = toks[k].text
        if w in words("speech_verbs.txt"):
            return True
        if w in words("fillers.txt") or w in GENITIVE_LINKS:
            continue  # "echt", "wirklich"; "van der"
        if w in BOUNDARY or w in ARTICLES or is_verb(w, lang):
            return False
    return False


def _name_before_bare_saying(toks: list[Word], j: int, limit: int) -> bool:
    """Is the English word at token ``j``, a verb to HanTa, part of a name typed in lower case, as a verb of saying in
    its bare form follows the name ("did pentagon spokesman peter cook call the program a complete failure": "peter"
    and "cook" are verbs to HanTa)? After "did X" the verb comes bare; a verb of X's own takes a gerund or "to" after
    it ("did trump deny saying", "did she want to say"). Studied sets (stop 54): 1 question of 1,604 read anew
    (dev99-043, general -> quote_check, gained), 1 speaker read in full ("tim cook", dev102-042, answer unchanged)."""
    for k in range(j + 1, min(j + 1 + MAX_NAME_BEFORE_SAYING, limit)):
        w = toks[k].text
        if w in words("speech_verbs.txt"):
            return not w.endswith(("ing", "ed", "s"))
        if w in BOUNDARY or w in ARTICLES or w in words("fillers.txt") or not is_verb(w, "en"):
            return False
    return False


def noun_phrase(
    norm: str, toks: list[Word], i: int, lang: Language, stop: int | None = None, chat: Chat | None = None
) -> tuple[int, int]:
    """Token range ``[i, j)`` of the phrase that starts at token ``i`` (``j == i`` when there is none). With the
    ``chat`` as typed, a word written with a capital inside the phrase is a name or a German noun, never its verb
    ("Did Austria Vienna coach Thorsten Fink say …": HanTa reads "thorsten" as a verb, "Blinken" and "Hunt" too; "US
    Secretary of State" is no "state" of saying)."""
    j = i
    content = 0
    limit = len(toks) if stop is None else min(stop, len(toks))

    def named(k: int) -> bool:
        return chat is not None and k > 0 and chat.raw_span(toks[k].start, toks[k].end)[:1].isupper()

    while j < limit and j - i < MAX_PHRASE_WORDS:
        w = toks[j].text
        if j > i and PUNCT_END.search(norm[toks[j - 1].end : toks[j].start]):
            if not _abbreviated(norm, toks[j - 1], toks[j]) or w in BOUNDARY:
                break
            content, j = content + 1, j + 1  # "D.A.S.": the letter after an initial is no article ending the phrase
            continue
        if w in words("fillers.txt") and content:
            break
        if w in ARTICLES:
            if content and w not in GENITIVE_LINKS and toks[j - 1].text not in GENITIVE_LINKS:
                break
        elif w in GENITIVE_LINKS and content:
            pass
        elif w in BOUNDARY or (
            not named(j)
            and not _noun_before_noun(toks, j, limit, lang)
            and (
                w in words("speech_verbs.txt")
                or (content and is_verb(w, lang) and not _name_before_saying(norm, toks, j, limit, lang))
            )
        ):
            break
        else:
            content += 1
        j += 1
    while j > i and (toks[j - 1].text in ARTICLES or toks[j - 1].text in GENITIVE_LINKS):
        j -= 1
    return i, j if content else i
