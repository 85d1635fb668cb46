"""A source the question names that a sentence meets by nobody's word, in an article that names it nowhere: the
question may name the article itself (its writer, its kind: "laut der Glosse"), what it reports or someone the
German text words otherwise. The condition weighs against such a sentence but rules it out only where the sentence
is on another's word."""

from __future__ import annotations

from conftest import one_sentence_row

from retrieval.answer.features import NAMES, contradicted, violates

CONDITION = NAMES.index("source_condition")


def test_a_sentence_on_nobodys_word_is_not_ruled_out_by_a_source_the_article_never_names() -> None:
    question = "wie viele Besucher kamen laut der Festschrift zum Stadtfest"
    row = one_sentence_row(question, "Zum Stadtfest kamen heuer rund 4000 Besucher.", "de")
    assert row[CONDITION] == -0.5  # it still weighs against the sentence
    assert not contradicted(row, CONDITION)
    assert not violates(row)


def test_a_sentence_on_another_sources_word_stays_ruled_out() -> None:
    question = "wie viele Besucher kamen laut der Festschrift zum Stadtfest"
    sentence = "Zum Stadtfest kamen heuer rund 4000 Besucher, sagte der Bürgermeister."
    row = one_sentence_row(question, sentence, "de", source="der Bürgermeister")
    assert row[CONDITION] == -1.0
    assert contradicted(row, CONDITION) and violates(row)


def test_other_conditions_are_contradicted_by_any_negative_value() -> None:
    row = [0.0] * len(NAMES)
    row[NAMES.index("year")] = -0.5  # an article that never names the year asked about
    assert contradicted(row, NAMES.index("year")) and violates(row)
