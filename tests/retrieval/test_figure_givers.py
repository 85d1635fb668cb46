"""Who gives a figure, and who is only named beside it: the noun of a preposition of object ("gegen die Regierung")
is no giver, and a report after a sentence is the speaker's own when it gives their first person reported ("Sie sei
stolz, …, meint X")."""

from __future__ import annotations

import re

import pytest

from retrieval.answer.actors import named_in
from retrieval.answer.reporting import reports_before
from retrieval.attribution import attribute, resolve_speaker


@pytest.mark.parametrize(
    ("sentence", "giver"),
    [
        ("Zu der Kundgebung, einer der größten gegen die Regierung, kamen am Samstag mehr als 10.000 Menschen.", None),
        ("Nach zähen Verhandlungen mit der Gewerkschaft werden 300 Stellen gestrichen.", None),
        ("Über die Behörde gingen im Vorjahr 120 Beschwerden ein.", None),
        ("Dieser Tage zählt das Innenministerium 300 Asylanträge.", "Innenministerium"),
        ("Nach Angaben der Polizei kamen 500 Menschen.", "Polizei"),
        ("Die Veröffentlichung wird auch ein Fall für den Presserat.", "Presserat"),  # "Dort sind 35 Beschwerden …"
        ("Die Regierung rechnet heuer mit zwei Milliarden Euro Flüchtlingskosten.", "Regierung"),
    ],
)
def test_the_noun_of_a_preposition_of_object_gives_no_figure(sentence: str, giver: str | None) -> None:
    found = named_in(sentence, 0, [])
    assert (found if found is None else found.split()[-1]) == giver


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Sie sei stolz, ein solches Pilotprojekt zu starten, meint Johanna Eteme.", False),
        ("Er habe davon nichts gewusst, sagte der Bürgermeister.", False),
        ("Sie seien 300 gewesen, sagte die Polizei.", True),  # plural: they, not the speaker
        ("Die Zahl sei gestiegen, sagte der Sprecher.", True),
    ],
)
def test_a_report_in_the_reported_first_person_is_the_speakers_own(sentence: str, reports: bool) -> None:
    assert reports_before(sentence) is reports


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hasan E. drohen bei einer Verurteilung bis zu 30 Jahre Haft wegen Verschwörung mit dem Ziel, eine "
            "ausländische Terrororganisation zu unterstützen.",
            None,
        ),
        ("Angela Merkel erklärte, die Lage sei ernst.", "Angela Merkel"),
        ("Fischer sagten, in der Region eine Explosion gesichtet zu haben.", "Fischer"),  # fishermen, not a name
        ("Müller und Meier erklärten, die Lage sei ernst.", "Müller und Meier"),
        ("Die Grünen erklären, die Lage sei ernst.", "Die Grünen"),
    ],
)
def test_a_name_with_a_plural_verb_is_its_object_not_its_speaker(text: str, speaker: str | None) -> None:
    found = [a.speaker for a in attribute(text)]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wir müssen aggressiver sein, sagte Valentino Lazaro. "
            "Auch Trainer Oscar Garcia sah Verbesserungsmöglichkeiten. "
            "Mit meiner Mannschaft war ich nur 60 Minuten zufrieden, erklärte der Spanier.",
            "Oscar Garcia",
        ),
        (  # two people named just before: the epithet could be either
            "Svindal sei in Form, sagte Reichelt. Er fuhr mit Aksel Lund Svindal und Kjetil Jansrud ins Tal. "
            "Da habe ich viel Speed mitgenommen, gestand der "
            "Norweger.",
            "der Norweger",
        ),
    ],
)
def test_an_epithet_speaker_is_the_one_person_named_just_before(text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert len(found) == 2  # Lazaro's or Reichelt's words, and the epithet's
    assert speaker in (resolve_speaker(text, found[-1], found) or "")


def test_an_epithet_stays_when_the_sentence_before_names_two_people() -> None:
    text = (
        "Pinkelnig holte sich 2,6 Punkte vor der deutschen Weltmeisterin Carina Vogt ihr bestes Resultat. "
        "Es ist großartig, auf dem Podest zu stehen, sagte die Vorarlbergerin."
    )
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert [resolve_speaker(text, a, found) for a in found] == ["die Vorarlbergerin"]


@pytest.mark.parametrize(
    ("sentence", "giver"),
    [
        # the body acts in a clause of reason or time that holds no figure: it does not give the count
        ("Etwa 300 Bauern demonstrierten, weil das Ministerium die Förderung nicht auszahlt.", None),
        ("Nachdem die Landesregierung den Plan vorgelegt hatte, gingen 500 Einwände ein.", None),
        # ... but in the clause that holds the figure it does
        ("Das Ministerium zählte 300 Anträge, obwohl die Frist noch läuft.", "Ministerium"),
        ("Die Bauern protestierten, weil das Ministerium nur 300 Anträge genehmigt hat.", "Ministerium"),
    ],
)
def test_a_body_in_a_subordinate_clause_without_the_figure_gives_none(sentence: str, giver: str | None) -> None:
    taken = [(m.start(), m.end()) for m in re.finditer(r"\d+ \w+", sentence)]
    found = named_in(sentence, 0, taken)
    assert (found if found is None else found.split()[-1]) == giver


@pytest.mark.parametrize(
    ("sentence", "giver"),
    [
        # a list of those counted ("darunter …", "davon …") names members, not who gives the count
        ("Die Branche umfasst rund 4.000 Firmen – darunter Softwarehäuser, Berater, Markt- und Sozialforscher.", None),
        ("Beim Brand wurden 12 Menschen verletzt, darunter zwei Beamte der Polizei und ein Sanitäter.", None),
        ("Bei der Kontrolle fielen 40 Lenker auf, davon einige Mitarbeiter der Stadtwerke.", None),
        # ... a body that counts them still gives the figure, and a figure inside the list is the list's own
        ("Die Polizei zählte 4.000 Teilnehmer, darunter viele Familien.", "Polizei"),
    ],
)
def test_a_body_in_a_list_of_those_counted_gives_none(sentence: str, giver: str | None) -> None:
    taken = [(m.start(), m.end()) for m in re.finditer(r"\d[\d.]* \w+", sentence)]
    found = named_in(sentence, 0, taken)
    assert (found if found is None else found.split()[-1]) == giver


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Richter sprach von einem klaren Fall. Opferanwältin Berger, die für ihre Klientin 5.000 Euro "
            "fordert, ist ebenso überzeugt, dass der Angeklagte gelogen habe.",
            "Opferanwältin Berger",
        ),
        (
            "Der Laden ist heil. Er gehört Karl Huber, der am Samstag bestätigt, dass niemand eingebrochen sei.",
            "Karl Huber",
        ),
    ],
)
def test_a_relative_pronoun_speaker_is_the_name_right_before_it(text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if a.speaker in ("der", "die")]
    assert found
    assert resolve_speaker(text, found[0], attribute(text)) == speaker


@pytest.mark.parametrize(
    ("sentence", "giver"),
    [
        # a surname after a given name, whatever the tagger makes of it ("Hollande": "Holland", "Bures": "Bure")
        (
            "Kairo – Frankreichs Präsident François Hollande bringt Geschäftsabschlüsse in Höhe von zwei Milliarden "
            "Euro heim.",
            "Frankreichs Präsident François Hollande",
        ),
        (
            "Im April begrüßte Nationalratspräsidentin Doris Bures den millionsten Besucher.",
            "Nationalratspräsidentin Doris Bures",
        ),
        # a name the lexicon lacks after an office, but not the party in brackets after it
        ("Washington – US-Präsident Barack Obama hat 300 Soldaten angekündigt.", "US-Präsident Barack Obama"),
        (
            "Innenministerin Johanna Mikl-Leitner (ÖVP) nannte am Dienstag 300 Fälle.",
            "Innenministerin Johanna Mikl-Leitner",
        ),
        # a genitive before a noun is no given name ("Brasiliens Top-Stürmer"), a body keeps its short name
        ("Der Versicherungsverband Österreich (VVO) zählte 38 Prozent.", "Versicherungsverband Österreich VVO"),
    ],
)
def test_a_persons_name_is_read_to_its_end(sentence: str, giver: str) -> None:
    taken = [(m.start(), m.end()) for m in re.finditer(r"\d[\d.]*(?: \w+)?", sentence)]
    assert named_in(sentence, 0, taken) == giver
