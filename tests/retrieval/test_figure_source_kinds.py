"""Sources of figures that are no one's: an object read as a speaker ("Und stellen eine Diskrepanz … fest"), a
counted group ("95 Prozent der Teilnehmer gingen laut X davon aus"), the object after a pronoun subject ("Sie haben die
Pupillenform von 214 Spezies untersucht") and a sentence whose own reporter follows its Konjunktiv ("Das habe der
Gerichtshof entschieden, meldete Xinhua")."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute


def _sources(text: str) -> dict[str, str | None]:
    """Each sentence's opening words -> its stored source."""
    doc = article("k", text)
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    return {s.text[:20]: (info[s.index].source if s.index in info else None) for s in units}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural verb: "eine Diskrepanz" is its object, and the sentence's "laut" names the source
        (
            "Die Forscher werteten Daten aus. Und stellen eine Diskrepanz zwischen Wahrnehmung und Realität fest: "
            "95 Prozent der Teilnehmer gingen laut Shmueli davon aus, dass ihre Freundschaften beiderseitig seien.",
            "Shmueli",
        ),
        # a singular verb: the same noun phrase may be its subject
        ("Eine Sprecherin stellte fest, dass die Zahl auf 95 Prozent gestiegen sei.", "Eine Sprecherin"),
        # a plural subject after a plural verb is the subject
        ("Am Montag stellten die Forscher fest, dass die Zahl auf 95 Prozent gestiegen sei.", "die Forscher"),
    ],
)
def test_a_singular_noun_after_a_plural_verb_of_saying_is_its_object(text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if a.speaker]
    assert found[-1].speaker == speaker


def test_a_counted_group_gives_way_to_the_source_the_sentence_cites() -> None:
    (found,) = attribute("25 Prozent der Befragten sagten laut Gallup, sie seien zufrieden.")
    assert (found.speaker, found.cue) == ("Gallup", "laut")
    (found,) = attribute("Die Befragten sagten laut Gallup, sie seien zufrieden.")  # no count: they speak
    assert found.speaker == "Die Befragten"


def test_a_pronoun_subject_of_a_count_stands_for_the_source_of_the_sentence_before() -> None:
    text = (
        "Titel\nDas behaupten jedenfalls Biologen um Martin Banks von der Universität Kalifornien.\n"
        "Sie haben die Pupillenform von insgesamt 214 landbewohnenden Spezies untersucht."
    )
    assert _sources(text)["Sie haben die Pupill"] == "Biologen"
    # with a noun phrase opening it, the one after the verb stays the counter
    text = "Titel\nFür das Burgenland hat die Landwirtschaftskammer von 300 Hektar gesprochen."
    assert _sources(text)["Für das Burgenland h"] == "die Landwirtschaftskammer"


def test_a_pronoun_subject_with_no_source_before_names_none() -> None:
    text = "Titel\nDie Pupillen sind rund.\nSie haben die Pupillenform von insgesamt 214 Spezies untersucht."
    assert _sources(text)["Sie haben die Pupill"] is None


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [
        (
            "Titel\nEin Student soll Diebstahl zugegeben haben.\n"
            "Seoul – Ein Student ist zu 15 Jahren Arbeitslager verurteilt worden. "
            "Das habe der Oberste Gerichtshof Nordkoreas entschieden, meldete die Nachrichtenagentur Xinhua am Montag.",
            "Das habe der Oberste",
            "die Nachrichtenagentur Xinhua",
        ),
        (
            "Titel\nDie Menschen sind erschöpft, sagt Grundnig weiter. Im Netz habe sich die Behauptung verbreitet, "
            "die Polizei warne die Bevölkerung davor, aus dem Haus zu gehen, das sei Blödsinn, betont Grundnig, "
            "30 Streifen sind unterwegs.",
            "Im Netz habe sich di",
            "Grundnig",
        ),
    ],
)
def test_a_konjunktiv_frame_with_its_own_reporter_after_it_is_that_reporters(
    text: str, opening: str, source: str
) -> None:
    assert _sources(text)[opening] == source


def test_a_konjunktiv_frame_with_no_reporter_of_its_own_goes_on_with_the_speaker_before() -> None:
    found = attribute("Ein Regierungssprecher sagte, es gebe Gespräche. Er wisse auch nicht, was die USA wollten.")
    assert [a.kind for a in found] == ["indirect", "carried_over"]
