"""An article's sub-heading that repeats a figure the answer lists from its body.

A news article opens with its title and sub-heading ("Bis 2020 sollen es mehr als 200.000 sein.", "Teuerung bei
0,7 Prozent – Mieten stiegen um 3,6 Prozent …"), printed again as the first lines of its text, and its body gives
the same figure with its context ("Bis 2020 sollten es mehr als 200.000 sein, sagte Siemens-Chef Joe Kaeser").
Both are the article's statement of that figure: a reader who checks the answer sees it in the sub-heading first.
The second look (``listing``) weighs a further claim against the first one and cuts the short sub-heading, which
has less of the question's words than the body sentence; so once a body sentence of an article is listed, the
sentences of that article's printed title that give one of its figures are listed beside it. A sub-heading the first
stage finds likely enough to list is listed with every figure it gives of what is asked, its own included: where it
and the body disagree ("24 Verletzte bei Angriff auf Armeeposten" above "31 weitere wurden demnach verletzt") or it
gives the figure the body spreads over a list ("Mieten stiegen um 3,6 Prozent"), the reader sees both. On the studied
sets (2026-12-05) this listed 2 sub-headings on gold (dev20, dev21: +1 question each) and 1 off it (dev).
"""

from __future__ import annotations

from collections.abc import Iterable

from retrieval.models import Article, Figure

OPENING_CHARS = 400  # the title is printed at the top of the text, after a line or two of page furniture at most


def title_span(article: Article) -> tuple[int, int] | None:
    """Where the article's text prints its title (sub-heading) at its top, or None where it does not."""
    title = article.title.strip()
    if not title:
        return None
    at = article.text.find(title, 0, OPENING_CHARS + len(title))
    return None if at < 0 else (at, at + len(title))


def in_title(start: int, end: int, span: tuple[int, int] | None) -> bool:
    """Does the sentence ``start``-``end`` lie within the printed title (``title_span``)?"""
    return span is not None and span[0] <= start and end <= span[1] + 1


def printed(figure: Figure, text: str) -> tuple[str, tuple[float, ...]]:
    """A figure's number as its article prints it, with its value: "25" and "Jeder vierte" are one value, printed
    otherwise."""
    return (" ".join(text[figure.number_start : figure.number_end].lower().split()), tuple(figure.values))


def repeating(figures: Iterable[Figure], leading: Iterable[Figure], text: str) -> list[Figure]:
    """The figures that print again, alike, the figure a listed claim of the article answers with (the first it
    shows: "Die Vergleichswerte liegen für 1997 bei 24,7 Prozent und für 1965 bei 42 Prozent" answers with 24,7;
    a sub-heading on the 42 Prozent of 1965 does not repeat it). A share in words ("Jeder vierte") beside a
    percentage ("25 Prozent der Befragten") is no repeat either: often of another group, and a reader sees none."""
    keys = {printed(f, text) for f in leading}
    return [f for f in figures if printed(f, text) in keys]
