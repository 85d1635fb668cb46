"""Figures a paragraph gives after a sentence that tells a body released a study or result
(``sources.released_before``)."""

from __future__ import annotations

import pytest

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.answer.actors import named_in
from retrieval.answer.reporting import MEASURE_HEADS
from retrieval.models import Article
from retrieval.sources import released_before

_TITLE = "Bosnier gut untergekommen."
_STUDY = "Vor kurzem hat die Statistik Austria eine Studie über die Arbeitsmarktsituation von Migranten präsentiert."
_RESULT = "Am Mittwochnachmittag veröffentlichte die Stadtwahlbehörde nun das Amtliche Endergebnis."
_FORECAST = "So eine Vorhersage des US-Forschungsinstitutes Population Reference Bureau."
_NARRATION = "Doch ein klarer Trend wird erkennbar."
_FIGURE = "So liegt die Arbeitslosigkeit unter Bosniern in Österreich bei 6,7 Prozent."


def _source_of(text: str) -> str | None:
    """The source ``released_before`` gives the last sentence of ``text``, with the sources as indexing stores them."""
    doc = Article(id="d", title=_TITLE, text=text)
    units = segment.sentences(doc)
    infos = analyse(doc, units).sentences
    spans = {s.index: (s.start, s.end) for s in units}
    index = max(spans)
    own = text[spans[index][0] : spans[index][1]]
    return released_before(index, own, infos, doc, spans, lambda s: named_in(s, 0, []), MEASURE_HEADS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study a body presented, three sentences of narration before its figures
        (f"{_STUDY} {_NARRATION} {_NARRATION} {_NARRATION} {_FIGURE}", "Statistik Austria"),
        # a result a body published
        (f"{_RESULT} {_NARRATION} Die FPÖ liegt nun nur mehr 21 Stimmen hinter den Grünen.", "Stadtwahlbehörde"),
        # data named with whose it is, no verb: "demnach" points back to it
        (
            f"{_FORECAST} {_NARRATION} Nigeria wird demnach in 35 Jahren fast 400 Millionen Einwohner erreichen.",
            "Vorhersage des US-Forschungsinstitutes Population Reference Bureau",
        ),
        # a body that presented something that is no data: not a release
        (f"Vor kurzem hat die Stadt Wien einen neuen Bürgermeister präsentiert. {_NARRATION} {_FIGURE}", None),
        # too far back: the run ends after ``RELEASE_RUN`` sentences
        (f"{_STUDY} {' '.join([_NARRATION] * 5)} {_FIGURE}", None),
        # a paragraph break ends the run
        (f"{_STUDY} {_NARRATION}\n{_FIGURE}", None),
        # someone's words in between end it
        (f"{_STUDY} Das sei zu wenig, sagte der Ökonom Hans Huber. {_FIGURE}", None),
        # a sentence with its own source and figures: the figures after it are not its
        (
            "Nach Angaben der staatlichen Nachrichtenagentur Anadolu gehören 27 zur AKP. "
            f"{_NARRATION} Sollten fünf Prozent der Sitze frei werden, was 28 Abgeordneten entspricht, "
            "wird nachgewählt.",
            None,
        ),
        # someone's own words (Konjunktiv I) are not the study's
        (f"{_STUDY} {_NARRATION} Die Arbeitslosigkeit liege bei 6,7 Prozent.", None),
    ],
)
def test_figures_after_a_released_study_take_its_source(text: str, expected: str | None) -> None:
    assert _source_of(text) == expected
