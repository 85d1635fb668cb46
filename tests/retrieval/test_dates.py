"""Questions whose answer is a date, a time or an ordinal: which minute, place or round ("what minute did X score":
"in der 50. Minute"), since or until when ("seit wann": no "bis Dezember"), and the names a when-question's relative
clause gives ("…, in dem Nina Proll die Hauptrolle spielte": no place)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, figures_of, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES, countable
from retrieval.answer.figure_evidence import singled_out
from retrieval.answer.occasion import bounds_asked, dating
from retrieval.question import parse_question


def _row(**values: float) -> list[float]:
    row = [0.0] * len(NAMES)
    for name, value in values.items():
        row[NAMES.index(name)] = value
    return row


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("what minute did arnautovic score vs sunderland", "minute"),
        ("In welcher Minute fiel das 1:0?", "Minute"),
        ("auf welchem platz landete hirscher im slalom", "platz"),
        ("what place did she finish in the downhill", "place"),
        ("in which round was he knocked out", "round"),
        ("der wievielte Platz war das für Österreich", "Platz"),
    ],
)
def test_which_one_in_an_order_asks_an_ordinal(question: str, counted: str) -> None:
    q = parse_question(question)
    assert (q.intent, q.figure_kind, q.counted) == ("figure", "ordinal", counted)


@pytest.mark.parametrize(
    "question",
    [
        "what place did they visit in vienna",
        "wie viele Minuten hat er gespielt",
        "an welchem Tag war das",
        "what position does arnautovic play",
        "at what stage are the coalition talks",
    ],
)
def test_a_place_visited_or_a_count_of_minutes_is_no_ordinal(question: str) -> None:
    assert parse_question(question).figure_kind != "ordinal"


def test_the_ordinal_of_the_order_asked_answers_and_others_do_not() -> None:
    q = parse_question("what minute did arnautovic score vs sunderland")
    goal = "Zunächst erzielte der ÖFB-Teamspieler beim 1:1 in der 50. Minute das 1:0."
    tally = "Für Arnautovic war es bereits der elfte Premier-League-Treffer in dieser Saison."
    swap = "Der ÖFB-Teamspieler wurde nur sechs Minuten nach seinem Tor ausgewechselt."
    assert [f.text for f in countable(sentence_candidate(goal, info=figures_of(goal)), q)] == ["50. Minute"]
    assert countable(sentence_candidate(tally, info=figures_of(tally)), q) == []
    assert countable(sentence_candidate(swap, info=figures_of(swap)), q) == []
    # few figures are the minute of a match by chance: it answers below the "found" bar, as a guessed number does
    assert singled_out(q, sentence_candidate(goal, info=figures_of(goal)), _row())
    assert not singled_out(q, sentence_candidate(tally, info=figures_of(tally)), _row())


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("seit wann warnt der geheimdienst vor den truppen",
         "Der Geheimdienst geht davon aus, dass Nordkorea bis Dezember 10.000 Soldaten schickt.", False),
        ("seit wann ist rutte nato-generalsekretär?", "Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär.", True),
        ("since when has the ban been in force", "The ban has been in force since 1 March 2024.", True),
        ("bis wann sollen die soldaten geschickt werden",
         "Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär.", False),
        ("bis wann sollen die soldaten geschickt werden",
         "Nordkorea soll bis Dezember 10.000 Soldaten schicken.", True),
        ("wann wurde die nato gegründet", "Die Nato wurde bis 1949 aufgebaut.", True),  # neither bound asked
    ],
)  # fmt: skip
def test_since_when_is_not_answered_by_an_end_nor_until_when_by_a_start(
    question: str, sentence: str, expected: bool
) -> None:
    assert bounds_asked(question, sentence_candidate(sentence, info=figures_of(sentence))) is expected


def test_a_name_after_a_relative_pronoun_is_no_place() -> None:
    q = parse_question(
        "In welchem Jahr wurde das Musical Barbarella uraufgeführt, in dem Nina Proll die Hauptrolle spielte?"
    )
    assert q.places == []
    assert parse_question("wie viele tote gab es in der Ukraine").places == ["Ukraine"]


def test_when_the_article_on_the_event_does_not_date_it_another_article_does_not_either() -> None:
    q = parse_question("an welchem tag genau hat die mutter in favoriten ihren sohn getötet")
    on_topic = (
        "Die Tat in Favoriten soll sich bereits vor mehreren Tagen ereignet haben, die Mutter ihren Sohn getötet."
    )
    elsewhere = "Am 29. Dezember holte er die Leiche seiner Mutter herunter, die ihren Sohn getötet hatte."
    c = replace(sentence_candidate(on_topic, info=figures_of(on_topic)), doc_id="d")
    c2 = replace(sentence_candidate(elsewhere, info=figures_of(elsewhere)), doc_id="e")
    library = OneSentenceLibrary()
    pool = Pool(q, [c, c2], None, {"d": library.article("d"), "e": library.article("e")})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    rows = [_row(), _row(missing_rare=0.5, cover_rare_article=0.0)]
    assert answerer.select(q, pool, rows, np.array([0.9, 0.8])) == []
    # with no candidate of the article on the event likelier, the other article's date is as before
    picked = answerer.select(q, pool, rows, np.array([0.7, 0.8]))
    assert [item.candidate.doc_id for item in picked] == ["e"]


def test_a_rank_asked_after_a_share_leaves_the_share_the_figure_asked() -> None:
    q = parse_question(
        "What is Austria's research spending as a share of GDP in the OECD comparison, and what rank does that give it?"
    )
    assert (q.measure, q.figure_kind) == ("percent", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Wiener Linien haben den ersten Gesamtnetzplan seit fast vierzig Jahren veröffentlicht.",
         ["fast vierzig Jahren"]),
        ("Zuletzt gewannen die Magyaren am 3. Februar vor 77 Jahren mit 8:1 gegen Belgien.",
         ["3. Februar", "77 Jahren"]),
        ("The last comparable map was published 40 years ago.", ["40 years"]),
        ("Die Sitzung dauerte drei Stunden.", []),  # a span of time, not one back from the day
    ],
)  # fmt: skip
def test_a_span_back_from_the_day_dates_what_a_sentence_tells(sentence: str, expected: list[str]) -> None:
    assert [f.text for f in dating(sentence_candidate(sentence, info=figures_of(sentence)))] == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("what minute did welbeck score", "Danny Welbeck (60.) traf zum Tor des Tages.", ["60."]),  # his goal's minute
        ("auf welchem platz landete hirscher", "Hirscher landete auf Platz drei.", ["drei"]),
        ("what rank does austria hold", "Österreich liegt auf Rang sieben, 34 Länder wurden verglichen.", ["sieben"]),
        ("in welcher runde schied er aus", "Er schied in der zweiten Runde aus.", ["zweiten Runde"]),
        ("what minute did welbeck score", "Welbeck traf vor 30.000 Zuschauern.", []),
        ("what minute did arnautovic score", "Danny Welbeck (60.) traf zum Tor des Tages.", []),  # another's goal
        ("auf welchem platz landete hirscher", "Hirscher gewann drei Rennen.", []),
    ],
)  # fmt: skip
def test_a_number_after_the_noun_of_the_order_or_a_bracketed_minute_is_of_the_order(
    question: str, sentence: str, expected: list[str]
) -> None:
    figures = countable(sentence_candidate(sentence, info=figures_of(sentence)), parse_question(question))
    assert [f.text for f in figures] == expected
