"""A figure of another measure than the question asks for answers nothing: a sum of money is not answered by square
metres or soldiers, a length of time not by a count of people, "how often" not by "vor 40 Jahren", a total not by a
rate per minute; SMS are not police reports, profit before tax not profit after it, instructors not soldiers. And the
conditions that ruled right answers out: an age asked in years ("mit wie viel Jahren"), a season's second year, a source
named by a possessive ("nach ihren Schätzungen")."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.actors import named_in
from retrieval.answer.counted import agrees, concept
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import (
    _measure,
    asks_total,
    countable,
    counted_match,
    other_result,
    rates_only,
    season_ends,
    source_match,
    year_match,
)
from retrieval.question import parse_question


def _candidate(text: str) -> Candidate:
    return sentence_candidate(text, info=figures_of(text))


@pytest.mark.parametrize(
    "question",
    [
        "Wie hoch ist der Sachschaden beim Brand im Lager?",
        "How much is Moscow paying Pyongyang for the soldiers?",
        "wie viel zahlt russland für die soldaten",
        "wie hoch sind die faulen kredite bei der bank?",
        "How much damage did the storm cause?",
        "Wie stark sind die Gerichtsgebühren gestiegen?",
        "wie hoch sind die bußgelder für prostituierte, die sich nicht anmelden",  # "-geld" in the plural
        "Wie hoch waren die Fördergelder für das Projekt?",
    ],
)
def test_damage_paying_fees_and_loans_ask_for_money(question: str) -> None:
    assert parse_question(question, default_language="en").measure == "money"


def test_a_count_of_people_still_counts_where_they_pay() -> None:
    assert parse_question("wie viele Menschen zahlen Kirchensteuer", default_language="de").measure == "count"


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("how many loans did the bank grant?", "count"),  # how many of them, not how much
        ("wie viele Strafen wurden verhängt", "count"),
        ("how much were the fines", "money"),
        ("how many euros did it cost", "money"),  # a currency counted is money
    ],
)
def test_how_many_of_a_money_noun_counts_them(question: str, measure: str) -> None:
    assert parse_question(question, default_language="en").measure == measure


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Wie hoch ist laut den Grünen die Nettoersatzrate beim Arbeitslosengeld?", "Nettoersatzrate"),
        ("wie hoch ist laut rechnungshof der jährliche sanierungsbedarf", "sanierungsbedarf"),
        ("Wie hoch sind laut dem Stellvertreter Johann Muster die Kosten für das Projekt?", "Kosten"),
    ],
)
def test_a_source_named_before_the_noun_asked_is_no_part_of_it(question: str, counted: str) -> None:
    assert parse_question(question, default_language="de").counted == counted


@pytest.mark.parametrize(
    "question",
    [
        "Wie hoch ist laut den Grünen die Nettoersatzrate beim Arbeitslosengeld?",
        "Wie hoch ist die Arbeitslosenquote beim Arbeitslosengeld?",
    ],
)
def test_a_share_asked_is_no_sum_for_a_word_of_money_beside_it(question: str) -> None:
    assert parse_question(question, default_language="de").measure is None


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("Wie hoch ist der Sachschaden beim Brand?", "Ermittler waren in einer 700 Quadratmeter großen Halle.", -1.0),
        ("Wie hoch ist der Sachschaden beim Brand?", "Der Schaden beträgt rund 50.000 Euro.", 1.0),
        ("How much is Moscow paying for the soldiers?", "Südkorea: 1500 nordkoreanische Soldaten verlegt", -1.0),
        # an age is no fine: "Bußgelder" ask a sum as "Bußgeld" does
        ("wie hoch sind die bußgelder für prostituierte?", "Prostituierte ab 21 müssen sich einmalig anmelden.", -1.0),
    ],
)
def test_a_sum_of_money_asked_is_not_answered_by_a_count(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="en")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        # "wie viel" before a singular noun or a comparative asks an amount, which a sum of money may be
        ("Wie viel Wiedergutmachung verlangt die Reederei?", "Sie klagt auf 3,5 Millionen Euro.", 0.0),
        ("auf wie viel unterstützung hofft der verein", "Im Gespräch sind 800.000 Euro.", 0.0),
        ("um wie viel billiger ist die Fähre?", "Die Fahrt kostet pro Auto 40 Euro weniger.", 0.0),
        # ... before a plural it is typed for "wie viele" and counts them: a sum is no count of visitors
        ("wie viel Menschen kamen zum Fest?", "Der Eintritt kostete 12 Euro.", -1.0),
        ("Wie viele Schiffe hat die Reederei?", "Sie klagt auf 3,5 Millionen Euro.", -1.0),
    ],
)
def test_how_much_of_a_singular_noun_may_be_a_sum(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="de")
    c = _candidate(sentence)
    assert q.measure == "count"
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("how long are the north korean units meant to stay in russia", "Südkorea: 1500 Soldaten verlegt", -1.0),
        ("Wie lange werden die Rekruten gedrillt?", "Die Ausbildung dauert drei Monate.", 1.0),
        ("how long is the course?", "Sie legten 628 Seemeilen zurück.", 1.0),  # a length the table does not count
        # ... but a verb of taking time asks a time: the target's size is no travel time
        ("how long will the probe need to reach it", "Er hat einen Durchmesser von 30 bis 45 Kilometern.", -1.0),
        ("how long will the probe need to reach it", "Die Sonde braucht noch drei Jahre.", 1.0),
        ("wie oft fahren die Züge?", "Südkorea: 1500 Soldaten verlegt", 0.0),  # how often: a count may answer
    ],
)
def test_how_long_is_not_answered_by_a_count_of_people(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="en")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("wie oft hat sich das album verkauft?", False),  # "vor 40 Jahren" is when, not how often
        ("wie lange ist das her?", True),  # ... but how long ago
        ("vor wie vielen jahren lebte er in berlin?", True),  # ... in German by the years counted back (stop 53)
        ("seit wie vielen jahren lebt er in berlin?", False),  # ... not how long since
        ("How old is the oldest fossil?", True),  # ... and the age of what lived then
    ],
)
def test_a_time_counted_back_from_now_is_no_length_of_time(question: str, kept: bool) -> None:
    q = parse_question(question, default_language="de")
    c = _candidate("Er klingt gesünder als vor 40 Jahren, als er in Berlin lebte.")
    assert bool(countable(c, q)) is kept


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("how many text messages do austrians send?", "In Salzburg wurden 7.477 Anzeigen verzeichnet.", -1.0),
        ("how many text messages do austrians send?", "Sie verschicken rund 200.000 SMS pro Tag.", 1.0),
        ("Wie viele Straftaten wurden angezeigt?", "Es gab 728 Anzeigen.", 1.0),  # reports count crimes
    ],
)
def test_messages_and_reports_are_counted_things(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="en")
    c = _candidate(sentence)
    assert counted_match(concept(q.counted), countable(c, q), set(), sentence) == value


def test_profit_before_interest_and_taxes_is_no_profit_after_tax() -> None:
    sentence = "Der operative Gewinn vor Zinsen, Steuern und Abschreibungen stieg auf 771,2 Mio. Euro."
    assert other_result({"profit"}, "wie hoch war der gewinn nach steuern im jahr 2015?", sentence)
    assert not other_result({"profit"}, "wie hoch war der gewinn im jahr 2015?", sentence)


@pytest.mark.parametrize(
    ("sentence", "rates"),
    [
        ("Ein Anruf kostet 3,64 Euro pro Minute.", True),
        ("Sie erhofft sich eine Senkung um 250 bis 300 Euro je Quadratmeter.", True),
        ("Insgesamt stellte die Behörde eine Rechnung über 396,67 Euro aus.", False),
        ("Ein Anruf kostet 3,64 Euro pro Minute, insgesamt zahlte sie 900 Euro.", False),  # one is a total
    ],
)
def test_a_total_asked_is_not_answered_by_rates(sentence: str, rates: bool) -> None:
    q = parse_question("wie viel hat die frau insgesamt verloren", default_language="de")
    assert asks_total(q.text)
    c = _candidate(sentence)
    assert rates_only(countable(c, q), c) is rates


@pytest.mark.parametrize(
    ("asked", "counted", "value"),
    [
        ("instructors", "Soldat", -1.0),  # one job at a time
        ("police officers", "Soldat", -1.0),
        ("laborers", "Soldat", -1.0),
        ("soldiers", "Teilnehmer", 0.0),  # ... but any of them may take part, live somewhere or die
        ("soldiers", "Tote", 0.0),
        ("Polizisten", "Polizeibeamte", 1.0),
    ],
)
def test_people_of_two_occupations_are_not_the_same_people(asked: str, counted: str, value: float) -> None:
    assert agrees(concept(asked), concept(counted, lemma=True)) == value


@pytest.mark.parametrize(
    ("article", "value"),
    [
        ("Soriano wurde Cup-Schützenkönig. (APA, 19.5.2016)", 0.0),  # the season 2015/16 ended in 2016
        ("Soriano wurde Cup-Schützenkönig in der Saison 2016/17.", -0.5),  # another season
        ("Soriano wurde 2014 Cup-Schützenkönig.", -0.5),
    ],
)
def test_an_article_may_date_a_season_by_the_year_it_ends(article: str, value: float) -> None:
    c = sentence_candidate("Mit zehn Treffern wurde er Cup-Schützenkönig.", lead="")
    times = ["Saison 2015/16"]
    assert season_ends(times) == ["2016"]
    assert year_match(["2015"], c, article, (), season_ends(times)) == value


def test_an_age_asked_in_years_is_answered_by_years() -> None:
    q = parse_question("mit wie viel jahren fangen jugendliche im schnitt zu rauchen an", default_language="de")
    c = _candidate("Im Schnitt beginnen sie mit zwölf Jahren zu rauchen.")
    assert _measure(q, countable(c, q), c) == 1.0


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("ihren Schätzungen", 0.0),  # "die nach ihren Schätzungen bis zu 70 Milliarden Euro": the subject's word
        ("seinen Angaben", 0.0),
        ("meiner Einschätzung", 0.0),  # "meiner Einschätzung nach" in an interview: the speaker's own word
        ("unseren Berechnungen", 0.0),
        ("my view", 0.0),
        ("Die Nationalbank", -1.0),  # another body's word
    ],
)
def test_a_source_named_by_a_possessive_is_nobody_else(source: str, value: float) -> None:
    c = sentence_candidate("Die Kommission schätzt die Steuervermeidung auf bis zu 70 Milliarden Euro.", source=source)
    assert source_match("EU-Kommission", c) == value


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Schon mit 21 saß er 2000 im Gemeinderat seiner Heimatstadt Weiz.", ["21"]),
        ("At 93 he still went to work.", ["93"]),
        ("Mit 300 Mitarbeitern ist es der größte Betrieb.", []),  # a count with its noun
        ("Er kam mit 500 nach Hause.", []),  # no age of a person
    ],
)
def test_a_bare_number_after_mit_is_an_age(sentence: str, ages: list[str]) -> None:
    q = parse_question("wie alt war schickhofer als er in den gemeinderat kam", default_language="de")
    c = _candidate(sentence)
    assert [f.text for f in countable(c, q)] == ages


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Schon mit 21 saß er 2000 im Gemeinderat seiner Heimatstadt Weiz.", None),  # where he sat, not a source
        ("Der Nationalrat hat 123 Gesetze beschlossen.", "Nationalrat"),
    ],
)
def test_a_body_where_something_happens_gives_no_figure(sentence: str, actor: str | None) -> None:
    assert named_in(sentence, 0, []) == actor
