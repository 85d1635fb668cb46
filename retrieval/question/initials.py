"""Countries typed by their initials in a chat: "how many soldiers has NK sent", "wieviele soldaten schickt nk nach
russland", "how many troops does SK say …". German news print the country's name ("Nordkorea", "Südkorea"), so the
initials match no word of an article and no place of the place tables: ``contrast.other`` then dropped "Südkorea: 1500
nordkoreanische Soldaten in die Ukraine verlegt" for "wieviele soldaten schickt nk nach russland" (a question naming
only Russland), and "how many troops does SK say NK has moved into ukraine" found nothing. ``spelled_out`` writes the
country's name in the question's language before the question is parsed (``Answerer.answer``), as a chat typo is
read as the corpus's word first (``Searcher.corrected``).

The table (``data/country_initials.tsv``) is of the kind, not of one question: the initials chat uses for countries
that the place tables do not know (North and South Korea as NK, DPRK, SK, ROK). "US" and "UK" are places already
(``constraints.EXONYMS``): spelling "UK" out as "United Kingdom" made "how many soldiers has the UK sent to ukraine?"
list the Korean figures, as the full name does, where the initials found nothing. Initials the corpus prints as a
word of their own are the corpus's reading and stay as typed ("SK Rapid" in the gnad articles).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from retrieval.language import detect_language
from retrieval.models import Language
from retrieval.question.quotes import blank_quotes, find_quotes
from retrieval.question.text import table

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{2,4}(?![\w-])")  # a word of its own, not "NK-Soldaten"


@cache
def _names() -> dict[str, tuple[str, str]]:
    """The initials (lower case) and the country's English and German names."""
    rows = table("country_initials.tsv")
    return {key: (names.split("\t")[0].strip(), names.split("\t")[-1].strip()) for key, names in rows.items()}


def spelled_out(text: str, printed: Callable[[Sequence[str]], Mapping[str, int]]) -> str:
    """``text`` with each country typed by its initials named in the question's language ("NK" -> "North Korea",
    "nk" -> "Nordkorea" in a German question), outside quotation marks; initials the corpus prints (``printed``:
    how many articles print each word) stay as typed."""
    outside = blank_quotes(text, find_quotes(text))
    found = [m for m in _WORD.finditer(outside) if m.group().lower() in _names()]
    if not found:
        return text
    counts = printed(sorted({m.group().lower() for m in found}))
    found = [m for m in found if not counts.get(m.group().lower())]
    if not found:
        return text
    language: Language = detect_language(outside)
    for m in reversed(found):
        english, german = _names()[m.group().lower()]
        text = text[: m.start()] + (english if language == "en" else german) + text[m.end() :]
    return text
