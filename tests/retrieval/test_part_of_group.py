"""A question that asks how many of a group are of some kind ("how many of the hikers were children", "wie viele
Ärzte waren unter den Helfern") is not answered by a figure of the whole group ("17 Wanderer"), only by one the
sentence gives as a part ("fünf der 17 Wanderer") or by one of another noun ("vier Kinder"); one that asks how many
there are in all ("insgesamt") not by a part of them ("sechs verletzte Gäste", "Pinguin-Küken")."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.counted import asked_group, same_stem
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import countable, parts_of, wholes_of
from retrieval.models import Figure


@pytest.mark.parametrize(
    ("question", "language", "group"),
    [
        ("how many of the hikers caught in the avalanche were children?", "en", "hikers"),
        ("How many of its 400 employees will lose their jobs?", "en", "employees"),
        ("how many doctors were among the volunteers", "en", "volunteers"),
        ("wie viele der geretteten Bergsteiger mussten ins Spital?", "de", "Bergsteiger"),
        ("wie viele von den demonstranten wurden festgenommen", "de", "demonstranten"),
        ("wie viele ärzte sind unter den freiwilligen helfern", "de", "helfern"),
        ("Wie viele der 40 vom Verband gemeldeten Vereine bekommen Geld?", "de", "Vereine"),
        ("wie viele der 12 sitze im gemeinderat hält die liste", "de", "sitze"),
        ("Ärzte unter den freiwilligen Helfern: wie viele sind es?", "de", "Helfern"),
        ("of the hikers caught in the avalanche, how many were children?", "en", "hikers"),
    ],
)
def test_the_group_a_part_is_asked_of(question: str, language: str, group: str) -> None:
    assert asked_group(question, language) == group


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("how many of them were children", "en"),
        ("wie viele von ihnen waren Kinder", "de"),
        ("how many hikers were caught in the avalanche", "en"),
        ("wie viele Stellen streicht die Firma, und wie viele davon in Linz?", "de"),
    ],
)
def test_no_group_where_none_is_named(question: str, language: str) -> None:
    assert asked_group(question, language) is None


def _parts(group: str, language: str, text: str) -> list[Figure] | None:
    c: Candidate = sentence_candidate(text, info=figures_of(text))
    return parts_of(
        group,
        language,
        countable(c),
        c,
        lambda f: 0.7 if any(n in (f.unit or "") for n in ("Touristen", "Wanderer")) else 0.2,
    )


def test_a_figure_of_the_whole_group_is_no_part_of_it() -> None:
    assert _parts("Bergsteiger", "de", "Bei dem Lawinenabgang wurden am Sonntag 17 Bergsteiger verschüttet.") is None
    assert _parts("tourists", "en", "Bei dem Lawinenabgang wurden am Sonntag 17 Ski-Touristen verschüttet.") is None


def test_an_english_group_is_named_by_a_like_noun_beginning_alike() -> None:
    """Not by a noun the encoder finds alike but that begins otherwise ("hikers": "Wanderer"): other things may be
    alike to it ("shareholders" and "Beschäftigte")."""
    assert _parts("hikers", "en", "Bei dem Lawinenabgang wurden am Sonntag 17 Wanderer verschüttet.")
    assert same_stem("tourists", "Ski-Touristen")
    assert not same_stem("shares", "Aktionäre")


def test_a_part_the_sentence_gives_or_another_noun_answers() -> None:
    assert _parts("Bergsteiger", "de", "Fünf der 17 Bergsteiger mussten ins Spital gebracht werden.")
    assert _parts("Bergsteiger", "de", "17 Bergsteiger wurden verschüttet, darunter 4 Bergführer.")
    assert _parts("Bergsteiger", "de", "Unter den Verschütteten waren auch vier Kinder.")
    assert _parts("Bergsteiger", "de", "Von den 17 Bergsteigern waren vier Kinder.")


def test_beside_the_whole_group_another_figure_counts_something_else() -> None:
    """For "Wie viele Bergführer waren unter den Bergsteigern?": not the huts the whole group stayed in."""
    assert _parts("Bergsteiger", "de", "Die 17 Bergsteiger übernachteten in drei Hütten am Gletscher.") is None


def test_no_group_asked_keeps_every_figure() -> None:
    text = "Bei dem Lawinenabgang wurden am Sonntag 17 Bergsteiger verschüttet."
    c = sentence_candidate(text, info=figures_of(text))
    assert parts_of(None, "de", countable(c), c, None) == countable(c)


def _wholes(text: str, lemma: str | None = None, events: frozenset[str] = frozenset()) -> list[Figure] | None:
    c = sentence_candidate(text, info=figures_of(text))
    return wholes_of(True, events, lemma, countable(c), c)


def test_a_part_does_not_answer_a_total() -> None:
    """For "Wie viele Gäste waren insgesamt im Hotel?": not those hurt, not those the sentence gives as a part of
    others, not a kind of the noun asked."""
    assert _wholes("Bei dem Brand im Hotel wurden sechs verletzte Gäste ins Spital gebracht.") is None
    assert _wholes("Die Feuerwehr hat in der Nacht 14 Bewohner des Hotels verletzt geborgen.") is None
    assert _wholes("Unter den Verletzten sind nach Angaben der Polizei auch drei Kinder.") is None
    assert _wholes("Im Gehege sind heuer 12 Pinguin-Küken geschlüpft.", lemma="pinguin") is None


def test_the_whole_answers_a_total() -> None:
    assert _wholes("Im Hotel wohnten zu dem Zeitpunkt insgesamt 180 Gäste, sechs wurden verletzt.")
    assert _wholes("Bei dem Brand im Hotel wurden sechs Gäste verletzt.", events=frozenset({"injured"}))
    assert _wholes("Im Gehege leben 40 Pinguine.", lemma="pinguin")


def test_no_total_asked_keeps_every_figure() -> None:
    text = "Bei dem Brand im Hotel wurden sechs verletzte Gäste ins Spital gebracht."
    c = sentence_candidate(text, info=figures_of(text))
    assert wholes_of(False, frozenset(), None, countable(c), c) == countable(c)
