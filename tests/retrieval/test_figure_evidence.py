"""Evidence that a figure answers below the "found" bar: the question's counted noun printed with it, as the only such
number of an article on the question's topic (``figure_evidence.named_alone``); and a chat's source phrase that stops
before the predicate typed after it ("laut öwa mobil")."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, figures_of, sentence_candidate

from retrieval.answer.actors import named_in
from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.figure_evidence import named_alone, names_counted, withheld_within
from retrieval.models import ArticleAnalysis, Figure
from retrieval.question import parse_question

ON_TOPIC = {"cover_rare_article": 1.0}  # the article has every rare word of the question


def _row(**values: float) -> list[float]:
    return [values.get(name, 0.0) for name in NAMES]


def _figures(text: str) -> list[Figure]:
    return list(figures_of(text).figures)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("wie viele feuerwehren waren im einsatz", "Insgesamt standen 27 Feuerwehren im Einsatz.", True),  # one lemma
        ("wie viele stimmen bekam er", "Er erreichte 1.800 Vorzugsstimmen.", True),  # a compound ending in it
        ("Wie viele Cup-Tore erzielte Soriano?", "Mit zehn Treffern wurde er Torschützenkönig.", True),  # one concept
        ("how many sms do drivers send", "Sie verschicken rund 200.000 SMS.", True),  # the table, across languages
        ("wie viele feuerwehren waren im einsatz", "Insgesamt standen 150 Helfer im Einsatz.", False),
        ("wie viele stimmen bekam er", "Er erreichte 1.800 Zustimmungen.", False),  # not its head
        ("how many people came", "Rund 14 Menschen kamen.", False),  # people at large: a generic concept names nothing
        ("wie viel prozent waren es", "Es waren 14 Prozent.", False),  # a measure, not a thing counted
    ],
)
def test_a_count_names_the_noun_a_question_counts(question: str, sentence: str, expected: bool) -> None:
    q = parse_question(question)
    assert any(names_counted(q, f) for f in _figures(sentence)) is expected


def test_the_only_number_of_the_counted_noun_in_an_article_on_the_topic_answers() -> None:
    q = parse_question("wie viele feuerwehren waren beim brand im schloss im einsatz")
    text = "Insgesamt standen seit Montagmittag 27 Feuerwehren aus dem Süden im Einsatz."
    c = sentence_candidate(text, info=figures_of(text))
    alone = _figures(text) + _figures("In der Nacht waren 1.500 Helfer im Einsatz.")
    assert named_alone(q, c, _row(**ON_TOPIC), alone)
    assert named_alone(q, c, _row(**ON_TOPIC), alone + _figures("Die 27 Feuerwehren rückten ab."))  # the same number
    assert not named_alone(q, c, _row(**ON_TOPIC), alone + _figures("Am Vortag waren 12 Feuerwehren da."))  # which?
    assert not named_alone(q, c, _row(cover_rare_article=0.5), alone)  # the article lacks a rare word of the question
    assert not named_alone(q, c, _row(missing_rare=0.8, **ON_TOPIC), alone)  # ... which another article has


def test_a_count_per_period_is_no_total() -> None:
    q = parse_question("how many sms did austrians send over the whole of 2014")
    text = "Österreichs Autofahrer verschicken rund 200.000 SMS pro Tag aus dem fahrenden Auto."
    c = sentence_candidate(text, info=figures_of(text))
    assert not named_alone(q, c, _row(**ON_TOPIC), _figures(text))
    near = "Insgesamt standen 27 Feuerwehren an der Einsatzstelle."  # "an" is no "a" in German
    assert named_alone(
        parse_question("wie viele feuerwehren standen im einsatz"),
        sentence_candidate(near, info=figures_of(near)),
        _row(**ON_TOPIC),
        _figures(near),
    )


def test_a_named_figure_answers_below_the_found_bar_and_alone() -> None:
    q = parse_question("wie viele feuerwehren waren beim brand im schloss im einsatz")
    text = "Insgesamt standen seit Montagmittag 27 Feuerwehren aus dem Süden im Einsatz."
    other = "In der Nacht waren 1.500 Helfer im Einsatz."
    c = replace(sentence_candidate(text, info=figures_of(text)), doc_id="d")
    c2 = replace(sentence_candidate(other, index=1, info=figures_of(other)), doc_id="d")

    class Library(OneSentenceLibrary):
        def analysis(self, doc_id: str) -> ArticleAnalysis:
            return ArticleAnalysis(sentences={0: c.info, 1: c2.info})

    pool = Pool(q, [c, c2], None, {"d": Library().article("d")})
    answerer = Answerer(Library(), listing=None)  # type: ignore[arg-type]
    found, listed = answerer.scorer.found["figure"], answerer.scorer.listed["figure"]
    rows = [_row(**ON_TOPIC), _row(**ON_TOPIC)]
    # the other figure of the article counts helpers: the evidence for the firemen does not vouch for it
    assert [i.candidate.index for i in answerer.select(q, pool, rows, np.array([0.95, 0.9]))] == [0]
    assert answerer.select(q, pool, rows, np.array([listed - 0.01, 0.5])) == []  # the listed bar holds
    above = answerer.select(q, pool, rows, np.array([found + 0.01, 0.9]))
    assert [i.candidate.index for i in above] == [0, 1]  # above the found bar, listing is as before
    lost = [_row(cover_rare_article=0.5), _row(cover_rare_article=0.5)]
    assert answerer.select(q, pool, lost, np.array([0.95, 0.9])) == []
    # a likelier figure that does not print what is counted is passed over, above the listed bar only
    assert [i.candidate.index for i in answerer.select(q, pool, rows, np.array([0.9, 0.95]))] == [0]
    assert answerer.select(q, pool, rows, np.array([listed - 0.01, 0.95])) == []


def test_an_english_noun_the_table_does_not_know_is_named_by_the_closest_german_noun() -> None:
    q = parse_question("how many boats are starting in the sydney hobart this year")
    text = "Bei der 71. Auflage gehen am Samstag 109 Boote ins Rennen."
    c = replace(sentence_candidate(text, info=figures_of(text)), doc_id="d")
    answerer = Answerer(OneSentenceLibrary(), listing=None)  # type: ignore[arg-type]
    assert answerer._named_alone(q, c, _row(unit=0.87, **ON_TOPIC))  # no candidate's noun comes closer
    assert not answerer._named_alone(q, c, _row(unit=0.8, **ON_TOPIC))  # not close enough
    assert not answerer._named_alone(q, c, _row(unit=0.87, unit_gap=0.05, **ON_TOPIC))  # another noun is closer
    known = parse_question("how many people are starting in the sydney hobart this year")  # the table decides
    assert not answerer._named_alone(known, replace(c, text=text), _row(unit=0.87, **ON_TOPIC))


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("wie viel prozent der internetnutzung im märz war laut öwa mobil", "öwa"),  # a predicative adjective
        ("wie viele waren laut statistik austria arbeitslos", "statistik austria"),
        ("wieviel prozent sind laut umfrage dafür", "umfrage"),  # a pronominal adverb
        ("wie viele leute waren laut veranstalter da", "veranstalter"),  # an adverb
        ("wie viel prozent der internetnutzung im märz war laut ÖWA Mobil", "ÖWA Mobil"),  # a name, as written
        ("Wie viele Soldaten sind laut dem südkoreanischen Geheimdienst in Russland", "südkoreanischen Geheimdienst"),
    ],
)
def test_a_source_phrase_stops_before_the_predicate_typed_after_it(question: str, source: str) -> None:
    assert parse_question(question, default_language="de").source == source


def test_the_predicate_cut_from_the_source_is_a_word_of_the_question_again() -> None:
    q = parse_question("wie viel prozent der internetnutzung im märz war laut öwa mobil", default_language="de")
    assert "mobil" in q.focus


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Wien – Die Österreichische Webanalyse (ÖWA) hat die Zugriffszahlen für März veröffentlicht.", "ÖWA"),
        ("Die Ausstellung im Kunsthaus Bregenz (KUB) ist bis Juni zu sehen.", None),  # named in passing
        ("Die Zahlen der Österreichischen Webanalyse (ÖWA) sind neu.", None),  # not the subject
        ("Die Österreichische Webanalyse (ÖWA) habe die Zahlen veröffentlicht.", None),  # someone's report of it
    ],
)
def test_initials_spelt_out_as_the_subject_act(sentence: str, actor: str | None) -> None:
    assert named_in(sentence, 0, []) == actor


SPINDLER = (
    "Strafhöhe, für Spindler: 1.100 Euro; ein weiteres Verfahren bei der Bezirkshauptmannschaft wegen "
    "Nicht-Anmeldung H.s bei der Sozialversicherung ist noch offen."
)


def test_a_clause_that_says_what_is_asked_is_still_open_withholds_it() -> None:
    q = parse_question(
        "wie hoch ist die strafe im zweiten verfahren wegen der nicht-anmeldung bei der sozialversicherung"
    )
    assert withheld_within(q, sentence_candidate(SPINDLER, info=figures_of(SPINDLER)))


def test_an_open_clause_on_something_else_withholds_not_the_figure() -> None:
    q = parse_question("wie hoch ist die strafe für spindler")
    assert not withheld_within(q, sentence_candidate(SPINDLER, info=figures_of(SPINDLER)))
    plain = "Die Strafe für Spindler beträgt 1.100 Euro."
    assert not withheld_within(q, sentence_candidate(plain, info=figures_of(plain)))
