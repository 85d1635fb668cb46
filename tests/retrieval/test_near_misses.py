"""Near misses that the corpus does not answer: the conditions a question sets that no sentence meets."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, figures_of, sentence_candidate

from retrieval.answer.answerer import Answerer, names_event, names_subject
from retrieval.answer.evidence import Pool
from retrieval.answer.features import (
    NAMES,
    asked_period,
    asks_losses,
    asks_outcome,
    countable,
    demands,
    event_match,
    origin_match,
    other_result,
    per_period,
    results_named,
    source_match,
    terms,
    unnamed_articles,
)
from retrieval.answer.occasion import exact_date, says_when, says_where
from retrieval.constraints import of_another_country
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many North Korean troops have been deployed to the Kursk region?", "Kursk"),
        ("Wie viele Soldaten sind in der Region Kursk stationiert?", "Kursk"),
        ("is iran sending soldiers to russia too?", "iran"),
    ],
)
def test_a_named_area_or_a_country_anywhere_in_the_question_is_a_place(question: str, place: str) -> None:
    assert place in parse_question(question).places


@pytest.mark.parametrize(
    "question", ["how many turkeys were sold for thanksgiving?", "what is the border region worth?"]
)
def test_a_noun_spelt_like_a_place_or_an_area_without_a_name_is_none(question: str) -> None:
    assert parse_question(question).places == []


def test_a_question_how_old_is_answered_by_ages_alone() -> None:
    q = parse_question("wie alt sind die nordkoreanischen soldaten so?")
    counted = "Nordkorea will insgesamt 10.000 Soldaten nach Russland schicken."
    aged = "Die Soldaten sind zwischen 18 und 25 Jahre alt."
    assert countable(sentence_candidate(counted, info=figures_of(counted)), q) == []
    assert [f.kind for f in countable(sentence_candidate(aged, info=figures_of(aged)), q)] == ["age"]


@pytest.mark.parametrize(
    ("question", "losses"),
    [
        ("How many soldiers has Russia lost at the front?", True),
        ("Wie viele Soldaten hat Russland bisher verloren?", True),
        ("wie viele abgeordnete der opposition verlieren jetzt ihre immunität", False),  # what they lose is theirs
        ("How many workers lost their jobs?", False),
        ("How many soldiers has North Korea sent?", False),
    ],
)
def test_people_a_side_has_lost_are_its_losses(question: str, losses: bool) -> None:
    assert (asks_losses(parse_question(question)) == {"losses"}) is losses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nordkorea hat 10.000 Soldaten nach Russland geschickt.", -1.0),  # sent, not lost
        ("Russland hat bisher Verluste von 600.000 Soldaten erlitten.", 1.0),
        ("Mehr als 300 nordkoreanische Soldaten wurden getötet.", 1.0),
    ],
)
def test_a_question_about_losses_needs_a_sentence_that_reports_them(sentence: str, expected: float) -> None:
    assert event_match({"losses"}, sentence_candidate(sentence)) == expected


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Wie viele nordkoreanische Soldaten hat die Nato nach eigenen Angaben bestätigt?", "Nato"),
        ("Wie viele Tote hat die Polizei bisher gemeldet?", "Polizei"),
        ("How many troops has NATO confirmed?", "NATO"),
        ("wie viele stellen hat der konzern gestrichen", None),  # cutting jobs is not giving a figure
        ("Was kostet die Studie, und wer nennt die Zahl?", None),  # who gives it is asked: "die Zahl" is the object
        # two sources, each asked about: neither is the condition
        ("How many civilians died, according to the Kurdish party and according to Ankara?", None),
    ],
)
def test_the_subject_of_a_perfect_that_gives_a_figure_is_its_source(question: str, source: str | None) -> None:
    assert parse_question(question).source == source


def test_the_source_of_the_sentence_before_does_not_carry_over_to_a_sentence_with_its_own() -> None:
    before = SentenceInfo(source="Nato-Generalsekretär Mark Rutte")
    own = sentence_candidate("Die Berichte über die Entsendung von 1500 Soldaten haben Besorgnis ausgelöst.", index=1)
    own = replace(own, source="Berichte", previous_info=before)
    bare = replace(sentence_candidate("Es seien 1500 Soldaten.", index=1), previous_info=before)
    assert source_match("Nato", own) == -1.0
    assert source_match("Nato", bare) == 1.0


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("wie viel schmerzengeld bekommt die frau?", True),
        ("wie viele unterstützungserklärungen hat die liste schon beisammen?", True),
        ("how much prize money did thiem get for winning acapulco?", True),
        ("how many racist attacks got reported in germany last year", False),  # a passive
        ("Wie viele Unterschriften braucht die Liste, und wie viele hat sie beisammen?", False),  # asks the need too
    ],
)
def test_a_question_may_ask_what_someone_got(question: str, outcome: bool) -> None:
    assert asks_outcome(question) is outcome


@pytest.mark.parametrize(
    ("sentence", "demand"),
    [
        ("Die Anwältin, die für ihre Mandantin 11.200 Euro Schmerzengeld fordert, ist überzeugt.", True),
        ("Für einen Antritt müssen je 50 Unterschriften gesammelt werden.", True),
        ("Um auf den Stimmzettel zu kommen, braucht man 100 Unterstützungserklärungen.", True),
        ("Sie forderte 20.000 Euro, erhielt aber nur 5.000 Euro.", False),
        ("Dem Opfer wurden 3.000 Euro Schmerzengeld zugesprochen.", False),
    ],
)
def test_a_demand_or_a_requirement_is_not_what_was_got(sentence: str, demand: bool) -> None:
    assert demands(sentence) is demand


def test_a_country_s_own_soldiers_are_of_the_country_that_sends_them() -> None:
    q = parse_question("Wie viele eigene Soldaten will Südkorea als Reaktion in die Ukraine entsenden?")
    assert (q.origin, q.places) == ("Südkorea", ["Ukraine"])


@pytest.mark.parametrize(
    ("origin", "figure", "other"),
    [
        ("Südkorea", "1500 nordkoreanischen Soldaten", True),  # the longest adjective: not "koreanisch"
        ("Nordkorea", "1500 nordkoreanischen Soldaten", False),
        ("North Korea", "1500 nordkoreanische Soldaten", False),
        ("Südkorea", "1500 Soldaten", False),  # no nationality: the figure does not say whose
    ],
)
def test_a_figure_that_names_another_nationality_counts_another_country_s(
    origin: str, figure: str, other: bool
) -> None:
    assert of_another_country(origin, figure) is other


def test_a_country_s_own_are_counted_only_where_the_sentence_names_it() -> None:
    text = "Die Agentur berichtete, dass Pjöngjang 12.000 Soldaten entsenden wolle."
    c = sentence_candidate(text, title="Südkorea reagiert", info=figures_of(text))
    assert origin_match("Südkorea", c) == 0.0
    assert origin_match("Südkorea", c, own=True) == -1.0
    named = "Südkorea will 500 eigene Soldaten entsenden."
    assert origin_match("Südkorea", sentence_candidate(named, info=figures_of(named)), own=True) == 0.0


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        ("Verbündete hätten die Stationierung bestätigt, erklärte die Sprecherin am Mittwoch in Brüssel.", True),
        ("Die Soldaten werden derzeit im Osten Russlands trainiert.", True),
        ("Das sagte Pistorius bei einer gemeinsamen Pressekonferenz mit seinem britischen Kollegen.", False),
        ("Die Sprecherin äußerte sich am Mittwoch.", False),  # a time is no place
    ],
)
def test_a_where_question_is_answered_by_a_sentence_that_names_a_place(sentence: str, where: bool) -> None:
    assert says_where(sentence_candidate(sentence)) is where


def test_a_where_or_when_question_is_answered_by_a_sentence_about_its_subject() -> None:
    q = parse_question("Where did Pistorius and his British counterpart hold their joint press conference?")
    assert names_subject(q, sentence_candidate("Das sagte Pistorius in Berlin."))
    assert not names_subject(q, sentence_candidate("Das erklärte die Nato-Sprecherin in Brüssel."))
    q = parse_question("when did the first north korean troops actually get to russia?")
    assert names_subject(q, sentence_candidate("Die ersten nordkoreanischen Soldaten kamen im Oktober an."))
    assert not names_subject(q, sentence_candidate("Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär."))


def test_a_german_where_or_when_question_is_answered_by_a_sentence_naming_the_event_it_asks_about() -> None:
    q = parse_question("Wann haben Russland und Nordkorea ihr Militärabkommen unterzeichnet?")
    assert not names_event(q, sentence_candidate("Russland und Nordkorea haben im Juni ihre Beziehungen verstärkt."))
    assert names_event(q, sentence_candidate("Russland und Nordkorea unterzeichneten im Juni ein Abkommen."))
    before = "Seoul hat den russischen Botschafter einbestellt."
    q = parse_question("An welchem Tag hat Seoul den russischen Botschafter einbestellt?")
    assert names_event(q, sentence_candidate("Das geschah am Montag.", before=before))  # named just before
    assert not names_event(q, sentence_candidate("Seoul meldete am Montag neue Zahlen."))
    # an English question's words are not the article's: it asks nothing of the sentence
    q = parse_question("When did Russia and North Korea sign their military pact?")
    assert names_event(q, sentence_candidate("Russland und Nordkorea haben im Juni ihre Beziehungen verstärkt."))


def test_a_compound_names_its_event_by_its_head_and_a_preposition_names_none() -> None:
    # "militärischen Beziehungen" shares "Militär" with "Militärabkommen" but names no pact; "zwischen" is no event
    q = parse_question("Wann wurde das Militärabkommen zwischen Russland und Nordkorea unterzeichnet?")
    assert "zwischen" not in q.focus
    ties = "Moskau und Pjöngjang haben in den vergangenen Jahren ihre militärischen Beziehungen verstärkt."
    assert not names_event(q, sentence_candidate(ties))
    assert names_event(q, sentence_candidate("Im Juni schlossen beide Länder ein Abkommen."))
    q = parse_question("Wann trifft sich der Nordatlantikrat?")  # "rat" is too short a head to tell: the whole word
    assert not names_event(q, sentence_candidate("Der Rat tagt am Montag."))
    assert names_event(q, sentence_candidate("Der Nordatlantikrat tagt am Montag."))


def test_a_question_for_the_exact_date_is_answered_by_a_date_alone() -> None:
    assert exact_date("when did the troops get to russia? exact date pls")
    assert exact_date("An welchem Tag hat Seoul den Botschafter einbestellt?")
    assert not exact_date("so when did the eu come into existence?")
    weekday = "Rutte warnte am Montag vor einer Eskalation."
    dated = "Am 12. Oktober kamen die ersten Soldaten an."
    assert says_when(sentence_candidate(weekday))
    assert not says_when(sentence_candidate(weekday), exact=True)
    assert says_when(sentence_candidate(dated, info=figures_of(dated)), exact=True)


def test_so_far_dates_nothing() -> None:
    # "bislang", "bisher": up to now, whenever that is; "zuletzt" and "seit" still date ("seit Oktober")
    assert not says_when(sentence_candidate("Es gebe bislang nur wenige Informationen, sagte Pistorius."))
    assert not says_when(sentence_candidate("Bisher hat niemand die Zahl bestätigt."))
    assert says_when(sentence_candidate("Rutte ist seit Oktober Generalsekretär."))


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("wie viel würde es klosterneuburg pro jahr mehr kosten, statutarstadt zu werden?", "jahr"),
        ("How much does Wiener Neustadt need to consolidate its budget by each year?", "jahr"),
        ("Per day, how many people does the interior ministry count applying for asylum?", "tag"),
        ("how much higher is it than a year ago?", None),
        ("Wie viel kostet die Machbarkeitsstudie?", None),
    ],
)
def test_a_question_may_ask_a_figure_per_period(question: str, period: str | None) -> None:
    assert asked_period(question) == period


@pytest.mark.parametrize(
    ("sentence", "period", "rate"),
    [
        ("Der RH hatte den Sanierungsbedarf mit 15,5 Millionen Euro pro Jahr beziffert.", "jahr", True),
        ("Dieser Tage zählt das Innenministerium pro Tag 300 bis 450 Asylanträge.", "tag", True),
        ("Die Einfuhrzölle beliefen sich auf jährlich neun Milliarden Pfund.", "jahr", True),
        ("Die Machbarkeitsstudie kostet rund 50.000 Euro.", "jahr", False),  # a sum, not a rate
        ("Im Jahr 2015 kostete der Umbau fünf Millionen Euro.", "jahr", False),  # a date, not a rate
    ],
)
def test_a_figure_per_period_needs_a_sentence_that_gives_a_rate(sentence: str, period: str, rate: bool) -> None:
    assert per_period(sentence, period) is rate


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("wie viele tatverdächtige wurden in villingen-schwenningen festgenommen?", ["villingen-schwenningen"]),
        ("Wie viele Menschen leben in Sindelfingen?", ["Sindelfingen"]),
        ("wie viele leute waren im APA-Interview", []),  # a compound noun, no town
        ("Wie viele Menschen sind in Ordnung?", []),
    ],
)
def test_a_german_town_is_known_by_the_ending_of_its_name(question: str, places: list[str]) -> None:
    assert parse_question(question).places == places


def _row(**values: float) -> list[float]:
    return [values.get(name, 0.0) for name in NAMES]


def test_once_the_article_on_the_topic_is_ruled_out_one_off_the_topic_does_not_answer() -> None:
    q = parse_question("Welcher Anteil der Österreicher würde sich ein fahrerloses Auto kaufen, in Prozent?")
    on_text, off_text = "37 Prozent würden ein autonomes Auto kaufen.", "73 Prozent der Österreicher sind dafür."
    on = replace(sentence_candidate(on_text, info=figures_of(on_text)), doc_id="on")
    off = replace(sentence_candidate(off_text, info=figures_of(off_text)), doc_id="off")
    pool = Pool(
        q, [on, off], None, {"on": OneSentenceLibrary().article("on"), "off": OneSentenceLibrary().article("off")}
    )
    answerer = Answerer(OneSentenceLibrary(), listing=None)  # type: ignore[arg-type]
    p = np.array([1.0, 0.99])
    ruled_out = _row(place=-0.5)  # the survey counts Germans
    assert answerer.select(q, pool, [ruled_out, _row(missing_rare=0.72)], p) == []
    listed = answerer.select(q, pool, [ruled_out, _row(missing_rare=0.0)], p)
    assert [item.candidate.doc_id for item in listed] == ["off"]  # an article with every rare word may answer
    listed = answerer.select(q, pool, [_row(), _row(missing_rare=0.72)], p)
    assert [item.candidate.doc_id for item in listed][:1] == ["on"]


def test_an_article_must_name_each_of_the_names_asked_about_in_different_roles() -> None:
    articles = {
        "pammer": Article(id="pammer", title="Wahlkampf", text="Henrike Haslauer spendete Ludwig Pammer 100.000 Euro."),
        "lahn": Article(id="lahn", title="Wahlkampf", text="Konrad von der Lahn hat 30.000 Euro Spenden."),
    }
    frequency = {"henrike": 1, "haslauer": 1, "lahn": 1, "pammer": 1}
    for question, unnamed in [
        ("wie viel geld hat henrike haslauer dem von der lahn gespendet", {"pammer", "lahn"}),
        ("wie viel geld haben henrike haslauer und von der lahn gespendet", set()),  # listed: one article each
    ]:
        q = parse_question(question)
        qt = terms(q, lambda ws: {w: frequency.get(w, 0) for w in ws}, 100)
        assert unnamed_articles(q, qt, Pool(q, [], None, articles)) == unnamed


def test_what_one_is_obliged_to_pay_is_what_the_other_gets() -> None:
    assert not demands("Der Angeklagte muss der Frau 3.000 Euro Schmerzengeld zahlen.")
    assert demands("Die Anwältin fordert, dass der Angeklagte 11.200 Euro zahlen muss.")


@pytest.mark.parametrize(
    "question", ["Wie viele Menschen waren in der Innenstadt?", "Wie viele leben in der Hauptstadt?"]
)
def test_a_noun_with_an_article_after_in_is_no_town(question: str) -> None:
    assert parse_question(question).places == []


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        (
            "wie hoch war der gewinn der vig?",
            "In Summe erzielte die VIG ein Prämienvolumen von über 9 Mrd. Euro.",
            True,
        ),
        ("wie hoch war der gewinn der vig?", "Die Dividende wird von 1,40 Euro auf 60 Cent gekürzt.", True),
        ("wie hoch war der gewinn nach steuern?", "Das Ergebnis vor Steuern (EGT) sank auf rund 172 Mio. Euro.", True),
        ("wie hoch war der gewinn nach steuern?", "Der Gewinn nach Steuern sank auf 100 Mio. Euro.", False),
        ("wie hoch war der gewinn?", "Bei einem Umsatz von 2 Mrd. Euro blieb ein Gewinn von 80 Mio. Euro.", False),
        (
            "what revenue does the company make in india?",
            "Dort machen wir heute fast 100 Millionen Euro Umsatz.",
            False,
        ),
        ("what would brexit cost britain?", "Die Einfuhrzölle beliefen sich auf neun Milliarden Pfund.", False),
        (  # a bank's market value is not its bad loans
            "wie hoch sind die faulen kredite bei der bank?",
            "Die Bank ist heute mit zwei Milliarden Euro weniger als die Hälfte ihrer Kapitalisierung wert.",
            True,
        ),
        ("how much bad debt do the banks hold?", "Die Banken halten Problemkredite von 200 Milliarden Euro.", False),
    ],
)
def test_a_company_result_is_not_another_one(question: str, sentence: str, other: bool) -> None:
    assert other_result(results_named(question), question, sentence) is other


def test_a_sentence_opening_on_a_pronoun_is_about_what_the_one_before_names() -> None:
    q = parse_question("Where did Pistorius and his British counterpart hold their joint press conference?")
    before = "Pistorius und sein britischer Kollege gaben eine Pressekonferenz."
    assert names_subject(q, sentence_candidate("Sie fand am Montag in Berlin statt.", before=before))
    assert not names_subject(q, sentence_candidate("Das erklärte die Nato-Sprecherin in Brüssel.", before="X."))
    assert not names_subject(q, sentence_candidate("Die Sprecherin erklärte in Brüssel.", before=before))
