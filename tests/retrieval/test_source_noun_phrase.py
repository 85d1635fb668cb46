"""A claim shows its source as a noun phrase that names someone or a document (``retrieval.sources.usable``): the
words attribution let run on after it are cut, and a phrase that names nobody is not shown at all."""

from __future__ import annotations

import pytest

from retrieval.sources import trim_tail, usable


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # whom the words were said to, after the speaker's name
        ("Betriebsratschef Konrad Pichlbauer zur APA", "Betriebsratschef Konrad Pichlbauer"),
        ("Pichlbauer zum STANDARD", "Pichlbauer"),
        ("Bezirkshauptfrau Renate Oberleitner der Zeitung", "Bezirkshauptfrau Renate Oberleitner"),
        # the medium spoken to or in, after a name or a role, of several words (stop 52)
        ("Faymann in der ORF-Pressestunde", "Faymann"),
        ("Schneeberger im APA-Gespräch", "Schneeberger"),
        ("die Psychotherapeutin zum STANDARD", "die Psychotherapeutin"),
        ("Vizekanzler Reinhold Mitterlehner in der Kleinen Zeitung", "Vizekanzler Reinhold Mitterlehner"),
        ("Sinn der Passauer Neuen Presse", "Sinn"),
        ("IPN-Direktor Lukasz Kaminski der Agentur PAP", "IPN-Direktor Lukasz Kaminski"),
        ("die Polizei der Zeitung Dagens Nyheter", "die Polizei"),
        # where or when a named person spoke (stop 53: cut here too, not only at indexing)
        ("Katzian in der Früh", "Katzian"),
        ("Tusk im EU-Parlament in Straßburg", "Tusk"),
        # the day goes before the medium it follows (stop 53)
        ("Musiker Heino (77) der Bild-Zeitung vom Montag", "Musiker Heino (77)"),
        # a name's particle is no dative's article (stop 53: "Van" was shown)
        ("Van der Bellen", "Van der Bellen"),
        (
            "Der grüne Präsidentschaftskandidat Alexander Van der Bellen",
            "Der grüne Präsidentschaftskandidat Alexander Van der Bellen",
        ),
        # the object of the verb or a new phrase after a complete noun phrase
        ("Angaben des Gerichts seines Bezirks Fluchtpläne", "Angaben des Gerichts seines Bezirks"),
        ("Vereinsangaben Demonstrationen in Kärnten", "Vereinsangaben"),
        # the day it was published, a phrase of amount after a document, an adverb
        ("Angaben der Bergrettung vom Dienstag", "Angaben der Bergrettung"),
        ("dem Prüfbericht in einer Gesamthöhe", "dem Prüfbericht"),
        (
            "eine IFES-Studie (Institut für Sozialforschung) im Auftrag von Landesrat Maurer",
            "eine IFES-Studie (Institut für Sozialforschung)",
        ),
        ("Die Tierschutzorganisation Vier Pfoten hingegen", "Die Tierschutzorganisation Vier Pfoten"),
        ("ein Sprecher der Bezirkshauptmannschaft Lienz.", "ein Sprecher der Bezirkshauptmannschaft Lienz"),
    ],
)
def test_a_source_ends_where_its_noun_phrase_ends(written: str, shown: str) -> None:
    assert usable(written) == shown


@pytest.mark.parametrize(
    "written",
    [
        "Ihre Forderung, Mautdaten künftig länger zu speichern",  # a clause with a zu-infinitive
        "Die Bauern im Tal sollen vom Regen keine Rettung",  # a clause with a finite verb
        "3000 Menschen im vorigen Jahr Kärnten",  # an amount
        "Bemerkenswert",  # an adjective on its own
        "Wegen schlechten Wetters",  # a preposition's phrase
        "we would never pick anyone other than Maria Keller",  # a name the words govern
        "der seit vergangenen Oktober",  # an article and an attribute cut before its noun ("… lastende Verdacht")
        "die in sozialen Medien",
    ],
)
def test_a_phrase_that_names_nobody_is_no_source(written: str) -> None:
    assert usable(written) is None


def test_a_phrase_that_names_nobody_gives_the_name_it_closes_with() -> None:
    assert usable("Zehn Jahre an der Spitze Gruber") == "Gruber"


@pytest.mark.parametrize(
    "written",
    [
        # a medium whose reporter, editor or report it is (a genitive), and a body's name after "von der" (stop 52)
        "eine Reporterin der Nachrichtenagentur AFP",
        "Angaben der staatlichen Nachrichtenagentur Anadolu",
        "Andre Schiele von der Europäischen Raumfahrtagentur ESA",
        "Der Chefredakteur der regierungskritischen Zeitung Cumhuriyet, Can Dündar",
        "Staatsanwältin Petra Wahl",  # a surname that is a common noun
        "Christa Berger vom Grazer Institut für Verkehrsplanung",
        "die Präsidentin der Hilfsorganisation Brot für die Welt, Eva Lind",
        "Die Zeitung Kleine Rundschau",
        "Die Steirische Wasser AG",
        "dem am Freitag präsentierten Bericht der Prüfstelle",
        "die in Wien ansässige Beratungsfirma",  # an attribute with its noun
        "Die aus jungen Forschern gebildete Kurie der Akademie (ÖAW)",
        "der Generalsekretär der Liga",
        "Nato-Sprecherin Elena Varga",
        "ein Sprecher",
        "der Unterhändler der Regierung, Pablo de la Vega",  # particles of a name, no foreign clause
        "Trainer Ruud van der Berg",
    ],
)
def test_a_usable_source_stays_as_written(written: str) -> None:
    assert usable(written) == written


def test_no_source_stays_none() -> None:
    assert usable(None) is None
    assert usable("") is None


@pytest.mark.parametrize(
    "written",
    [
        "der Chefunterhändler der Regierung, Humberto de la Calle",  # "de", "la": foreign material, no verb
        "Präsident Luiz Inácio Lula da Silva",
        "Ursula von der Leyen",
    ],
)
def test_the_particles_inside_a_name_are_part_of_it(written: str) -> None:
    assert usable(written) == written


def test_particles_outside_a_name_still_make_a_clause() -> None:
    assert usable("the company said") is None
    assert usable("Humberto de la") is None  # no name closes the particles


@pytest.mark.parametrize(
    ("written", "trimmed"),
    [
        ("Peter Huber zur APA", "Peter Huber"),  # the medium spoken to
        ("Eva Lind der Zeitung", "Eva Lind"),  # a name's dative
        ("Angaben des Verbands vom Freitag", "Angaben des Verbands"),  # the day
        ("Katzian in der Früh", "Katzian"),  # when, after a name
        ("dem Prüfbericht in einer Höhe", "dem Prüfbericht"),  # an amount, after a document
        ("Die Vorsitzende im Hauptverband", "Die Vorsitzende im Hauptverband"),  # after a role: the office
        ("MVP der Saison", "MVP der Saison"),  # letters take a genitive
        ("Sinn der Passauer Neuen Presse vom Montag", "Sinn"),  # one cut after another, from the end
    ],
)
def test_trim_tail_cuts_what_follows_a_name_or_document(written: str, trimmed: str) -> None:
    assert trim_tail(written) == trimmed
