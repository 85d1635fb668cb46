"""A figure that counts something else does not answer, also where the table of counted things does not know the
noun asked about: a count of another noun the question names ("wie viele Messer … bei den Flüchtlingen": "7.300
Flüchtlinge"), people at large where nothing near names the noun asked about ("wie viele Hochzeitsgäste": "drei
Menschen verletzt"); a length asked ("wie lang war die Schlange") by no count of feet, years counted ("zu wie vielen
Jahren wurde er verurteilt") by no count of tax advisers, one man's age by no other man's ("wie alt ist Jonas E.":
"der 23-jährige Hasan E.")."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval import constraints
from retrieval.answer.counted import agrees, concept, names_noun, noun_lemma, other_nouns, same_noun
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import (
    _dimension_asked,
    _measure,
    aged_state,
    aged_whom,
    asks_each,
    countable,
    distributes,
    in_time_unit,
    names_other,
    noun_counted,
    time_unit,
)
from retrieval.models import Question
from retrieval.question import parse_question
from retrieval.question.amounts import asks_length


def _candidate(text: str, before: str = "") -> Candidate:
    return sentence_candidate(text, before=before, info=figures_of(text))


def _noun_counted(question: str, sentence: str, title: str = "T") -> float:
    q = parse_question(question, default_language="de")
    assert q.counted is not None and concept(q.counted) is None  # a noun the table does not know
    c = _candidate(sentence)
    lemma = noun_lemma(q.counted.split()[-1]) if q.language == "de" else None
    other = other_nouns(q.focus, q.counted, q.language)
    return noun_counted(lemma, other, countable(c, q), f"{title} {c.context}")


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        # the figure counts another noun the question names, in German or by the table's concept in English
        (
            "wie viele messer und scheren hat die polizei bei den flüchtlingen beschlagnahmt",
            "In Kroatien kamen mehr als 7.300 Flüchtlinge an.",
            -1.0,
        ),
        # ... not where it counts the noun asked about, or something the question does not name
        (
            "wie viele messer und scheren hat die polizei bei den flüchtlingen beschlagnahmt",
            "Die Polizei stellte bei 300 Flüchtlingen 50 Messer sicher.",
            0.0,
        ),
        ("wie viele nordkoreaner sollen bis dezember nach russland kommen", "Es sollen 10.000 Soldaten sein.", 0.0),
    ],
)
def test_a_count_of_another_noun_the_question_names_does_not_answer(question: str, sentence: str, value: float) -> None:
    assert _noun_counted(question, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "title", "value"),
    [
        ("In Essen sind drei Menschen verletzt worden.", "Explosion in Gebetshaus", -1.0),
        ("Zwei Menschen aus der Hochzeitsgesellschaft wurden verletzt.", "Explosion", -1.0),
        ("Rund 200 Menschen waren als Gäste geladen.", "Explosion", 0.0),  # the head of the compound: "Gäste"
        ("Rund 200 Menschen feierten.", "Hochzeitsgäste in Angst", 0.0),  # named in the headline
    ],
)
def test_people_at_large_answer_only_where_the_asked_noun_is_named(sentence: str, title: str, value: float) -> None:
    assert _noun_counted("wie viele hochzeitsgäste waren noch im gebäude", sentence, title) == value


def test_people_at_large_are_still_the_syrians_the_sentence_names() -> None:
    sentence = "Die Zahl der Syrer im Land verdreifachte sich auf 33.061 Personen."
    assert _noun_counted("wie viele syrer leben in österreich", sentence) == 0.0


def test_nouns_by_their_lemmas_and_compound_heads() -> None:
    assert noun_lemma("hochzeitsgäste") == "hochzeitsgast"
    assert same_noun("gast", "hochzeitsgast")
    assert not same_noun("tor", "motor")  # too short to be a compound's head
    assert names_noun("hochzeitsgast", "Die Gäste flohen.")
    assert not names_noun("hochzeitsgast", "Die Hochzeitsfeier fand statt.")


def test_women_of_a_group_are_the_group() -> None:
    assert concept("Zuseherinnen") == concept("Zuseher")
    assert concept("zuseherinnen") is not None
    assert concept("Termin") is None and concept("Medizin") is None  # no "-in" of a person


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("Wie lang war die vierbeinige Urschlange?", "Missing Link mit vier Füßen entdeckt.", -1.0),
        ("Wie lang war die vierbeinige Urschlange?", "Das Tier war nur 20 Zentimeter lang.", 1.0),
        ("wie lang ist die Strecke?", "Sie legten 628 Seemeilen zurück.", 1.0),
    ],
)
def test_a_length_asked_is_no_count_of_things(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="de")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        # a weight asked: not a size, nor a head count
        ("wie schwer ist der Polster?", "Der Polster ist 80 Zentimeter groß und 55 Zentimeter breit.", -1.0),
        ("wie schwer waren die Frachter?", "Der Verband hatte ein Gewicht von 980 Tonnen.", 1.0),
        ("how heavy is the dog?", "Ein 30 kg schwerer Hund lief davon.", 1.0),  # an abbreviation after the number
        # a distance: by its adjective or by the unit it counts
        ("how tall is the suspect?", "Er ist etwa 1,70 Meter groß.", 1.0),
        ("how tall is the suspect?", "Zwei Zeugen meldeten sich bei der Polizei.", -1.0),
        ("how many kilometres does the bus cover?", "Durch 15 Länder geht die Fahrt.", -1.0),
        ("how many kilometres does the bus cover?", "Die Fahrt ist 4.000 Kilometer lang.", 1.0),
        # a speed
        ("wie schnell fuhr der Zug?", "Der Zug erreichte 187 Stundenkilometer.", 1.0),
        ("wie schnell fuhr der Zug?", "Der Zug hatte 300 Fahrgäste.", -1.0),
    ],
)
def test_a_physical_dimension_asked_needs_a_figure_in_its_units(question: str, sentence: str, value: float) -> None:
    q = parse_question(question)
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("wie schwer war der frachter", "weight"),
        ("wie weit ist es bis zur grenze", "distance"),
        ("how fast did the sled go", "speed"),
        ("what's the top speed of the f-22 raptor", "speed"),  # the noun after a word that asks it (stop 51)
        ("what speed did the test sled reach", "speed"),
        ("wie hoch ist die Höchstgeschwindigkeit des Zugs", "speed"),
        ("how many speed cameras are there", None),  # a thing named by the noun, no speed asked
        ("wie viele tonnen essen landen im müll", "weight"),
        # news asks "wie hoch", "how big" and "how long" of sums and times as often as of sizes: no dimension
        ("wie hoch ist der Schaden?", None),
        ("how big was the fine?", None),
        ("how long was she banned?", None),
        ("how tall and how heavy is he?", None),  # two dimensions: none is the condition
    ],
)
def test_the_dimension_a_question_asks(question: str, dimension: str | None) -> None:
    assert _dimension_asked(parse_question(question)) == dimension


@pytest.mark.parametrize(
    ("question", "length"),
    [
        ("Wie lang war die Urschlange?", True),
        ("wie lange dauert der Kurs?", False),  # the adverb: a time
        ("wie lang hat das gedauert?", False),  # chat's adverb, by its verb
        ("how long is the course?", False),  # English says either
    ],
)
def test_german_wie_lang_asks_a_length(question: str, length: bool) -> None:
    assert asks_length(question) is length


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("zu wie viel jahren wurde mantler verurteilt", "Auch zwei Steuerberater standen vor Gericht.", -1.0),
        ("zu wie viel jahren wurde mantler verurteilt", "Er wurde zu drei Jahren Haft verurteilt.", 1.0),
        # days served are no years of the sentence; the unit counted after "zu wie vielen" is read (stop 51)
        ("zu wie vielen jahren haft wurden sie verurteilt", "Sie kamen nach 400 Tagen Haft frei.", -1.0),
        ("nach wie vielen tagen kam er frei", "Er kam nach 400 Tagen Haft frei.", 1.0),
        ("how many hot days does vienna get a year", "Es gab rund 9,6 Hitzetage.", 1.0),
    ],
)
def test_years_counted_are_no_count_of_people(question: str, sentence: str, value: float) -> None:
    q = parse_question(question, default_language="de")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


def test_the_time_unit_counted_singles_a_figure_out() -> None:
    q = parse_question("how many yrs did that us student get in north korea", default_language="en")
    assert time_unit(q.counted) == "jahr" and time_unit("Stunden") == "stunde"
    c = _candidate("Ein US-Student ist zu 15 Jahren Arbeitslager verurteilt worden.")
    assert in_time_unit(q, countable(c, q))
    other = _candidate("Warmbier ist einer von insgesamt drei festgehaltenen Nordamerikanern.")
    assert not in_time_unit(q, countable(other, q))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Der 23-jährige Hasan E. von der Nationalgarde habe das geplant.", -1.0),
        ("Der 20-jährige Jonas E. ist geständig.", 0.0),  # his own: nothing against it
    ],
)
def test_the_age_of_a_named_person_is_not_another_ones(sentence: str, value: float) -> None:
    q = parse_question("Wie alt ist Jonas E., der Cousin des US-Soldaten Hasan E.?", default_language="de")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In Berlin ist ein 31-Jähriger getötet worden.", -1.0),  # the dead man's age (dev103-053, stop 54)
        ("Ein 31-Jähriger wurde schwer verletzt.", 0.0),  # one of the injured: nothing against it
        ("Ein 31-Jähriger aus Wedding war am Tatort.", 0.0),  # a clause that tells no state says nothing
    ],
)
def test_the_age_of_one_in_another_state_is_not_the_injureds(sentence: str, value: float) -> None:
    q = parse_question("wie alt waren die drei schwerverletzten beim angriff in berlin-wedding", default_language="de")
    c = _candidate(sentence)
    assert _measure(q, countable(c, q), c) == value


def test_whose_state_an_age_question_names() -> None:
    assert aged_state("wie alt waren die drei schwerverletzten beim angriff") == {"injured"}
    assert aged_state("how old were the dead") == {"dead"}
    assert aged_state("Wie alt war der Muslim, der vom Mob zu Tode geprügelt wurde?") == set()  # after the comma


def test_whose_age_is_asked() -> None:
    assert aged_whom("Wie alt ist Jonas E., der Cousin des Soldaten?") == {"jonas", "e"}
    assert aged_whom("wie alt sind die nordkoreanischen soldaten so?") == set()  # people by a common noun
    assert aged_whom("how old is jagr") == {"jagr"}


def test_a_question_the_parser_leaves_without_a_noun_is_left_alone() -> None:
    q = Question(text="wie viele?", kind="figure", language="de")
    assert _measure(q, [], None) == 0.0


@pytest.mark.parametrize(
    ("question", "numbers", "guesses"),
    [
        ("how many of the 12 jurors voted for the death penalty?", [12.0], []),  # the whole asked a part of
        ("How much of the 269,000 euros went to non-EU nationals?", [269000.0], []),
        ("wie viele der 300 passagiere waren österreicher", [300.0], []),
        ("how many fans showed up at the derby, like 30k?", [30000.0], [30000.0]),  # a guess
        # a number said of another noun than the one asked sets the scene; of the one asked, or of "das", it guesses
        ("wie hoch ist die überschuldung der firma? passiva sind ja 30 mio", [30000000.0], []),
        ("wie hoch sind die schulden der firma? die schulden sind ja über 30 mio?", [30000000.0], [30000000.0]),
        ("wie viele männer wurden zwangsrasiert, waren das echt über zehntausend?", [10000.0], [10000.0]),
    ],
)
def test_the_whole_a_question_asks_a_part_of_is_no_guess(question: str, numbers: list, guesses: list) -> None:
    q = parse_question(question, default_language="en")
    assert (q.numbers, q.guesses) == (numbers, guesses)


def test_the_noun_after_a_stated_whole_is_counted() -> None:
    assert parse_question("how many of the 12 jurors voted?", default_language="en").counted == "jurors"
    assert parse_question("wie viele der 300 passagiere waren österreicher", default_language="de").counted


@pytest.mark.parametrize(
    ("question", "sentence", "kept"),
    [
        # a figure of a number the question states as given restates it
        ("how much did vienna get for the pavilions, the expert paid 500k for his house", "Er zahlte 500.000 Euro.", 0),
        ("How much of the 269,000 euros went to non-EU nationals?", "Wels zahlte insgesamt 269.000 Euro aus.", 0),
        ("how many of the 12 jurors voted for death?", "Zwölf Menschen starben.", 0),
        # ... but not a guess, nor a number the question asks about
        ("how many fans showed up at the derby, like 30k?", "Es kamen 30.000 Zuschauer.", 1),
        ("wheres the 1500 soldiers number from", "Südkorea: 1500 Soldaten verlegt", 1),
    ],
)
def test_a_figure_the_question_states_as_given_does_not_answer_it(question: str, sentence: str, kept: int) -> None:
    q = parse_question(question, default_language="en")
    assert len(countable(_candidate(sentence), q)) == kept


def test_a_state_the_question_does_not_ask_about_is_something_else_counted() -> None:
    q = parse_question("wie viele messer hat die polizei beschlagnahmt", default_language="de")
    assert q.counted is not None
    c = _candidate("Bei der Razzia gab es 70 Verletzte.")
    other = other_nouns(q.focus, q.counted, q.language)
    lemma = noun_lemma(q.counted)
    assert noun_counted(lemma, other, countable(c, q), c.context, set()) == -1.0
    assert noun_counted(lemma, other, countable(c, q), c.context, {"injured"}) == 0.0


@pytest.mark.parametrize(
    ("question", "each"),
    [
        ("Wie stark ist jede einzelne der vier Brigaden?", True),
        ("how long is each of the duels before the election?", True),
        ("how many ppl use the südbahn each week", False),  # a period (``asked_period``)
        ("welche Prognosen geben Wifo und IHS jeweils ab?", False),  # each source's figure
        # "each" in the clause asking whose the figures are is each figure, not a share of a total
        ("give me all the fish counts in the reports and who each one is from", False),
        ("alle Zahlen zu den Robben, und wer jede einzelne nennt", False),
        ("wer sagt, wie viele Robben jede einzelne Kolonie hat?", True),  # the clause after the comma asks a share
        ("how many seals does each of the colonies have, and who says so", True),
    ],
)
def test_what_each_one_has(question: str, each: bool) -> None:
    assert asks_each(question) is each


@pytest.mark.parametrize(
    ("sentence", "each"),
    [
        ("Pjöngjang entsendet insgesamt vier Brigaden mit 12.000 Soldaten.", False),  # a total of all
        ("Jedes der Gespräche dreht sich 15 Minuten lang um ein Thema.", True),
        ("Die Brigaden umfassen je 3.000 Soldaten.", True),
    ],
)
def test_a_total_of_all_is_not_what_each_one_has(sentence: str, each: bool) -> None:
    assert distributes(sentence) is each


@pytest.mark.parametrize(
    ("question", "sentence", "kept"),
    [
        ("how many of the 12 jurors voted for the death penalty?", "Er hatte 70 Menschen verletzt.", 0),
        ("how many of the 12 jurors voted for the death penalty?", "Neun Geschworene stimmten dafür.", 1),
        ("How much of the 269,000 euros went to non-EU nationals?", "Die Stadt gab knapp fünf Millionen Euro aus.", 0),
        ("How much of the 269,000 euros went to non-EU nationals?", "Davon gingen 120.000 Euro an sie.", 1),
        ("How much of the 269,000 euros went to non-EU nationals?", "Das sind 45 Prozent.", 1),  # another measure
    ],
)
def test_a_part_is_no_larger_than_the_whole_the_question_names(question: str, sentence: str, kept: int) -> None:
    q = parse_question(question, default_language="en")
    assert q.wholes
    assert len(countable(_candidate(sentence), q)) == kept


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Die 41 Volksbanken werden zu acht Bundesländer-Volksbanken fusioniert.", -1.0),  # the banks, by name
        ("Rund 400 Stellen sollen wegfallen.", 0.0),
    ],
)
def test_another_noun_the_question_names_answers_no_count_the_table_knows(sentence: str, value: float) -> None:
    q = parse_question("How many jobs will be cut when the 41 regional Volksbanken are merged?", default_language="en")
    assert q.counted is not None and concept(q.counted) is not None
    other = other_nouns(q.focus, q.counted, q.language)
    assert names_other(other, countable(_candidate(sentence), q)) == value


@pytest.mark.parametrize(
    ("asked", "counted", "value"),
    [
        ("jobs", "Spezialinstitut", -1.0),  # banks merged are no jobs cut
        ("diplomats", "Botschaft", -1.0),  # embassies closed are no diplomats
        ("Zuseherinnen", "Konzert", -1.0),  # concerts broadcast are no viewers
        ("Zuseher", "Aufführung", -1.0),
        ("banks", "Volksbank", 1.0),  # a bank of any kind is a bank, and a firm
        ("Unternehmen", "Institut", 1.0),
        ("embassies", "Botschaft", 1.0),
        ("diplomats", "Mitarbeiter", 0.0),  # ... but the staff may be diplomats
        ("Diplomaten", "Botschafter", 1.0),
    ],
)
def test_institutions_embassies_and_performances_are_counted_apart(asked: str, counted: str, value: float) -> None:
    assert agrees(concept(asked), concept(counted, lemma=True)) == value


@pytest.mark.parametrize(
    ("asked", "counted", "value"),
    [
        ("polizisten", "Beamte", 1.0),  # "bis zu 2.100 Beamte" are the police officers asked about (stop 52)
        ("soldiers", "Beamte", -1.0),  # ... and no soldiers
        ("rinder", "Ochse", 1.0),  # "15 Ochsen und Kühe" are cattle
        ("cows", "Kuh", 1.0),
        ("punkte", "Zähler", 1.0),  # the sports pages' other word for points
        ("points", "Tor", -1.0),  # goals are no points
        ("tanks", "Soldat", -1.0),
    ],
)
def test_other_words_for_police_cattle_and_points(asked: str, counted: str, value: float) -> None:
    assert agrees(concept(asked), concept(counted, lemma=True)) == value


# USE-m3, where the table of counted things cannot tell: the noun a question counts and the noun a figure counts are
# compared across languages, a German compound by itself and by its heads.
def test_noun_forms_heads_of_a_compound() -> None:
    from retrieval.answer.counted import noun_forms

    assert "Kunden" in noun_forms("Stammkunden")
    assert "Küken" in noun_forms("Enten-Küken")
    assert "Beamte" in noun_forms("Zollbeamte")
    assert "Sstudien" not in noun_forms("Vergleichsstudien")  # not from a linking "s"
    assert noun_forms("tourists") == ["tourists"]


def test_likeness_of_a_compound_by_its_letters() -> None:
    from retrieval.answer.counted import likeness

    assert likeness("Schafe", "Mutterschafe") == 1.0  # the pieces do not split it, its letters do


def test_likeness_tells_nouns_apart_across_languages() -> None:
    from retrieval.answer.counted import likeness

    assert likeness("visitors", "Besucher") > 0.6
    assert likeness("customers", "Stammkunden") > 0.6  # by the head of the compound
    assert likeness("visitors", "Enten-Küken") < 0.3
    assert likeness("Touristen", "Holzbänke") < 0.3


def _counted(question: str, sentence: str, before: str = "") -> float:
    from retrieval.answer.features import _ONE_BY_ONE, counted_likenesses, counted_match

    q = parse_question(question, default_language="en")
    assert q.counted is not None
    c = _candidate(sentence, before)
    figures = countable(c, q)
    alike = counted_likenesses(q.counted, figures) if _ONE_BY_ONE.search(q.text) else None
    asked = concept(q.counted)
    if asked is None:
        lemma = noun_lemma(q.counted.split()[-1]) if q.language == "de" else None
        return noun_counted(lemma, other_nouns(q.focus, q.counted, q.language), figures, c.context, alike=alike)
    return counted_match(asked, figures, set(), c.context, alike=alike)


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        # a noun the table knows asked, a noun it does not know counted: unlike, so another thing
        ("How many visitors came to the aquarium this summer?", "Im Aquarium sind 14 Enten-Küken geschlüpft.", -1.0),
        # ... alike, or the same noun in a compound: the table's silence decides nothing
        ("How many customers does the bank have?", "Die Bank zählt 40.000 Stammkunden.", 0.0),
        # a noun the table does not know asked, in either language
        ("wie viele Fahrräder hat der Verein", "Der Verein hat 300 Mitglieder.", -1.0),
        ("wieviele fahrräder hat der verein", "Der Verein hat 300 Mitglieder.", -1.0),  # as chat types it
        ("wie viele Fahrräder hat der Verein", "Der Verein verleiht 300 Leihräder.", 0.0),
        ("wie viele Schafe hat der Bauer", "Der Bauer hält 300 Mutterschafe.", 0.0),
        # a share, a fraction or a bare number is no noun to compare
        ("wie viele Fahrräder hat der Verein", "Ein Drittel der Fahrräder ist kaputt.", 0.0),
        # people the table knows stay its business: "steelworkers" may be the "Teilnehmer"
        ("How many steelworkers joined the march?", "An dem Marsch nahmen 5.000 Teilnehmer teil.", 0.0),
    ],
)
def test_counted_by_use_m3(question: str, sentence: str, value: float) -> None:
    assert _counted(question, sentence) == value


def test_likenesses_in_one_batch_as_one_by_one() -> None:
    from retrieval.answer.counted import likeness, likenesses

    nouns = ["Besucher", "Enten-Küken", "Stammkunden"]
    table = likenesses("visitors", nouns)
    assert table == pytest.approx({n: likeness("visitors", n) for n in nouns}, abs=1e-5)


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        # e5 finds the figure's noun unlike the one asked, USE-m3 finds it alike: the article's word for the same people
        ("wie viele Journalisten waren bei der Pressekonferenz", "Gekommen waren 40 Reporter.", 0.0),
        # ... where the table knows it as the noun asked, it counts it ("Beamte" are police officers since stop 52)
        ("How many police officers guard the summit?", "Für das Gipfeltreffen stehen 900 Beamte bereit.", 1.0),
        # ... and where both find it unlike, it counts another thing
        ("How many police officers guard the summit?", "Für das Gipfeltreffen stehen 900 Busse bereit.", -1.0),
        ("wie viele Journalisten waren bei der Pressekonferenz", "Gekommen waren 40 Stühle.", -1.0),
    ],
)
def test_an_unlike_noun_by_e5_alone_is_not_another_thing(question: str, sentence: str, value: float) -> None:
    from retrieval.answer.features import _ONE_BY_ONE, counted_likenesses, counted_match

    q = parse_question(question, default_language="en")
    assert q.counted is not None
    figures = countable(_candidate(sentence), q)
    alike = counted_likenesses(q.counted, figures) if _ONE_BY_ONE.search(q.text) else None
    e5_unlike = lambda key: 0.5  # noqa: E731  (e5's similarity, below UNLIKE for every noun)
    asked = concept(q.counted)
    if asked is None:
        lemma = noun_lemma(q.counted.split()[-1])
        other = other_nouns(q.focus, q.counted, q.language)
        assert noun_counted(lemma, other, figures, sentence, similar=e5_unlike, alike=alike) == value
    else:
        assert counted_match(asked, figures, set(), sentence, similar=e5_unlike, alike=alike) == value


@pytest.mark.parametrize(
    ("question", "before", "sentence", "value"),
    [
        # nothing near the figure names the thing asked: a bare number counts what its sentence counts
        (
            "how many seats did the fpö get in the district council?",
            "",
            "Die meisten parlamentarischen Anfragen gehen auf das Konto der FPÖ (2.496), gefolgt von den NEOS (418).",
            -1.0,
        ),
        ("How many visitors came to the aquarium this summer?", "", "Es kamen 40.000.", -1.0),
        # ... unless the sentence before names it, or the number is a part of something named before
        (
            "How many visitors came to the aquarium this summer?",
            "Die Besucher strömten ins Aquarium.",
            "Es kamen 40.000.",
            0.0,
        ),
        ("How many visitors came to the aquarium this summer?", "", "Davon kamen 40.000 im Juli.", 0.0),
        # ... and a noun more unlike the one asked than a word for the same would be ("aces": "Duell" 0.40)
        (
            "how many aces did federer serve against djokovic?",
            "",
            "Federer ging in den Begegnungen mit Djokovic wieder in Führung, nachdem er vier der letzten fünf Duelle "
            "verloren hatte.",
            -1.0,
        ),
        (
            "how many aces did federer serve against djokovic?",
            "Federer servierte zwölf Asse.",
            "Er hatte vier der letzten fünf Duelle verloren.",
            0.0,
        ),
        # a noun the table does not know, by its German lemma
        ("wie viele Tarife hat Wien Energie verkauft", "", "Wien Energie hat 80.000 verkauft.", -1.0),
        (
            "wie viele Tarife hat Wien Energie verkauft",
            "Beliebt waren die neuen Tarife.",
            "Wien Energie hat 80.000 verkauft.",
            0.0,
        ),
        # the dead are named by a verb: "18 Zivilisten getötet" may be the dead asked about
        ("How many deaths did the attack cause?", "", "Bei dem Angriff wurden 18 Zivilisten getötet.", 0.0),
    ],
)
def test_a_count_where_nothing_near_names_the_noun_asked(
    question: str, before: str, sentence: str, value: float
) -> None:
    assert _counted(question, sentence, before) == value


@pytest.mark.parametrize("word", ["Ärzte", "Soldaten", "Kampfpanzer", "Asylanträge", "Polizisten", "Asse", "Gäste"])
def test_a_word_that_names_a_concept_holds_its_first_letters(word: str) -> None:
    # ``may_name`` spares lemmatising the words of a context that cannot name the concept asked
    from retrieval.answer.counted import may_name

    named = concept(word)
    assert named is not None
    assert may_name(named, word)
    assert not may_name(named, "Flugzeuge")


_FAR = " Die Lage blieb den ganzen Tag über angespannt, sagte ein Sprecher der Behörden am Abend." * 4


@pytest.mark.parametrize(
    ("question", "article", "sentence", "value"),
    [
        # people asked about by what they are go by the article's other word for them where it names them near
        (
            "Wie viele Flüchtlinge sind im September durch Österreich gereist?",
            "Im September kamen hunderte Flüchtlinge am Westbahnhof an. {s} Die Polizei zählte mit.",
            "Im vergangenen Monat passierten rund 200.000 Personen Österreich.",
            0.0,
        ),
        (
            "Wie viele Polizisten hätte man gebraucht?",
            "STANDARD: Wie viele Polizisten wären notwendig gewesen? Behr: {s}",
            "Man hätte mit mindestens 500 bis 600 Ordnungshütern Aufstellung bezogen.",
            0.0,
        ),
        # ... not where it names them only far from the sentence
        (
            "Wie viele Flüchtlinge sind im September durch Österreich gereist?",
            "Im September kamen hunderte Flüchtlinge am Westbahnhof an." + _FAR + " {s}",
            "Im vergangenen Monat passierten rund 200.000 Personen Österreich.",
            -1.0,
        ),
        (
            "Wie viele Polizisten hätte man gebraucht?",
            "STANDARD: Wie viele Polizisten wären notwendig gewesen?" + _FAR + " {s}",
            "Man hätte mit mindestens 500 bis 600 Ordnungshütern Aufstellung bezogen.",
            -1.0,
        ),
        # ... nor for people asked about by what befell them: the injured are all of them, the children some
        (
            "wie viele kinder wurden bei den explosionen verletzt?",
            "Bei den Explosionen starben zehn Kinder. {s}",
            "Mindestens 18 Menschen seien verletzt worden.",
            -1.0,
        ),
    ],
)
def test_people_by_the_articles_other_word_for_them_near_the_sentence(
    question: str, article: str, sentence: str, value: float
) -> None:
    from dataclasses import replace

    from retrieval.answer.features import counted_match, nearby

    q = parse_question(question, default_language="de")
    asked = concept(q.counted)
    assert asked is not None
    text = article.format(s=sentence)
    start = text.index(sentence)
    c = replace(_candidate(sentence), start=start, end=start + len(sentence))
    figures = countable(c, q)
    events = constraints.predicates(q.text, q.counted)
    e5_unlike = lambda key: 0.5  # noqa: E731  (e5's similarity, below UNLIKE for every noun)
    assert counted_match(asked, figures, events, f"T {c.context}", e5_unlike, near=nearby(text, c)) == value


@pytest.mark.parametrize(
    ("question", "counted", "measure"),
    [
        ("was hat chelsea für pedro an ablöse gezahlt?", None, "money"),
        ("how big was the fine fiat chrysler had to pay in the us over botched recalls?", "fine", "money"),
        ("Was hat die Grüne Gabriela Moser ihr Widerruf nach der ZiB 2 gekostet?", None, "money"),
        ("How many Deutsche Post workers rallied in Bonn?", "workers", "count"),
        ("how many amazon workers went on strike in koblenz?", "workers", "count"),
        # names no lexicon knows may be what is counted (a product), and words that are names too stay counted
        ("wie viele bocusini wurden schon vorbestellt?", "bocusini", "count"),
        ("how many iphones did apple sell on launch weekend", "iphones", "count"),
        ("wieviel watt hat philae nach dem aufwachen", "watt", "count"),
        ("wie viel tonnen essen landen in österreich im müll", "tonnen", "count"),
        ("How much VAT does Austria lose because of Airbnb?", "VAT", None),
    ],
)
def test_a_name_is_not_the_counted_thing(question: str, counted: str | None, measure: str | None) -> None:
    q = parse_question(question)
    assert (q.counted, q.measure) == (counted, measure)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the tagger reads these plurals as verbs ("he suspects", "she calls"); after "how many" they are counted
        ("phishing gang busted by german investigators - how many suspects are in custody?", "suspects"),
        ("how many calls did the hotline get", "calls"),
        ("how many tweets did he send", "tweets"),
        ("how many soldiers are in russia?", "soldiers"),
        ("how many chances did rapid create", "chances"),  # a chance asked by name is a figure; counted, a noun
    ],
)
def test_a_plural_after_how_many_is_counted_though_tagged_a_verb(text: str, counted: str) -> None:
    assert parse_question(text, default_language="en").counted == counted
