"""Sources of figures a sentence does not name, round 2: a prepositional phrase before a colon ("Mit Erfolg: 10.000
Verkäufe seit März") is no speaker, a sentence after one opened by an article and a noun ("Das Mittel werde …,
erklärte X") is not X's, a remark noun with a genitive name ("Hilbes Nachsatz: …") is the name's, and "sie" stands
for no masculine noun ("der OGH")."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute, resolve_speaker


def _sources(text: str) -> dict[str, str | None]:
    """Each sentence's opening words -> its stored source."""
    doc = article("k", text)
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences
    return {s.text[:20]: (info[s.index].source if s.index in info else None) for s in units}


@pytest.mark.parametrize("opener", ["Mit Erfolg", "Seit Jahresbeginn", "Für Fans", "Trotz Krise"])
def test_a_prepositional_phrase_before_a_colon_is_no_source(opener: str) -> None:
    text = f"Die Serie kam als DVD auf den Markt. {opener}: 10.000 Verkäufe seit März. Mehr folgt bald."
    sources = _sources(text)
    assert sources[f"{opener}: 10.000 Verkäufe"[:20]] is None


def test_a_name_before_a_colon_still_names_the_source() -> None:
    text = "Die Serie kam als DVD auf den Markt. Stöger: 10.000 Verkäufe seit März sind ein Erfolg. Mehr folgt bald."
    assert _sources(text)["Stöger: 10.000 Verkä"] == "Stöger"


def test_a_sentence_opened_by_an_article_and_a_noun_does_not_name_the_source_of_the_one_before() -> None:
    text = (
        "Der Sportlerin droht eine Sperre von bis zu vier Jahren. "
        "Das Mittel werde verboten bleiben, erklärte Niggli. Mehr folgt bald."
    )
    assert _sources(text)["Der Sportlerin droht"] is None


def test_a_demonstrative_sentence_after_a_figure_names_its_source() -> None:
    text = "Der Sportlerin droht eine Sperre von bis zu vier Jahren. Das sagte Niggli am Freitag. Mehr folgt bald."
    assert _sources(text)["Der Sportlerin droht"] == "Niggli"


@pytest.mark.parametrize("noun", ["Nachsatz", "Warnung", "Einschätzung", "Prognose"])
def test_a_remark_with_a_genitive_name_before_a_colon_is_the_names(noun: str) -> None:
    text = f"Der Forscher Christian Hilbe leitete die Studie. Hilbes {noun}: es bleibt zu hoffen, dass alles gut geht."
    speakers = [a.speaker for a in attribute(text) if a.speaker]
    assert speakers == ["Hilbe"]


def test_sie_stands_for_the_feminine_body_not_the_masculine_subject_before() -> None:
    text = (
        "Der Oberste Gerichtshof (OGH) hat am Dienstag entschieden, Teile des Ersturteils zu kippen. "
        "Mit dieser Entscheidung ist der OGH nicht ganz der Empfehlung der Generalprokuratur nachgekommen. "
        "Sie hatte zum Beispiel empfohlen, das Urteil von 26 Monaten Haft zu bestätigen."
    )
    found = attribute(text)
    (sie,) = [a for a in found if a.speaker == "Sie"]
    assert resolve_speaker(text, sie, found) == "der Generalprokuratur"


def test_sie_still_stands_for_a_feminine_subject_before() -> None:
    text = "Die Kommission legte am Montag ihren Bericht vor. Sie hatte empfohlen, die Strafe zu bestätigen."
    found = attribute(text)
    (sie,) = [a for a in found if a.speaker == "Sie"]
    assert resolve_speaker(text, sie, found) == "Die Kommission"


def test_a_name_inside_a_prepositional_phrase_before_a_colon_does_not_make_the_phrase_a_speaker() -> None:
    text = (
        "Alle Bauprojekte im Plansoll, mit Ausnahme der Guanabara-Bucht: "
        "Das Wasser im Segelrevier wird nur zu 60 Prozent gesäubert."
    )
    assert [a.speaker for a in attribute(text) if a.speaker] == []


def test_a_person_named_before_a_colon_with_where_they_spoke_is_still_the_speaker() -> None:
    text = "Kommunikationschef Matthias Euler-Rolle zum STANDARD: Uns liegt dazu nichts vor."
    (speaker,) = [a.speaker for a in attribute(text) if a.speaker]
    assert speaker.startswith("Kommunikationschef Matthias Euler-Rolle")


def test_a_pronoun_in_a_wie_frame_stands_for_the_named_subject_of_its_own_sentence() -> None:
    text = (
        "Mit dem Fidelio bringt ORF 2 die Festspiele live ins Wohnzimmer. Bildregisseur Michael Beyer arbeitet schon "
        "seit Monaten mit dem Stück, wie er bei einem Pressegespräch am Mittwoch erklärte."
    )
    found = attribute(text)
    (er,) = [a for a in found if a.speaker == "er"]
    assert resolve_speaker(text, er, found) == "Bildregisseur Michael Beyer"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Anrainer befürchten mehr Verkehr in der Gemeinde. Die Grünen führen ein weiteres Argument gegen den "
            "Konzern ins Treffen: Ikea zahle kaum Gewinnsteuern in Österreich.",
            "Die Grünen",
        ),
        ("Die Polizei war am Abend vor Ort: Der Mann habe zweimal geschossen.", "Die Polizei"),
    ],
)
def test_reported_speech_after_a_colon_is_the_subject_of_the_clause_before(text: str, speaker: str) -> None:
    (last,) = [a for a in attribute(text) if a.speaker and a.quote_start > text.index(":")]
    assert last.speaker == speaker and last.kind == "indirect"


def test_an_indicative_after_a_colon_is_not_made_the_subject_s() -> None:
    text = "Die Polizei war am Abend vor Ort: Der Mann hat zweimal geschossen."
    assert [a.speaker for a in attribute(text) if a.speaker] == []


def test_a_relative_clause_that_puts_a_figure_on_a_thing_names_its_source() -> None:
    text = (
        "Beides ist längst im Rollen. Die Machbarkeitsstudie, deren Kosten Schmuckenschlager mit rund 50.000 Euro "
        "beziffert, ist in Arbeit. Mehr folgt bald."
    )
    assert _sources(text)["Die Machbarkeitsstud"] == "Schmuckenschlager"
