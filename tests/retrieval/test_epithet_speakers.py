"""An epithet for the person named just before ("…, sagte der Franzose"): resolved to that person's name."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution.speakers import epithet
from retrieval.models import SentenceInfo

ZIDANE = (
    "Madrid – Die Klubführung stärkt dem Trainer den Rücken. "
    "Zinedine Zidane, der als möglicher Nachfolger gehandelt wurde, wies entsprechende Spekulationen zurück. "
    "Ich bin der Trainer des B-Teams, und das ist auch gut so, sagte der Franzose. "
    "Mir fehlt noch einiges, um die erste Elf trainieren zu können."
)
SVINDAL = (
    "Vor Svindal könne man sich nur verbeugen, sagte Hannes Reichelt. "
    "Svindal sei aber in einer unglaublichen Form, so Reichelt. "
    "Der wird sicher einiges dagegen haben, dass ich morgen noch einmal alles wiederhole. "
    "Da habe ich total viel Speed mitgenommen, gestand der Norweger."
)


def _analysed(text: str, opening: str) -> SentenceInfo | None:
    doc = article("d", text)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(opening)]
    return analyse(doc, units).sentences.get(index)


def test_an_epithet_right_after_a_named_speaker_is_that_person() -> None:
    said = _analysed(ZIDANE, "Ich bin der Trainer")
    assert said is not None and said.source == "Zinedine Zidane"
    # ... who can say "ich": the first person after the epithet's words goes on in them
    goes_on = _analysed(ZIDANE, "Mir fehlt")
    assert goes_on is not None and goes_on.source == "Zinedine Zidane" and goes_on.how == "carried_over"


def test_an_epithet_two_sentences_after_the_speaker_may_be_someone_they_spoke_of() -> None:
    said = _analysed(SVINDAL, "Da habe ich")
    assert said is not None and "Reichelt" not in (said.source or "")


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("der Franzose", True),
        ("der 35-jährige Routinier", True),
        ("die 27-Jährige", True),
        ("der Schlafhistoriker", True),
        ("der Sprecher", False),  # an office: another holder of it
        ("die Landwirtschaftskammer", False),  # a body
        ("die Regierung", False),
        ("der Hersteller", False),
        ("Zinedine Zidane", False),
    ],
)
def test_epithets(speaker: str, expected: bool) -> None:
    assert epithet(speaker) is expected
