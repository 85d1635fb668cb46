"""Sources of figure claims on phrasing the development sets lack: a report after the words of a speaker's own first
person or after the lead, and "bestreiten" as playing a number of games."""

from __future__ import annotations

import pytest

from retrieval.answer.answerer import plays, reports_before


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Vier weitere werden vermisst, berichtete das griechische Staatsfernsehen.", True),
        ("Dennoch soll die Dividende gekürzt werden, teilte der Konzern mit.", True),
        ("Er – der Minister – sagte es.", True),  # no dateline: a pronoun opens it
        ("Das sagte er – und ging.", True),
        ("Ich könnte mir vorstellen, dass wir heute offener sind, sagte der Volvo-Chef jetzt.", False),
        ("Unsere Zahlen sind gut, sagte der Sprecher.", False),
        ("Rio de Janeiro – Gastgeber Rio wird nach Aussage von Bürgermeister Eduardo Paes fertig sein.", False),
        ("Wien/Stockholm – Der Konzern meldete einen Gewinn, teilte er mit.", False),
        ("Frankfurt am Main – Die Bank meldete einen Verlust.", False),
    ],
)
def test_a_report_after_a_sentence_covers_it_unless_first_person_or_a_dateline(sentence: str, reports: bool) -> None:
    assert reports_before(sentence) is reports


@pytest.mark.parametrize(
    ("sentence", "cue", "played"),
    [
        ("Bisher bestritt Klitschko 67 Profikämpfe, wovon er nur drei verlor.", "bestritt", True),
        ("Er hat 100 Länderspiele bestritten.", "bestritten", True),
        ("Er bestritt, 2000 Euro genommen zu haben.", "bestritt", False),
        ("Der Minister bestritt die Vorwürfe, 20 Zeugen widersprachen.", "bestritt", False),
        ("Bisher bestritt Klitschko 67 Profikämpfe.", "sagte", False),
        ("Bisher bestritt Klitschko 67 Profikämpfe.", None, False),
    ],
)
def test_bestreiten_with_a_number_is_playing_not_denying(sentence: str, cue: str | None, played: bool) -> None:
    assert plays(sentence, cue) is played
