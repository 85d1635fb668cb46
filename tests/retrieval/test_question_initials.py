"""Countries typed by their initials are read as the country, in the question's language (``question.initials``)."""

from __future__ import annotations

import pytest

from retrieval.api import Belegbot
from retrieval.question.initials import spelled_out


def _never_printed(words: object) -> dict[str, int]:
    return {}


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("how many soldiers has NK sent to russia", "how many soldiers has North Korea sent to russia"),
        ("wieviele soldaten schickt nk nach russland", "wieviele soldaten schickt Nordkorea nach russland"),
        (
            "how many troops does SK say the DPRK has moved",
            "how many troops does South Korea say the North Korea has moved",
        ),
        ("wie viele soldaten hat nordkorea laut ROK verlegt", "wie viele soldaten hat nordkorea laut Südkorea verlegt"),
        # quoted words are the claim checked, not the asker's: as typed
        ('Hat Kim gesagt: "NK schickt Soldaten"?', 'Hat Kim gesagt: "NK schickt Soldaten"?'),
        # a compound, a longer word and the places the tables know already stay
        ("wie viele NK-Soldaten sind in Russland", "wie viele NK-Soldaten sind in Russland"),
        ("how many troops has the US sent", "how many troops has the US sent"),
        ("was sagt die skepsis", "was sagt die skepsis"),
    ],
)
def test_country_initials_are_spelled_out(question: str, meant: str) -> None:
    assert spelled_out(question, _never_printed) == meant


def test_initials_the_corpus_prints_stay_as_typed() -> None:
    """The gnad articles print "SK Rapid": there the corpus's reading wins."""
    assert spelled_out("wie viele tore schoss SK Rapid", lambda words: dict.fromkeys(words, 4)) == (
        "wie viele tore schoss SK Rapid"
    )


@pytest.mark.parametrize(
    "question", ["wieviele soldaten schickt nk nach russland", "how many troops does SK say NK has moved into ukraine"]
)
def test_south_koreas_figure_is_found_for_its_initials(service: Belegbot, question: str) -> None:
    """Read as typed, "nk" named no place, and ``contrast`` dropped "Südkorea: 1500 nordkoreanische Soldaten in die
    Ukraine verlegt" for a question naming only Russland; "SK … NK" found nothing of it."""
    answer = service.answer(question)
    assert any(c.quote.startswith("Südkorea: 1500") and "Südkorea" in (c.source or "") for c in answer.claims)
