"""Verbs that frame someone's words only after them ("…, schloss Bornstein."): ``data/frame_verbs.txt``."""

from __future__ import annotations

import pytest

from retrieval.attribution import attribute


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Er wird der gesündeste Präsident sein, der je gewählt wurde, schloss Bornstein.", "schloss", "Bornstein"),
        ("Kaufen Sie Kupfer!, schließt der Analyst seinen Vortrag ab.", "schließt", "der Analyst"),
    ],
)
def test_a_closing_frame_names_who_said_the_words_before_it(text: str, cue: str, speaker: str) -> None:
    (found,) = attribute(text)
    assert (found.cue, found.speaker) == (cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Die Börse schloss mit einem Plus, die Anleger waren froh.",  # a clause after it: no words of anyone
        "Er schloss die Tür, dann ging er.",
        # not finite itself: a modal or an auxiliary before a participle
        "Da der Jahrgang in einem Teilgebäude untergebracht ist, musste nur dieser Gebäudeteil geschlossen werden.",
        "In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein.",
    ],
)
def test_closing_something_frames_no_words(text: str) -> None:
    assert not [a for a in attribute(text) if a.cue and "schl" in a.cue]
