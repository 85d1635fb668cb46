"""Figures a sentence gives that its speaker or its subject does not: one in the frame after someone's words ("…,
schrieb der ORF in der Ankündigung zur Reportage, die vor 586.000 Zusehern ausgestrahlt wurde") and a sum someone
pays ("Das Unternehmen muss … 105 Millionen Dollar zahlen")."""

from __future__ import annotations

import pytest

from retrieval.answer.reporting import in_frame, scores


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        ("Das Unternehmen muss wegen Fehlern bei Autorückrufen umgerechnet 105 Millionen Dollar zahlen.", True),
        ("Der Autobauer muss eine Rekordstrafe von 105 Millionen Dollar an die US-Behörden zahlen.", True),
        ("Die Polizei zählte 3000 Demonstranten.", False),
    ],
)
def test_who_pays_a_sum_does_not_give_it(sentence: str, paid: bool) -> None:
    assert scores(sentence) is paid


@pytest.mark.parametrize(
    ("sentence", "figure", "framed"),
    [
        # the figure in a relative clause of the frame: what the reporter writes of
        (
            "Geschäfte sperren zu, die Jungen wandern ab, schrieb der ORF in der Ankündigung zur Reportage, die am "
            "Donnerstag vor 586.000 Zusehern ausgestrahlt wurde.",
            "586.000",
            True,
        ),
        # the figure in the words before the frame
        ("Es kamen 586.000 Zuseher, schrieb der ORF in der Ankündigung.", "586.000", False),
        # the words go on after the frame in reported speech, or in quotation marks
        ("Die Lage sei ernst, sagte der Sprecher, 300 Menschen seien betroffen.", "300", False),
        ("Die Lage ist ernst, sagte der Sprecher, „300 Menschen sind betroffen“.", "300", False),
        (
            "Da sich die Wirte früh entwickelten, sagte der Forscher, dass es sie vor 485 Millionen Jahren gab.",
            "485",
            False,
        ),
    ],
)
def test_a_figure_in_the_frame_after_the_words_is_not_the_speakers(sentence: str, figure: str, framed: int) -> None:
    cue = "schrieb" if "schrieb" in sentence else "sagte"
    assert in_frame(sentence, cue, [sentence.index(figure)]) is bool(framed)
