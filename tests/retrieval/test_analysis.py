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


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # the subject before the phrase, after a dateline and without the parenthesis that follows a name
        ("Linz – Die Brauerei Hopfenhof (seit 1890) hat nach eigenen Angaben 40 Mitarbeiter.", "Brauerei Hopfenhof"),
        # a digit inside a name is no count of respondents ("25 Prozent der Befragten")
        ("Die Firma Q7 Labs hat nach eigenen Angaben 3,5 Millionen Kunden.", "Q7 Labs"),
        # the subject after the verb, the phrase opening the sentence
        ("Nach eigenen Angaben hat die Stadtwerke AG den Schaden in drei Tagen behoben.", "Stadtwerke AG"),
        # a figure opening the sentence is the object; the subject stands after the verb
        ("Drei Millionen Euro hat die Bergbahn nach eigenen Angaben in den Lift gesteckt.", "Bergbahn"),
        # the antecedent of a relative pronoun
        ("Die Daten fand der Student Jonas Pichler, der nach eigenen Angaben ohne Code hineinkam.", "Jonas Pichler"),
        # "man" names no one, and a verb-final clause is the reason the subject gives, not its speaker
        ("Nach eigenen Angaben hatte man bereits vier Anwälte beauftragt.", None),
        ("Die Stadt baut das Bad um, weil dort nach eigenen Worten noch der alte Kessel steht.", None),
    ],
)
def test_nach_eigenen_angaben_has_the_clause_subject_as_its_source(line: str, source: str | None) -> None:
    """ "X hat nach eigenen Angaben …": the source is X, whose own word the phrase cites, not "eigenen Angaben"."""
    doc = article("e", f"Titel\nDer Bericht beginnt hier.\n{line}")
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(line[:12])]
    shown = info[index].shown if index in info else None
    if source is None:
        assert not shown
    else:
        assert shown is not None
        assert source in shown
        assert "Angaben" not in shown


def test_a_pronoun_after_nach_eigenen_angaben_stands_for_the_subject() -> None:
    """ "X will nach eigenen Angaben … . Das ist mein Ziel, sagte er.": "er" is X, never "eigenen Angaben"."""
    text = (
        "Titel\nWien – Der Bergsteiger Lukas Fellner will nach eigenen Angaben im Sommer den Gipfel erreichen. "
        "Das ist mein großes Ziel, sagte er der Zeitung. Er würde dann aufhören, erklärte er."
    )
    doc = article("p", text)
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    sources = {units[i].text[:12]: s.shown for i, s in info.items() if s.source}
    assert sources["Das ist mein"] == "Der Bergsteiger Lukas Fellner"
    assert sources["Er würde dan"] == "Der Bergsteiger Lukas Fellner"
