"""The figure an answer gives, stated again in another sentence of an article it quotes.

A report states its key figure more than once: in the lead and again in the body with its source ("Die Pensionen
werden … um 1,2 Prozent angehoben." … "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent."),
in a sub-heading and in the sentence that names who gives it ("Staatsschulden bei 72 Mrd. Dollar" above the
governor's "Staatsschulden in Höhe von 72 Milliarden Dollar"), in an embedded post and in the report of it ("Rust
sales grew 74%" beside "stiegen die Verkäufe … um 74 Prozent"). Each is the article's statement of the answer, and
often only one of them names its source; the second look (``listing``) weighs a further claim against the first
and cuts the second statement of the same figure as adding nothing. So once the answer's figure is claimed from an
article, the other sentences of that article that print the same number of the same thing are claimed beside it
(``Answerer._restated``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from retrieval.answer.features import counts, unit_key
from retrieval.models import Figure

if TYPE_CHECKING:
    from retrieval.answer.listing import Listed

# At most this many further sentences of an article are claimed for the answer's figure (with the one claimed, an
# article is quoted up to three times for it, as for a sub-heading that repeats it).
RESTATED = 2
# One share written three ways ("74%", "74 Prozent", "74 percent"): indexing keeps each as its unit.
_PERCENT = dict.fromkeys(("%", "prozent", "percent"), "%")


def same_figure(a: Figure, b: Figure) -> bool:
    """Do two figures print the same number of the same thing: one value in digits, one kind (a share, a sum, a
    count), and the same counted noun where both name one ("74%" and "74 Prozent"; "32 Menschen" and "32 Personen",
    which the table of counted things takes for one concept; not "32 Menschen" and "32 Jahre")? A number in words
    restates nothing: "Mehr als die Hälfte der befragten Manager" and "Knapp die Hälfte der schwerwiegenden Vorfälle"
    are two figures (dev68-001)."""
    if a.kind != b.kind or not set(a.values) & set(b.values) or not (_digits(a) and _digits(b)):
        return False
    ka, kb = (_PERCENT.get(unit_key(f).lower(), unit_key(f)) for f in (a, b))
    if not ka or not kb or ka == kb:
        return True
    ca, cb = counts(a), counts(b)
    return ca is not None and ca == cb


def restating(figures: Iterable[Figure], answer: Iterable[Figure]) -> list[Figure]:
    """The figures that print one of the ``answer``'s figures again (``same_figure``)."""
    given = list(answer)
    return [f for f in figures if any(same_figure(f, a) for a in given)]


def sure(doc_id: str, giving: Sequence[Listed]) -> bool:
    """Is the answer's figure sure enough to claim its restatements in article ``doc_id``? ``giving`` are the claims
    that give it (the first claim and those that print it again). Its claim there is one the question guard finds
    answering (a tuned score above 0, ``Listed.h``; 0 where the guard is off), or two articles give it ("32 der mehr
    als 4.200 Menschen an Bord kamen dabei ums Leben" beside "bei der … 32 Personen ums Leben gekommen waren"). On the
    studied sets of stop 42 every restatement claimed without this test and off the answering sentences restated a
    wrong first figure (225 Millionen Euro for a loan of 100, 178 votes for the cash withdrawn, 0,1 Prozent
    inflation for vegetable prices, a forecast's 1,6 Prozent); their claims were at -3.26..-0.53, the two answering
    ones the guard judged at 0.40 and 1.84."""
    here = [x.h for x in giving if x.candidate.doc_id == doc_id]
    return bool(here) and (max(here) > 0 or len({x.candidate.doc_id for x in giving}) > 1)


def _digits(figure: Figure) -> bool:
    return any(ch.isdigit() for ch in figure.text)
