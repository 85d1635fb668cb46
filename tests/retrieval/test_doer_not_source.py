"""Who did what a figure counts is not its source: "Für den Umbau hat die Bürgermeisterin … 2,5 Millionen Euro
ausgegeben" names who spent the money, not on whose word the article gives the sum. Who counted, estimated or
expected a figure, and a company with its results, still give it."""

from __future__ import annotations

import pytest
from conftest import candidate_at

from retrieval.answer.actors import named_in
from retrieval.answer.reporting import _simple_past, did_it, reporting_actor
from retrieval.models import SentenceInfo


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        (
            "Graz – Für den Umbau des Rathauses hat die Bürgermeisterin Anna Berger bereits 2,5 Millionen Euro "
            "ausgegeben.",
            True,
        ),
        ("Seit dem Frühjahr hat der Landesrat nur vier Sitzungen besucht und elf Termine versäumt.", True),
        ("Linz – Die Feuerwehr im Norden der Stadt hat 40 Keller ausgepumpt, weil der Regen nicht nachließ.", True),
        ("Das Landesstatistikamt hat im Vorjahr 4.200 Fälle gezählt.", False),
        ("Von der Zeitung befragte Analysten hatten ein Wachstum von 1,2 Prozent erwartet.", False),
        ("Der Konzern erzielte im Halbjahr einen Gewinn von 40 Millionen Euro.", False),
        ("Europaweit will der Konzern 900 Stellen streichen.", False),
        ("Insgesamt wurden 310 Beschwerden dem Forum gegen Lärm gemeldet.", False),
        ("Der Umbau mit 300 Zimmern hat der Behörde einen Verlust von zwei Millionen Euro beschert.", False),
    ],
)
def test_who_did_what_is_counted_is_no_source(sentence: str, doer: bool) -> None:
    found = named_in(sentence, 0, [])
    assert found is not None
    assert did_it(sentence, found) is doer


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Für die neue Brücke hat das Verkehrsministerium bereits 800.000 Euro ausgegeben.", None),
        ("Für die neue Brücke hat das Verkehrsministerium Kosten von 800.000 Euro errechnet.", "Verkehrsministerium"),
    ],
)
def test_the_figure_source_of_a_sentence_is_not_who_did_what_is_counted(sentence: str, source: str | None) -> None:
    c = candidate_at(sentence, (0, len(sentence)), 0, {0: SentenceInfo()})
    found = reporting_actor(c, "DER STANDARD")
    assert (found if found is None else found.split()[-1]) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [  # stop 53: what a body only has or is, and what it did in the simple past or the pluperfect, is not its word
        ("Die Stadtwerke beschäftigen rund 500 Mitarbeiter.", None),
        (
            "Die Landesbank ist heute mit zwei Milliarden Euro nur noch die Hälfte wert, als sie vor einem Jahr war.",
            None,
        ),
        ("Die Volkspartei hat nach der Spaltung nur noch einen Landtagssitz.", None),
        ("Zuvor waren den Behörden 145 Tote bekannt gewesen.", "Behörden"),  # whom the count is known to
        ("Die Unternehmen investierten wieder mehr in Maschinen (+0,6 Prozent).", None),
        ("Im Jahr 2000 sprach ihn ein Gericht vom Vorwurf der Spitzeltätigkeit frei.", None),
        ("Auf der Messe hatte der Konzern ein Setup mit drei Bällen aufgebaut.", None),
        ("Von Reuters befragte Ökonomen hatten ein Plus von 0,5 Prozent erwartet.", "Ökonomen"),
        ("Der Konzern erzielte im Halbjahr einen Gewinn von 40 Millionen Euro.", "Konzern"),
        ("Forscher entdeckten in Anatolien 9.000 Jahre alte Spuren.", "Forscher"),
        ("Dafür bekam er vom Sportgericht nachträglich eine Geldstrafe von 20.000 Euro aufgebrummt.", "Sportgericht"),
        (
            "So hat das Bundesamt die Ergebnisse einer Befragung unter 2800 Asylberechtigten, darunter Syrern, "
            "veröffentlicht.",
            "Bundesamt",
        ),
    ],
)
def test_a_holder_or_a_doer_in_the_past_is_no_source(sentence: str, source: str | None) -> None:
    c = candidate_at(sentence, (0, len(sentence)), 0, {0: SentenceInfo()})
    found = reporting_actor(c, "DER STANDARD")
    assert (found if found is None else found.split()[-1]) == source


@pytest.mark.parametrize(
    ("word", "lemma", "past"),
    [
        ("investierten", "investieren", True),
        ("erwirtschaftete", "erwirtschaften", True),
        ("sprach", "sprechen", True),
        ("brachte", "bringen", True),
        ("spricht", "sprechen", False),
        ("hält", "halten", False),
        ("arbeitet", "arbeiten", False),
    ],
)
def test_simple_past(word: str, lemma: str, past: bool) -> None:
    assert _simple_past(word, lemma) is past
