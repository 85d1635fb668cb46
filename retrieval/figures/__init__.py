"""Find the numbers in a news text, with what they count, as written.

``extract_figures`` scans ``text[start:end]`` and returns one :class:`~retrieval.models.Figure` per
number expression: digits with German or English separators ("12.000", "1,7", "12 000", "12,000"),
number words ("zwölf", "Dutzende", "thousands"), scale words ("125 Mio.", "1,7 Milliarden"), ranges
("300 bis 450", "zwischen fünf und 20"), qualifiers as written ("mehr als", "rund", "up to") and the
counted noun after the number ("12.000 nordkoreanische Soldaten" -> unit "Soldaten", lemma "Soldat").

Every figure gets a ``kind`` so later stages can tell a count from a date, year, time, duration, age or
ordinal.  ``values`` are plain numbers for count, money, percent and duration/age ("1,7 bis 3,1
Milliarden" -> ``[1.7e9, 3.1e9]``); for date and time they are the written components in written order
("3. März 2015" -> ``[3, 3, 2015]``, "15.30 Uhr" -> ``[15, 30]``).  Measurements ("10.000 Hektar",
"5 Tonnen") are kind ``count`` with their unit.  A partitive pronoun ("3000 von ihnen") leaves
``unit`` None.

Tokenisation is a single regular expression over the raw text (SoMaJo would give the same tokens for
numbers but costs ~20 s on the 2.7 M-character corpus); HanTa (``retrieval.nlp``) supplies lemmas and the
part of speech that tells an adjective between number and noun from a verb.

One way through the package: ``tokens`` (the slice as tokens) -> ``expressions`` (a number expression,
valued by ``numbers``) -> ``dates`` / ``classify`` (its kind and unit, the noun from ``nouns``) ->
``build`` (the Figure, with its qualifier from ``qualifiers``); ``scanner`` runs that loop, ``words``
handles shares and ordinals written as words, ``compounds`` numbers inside adjectives ("22-stündigen"). The word
lists live in ``data/``, loaded by ``lexicon``.
"""

from retrieval.figures.scanner import extract_figures, parse_number
from retrieval.nlp import analyze  # re-exported for question.py and answer.py until they import retrieval.nlp

__all__ = ["analyze", "extract_figures", "parse_number"]
