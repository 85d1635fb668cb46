"""Who gives a figure, and who is only named beside it: the noun of a preposition of object ("gegen die Regierung")
is no giver, and a report after a sentence is the speaker's own when it gives their first person reported ("Sie sei
stolz, …, meint X")."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import named_in
from retrieval.answer.reporting import reports_before


@pytest.mark.parametrize(
    ("sentence", "giver"),
    [
        ("Zu der Kundgebung, einer der größten gegen die Regierung, kamen am Samstag mehr als 10.000 Menschen.", None),
        ("Nach zähen Verhandlungen mit der Gewerkschaft werden 300 Stellen gestrichen.", None),
        ("Über die Behörde gingen im Vorjahr 120 Beschwerden ein.", None),
        ("Dieser Tage zählt das Innenministerium 300 Asylanträge.", "Innenministerium"),
        ("Nach Angaben der Polizei kamen 500 Menschen.", "Polizei"),
        ("Die Veröffentlichung wird auch ein Fall für den Presserat.", "Presserat"),  # "Dort sind 35 Beschwerden …"
        ("Die Regierung rechnet heuer mit zwei Milliarden Euro Flüchtlingskosten.", "Regierung"),
    ],
)
def test_the_noun_of_a_preposition_of_object_gives_no_figure(sentence: str, giver: str | None) -> None:
    found = named_in(sentence, 0, [])
    assert (found if found is None else found.split()[-1]) == giver


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Sie sei stolz, ein solches Pilotprojekt zu starten, meint Johanna Eteme.", False),
        ("Er habe davon nichts gewusst, sagte der Bürgermeister.", False),
        ("Sie seien 300 gewesen, sagte die Polizei.", True),  # plural: they, not the speaker
        ("Die Zahl sei gestiegen, sagte der Sprecher.", True),
    ],
)
def test_a_report_in_the_reported_first_person_is_the_speakers_own(sentence: str, reports: bool) -> None:
    assert reports_before(sentence) is reports
