"""Sources a reader can use: a source is the person, body or document the sentence names, not the words around it.

- A verb of counting names who counts only when it is one: "es gibt" ("Weitere 25 Tote gab es …", "Bereits im August
  gab es ein Minus …"), "nachgeben" ("MPS-Aktien gaben … 40 Prozent nach"), a reflexive ("meldeten sich die
  Erpresser") or "haben" without a participle of counting ("hat die RBI-Tochter einen Marktanteil von …") name no one.
- A subject after its verb ends before the adverbial of the middle field ("hielt Klug in Anspielung auf Orban fest",
  "informiert die Staatsanwaltschaft in einer Presseaussendung"), and a source after "laut" before the amount ("laut
  NGOs mehr als 60.000 …").
"""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute


def _source(sentence: str) -> str | None:
    doc = article("k", "Titel\n" + sentence)
    info = analyse(doc, segment.sentences(doc)).sentences.get(1)
    return info.source if info is not None else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Weitere 25 Tote gab es bei heftigen Auseinandersetzungen um ein Armeelager nahe der Stadt Aleppo.",
        "Bereits im August gab es ein Minus von revidiert 0,6 Prozent, das nur halb so stark ausfiel.",
        "MPS-Aktien gaben seit Jahresbeginn 40 Prozent nach.",
        "Ratspräsident Donald Tusk gab ihnen den 18. Februar als Termin für 28 Staaten.",
        "Beim Vermögen hat die RBI-Tochter einen Marktanteil von 3,6 Prozent, bei den Einlagen von 4,0 Prozent.",
        "Der Spuk war damit vorbei, denn am 8. Oktober meldeten sich die 3 Erpresser wieder.",
        "Einerseits verzeichnete er als Vierter sein bestes Ergebnis mit 3 Punkten.",
    ],
)
def test_a_verb_of_counting_that_is_none_names_no_source(sentence: str) -> None:
    assert _source(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Die Polizei gab die Zahl der Toten mit 25 an.", "Die Polizei"),
        ("Fast jeder Fünfte gab an, sein Unternehmen sei zu 20 Prozent betroffen.", "Fast jeder Fünfte"),
        ("Kiew schätzt die Kosten auf noch einmal 500 Millionen Dollar.", "Kiew"),
        ("Im kommenden Jahr rechnet der Fiskalrat mit 2 Milliarden Euro.", "der Fiskalrat"),
        ("Für das Burgenland hat die Landwirtschaftskammer von 300 Hektar gesprochen.", "die Landwirtschaftskammer"),
    ],
)
def test_a_verb_of_counting_names_who_counts(sentence: str, source: str) -> None:
    assert _source(sentence) == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Eine Orbansierung findet nicht statt, hielt Klug in Anspielung auf Ungarns Premier Viktor Orban fest.",
            "Klug",
        ),
        ("Zu Wochenbeginn sei viel diskutiert worden, sagt Pützstück im Rückblick.", "Pützstück"),
        (
            "Es sei kein Verdacht gegeben, informiert die Staatsanwaltschaft in einer Presseaussendung.",
            "die Staatsanwaltschaft",
        ),
        (
            "In Österreich hatte der Oberste Gerichtshof im Sommer bestätigt, dass Netzsperren legitim sind.",
            "der Oberste Gerichtshof",
        ),
        # where the speaker works, or whom they told, stays
        (
            "Das Militär habe 900 Einsätze geflogen, sagte Igor Konaschenkow vom Verteidigungsministerium.",
            "Igor Konaschenkow vom Verteidigungsministerium",
        ),
        (
            "Frauen sprechen höher, sagte Christoph Engel vom Leipziger Institut für medizinische Informatik.",
            "Christoph Engel vom Leipziger Institut für medizinische Informatik",
        ),
        (
            "Die Berichte seien mit Sorge aufgenommen worden, erklärte das Außenministerium in Ankara.",
            "das Außenministerium in Ankara",
        ),
        ("Das waren die Wunschschauspieler, sagt Lueftner zum STANDARD.", "Lueftner zum STANDARD"),
        ("Insgesamt arbeiten laut NGOs mehr als 60.000 Nordkoreaner im Ausland.", "NGOs"),
        (
            "Zur Demonstration hatten unter der Führung des Arbeitskreises mehr als 20 Organisationen aufgerufen.",
            "20 Organisationen",
        ),
        (
            "Die Wahl sei ungültig, erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“ am Samstag.",
            "der neue „Oberste Rat zur Wiederherstellung der Demokratie“",
        ),
    ],
)
def test_a_speaker_ends_before_the_adverbial_after_it(text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if a.speaker]
    assert found[-1].speaker == speaker


def test_a_group_described_takes_a_source_naming_that_group_not_the_last_one_named() -> None:
    from retrieval.models import Article, SentenceInfo
    from retrieval.sources import readable

    text = "Forscher um Peter Behroozi rechneten. Sie sagen, die Milchstraße sei alt. Das schließen die Forscher."
    article = Article(id="g", title="T", text=text, language="de", outlet="DER STANDARD")
    infos = {0: SentenceInfo(source="Forscher um Peter Behroozi"), 1: SentenceInfo(source="die Milchstraße")}
    assert readable("die Forscher", 2, infos, article) == "Forscher um Peter Behroozi"
    assert readable("die Forscher", 2, {1: SentenceInfo(source="die Milchstraße")}, article) == "die Forscher"
    # ... or the body they work for, not an outlet that reported on them
    university = {1: SentenceInfo(source="die Universität Erlangen-Nürnberg")}
    assert readable("die Forscher", 2, university, article) == "die Universität Erlangen-Nürnberg"
    agency = {1: SentenceInfo(source="die Nachrichtenagentur Ansa")}
    assert readable("die Forscher", 2, agency, article) == "die Forscher"
    # one person described still takes the one named before
    assert readable("der Forscher", 2, {1: SentenceInfo(source="Peter Behroozi")}, article) == "Peter Behroozi"


@pytest.mark.parametrize("source", ["Ich", "wir", "Man"])
def test_the_speakers_own_word_for_themselves_is_no_source_a_reader_can_use(source: str) -> None:
    from retrieval.sources import usable

    assert usable(source) is None
    assert usable("Philipp Kohlschreiber") == "Philipp Kohlschreiber"
