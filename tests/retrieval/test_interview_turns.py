"""An interview's turns ("Bussmann: Ich finde, …"): the first person is the labelled person as the article names them,
and a pronoun nothing resolves ("Mir hat er gesagt") is stored as no source."""

from __future__ import annotations

from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution.speakers import turn_label
from retrieval.models import SentenceInfo

INTERVIEW = (
    "Die Philosophin Bettina Bussmann lehrt an der Universität Salzburg.\n"
    "STANDARD: Sollten sich Philosophen öfter zu Wort melden?\n"
    "Bussmann: Absolut, ich finde, sie tun es viel zu selten. Das bewundere ich zum Teil an Frankreich.\n"
    "STANDARD: Und die Schule?\n"
    "Bussmann: Dem ist nicht so. Ich weiß, der Eindruck könnte entstehen.\n"
)


def _analysed(text: str, opening: str) -> SentenceInfo | None:
    doc = article("d", text)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(opening)]
    return analyse(doc, units).sentences.get(index)


def test_the_first_person_of_a_turn_is_its_label_in_full() -> None:
    said = _analysed(INTERVIEW, "Bussmann: Absolut")
    assert said is not None and said.source == "Philosophin Bettina Bussmann"
    later = _analysed(INTERVIEW, "Ich weiß")  # the turn's label opened an earlier sentence of its paragraph
    assert later is not None and later.source == "Philosophin Bettina Bussmann"


def test_turn_label_is_a_surname_not_the_interviewer() -> None:
    assert turn_label(INTERVIEW, INTERVIEW.index("ich finde")) == "Bussmann"
    assert turn_label(INTERVIEW, INTERVIEW.index("Philosophen öfter")) is None  # "STANDARD:" names no one
    assert turn_label(INTERVIEW, INTERVIEW.index("lehrt")) is None


def test_an_unresolved_third_person_is_no_source() -> None:
    text = "Das Wetter war schlecht. Die Lage sei ernst, sagte er am Montag."
    said = _analysed(text, "Die Lage")
    assert said is None or said.source is None
