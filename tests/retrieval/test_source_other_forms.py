"""A source the question names that the article gives in another form: by the stem of a derived or compound noun
("laut Tierrechtlern": "nach Angaben der Tierrechtsstiftung"), by a short name it spelled out earlier ("AZTN-
Schätzungen" after "Die Wettbewerbsbehörde (AZTN)"), by a pronoun after the sentence that named it ("Sie meldete,
…"), or by its kind alone ("…, teilte der Konzern mit"). Such a sentence is on the source's word, or may be: the
condition on the source must not rule it out, while a source that really is another stays ruled out."""

from __future__ import annotations

import pytest
from conftest import one_sentence_row, sentence_candidate

from retrieval.answer.actors import short_names
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import (
    NAMES,
    described_body,
    pronoun_source,
    source_match,
)
from retrieval.constraints import names_source, naming, same_source, word_stems
from retrieval.models import SentenceInfo


@pytest.mark.parametrize(
    ("wanted", "source", "same"),
    [
        ("Tierrechtlern", "nach Angaben der Tierrechtsstiftung Pfotenhilfe", True),  # people of a field: its body
        ("Lebensmittelsicherheitsbehörde", "der Lebensmittelsicherheitsagentur", True),  # a kind of body by its field
        ("Verteidiger", "das Verteidigungsministerium", False),  # "-er" of a verb: no field
        ("Sicherheitsbehörden", "der UN-Sicherheitsrat", False),  # a field too broad to tell bodies apart
        ("Tierrechtlern", "die Polizei", False),
    ],
)
def test_a_source_asked_by_the_stem_of_its_field(wanted: str, source: str, same: bool) -> None:
    assert same_source(wanted, source, by_stem=True) is same


def test_an_office_is_not_the_body_it_heads() -> None:
    # one word is spelt inside the other, but the deputy minister speaks for himself, not for Russia's ministry
    assert not same_source("Vize-Außenminister Kim Hong Kyun", "Das russische Außenministerium")
    assert not same_source("der Bundeskanzler", "das Bundeskanzleramt")
    assert same_source("Außenministerium", "Das russische Außenministerium")
    assert same_source("Außenminister", "Außenminister Sebastian Kurz")


def test_stems_are_only_matched_where_asked_for() -> None:
    assert not same_source("Tierrechtlern", "nach Angaben der Tierrechtsstiftung Pfotenhilfe")
    assert word_stems("tierrechtlern") == ("tierrecht",)
    assert word_stems("islamischer") == ()  # an adjective names no field of people


def test_a_body_is_known_by_the_short_name_spelled_out_in_brackets() -> None:
    text = (
        "Die kroatische Wettbewerbsbehörde (AZTN) hat am Montag ein Verfahren eröffnet. Bürgermeister Ivo Muster "
        "(HDZ) wies die Vorwürfe zurück. Die Organisation für Handel und Entwicklung (OHE) äußerte sich nicht."
    )
    # a person's party is no name of his, nor is the end of a longer name a body's whole name
    assert short_names(text) == {"AZTN": "Wettbewerbsbehörde"}


def test_a_source_under_a_short_name_is_the_body_the_article_spelled_out() -> None:
    sentence = "Der Schaden belaufe sich laut AZTN-Schätzungen auf etwa zwölf Millionen Euro."
    spelled = f"Die kroatische Wettbewerbsbehörde (AZTN) hat Anklage erhoben. {sentence}"
    question = "wie hoch ist der schaden laut wettbewerbsbehörde"
    condition = NAMES.index("source_condition")
    assert one_sentence_row(question, sentence, "de", source="AZTN-Schätzungen", text=spelled)[condition] == 1.0
    assert one_sentence_row(question, sentence, "de", source="AZTN-Schätzungen")[condition] == -1.0  # never spelled out


def _pronoun(text: str, before: str) -> Candidate:
    info = SentenceInfo(source="Meier", speaker="Sie", cue="meldete", how="indirect")
    return sentence_candidate(text, before=before, info=info, source=None)  # attribution's guess was dropped


def test_a_pronoun_stands_for_the_source_the_sentence_before_named_last() -> None:
    before = "Zu einer düstereren Einschätzung als das Agrarministerium kam die Plattform Waldwacht (WW)."
    c = _pronoun("Sie meldete, die Region habe 2019 rund zwölf Millionen Hektar Wald verloren.", before)
    assert pronoun_source("Waldwacht", c) == "Waldwacht (WW)"
    assert source_match("Waldwacht", c) == 0.0  # the text cannot tell: not ruled out
    # ... not for a body that sentence names in passing
    assert pronoun_source("Agrarministerium", c) is None
    assert source_match("Agrarministerium", c) == -0.5


def test_a_pronoun_may_stand_for_the_source_a_sentence_before_opens_on() -> None:
    c = _pronoun("Sie meldete 40 Festnahmen.", "Die Bahnpolizei sprach am Sonntag von einer ruhigen Lage in Linz.")
    assert pronoun_source("Bahnpolizei", c) == "Bahnpolizei"
    assert pronoun_source("Feuerwehr", c) is None


@pytest.mark.parametrize(
    ("source", "described"),
    [
        ("der Konzern", True),
        ("die zuständige Behörde", True),
        ("die russischen Behörden", False),  # a country's bodies are not any body
        ("Die Polizei", False),  # a body as it stands
        ("der Radiosender Antenne Nord", False),  # named
    ],
)
def test_a_body_named_by_its_kind_alone(source: str, described: bool) -> None:
    assert described_body(source) is described


def test_a_body_named_by_its_kind_may_be_the_source_the_article_named_before() -> None:
    text = "Für das erste Quartal werde mit einem Minus von 20 Millionen Euro gerechnet, teilte der Konzern mit."
    lead = "Der Leuchtenhersteller Lumina Werke bekommt die Flaute am Bau zu spüren."
    c = sentence_candidate(text, lead=lead, source="der Konzern")
    assert source_match("Lumina Werke", c) == 0.0  # the text cannot tell
    assert source_match("Lumina Werke", c, article_names=True) == 0.0
    elsewhere = sentence_candidate(text, lead="Der Bau stockt.", source="der Konzern")
    assert source_match("Lumina Werke", elsewhere) == -1.0  # never named: the concern is another


def test_a_source_is_named_by_all_its_words_but_numbers() -> None:
    assert names_source("Waldwacht 2019", "Laut der Plattform Waldwacht schrumpft der Wald.")
    assert not names_source("Global Waldwacht", "Laut der Plattform Waldwacht schrumpft der Wald.")
    assert naming("Tierrechtlern", "Die Tierrechtsstiftung Pfotenhilfe warnte.") == "Tierrechtsstiftung"
