"""Researchers a figure's sentence names as the subject of its clause give the figure: "haben die Forscher
Quanten-Ferrofluide aus 15.000 … Atomen hergestellt" is the study's own report, though the researchers did what is
counted (another body's deeds are no source: ``did_it``). Researchers the sentence names as an object, or in
another's phrase, give nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import candidate_at, one_article_bot

from retrieval.answer.reporting import researchers
from retrieval.models import SentenceInfo

_ARTICLE = (
    "Neue Quantenflüssigkeit im Labor\n"
    "Stuttgart – Physiker haben eine Flüssigkeit aus magnetischen Atomen untersucht. "
    "Für die im Fachjournal Nature beschriebenen Experimente haben die Forscher einen Tropfen aus 15.000 ultrakalten "
    "Dysprosiumatomen hergestellt. "
    "Der Tropfen war kälter als der Weltraum."
)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with one_article_bot(tmp_path_factory.mktemp("lab"), "lab", _ARTICLE) as bot:
        yield bot


def test_the_researchers_who_made_what_is_counted_give_the_figure(lab: Any) -> None:
    answer = lab.answer("Aus wie vielen Dysprosiumatomen bestand der Tropfen, und wer hat das Experiment gemacht?")
    claims = [c for c in answer.claims if "15.000" in (c.figure or "")]
    assert claims, [c.figure for c in answer.claims]
    assert claims[0].source == "die Forscher"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Für die Experimente haben die Forscher einen Tropfen aus 15.000 ultrakalten Atomen hergestellt.",
            "die Forscher",
        ),
        (
            "Ein internationales Forscherteam hat einen Nachteil dokumentiert: In den Abschnitten wird nur ein Viertel "
            "des Kohlenstoffs aufgenommen.",
            "Ein internationales Forscherteam",
        ),
        (
            "Die Milchstraße dürfte es auf etwa eine Milliarde Planeten bringen, leiten die Astronomen aus ihrer "
            "Modellberechnung ab.",
            "die Astronomen",
        ),
        ("Dazu spielten die Biologen um Rowan McGinley 81 Spinnen Videos vor.", "die Biologen um Rowan McGinley"),
        ("Doch die ersten Ergebnisse stimmen die Wissenschafter optimistisch.", None),
        ("Der Anteil weiblicher Wissenschafter liegt bei 29,6 Prozent.", None),
        ("Die Firma hat 300 Geräte verkauft.", None),
    ],
)
def test_researchers_as_the_subject_of_the_figure_clause(sentence: str, found: str | None) -> None:
    c = candidate_at(sentence, (0, len(sentence)), 0, {0: SentenceInfo()})
    assert researchers(c) == found
