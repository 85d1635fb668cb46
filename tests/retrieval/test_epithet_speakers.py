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
        ("der Sozialdemokrat", True),  # not a "Rat", a body
        ("der Ökonom", True),
        ("die Kandidatin", True),
        ("der Betriebsrat", False),
        ("die Entwickler", False),  # many: "die" and no woman's ending
        ("die Studie", False),
        ("der BAT-Analyse", False),  # a feminine thing in the dative
        ("die Abgeordnete", True),
        ("der 28-Jährige Deutsche", True),  # the age capitalised as a noun
        ("der Sachverständige", False),  # a trade brought in to speak: not the person the article is about
        ("die Gutachterin", False),
        ("der Sprecher", False),  # an office: another holder of it
        ("die Landwirtschaftskammer", False),  # a body
        ("die Regierung", False),
        ("der Hersteller", False),
        ("Zinedine Zidane", False),
    ],
)
def test_epithets(speaker: str, expected: bool) -> None:
    assert epithet(speaker) is expected


STÜRMER = (
    "London – Das Heimspiel ist für Peter Kowalczyk zu einer Achterbahnfahrt geworden. "
    "Zunächst traf er zum 1:0, dann musste er verletzt vom Platz. "
    "Wenig später hat Kowalczyk Entwarnung gegeben. "
    "Nichts, worüber man sich Sorgen machen muss. "
    "Hoffentlich bin ich nächste Woche fit, ließ der Nationalspieler auf seiner Facebook-Seite verlauten."
)
TECHNIKCHEF = (
    "Ich sehe in ihm einen Anführer, sagt Technikchef Jonas Kerbler vor dem Rennen. "
    "Die Erwartungen, so die überwiegende Meinung im Team, sind dennoch nicht zu groß. "
    "Kerbler, der fünf Jahre mit Michael Weber zusammenarbeitete, sieht viele Parallelen. "
    "Beide geben nie auf, sagt der 47-Jährige im Gespräch mit einem Magazin."
)
MINISTER = (
    "Prag – Außenminister Lubomír Novak traf am Montag den Botschafter. "
    "Außenminister Novak sieht zwischen der Liste Moskaus und dem Film einen Zusammenhang. "
    "In beiden Fällen gehe es darum, fremde Mächte am Werk zu sehen. "
    "Derartige Theorien seien sehr beunruhigend, so der Sozialdemokrat."
)


def test_an_epithet_is_the_person_named_last_though_sentences_between_name_no_one() -> None:
    said = _analysed(STÜRMER, "Hoffentlich")
    assert said is not None and said.source == "Peter Kowalczyk"


def test_an_epithet_after_a_body_spoke_is_the_person_named_before_not_one_in_a_relative_clause() -> None:
    said = _analysed(TECHNIKCHEF, "Beide geben")
    assert said is not None and "Jonas Kerbler" in (said.source or "")


def test_a_party_epithet_is_the_person_named_before_not_a_place_in_the_genitive() -> None:
    said = _analysed(MINISTER, "Derartige")
    assert said is not None and "Lubomír Novak" in (said.source or "")


TRAINER = (
    "London – Guus Dirksink übernahm die Mannschaft im Dezember. "
    "Wir haben Selbstvertrauen wiedererlangt, erklärte Dirksink. "
    "Seine Profis sollen kontrolliert spielen, meinte der 69-jährige Niederländer."
)
MINISTERIN = (
    "Es gebe nur wenige Informationen, sagte Verteidigungsminister Boris Pistorius. "
    "Dennoch handle es sich um eine Eskalation, sagte der SPD-Politiker. "
    "Er fügte hinzu: „Ich bin ziemlich besorgt über die Entwicklung.“"
)


def test_an_epithet_after_a_surname_the_article_gave_a_first_name_is_that_person() -> None:
    said = _analysed(TRAINER, "Seine Profis")
    assert said is not None and said.source == "Guus Dirksink"


def test_a_pronoun_for_an_epithet_is_the_person_the_epithet_stands_for() -> None:
    said = _analysed(MINISTERIN, "Er fügte")
    assert said is not None and "Boris Pistorius" in (said.source or "")


STUDIE = (
    "Wenn Leute ohne Ausbildung kommen, ist das kein gutes Geschäft, sagt Ökonom Helmut Kranzl. "
    "Laut der DIW-Studie rentieren sich die Flüchtlinge in einigen Jahren. "
    "Für mich ist diese Frage aber nicht wesentlich, sagt er."
)


def test_er_stands_for_no_feminine_speaker_before() -> None:
    said = _analysed(STUDIE, "Für mich")
    assert said is not None and "Kranzl" in (said.source or "")


SPRINGER = (
    "Nicht so gut lief es für seinen Zimmerkollegen Stefan Brandl, der Elfter wurde. "
    "Hayböck landete nach Brandl auf Rang fünf. "
    "Brandl sprang nur 121 m weit. "
    "Es verdreht mich im Moment ein bisserl, glaubt der Salzburger."
)


def test_a_name_after_nach_is_no_place() -> None:
    said = _analysed(SPRINGER, "Es verdreht")
    assert said is not None and said.source is not None and "Stefan Brandl" in said.source
