"""Rules of which further claims an answer lists (``retrieval/answer/listing.py``), beside the learnt second look."""

from __future__ import annotations

from retrieval.answer.evidence import Candidate
from retrieval.answer.listing import Listed, elsewhere_dropped
from retrieval.models import Figure, SentenceInfo


def _listed(doc_id: str, index: int, text: str, source: str | None, figures: list[Figure] | None = None) -> Listed:
    c = Candidate(doc_id, index, 0, len(text), 0.8, 0.0, text, "", "T", text, None, SentenceInfo(), source=source)
    return Listed(c, 0.9, figures or [], source)


RAUCH = _listed(
    "a",
    4,
    "Alles andere entspreche nicht der gängigen Verwaltungspraxis, sagt Jugendanwalt Michael Rauch.",
    "Michael Rauch",
)
RAUCH_ON = _listed("a", 5, "Die Kinder- und Jugendanwaltschaft prüft nun den Fall.", "Michael Rauch")
MATEJKA = _listed(
    "b", 9, "Auch für die Richtervereinigung stellt sich die Frage der Verhältnismäßigkeit.", "Sabine Matejka"
)


def test_who_said_drops_another_articles_speaker() -> None:
    # who said locking up a 15-year-old goes against administrative practice: the youth advocate, in his article
    assert elsewhere_dropped("who_said", [RAUCH, RAUCH_ON, MATEJKA]) == [RAUCH, RAUCH_ON]


def test_who_said_keeps_the_same_speaker_elsewhere() -> None:
    elsewhere = _listed("b", 2, "Der Jugendanwalt Michael Rauch kritisierte die Haft.", "Jugendanwalt Michael Rauch")
    assert elsewhere_dropped("who_said", [RAUCH, elsewhere]) == [RAUCH, elsewhere]


def test_who_said_keeps_another_article_printing_the_figure_asked_about() -> None:
    twelve = Figure(start=0, end=6, number_start=0, number_end=6, text="12.000", values=[12000.0], kind="count")
    yonhap = _listed("a", 1, "Pjöngjang wolle 12.000 Soldaten entsenden, berichtete Yonhap.", "Yonhap", [twelve])
    kiew = _listed("b", 7, "Die Regierung in Kiew sprach sogar von 12.000 Soldaten.", "Die Regierung in Kiew", [twelve])
    assert elsewhere_dropped("who_said", [yonhap, kiew]) == [yonhap, kiew]


def test_figure_answers_keep_other_articles() -> None:
    # the figures of several reports answer "how many, according to whom"
    assert elsewhere_dropped("figure", [RAUCH, MATEJKA]) == [RAUCH, MATEJKA]
