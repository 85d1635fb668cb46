"""retrieval.analysis: the sentence-level conventions added to attribution (headline sources)."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Südkorea: 1500 nordkoreanische Soldaten in die Ukraine verlegt", "Südkorea"),
        ("Stöger: Wir brauchen mehr Geld für die Schulen", "Stöger"),
        ("Der Grund: Die Firma bietet nur 20 Prozent an", None),  # the colon introduces, no one speaks
        ("Zum Vergleich: Im Vorjahr waren es 46.133 Anträge", None),
        ("Antwort: Das kann ich nicht sagen", None),
    ],
)
def test_a_headline_names_its_source_before_the_colon_only_if_it_names_someone(line: str, source: str | None) -> None:
    doc = article("h", f"Titel\n{line}\nDer Rest des Artikels folgt hier.")
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(line[:12])]
    assert (info[index].source if index in info else None) == source


def test_a_figure_said_to_come_from_a_document_mid_sentence_has_that_source() -> None:
    text = "Titel\nDie Überschuldung beträgt 18,1 Millionen, geht aus dem Insolvenzantrag hervor, der vorliegt."
    doc = article("d", text)
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    assert [(s.source, s.how) for s in info.values() if s.source] == [("dem Insolvenzantrag", "according_to")]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # the participle after the dash is another clause's, in the passive: no one put the figure on the costs
        ("Die Stadt hatte im Mai mit dem Umbau begonnen – 40 Millionen Euro waren dafür veranschlagt.", None),
        ("Die Stadt hatte die Kosten des Umbaus im Mai auf 40 Millionen Euro veranschlagt.", "Die Stadt"),
    ],
)
def test_a_participle_of_counting_after_a_dash_names_no_counter(line: str, source: str | None) -> None:
    doc = article("c", f"Titel\n{line}")
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(line[:12])]
    assert (info[index].source if index in info else None) == source
