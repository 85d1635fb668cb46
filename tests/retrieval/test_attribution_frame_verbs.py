"""Frames that close or open a sentence with someone's words: "…, schloss Bornstein." (``data/frame_verbs.txt``),
"Geht es nach Bunge, …"."""

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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Geht es nach Bunge, heißt es nun auf die nächste Aufwärtsbewegung warten.", "Bunge"),
        ("Wenn es nach Eugen Weinberg von der Commerzbank geht, steigt der Ölpreis bald.", "Eugen Weinberg"),
        ("Geht es nach der Ministerin, sollen 300 neue Lehrer kommen.", "der Ministerin"),
        ("Wenn es nach Plan geht, ist das Haus im Mai fertig.", None),  # an idiom's noun names no one
    ],
)
def test_as_someone_would_have_it_gives_their_view(text: str, speaker: str | None) -> None:
    found = [a.speaker for a in attribute(text) if a.speaker]
    assert found[0].startswith(speaker) if speaker else not found, found


def test_he_who_closes_is_the_one_whose_view_came_before() -> None:
    text = "Geht es nach Bunge, heißt es nun warten. Kaufen Sie Kupfer!, schließt er seinen Vortrag ab."
    assert [(a.cue, a.speaker) for a in attribute(text)] == [("Geht es nach", "Bunge"), ("schließt", "er")]
