"""Further claims of a figure answer keep the year of the first claim, or the one the question asks
(``retrieval/answer/years.py``): the count of an earlier year is no answer beside this year's."""

from __future__ import annotations

from pathlib import Path

from conftest import figure_claim, one_article_bot

from retrieval.answer.years import other_year, other_years_dropped, years_of
from retrieval.models import Article
from retrieval.question import parse_question

ARTICLE = Article(
    id="d",
    title="Mehr Wölfe im Land",
    text="Im Jahr 2016 wurden mehr Wölfe gezählt als 2012. Die Zählung läuft seit 2009.",
)
ARTICLES = {"d": ARTICLE}


NOW = figure_claim("Laut der am Dienstag vorgelegten Zählung der Jägerschaft leben 48 Wölfe im Land.", 1)
BACK_THEN = figure_claim("Eine erste Zählung kam 2012 auf 19 Tiere.", 2)
LAST_YEAR = figure_claim("Im Vorjahr waren es nach Angaben der Jägerschaft 41 Wölfe gewesen.", 3)
MORE_NOW = figure_claim("Davon leben 30 Wölfe in den Wäldern des Nordens.", 4)
SINCE = figure_claim("Seit 2009 wurden insgesamt 112 Wölfe besendert.", 5)
THIS_YEAR = figure_claim("Im Jahr 2016 kamen 12 Welpen zur Welt.", 6)


def test_years_are_read_as_numbers_and_relative_to_the_present() -> None:
    assert years_of("Im Jahr 2013 waren es weniger, im Vorjahr mehr.") == ({2013}, {1})
    assert years_of("Heuer werden es 3.000 Euro, nächstes Jahr 2.017 Euro.") == (set(), {0, -1})
    assert years_of("Die Zählung läuft seit 2009 und bis 2020.") == (set(), set())
    # a span of years and a year compared with tell of no year of their own
    assert years_of("Zwischen 1971 und 2000 fiel im Schnitt weniger Schnee.") == (set(), set())
    assert years_of("Der Absatz lag mit 3,2 Millionen Stück um 4 Prozent über dem Wert von 2013.") == (set(), set())
    assert years_of("Es waren 12 Prozent mehr als im Vergleichszeitraum 2014.") == (set(), set())


def test_a_year_compared_with_behind_a_noun_phrase_is_no_year_of_its_own() -> None:
    # after a preposition or a particle of comparison (as the tagger reads it), a noun phrase, then the year
    assert years_of("Der Anstieg um 1,6 Prozent gegenüber dem ersten Quartal 2015 ist ein unbereinigter Wert.") == (
        set(),
        set(),
    )
    assert years_of("Er gewann mit ähnlich starkem Ergebnis wie Rudolf Kirchschläger 1980 mit 79 Prozent.") == (
        set(),
        set(),
    )
    assert years_of("Im Jahr 2016 wurden 300 Wölfe mehr gezählt als im ersten Halbjahr 2015.") == ({2016}, set())
    # "als" and "wie" as conjunctions open a clause of their own time
    assert years_of("Es waren 50 Prozent, als sich Heinz Fischer 2010 der Wiederwahl stellte.") == ({2010}, set())
    assert years_of("Es kamen 300 Wölfe, wie die Jägerschaft 2015 mitteilte.") == ({2015}, set())
    question = parse_question("Wie viele Wölfe wurden 2016 gezählt?")
    compared = figure_claim("Das sind 30 Wölfe mehr als im Rekordjahr 2012 gezählt wurden.", 9)
    assert other_years_dropped(question, [THIS_YEAR, compared, BACK_THEN], ARTICLES) == [THIS_YEAR, compared]


def test_a_span_from_a_year_told_relative_to_the_present_is_no_year_of_its_own() -> None:
    # counted from last year up to now: a figure of the present, not of the year gone by
    assert years_of("Seit dem Start im Mai vergangenen Jahres wurden 310 Luchse gesichtet.") == (set(), set())
    assert years_of("Since last year the park has counted 40 more lynxes.") == (set(), set())
    assert years_of("Seit dem Vorjahr ist der Bestand gewachsen, im Vorjahr waren es 41.") == (set(), {1})
    question = parse_question("Wie viele Wölfe leben im Land, laut wem?")
    since_last_year = figure_claim("Seit Beginn der Zählung im Herbst vergangenen Jahres kamen 17 Wölfe dazu.", 7)
    assert other_years_dropped(question, [NOW, since_last_year, LAST_YEAR], ARTICLES) == [NOW, since_last_year]


def test_recent_or_coming_years_in_the_plural_are_no_year_told_relative_to_the_present() -> None:
    # "in den vergangenen Jahren" is recent years, not last year: a count of the present beside it stays
    assert years_of("Zum Protest, einem der größten in den vergangenen Jahren, kamen 900 Jäger.") == (set(), set())
    assert years_of("Die letzten Jahre brachten 20 Rudel.") == (set(), set())
    assert years_of("In den nächsten Jahren sollen 60 Wölfe besendert werden.") == (set(), set())
    assert years_of("Im vergangenen Jahr kamen 900 Jäger, im nächsten Jahr 950.") == (set(), {1, -1})
    question = parse_question("Wie viele Jäger haben gegen die Wolfsverordnung protestiert?")
    recent = figure_claim("Zum Protest, einem der größten in den vergangenen Jahren, kamen 900 Jäger.", 8)
    assert other_years_dropped(question, [NOW, recent], ARTICLES) == [NOW, recent]


def test_further_claims_of_a_year_gone_by_are_dropped_beside_the_present() -> None:
    question = parse_question("Wie viele Wölfe leben im Land, laut wem?")
    listed = [NOW, BACK_THEN, LAST_YEAR, MORE_NOW, SINCE, THIS_YEAR]
    assert other_years_dropped(question, listed, ARTICLES) == [NOW, MORE_NOW, SINCE, THIS_YEAR]


def test_further_claims_of_another_year_than_the_one_asked_are_dropped() -> None:
    question = parse_question("Wie viele Wölfe wurden 2012 gezählt?")
    assert other_years_dropped(question, [BACK_THEN, THIS_YEAR, MORE_NOW], ARTICLES) == [BACK_THEN, MORE_NOW]
    # the first claim's year stands for the asked one where the question names none
    question = parse_question("Wie viele Welpen gab es?")
    assert other_years_dropped(question, [THIS_YEAR, BACK_THEN, MORE_NOW], ARTICLES) == [THIS_YEAR, MORE_NOW]


def test_a_relative_year_beside_a_number_is_left_alone() -> None:
    # "im Vorjahr" may be the year asked: the article's date would tell, and it is often unknown
    assert not other_year(({2015}, set()), (set(), {1}), 2016)
    assert not other_year((set(), {1}), ({2015}, set()), 2016)
    question = parse_question("Wie viele Wölfe wurden 2015 gezählt?")
    assert other_years_dropped(question, [BACK_THEN, LAST_YEAR], ARTICLES) == [BACK_THEN, LAST_YEAR]


def test_a_year_just_before_the_last_the_article_names_is_not_gone_by() -> None:
    # the last year an article names may be a plan ahead, or the report was written early in the next year
    assert not other_year((set(), set()), ({2015}, set()), 2016)
    assert other_year((set(), set()), ({2014}, set()), 2016)


def test_other_kinds_and_single_claims_are_left_alone() -> None:
    who = parse_question("Wer hat die Wölfe gezählt?")
    assert other_years_dropped(who, [NOW, BACK_THEN], ARTICLES) == [NOW, BACK_THEN]
    question = parse_question("Wie viele Wölfe leben im Land?")
    assert other_years_dropped(question, [BACK_THEN], ARTICLES) == [BACK_THEN]


def test_an_answer_lists_no_count_of_an_earlier_year_beside_this_years(tmp_path: Path) -> None:
    text = (
        "Wölfe im Waldviertel\nIm Waldviertel leben derzeit 48 Wölfe, teilte die Jägerschaft am Dienstag mit. "
        "Davon leben 30 Wölfe im Norden des Waldviertels, sagte ein Sprecher der Jägerschaft. "
        "Im Jahr 2012 lebten im Waldviertel laut Jägerschaft erst 19 Wölfe. Die Zählung findet jedes Jahr statt, "
        "zuletzt 2016."
    )
    with one_article_bot(tmp_path, "w", text) as bot:
        bot.answerer.listing = None  # every claim the first stage chooses
        answer = bot.answer("Wie viele Wölfe leben im Waldviertel, laut wem?")
    quotes = [c.quote for c in answer.claims]
    assert answer.found and any("48 Wölfe" in q for q in quotes)
    assert not any("19 Wölfe" in q for q in quotes)
