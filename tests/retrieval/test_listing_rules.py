"""Rules of which further claims an answer lists (``retrieval/answer/listing.py``), beside the learnt second look."""

from __future__ import annotations

import pytest

from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES
from retrieval.answer.listing import FEATURES, Listed, elsewhere_dropped, features, same_speaker
from retrieval.models import Article, Figure, SentenceInfo


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


def test_who_said_drops_another_speaker_of_the_same_party_or_office() -> None:
    rossmann = _listed("a", 3, "Das ist gefährlich, warnte Rossmann.", "der Budgetsprecher der Grünen, Bruno Rossmann")
    walser = _listed("b", 8, "Wir sind bereit, sagt Walser.", "Der grüne Bildungssprecher Walser")
    assert elsewhere_dropped("who_said", [rossmann, walser]) == [rossmann]
    assert not same_speaker("Die ehemalige Präsidentin des Gerichtshofs", "Wirtschaftskammer-Präsident Christoph Leitl")
    assert same_speaker("die Junge Kurie", "Die Junge Kurie der Akademie der Wissenschaften (ÖAW)")


def test_who_said_keeps_another_article_printing_the_figure_asked_about() -> None:
    twelve = Figure(start=0, end=6, number_start=0, number_end=6, text="12.000", values=[12000.0], kind="count")
    yonhap = _listed("a", 1, "Pjöngjang wolle 12.000 Soldaten entsenden, berichtete Yonhap.", "Yonhap", [twelve])
    kiew = _listed("b", 7, "Die Regierung in Kiew sprach sogar von 12.000 Soldaten.", "Die Regierung in Kiew", [twelve])
    assert elsewhere_dropped("who_said", [yonhap, kiew]) == [yonhap, kiew]


def test_figure_answers_keep_other_articles() -> None:
    # the figures of several reports answer "how many, according to whom"
    assert elsewhere_dropped("figure", [RAUCH, MATEJKA]) == [RAUCH, MATEJKA]


def test_further_claims_are_weighed_by_what_the_first_has_and_they_lack() -> None:
    def money(text: str, value: float, kind: str) -> Figure:
        return Figure.model_validate(
            {
                "start": 0,
                "end": len(text),
                "number_start": 0,
                "number_end": 3,
                "text": text,
                "values": [value],
                "kind": kind,
            }
        )

    row = dict.fromkeys(NAMES, 0.0)
    first = _listed(
        "a", 3, "Die Bank hat faule Kredite von 200 Milliarden Euro.", "Die Bank", [money("200 Mrd", 2e11, "money")]
    )
    first.row = list({**row, "cover": 0.8, "cover_context": 0.9, "dense": 0.85}.values())
    share = _listed(
        "a", 4, "Sie seien zu 60 Prozent gedeckt, erklärte die Bank.", "die Bank", [money("60 Prozent", 60, "percent")]
    )
    share.row = list({**row, "cover": 0.2, "cover_context": 0.5, "dense": 0.8}.values())
    more = _listed("a", 5, "Davon entfallen 50 Milliarden Euro auf Unicredit.", None, [money("50 Mrd", 5e10, "money")])
    more.row = list({**row, "cover": 0.8, "cover_context": 0.9, "dense": 0.85}.values())
    article = Article(id="a", title="T", text="x")
    second, third = (
        dict(zip(FEATURES, r, strict=True)) for r in features("figure", [first, share, more], {"a": article})
    )
    assert second["cover_behind"] == pytest.approx(0.6) and second["context_behind"] == pytest.approx(0.4)
    assert second["dense_behind"] == pytest.approx(0.05) and third["cover_behind"] == 0.0
    assert second["first_source"] == 1.0 and third["first_source"] == 0.0  # the bank again; no source
    assert second["other_measure"] == 1.0 and third["other_measure"] == 0.0  # a share of the sum asked, not a sum
