"""A who-said answer quotes the body of an article, where it says who spoke and how, not the title that sums it up."""

from __future__ import annotations

from dataclasses import replace

from conftest import candidate_at, sentence_spans

from retrieval.answer.listing import Listed
from retrieval.answer.said import from_body, headline
from retrieval.models import Article, SentenceInfo

TITLE = "Bürgermeisterin hält neue Brücke für zu teuer."
# The printed title, the dateline sentence the body opens with, then the mayor's words, a dash further on and her
# words again.
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
    return [
        Listed(replace(candidate_at(TEXT, SPANS[i], i, INFOS), doc_id=doc_id), 0.9, [], INFOS[i].source)
        for i in indices
    ]


def test_only_the_printed_title_is_the_headline() -> None:
    assert [headline(candidate_at(TEXT, SPANS[i], i, INFOS), ARTICLE) for i in range(5)] == [
        True,  # the printed title
        False,  # "Linz – …": the body's first sentence gives a statement with its speaker
        False,
        False,
        False,
    ]
    untitled = Article(id="d", title="Ganz anders", text=TEXT)
    assert not headline(candidate_at(TEXT, SPANS[0], 0, INFOS), untitled)  # a title the text does not print


def test_the_title_gives_way_to_the_same_speakers_words_in_the_body() -> None:
    listed = _listed(0, 1, 2, 4)
    kept = from_body(listed, {"d": ARTICLE})
    # the title's "Bürgermeisterin" is Hofer, quoted in the body
    assert [item.candidate.index for item in kept] == [1, 2, 4]


def test_the_title_stays_where_the_body_gives_no_claim_of_its_speaker() -> None:
    alone = _listed(0, 1)
    assert from_body(alone, {"d": ARTICLE}) == alone  # the city is not the mayor
    # another article's body claim does not take the place of this article's title
    other = Article(id="e", title="Anderswo", text=TEXT)
    mixed = _listed(0) + _listed(2, doc_id="e")
    assert [(item.candidate.doc_id, item.candidate.index) for item in from_body(mixed, {"d": ARTICLE, "e": other})] == [
        ("d", 0),
        ("e", 2),
    ]


def test_a_title_that_names_the_speaker_stays() -> None:
    title = "Karin Hofer: Die Brücke ist zu teuer."
    text = TEXT.replace(TITLE, title)
    named = Article(id="d", title=title, text=text)
    infos = {**INFOS, 0: SentenceInfo(source="Karin Hofer", speaker="Karin Hofer", how="headline")}
    spans = sentence_spans(text)
    listed = [Listed(candidate_at(text, spans[i], i, infos), 0.9, [], infos[i].source) for i in (0, 2)]
    assert headline(listed[0].candidate, named)
    assert from_body(listed, {"d": named}) == listed  # her name in the title answers "who" as the body does
