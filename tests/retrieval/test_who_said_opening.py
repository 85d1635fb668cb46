"""A who-said answer quotes the body of an article, where it says who spoke and how, not the opening that sums it up."""

from __future__ import annotations

from dataclasses import replace

from conftest import candidate_at, sentence_spans

from retrieval.answer.listing import Listed
from retrieval.answer.said import from_body, opening
from retrieval.models import Article, SentenceInfo

TITLE = "Bürgermeisterin hält neue Brücke für zu teuer."
# The printed title, the dateline sentence the body opens with, then the mayor's words, a second dateline-like
# sentence further on and her words again.
TEXT = (
    f"{TITLE} "
    "Linz – Die Stadt hat vor den Kosten der neuen Brücke gewarnt. "
    "Die Pläne seien so nicht finanzierbar, sagte Bürgermeisterin Karin Hofer am Dienstag. "
    "Zum Vergleich – Der alte Steg kostete ein Zehntel. "
    "Wir bauen nur, was wir bezahlen können, betonte Hofer."
)
INFOS = {
    0: SentenceInfo(source="Bürgermeisterin", speaker="Bürgermeisterin", cue="hält", how="headline"),
    1: SentenceInfo(source="Die Stadt", speaker="Die Stadt", cue="hat gewarnt", how="reported"),
    2: SentenceInfo(source="Bürgermeisterin Karin Hofer", speaker="Bürgermeisterin Karin Hofer", how="indirect"),
    4: SentenceInfo(source="Bürgermeisterin Karin Hofer", speaker="Hofer", cue="betonte", how="indirect"),
}
ARTICLE = Article(id="d", title=TITLE, outlet="Linzer Blatt", text=TEXT)
SPANS = sentence_spans(TEXT)


def _listed(*indices: int, doc_id: str = "d") -> list[Listed]:
    return [Listed(replace(candidate_at(TEXT, SPANS[i], i, INFOS), doc_id=doc_id), 0.9, [], "x") for i in indices]


def test_the_title_and_the_dateline_sentence_after_it_open_the_article() -> None:
    assert [opening(candidate_at(TEXT, SPANS[i], i, INFOS), ARTICLE) for i in range(5)] == [
        True,  # the printed title
        True,  # "Linz – …": the body's first sentence, which sums it up
        False,
        False,  # a dash further on opens no report
        False,
    ]


def test_a_dateline_opens_an_article_without_a_printed_title() -> None:
    untitled = Article(id="d", title="Ganz anders", text=TEXT[len(TITLE) + 1 :])
    spans = sentence_spans(untitled.text)
    assert opening(candidate_at(untitled.text, spans[0], 0, INFOS), untitled)
    assert not opening(candidate_at(untitled.text, spans[1], 1, INFOS), untitled)


def test_the_opening_gives_way_to_the_body_of_its_article() -> None:
    listed = _listed(0, 1, 2, 4)
    kept = from_body(listed, {"d": ARTICLE})
    assert [item.candidate.index for item in kept] == [2, 4]


def test_the_opening_stays_where_the_body_gives_no_claim() -> None:
    alone = _listed(0, 1)
    assert from_body(alone, {"d": ARTICLE}) == alone
    # another article's body claim does not take the place of this article's opening
    other = Article(id="e", title="Anderswo", text=TEXT)
    mixed = _listed(1) + _listed(2, doc_id="e")
    assert [(item.candidate.doc_id, item.candidate.index) for item in from_body(mixed, {"d": ARTICLE, "e": other})] == [
        ("d", 1),
        ("e", 2),
    ]
