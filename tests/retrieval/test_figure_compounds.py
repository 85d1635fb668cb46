"""Numbers read inside adjectives compounded with a unit, after a German article before a unit of time or per cent,
and in "halbe Million" without an article (stop 52)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.features import countable
from retrieval.figures import extract_figures
from retrieval.question import parse_question


def _read(text: str) -> list[tuple[str, str, list[float], str | None]]:
    return [(f.text, f.kind, f.values, f.unit_lemma) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Es kam zu einer 22-stündigen Verspätung.", ("22-stündigen", "duration", [22.0], "Stunde")),
        ("Die 20-minütige Komposition.", ("20-minütige", "duration", [20.0], "Minute")),
        ("Die zweitägige Konferenz begann.", ("zweitägige", "duration", [2.0], "Tag")),
        ("Die dreieinhalbstündige Sitzung.", ("dreieinhalbstündige", "duration", [3.5], "Stunde")),
        ("Nach einer achtmonatigen Pause.", ("achtmonatigen", "duration", [8.0], "Monat")),
        # a count of heads counts the group the adjective stands before
        ("Er war im 58-köpfigen Profi-Feld der Männer.", ("58-köpfigen Profi-Feld", "count", [58.0], "Profi-Feld")),
        ("Eine fünfköpfige Familie kam.", ("fünfköpfige Familie", "count", [5.0], "Familie")),
        # an age in words, of the noun after it or of the word itself
        ("Der zwölfjährige Bub spielt.", ("zwölfjährige Bub", "age", [12.0], "Bub")),
        ("Die Zehnjährige erlag ihren Verletzungen.", ("Zehnjährige", "age", [10.0], "Zehnjährig")),
        # one unit of time or per cent after an article
        ("Die Übertragungszeit lag bei etwa einer Sekunde.", ("etwa einer Sekunde", "duration", [1.0], "Sekunde")),
        ("Sie warteten eine halbe Stunde.", ("eine halbe Stunde", "duration", [0.5], "Stunde")),
        ("Der Umsatz stieg um ein Prozent.", ("ein Prozent", "percent", [1.0], "Prozent")),
        ("Mehr als halbe Million Euro Bußgeld.", ("Mehr als halbe Million Euro", "money", [500000.0], "Euro")),
    ],
)
def test_numbers_in_compounds_and_after_an_article(text: str, figure: tuple[str, str, list[float], str]) -> None:
    assert _read(text) == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "Das ist einfach und einseitig.",  # no number: "ein" of "einfach", "einseitig"
        "Ein dickköpfiger Mann kam.",  # "dick" is no number
        "Die langjährige Freundin kam.",
        "Eines Tages kam er.",  # an idiom, not one day
        "Sie haben erstmals seit einem Jahr wieder telefoniert.",  # when, not how long
        "Vor einem Jahr war das anders.",
    ],
)
def test_no_number_read(text: str) -> None:
    assert _read(text) == []


def test_a_page_count_stays_a_label() -> None:
    """ "dem 10-seitigen Dokument" names where a figure is given: not read as a count of pages (dev90-017)."""
    assert _read("Es heißt in dem 10-seitigen Dokument.")[0][1] == "other"


class _Units:
    """A library whose vectors put "Muslim" right on the question's counted noun and every other noun far from it."""

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.array([0.0, 1.0]) if k.startswith("Muslim") else np.array([1.0, 0.0]) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.array([0.0, 1.0])


def test_the_noun_the_table_knows_as_asked_wins() -> None:
    """ "wie viele Rinder … die Muslime": the oxen the table knows as cattle, not the Muslims the question names."""
    sentence = "Die fünf Muslime wollten angeblich 15 Ochsen und Kühe in einem Lastwagen schmuggeln."
    c = sentence_candidate(sentence, info=figures_of(sentence))
    q = parse_question("wie viele rinder wollten die muslime in himachal pradesh angeblich schmuggeln, laut wem")
    answerer = Answerer(_Units(), listing=None)  # type: ignore[arg-type]
    shown = [sentence[f.start - c.start : f.end - c.start] for f in answerer._figures_asked(q, countable(c, q), c)]
    assert shown == ["15 Ochsen"]
