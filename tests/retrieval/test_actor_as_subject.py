"""A body an unsourced figure sentence names is its source only as the subject of what the sentence says it
reports, counts or does ("Das Finanzministerium weist das Defizit in zwei Varianten aus"), as the agent of a
passive, as whom a report is told to, as whose report it is, or as a report itself; not where it stands in a
prepositional phrase, as an object or a dative (after the clause's own subject), as a genitive, as what a passive
does something to, or as what "ist" says something of."""

from __future__ import annotations

import pytest
from conftest import candidate_at

from retrieval.answer.reporting import as_subject, reporting_actor
from retrieval.models import SentenceInfo


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Das Sozialministerium weist die Kosten in zwei Varianten aus.", "Sozialministerium"),
        ("Im Mai zählte das Landesstatistikamt 4.200 Fälle.", "Landesstatistikamt"),
        ("Europaweit will der Konzern 900 Stellen streichen.", "Konzern"),
        ("Am Montag meldete die Polizei 40 Festnahmen.", "Polizei"),
        ("In der Nacht wurden 60 Menschen von den italienischen Behörden aufgegriffen.", "Behörden"),
        ("Insgesamt wurden 310 Beschwerden dem Forum gegen Lärm gemeldet.", "Lärm"),
        ("Zuvor waren den Behörden 80 Fälle bekannt gewesen.", "Behörden"),
        ("Seit Freitag sind nach einer Bilanz der griechischen Behörden 49 Menschen ertrunken.", "Behörden"),
        ("Unter Innenminister Karl Huber hatte die Polizei vier Jahre gewartet.", None),
        ("Fast ein Zehntel der Summe entfällt auf die Bank-Tochter Nordbank.", None),
        ("Die Fahrt dauert Stunden, acht Sperren der ukrainischen Armee müssen passiert werden.", None),
        ("Mit der Reform wird die kleine Kammer auf 100 Mitglieder verkleinert.", None),
        ("Das größte Angebot ist der Rundfunk mit 80 Millionen Visits.", None),
        ("Davon hatte der Mann 60 Euro bereits der Polizei gegeben.", None),
        ("Die zwei Politiker besprachen dabei die Politik gegenüber der iranischen Regierung.", None),
        # the clause's own subject before its verb: a name after the verb is an object or a dative
        ("Das Privatkundengeschäft hat der Bank im Mai einen Verlust von 41 Millionen Euro beschert.", None),
        ("Der Landes-Rechnungshof nahm die Holding im Zeitraum bis 2015 unter die Lupe.", None),
    ],
)
def test_the_body_named_gives_the_figure_only_as_the_subject(sentence: str, source: str | None) -> None:
    c = candidate_at(sentence, (0, len(sentence)), 0, {0: SentenceInfo()})
    found = reporting_actor(c, "DER STANDARD")
    assert (found if found is None else found.split()[-1]) == source


def test_a_report_or_estimate_is_a_source_wherever_it_stands() -> None:
    assert as_subject("Expertenschätzungen nach wird der Rabatt auf 20 Dollar sinken.", "Expertenschätzungen")
    assert as_subject("Das zeigt sich aus einer Umfrage des Markit-Instituts unter 4.000 Firmen.", "Umfrage")
