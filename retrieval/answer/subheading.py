"""An article's sub-heading that repeats a figure the answer lists from its body.

A news article opens with its title and sub-heading ("Bis 2020 sollen es mehr als 200.000 sein.", "Teuerung bei
0,7 Prozent – Mieten stiegen um 3,6 Prozent …"), printed again as the first lines of its text, and its body gives
the same figure with its context ("Bis 2020 sollten es mehr als 200.000 sein, sagte Siemens-Chef Joe Kaeser").
Both are the article's statement of that figure: a reader who checks the answer sees it in the sub-heading first.
The second look (``listing``) weighs a further claim against the first one and cuts the short sub-heading, which
has less of the question's words than the body sentence; so once a body sentence of an article is listed, the
sentences of that article's printed title that give one of its figures are listed beside it. A sub-heading the first
stage finds answers on its own (its "found" bar) is listed with every figure it gives of what is asked, its own
included: where it and the body disagree ("24 Verletzte bei Angriff auf Armeeposten" above "31 weitere wurden demnach
verletzt") or it gives the figure the body spreads over a list ("Mieten stiegen um 3,6 Prozent"), the reader sees both.
On the studied sets (2026-12-05) this, with the "listed" bar, listed 2 sub-headings on gold (dev20, dev21: +1 question
each) and 1 off it (dev); on those of stop 53 it listed 6 off gold and none on it (``Answerer._with_subheading``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from retrieval.answer.restated import same_figure
from retrieval.models import Article, Figure

if TYPE_CHECKING:
    from retrieval.answer.listing import Listed

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


# The figures someone counts or reckons, whose source a report names: a count, a sum, a share. A year, a date, an age or
# a duration the title repeats is a fact of the story, which the body's speaker only mentions ("637 Tage Haft haben dem
# Bayern-Boss zugesetzt" is not Uli Hoeneß's figure; "2016" restates nothing of a survey's).
_REPORTED = frozenset({"count", "money", "percent"})


def sourced_from_body(listed: list[Listed], articles: Mapping[str, Article]) -> list[Listed]:
    """A figure answer whose claim on an article's printed title names no source, with the source of the first claim
    on that article's body that prints one of its counts, sums or shares again (``restated.same_figure``,
    ``_REPORTED``): a title sums up the body's report, and the body names whose figures they are ("Insgesamt fehlen
    dem UN-Flüchtlingshochkommissariat 440 Millionen Euro." above "Insgesamt fehlt demnach eine halbe Milliarde Dollar
    (rund 440 Millionen Euro) …" on the UNHCR's word; "Teuerung bei 0,7 Prozent – Mieten stiegen um 3,6 Prozent …"
    above the Statistik Austria's "… hat im Oktober unverändert 0,7 Prozent betragen"). A title claim with a source of
    its own, or whose figures no body claim prints, keeps what it has. Studied sets (stop 49): 10 title claims of 10
    answers get a source, all of them a body or report the article names (+2 -0: dev2c-029, dev87-032); over the gnad
    index 40 unsourced titles would take one where the restating body sentence is claimed beside them, 18 of a sample
    of 20 rightly (2 debatable: a mayor carried onto a state's plan, the authority that fined someone)."""
    docs = {item.candidate.doc_id for item in listed} & articles.keys()
    spans = {doc_id: title_span(articles[doc_id]) for doc_id in docs}

    def titled(item: Listed) -> bool:
        c = item.candidate
        return in_title(c.start, c.end, spans.get(c.doc_id))

    for item in listed:
        if item.source or not item.figures or not titled(item):
            continue
        item.source = next(
            (
                other.source
                for other in listed
                if other.source
                and other.candidate.doc_id == item.candidate.doc_id
                and not titled(other)
                and any(same_figure(a, b) for a in item.figures if a.kind in _REPORTED for b in other.figures)
            ),
            None,
        )
    return listed
