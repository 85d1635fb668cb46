"""Who-said questions asked by role, body or qualified office: the question side and the answer stage's person test."""

from __future__ import annotations

import re

import pytest
from conftest import article, said, sentence_candidate, topic_terms

import prompts
from retrieval.answer.answerer import spoke_off_topic
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES, QuestionTerms, off_topic
from retrieval.answer.persons import body_words, identifying_words, names_checkably, person_match, persons_asked
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("the sociologist", "soziolog"),  # "der Soziologe", "die Soziologin"
        ("the virologists", "virolog"),
        ("a criminologist", "kriminolog"),
        ("the psychologist", "psycholog"),
        ("the politician", "politiker"),  # "-ician" is "-iker"
        ("the technician", "techniker"),
        ("the activist", "aktivist"),  # "-ist" stays, spelt the German way
        ("the journalists", "journalist"),
        ("the economist", "ökonom"),  # the table of offices first
        ("the physician", "arzt"),
    ],
)
def test_an_english_person_noun_by_its_suffix_is_the_german_one(person: str, expected: str) -> None:
    assert identifying_words(person, "en") == [expected]
    assert names_checkably(person, "en")


def test_a_scholar_asked_by_discipline_speaks_under_the_german_title() -> None:
    c = said(
        "Die ganze demokratische Fassade bröckelt, sagt der Soziologe Bernardo Arévalo.",
        "der Soziologe Bernardo Arévalo",
    )
    assert person_match(identifying_words("the sociologist", "en"), c) == 1.0
    other = said("Das ist ein historischer Tag, sagte der Abgeordnete Amilcar Pop.", "der Abgeordnete Amilcar Pop")
    assert person_match(identifying_words("the sociologist", "en"), other) < 1.0


def test_a_body_asked_about_speaks_through_a_member_its_post_names_in_an_apposition() -> None:
    text = (
        "Auch für die Richtervereinigung stellt sich die Frage der Verhältnismäßigkeit, wie Sabine Matejka, "
        "Vizepräsidentin der Richtervereinigung, auf APA-Anfrage darlegte."
    )
    assert person_match(["richtervereinigung"], said(text, "Sabine Matejka")) == 1.0
    before = "Deplatziert findet die Vorsitzende der Jungen Industrie, Therese Niss, jeden Jubel, sagte sie."
    assert person_match(["junge", "industrie"], said(before, "Therese Niss")) == 1.0
    # the body named elsewhere in the sentence, not as the speaker's post: named, not speaking
    other = said(
        "Die Richtervereinigung sieht das anders, sagte Rupert Wolff, Präsident der Anwaltskammer.", "Rupert Wolff"
    )
    assert person_match(["richtervereinigung"], other) == 0.5
    # a spokesperson may speak for a person: not the person's own words
    proxy = said("Das war nie geplant, sagte Anna Berg, Sprecherin von Federica Mogherini.", "Anna Berg")
    assert person_match(["mogherini"], proxy) == 0.5


def test_an_adjective_of_place_qualifies_a_german_office() -> None:
    assert identifying_words("der oberösterreichische fpö-chef", "de") == ["fpö-chef"]
    assert body_words("der oberösterreichische fpö-chef", "de") == ["oberös"]
    assert body_words("der italienische Innenminister", "de") == ["italie"]
    assert body_words("der Klubchef", "de") == []
    assert body_words("die österreichische Regierung", "de") == []  # no office: a body, asked as a whole


def test_a_qualified_office_is_not_its_holder_elsewhere() -> None:
    words = identifying_words("der oberösterreichische fpö-chef", "de")
    body = body_words("der oberösterreichische fpö-chef", "de")
    named = sentence_candidate("Auf der Bühne stand Manfred Haimbuchner, FPÖ-Chef in Oberösterreich, und lachte.")
    strache = said(
        "Es gebe keine Krise, erklärte FPÖ-Chef Heinz-Christian Strache.", "FPÖ-Chef Heinz-Christian Strache"
    )
    assert persons_asked(words, body, [named, strache], True)[1] < 1.0
    # no sentence names the qualified office: the qualifier cannot be checked, any holder speaks
    assert persons_asked(words, body, [strache], True) == [1.0]


def test_the_qualified_holder_speaks_under_the_name_the_article_gave_with_the_qualifier() -> None:
    words = identifying_words("der italienische Innenminister", "de")
    body = body_words("der italienische Innenminister", "de")
    named = sentence_candidate("Rom – Nun hat der italienische Innenminister Angelino Alfano reagiert.")
    alfano = said("Es werden keine Mauern errichtet, kommentierte Alfano.", "Innenminister Angelino Alfano")
    other = said("Das ist gut, sagte Innenminister Thomas de Maizière.", "Innenminister Thomas de Maizière")
    assert persons_asked(words, body, [named, alfano, other], True)[1:] == [1.0, 0.5]


def test_the_body_after_a_german_office_qualifies_it() -> None:
    person = "der cheftrainer der österreichischen skispringerinnen"
    assert identifying_words(person, "de") == ["cheftrainer"]
    assert body_words(person, "de") == ["österr", "skispr"]
    assert body_words("die vorsitzende der jungen industrie", "de") == ["jung", "indust"]  # "die Junge Industrie"
    assert body_words("der chef der bka", "de") == ["bka"]
    words, body = identifying_words(person, "de"), body_words(person, "de")
    named = sentence_candidate("Der Cheftrainer der österreichischen Skispringerinnen, Andreas Felder, war zufrieden.")
    eugen = said("Wir sind zufrieden, sagte Cheftrainer Christoph Eugen.", "Cheftrainer Christoph Eugen")
    felder = said("Das ist ein gutes Zeichen, sagte Cheftrainer Andreas Felder.", "Cheftrainer Andreas Felder")
    assert persons_asked(words, body, [named, eugen, felder], True)[1:] == [0.5, 1.0]


def test_the_head_of_a_body_is_its_chef_president_or_chair() -> None:
    words, body = identifying_words("der chef der bka", "de"), body_words("der chef der bka", "de")
    muench = said("Das bereitet uns Sorgen, sagte BKA-Präsident Holger Münch.", "BKA-Präsident Holger Münch")
    other = said("Das ist falsch, sagte AMS-Chef Johannes Kopf.", "AMS-Chef Johannes Kopf")
    assert person_match(words, muench, body) == 1.0
    assert person_match(words, other, body) < 1.0
    # a qualified office that is no plain head ("the trainer") is not any head of that body
    coach = identifying_words("der cheftrainer der skispringerinnen", "de")
    president = said(
        "Das ist gut, sagte die Präsidentin der Skispringerinnen, Eva Berg.", "Präsidentin der Skispringerinnen"
    )
    assert person_match(coach, president, body_words("der cheftrainer der skispringerinnen", "de")) < 1.0


def _spoken_in(text: str, sentence: str, source: str) -> Candidate:
    start = text.index(sentence)
    return Candidate(
        "d",
        1,
        start,
        start + len(sentence),
        0.8,
        0.0,
        sentence,
        "",
        "T",
        "",
        None,
        SentenceInfo(source=source, speaker=source),
        source=source,
    )


FILLER = " ".join(f"Nordkorea schickt Soldaten nach Russland, Teil {k}." for k in range(8))


def _about_rutte(words: list[str]) -> QuestionTerms:
    """The terms of a question about what Rutte said, with these topic words."""
    return topic_terms(words, ["rutte"])


@pytest.mark.parametrize(
    ("question", "off"),
    [
        ("what did rutte say about sanctions against north korea", True),  # Sanktionen only in the commentary
        ("was sagte rutte zur eskalation", False),  # his own words
        ("what did rutte say", False),  # no topic
        ("was sagte rutte zu den zöllen", False),  # a topic the article never names: words cannot tell
    ],
)
def test_a_person_speaking_only_far_from_the_topic_asked_about_is_off_topic(question: str, off: bool) -> None:
    words = "Die Entsendung würde eine erhebliche Eskalation bedeuten, schrieb Rutte."
    text = f"Rutte warnt. {words} {FILLER}\nKommentar: {FILLER} Die westlichen Sanktionen wirken kaum."
    q = parse_question(question)
    qt = _about_rutte(
        [w for w in re.findall(r"\w+", question.lower()) if len(w) > 3 and w not in {"what", "said", "about"}]
    )
    pool = Pool(q, [_spoken_in(text, words, "Nato-Generalsekretär Mark Rutte")], None, {"d": article("d", text)})
    assert (off_topic(q, qt, pool, [1.0]) == {"d"}) is off


def test_a_place_asked_about_is_no_topic() -> None:
    words = "Die Entsendung würde eine erhebliche Eskalation bedeuten, schrieb Rutte."
    text = f"Rutte warnt. {words} {FILLER}\nKommentar: {FILLER} Die Minister trafen sich danach in Brüssel."
    q = parse_question("Was hat Rutte in Brüssel gesagt?")
    assert q.places == ["Brüssel"]
    qt = _about_rutte(["brüssel"])  # named once, far from his words: as a topic it would rule him out
    pool = Pool(q, [_spoken_in(text, words, "Nato-Generalsekretär Mark Rutte")], None, {"d": article("d", text)})
    assert off_topic(q, qt, pool, [1.0]) == set()


def test_the_verb_that_asks_for_someones_words_is_no_topic() -> None:
    words = "Die Entsendung würde eine erhebliche Eskalation bedeuten, schrieb Rutte."
    text = f"Rutte warnt. {words} {FILLER}\nKommentar: {FILLER} Südkorea reagierte empört."
    q = parse_question("Wie reagierte Rutte?")
    qt = _about_rutte(["reagierte"])
    pool = Pool(q, [_spoken_in(text, words, "Nato-Generalsekretär Mark Rutte")], None, {"d": article("d", text)})
    assert off_topic(q, qt, pool, [1.0]) == set()


def test_an_answer_says_when_the_person_is_quoted_only_off_the_topic() -> None:
    person, article_rule = NAMES.index("person"), NAMES.index("person_article")
    row = [0.0] * len(NAMES)
    speaking_off = row.copy()
    speaking_off[person], speaking_off[article_rule] = 1.0, -1.0
    named_elsewhere = row.copy()
    named_elsewhere[person], named_elsewhere[article_rule] = 0.5, -1.0
    assert spoke_off_topic([row, speaking_off])
    assert not spoke_off_topic([row, named_elsewhere])
    assert "Rutte" in prompts.text("answer.person_off_topic", "de", person="Rutte")
    assert "Rutte" in prompts.text("answer.person_off_topic", "en", person="Rutte")


def test_a_word_common_to_many_articles_is_no_topic() -> None:
    words = "Die Entsendung würde eine erhebliche Eskalation bedeuten, schrieb Rutte."
    text = f"Rutte warnt. {FILLER} Der neuen Regierung gefällt das.\n{FILLER} {words}"  # "neuen" not in the lead
    q = parse_question("Was sagte Rutte zu den neuen Sanktionen?")
    qt = _about_rutte(["neuen", "sanktionen"])
    pool = Pool(q, [_spoken_in(text, words, "Nato-Generalsekretär Mark Rutte")], None, {"d": article("d", text)})
    assert off_topic(q, qt, pool, [1.0]) == {"d"}  # "neuen" far from his words, as a word of the topic
    # but "neuen" is in most articles (low weight): it names no topic, and rules nothing out
    common = QuestionTerms(**{**qt.__dict__, "weights": {"neuen": 0.15, "sanktionen": 0.8}})
    assert off_topic(q, common, pool, [1.0]) == set()
