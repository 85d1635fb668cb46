"""Figures that do not answer, so that a question the articles leave open gets "nothing found": a sum asked
("Abfindung") by no count of games; an age by no time something lasted ("zwei Jahre lang festgehalten"); "wie viele
Brände" by no count of another noun unlike it ("eine Million Jeep-Geländesportwagen"); and no figure at all where the
article says, as relevantly as its best figure, that the amount is not given ("machte keine Angaben dazu, auf welchen
Gesamtbetrag …"). The same for a name a who-question asks: none where the article says it is not known or not told
("Namen wollte er nicht nennen", "keine Auskunft"), also to an English question."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import cast

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import name_withheld
from retrieval.answer.counted import concept, noun_lemma, other_nouns
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import _measure, asks_share, changed_by, countable, counted_match, noun_counted
from retrieval.answer.figure_evidence import names_only_a_part, withheld_beside, withholds
from retrieval.answer.occasion import asks_upcoming
from retrieval.question import parse_question


def _candidate(text: str, index: int = 0, dense: float = 0.8) -> Candidate:
    return replace(sentence_candidate(text, index=index, info=figures_of(text)), dense=dense)


@pytest.mark.parametrize(
    "question",
    [
        "Wie hoch ist die Abfindung, die der Trainer vom Verein erhält?",
        "wie hoch war die ablöse für den stürmer",
        "how big was the severance payout for the ceo",
        "Wie hoch ist die Kaution?",
    ],
)
def test_severance_transfer_fees_and_bail_ask_a_sum(question: str) -> None:
    assert parse_question(question, default_language="en").measure == "money"


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Er war mit seiner Tochter zwei Jahre lang in einem Lager festgehalten worden.", []),  # how long, not how old
        ("Er lebt seit zehn Jahren in Wien.", []),
        ("He was held for two years in a camp.", []),
        ("Die Perle ist rund 2.000 Jahre alt.", ["rund 2.000 Jahre alt"]),  # an age in years still answers
        ("Die Fossilien stammen von Fischen, die vor etwa 382 Millionen Jahren lebten.", ["etwa 382 Millionen Jahren"]),
    ],
)
def test_years_that_something_lasted_are_no_age(sentence: str, ages: list[str]) -> None:
    q = parse_question("wie alt ist der flüchtling eigentlich", default_language="de")
    assert q.figure_kind == "age"
    assert [f.text for f in countable(_candidate(sentence), q)] == ages


def _noun_counted(question: str, sentence: str, similarity: float | None) -> float:
    q = parse_question(question, default_language="de")
    assert q.counted is not None and concept(q.counted) is None  # a noun the table does not know
    c = _candidate(sentence)
    other = other_nouns(q.focus, q.counted, q.language)
    similar = None if similarity is None else (lambda _key: similarity)
    return noun_counted(noun_lemma(q.counted.split()[-1]), other, countable(c, q), c.context, similar=similar)


@pytest.mark.parametrize(
    ("sentence", "similarity", "value"),
    [
        # another noun, unlike the one asked about: it counts something else
        ("Dazu gehören eine Million Jeep-Geländesportwagen, deren Benzintanks in Brand geraten können.", 0.79, -1.0),
        # ... not where it is like it (the articles' word for the same: "Feuer", a misspelt "Asywerbern")
        ("Dazu gehören eine Million Jeep-Geländesportwagen, deren Benzintanks in Brand geraten können.", 0.83, 0.0),
        ("Die Feuerwehr rückte zu 40 Bränden aus.", 0.79, 0.0),  # the noun asked about
        ("Im Vorjahr waren es 40.", 0.79, 0.0),  # no noun of its own
    ],
)
def test_a_count_of_an_unlike_noun_does_not_answer_how_many(sentence: str, similarity: float, value: float) -> None:
    assert _noun_counted("wie viele brände hat es gegeben", sentence, similarity) == value


def test_an_amount_asked_without_how_many_is_not_compared_by_its_noun() -> None:
    # "wie viel Regen": litres or millimetres measure it; only a count ("wie viele") is compared (similar=None)
    assert _noun_counted("wie viele brände hat es gegeben", "Es fielen 80 Liter pro Quadratmeter.", None) == 0.0


@pytest.mark.parametrize(
    ("sentence", "says"),
    [
        (
            "Das Unternehmen machte keine Angaben dazu, auf welchen Gesamtbetrag sich die Entschädigungen summieren.",
            True,
        ),
        ("Detaillierte Angaben wollte er mit Hinweis auf die Konkurrenz freilich nicht machen.", True),
        ("Die Aufnahmen ließen nicht erkennen, wie groß die Räume tatsächlich sind.", True),
        ("Der Bürgermeister könne nicht beziffern, wie viel davon an Drittstaatsbürger ging.", True),
        ("The company declined to say how much it would pay.", True),
        ("Der Euro-Preis wurde nicht genannt, ebenso wenig wie die Länder.", True),
        ("Die Erwartungen einer nicht genannten Anzahl von Eltern führt er ebenfalls an.", True),
        ("Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor.", True),
        ("Wie hoch die tatsächliche Überschuldung ist, war vorerst offen.", True),
        ("Die Steuerungsgruppe hielt sich über mögliche Kostenschätzungen bedeckt.", True),
        ("In welcher Form er seine Anfrage gestellt hat, geht aus dem Bericht nicht hervor.", False),  # no amount
        ("Die Namen der Opfer wurden nicht genannt.", False),  # nothing withheld is an amount
        ("Das Unternehmen machte Angaben zum Gewinn.", False),
        ("Die Vorderseite wird von Glas bedeckt, der Preis liegt bei 500 Euro.", False),  # covered, nothing kept back
    ],
)
def test_a_sentence_may_say_an_amount_is_not_given(sentence: str, says: bool) -> None:
    assert withholds(sentence) is says


@pytest.mark.parametrize(("dense", "withheld"), [(0.80, True), (0.70, False)])
def test_an_article_that_withholds_the_amount_as_relevantly_answers_nothing(dense: float, withheld: bool) -> None:
    q = parse_question("What is the total amount the company will pay to compensate customers?", default_language="en")
    best = _candidate("Die Kunden sollen Gutscheine im Wert von 450 bis 900 Dollar erhalten.", index=2, dense=0.8)
    says = _candidate(
        "Das Unternehmen machte keine Angaben dazu, auf welchen Gesamtbetrag sich das summiert.", 10, dense
    )
    pool = cast(Pool, SimpleNamespace(candidates=[best, says]))
    assert withheld_beside(q, best, pool) is withheld


@pytest.mark.parametrize(
    ("question", "withheld"),
    [
        ("wie viele eltern hat er für die vorstudie befragt", True),
        ("how many of the kindergartens he asked agreed to take part?", False),  # the parents' count is withheld
    ],
)
def test_an_article_that_withholds_another_count_answers_still(question: str, withheld: bool) -> None:
    q = parse_question(question, default_language="en")
    best = _candidate("Drei von 15 angefragten Kindergärten sagten schließlich zu.", index=2, dense=0.8)
    says = _candidate("Wie viele Eltern befragt wurden, geht aus dem Vorbericht nicht hervor.", 10, 0.8)
    pool = cast(Pool, SimpleNamespace(candidates=[best, says]))
    assert withheld_beside(q, best, pool) is withheld


_BRIGADES = "Pjöngjang wolle insgesamt vier Brigaden mit 12.000 Soldaten, darunter auch Spezialkräfte, entsenden."
_UGANDA = (
    "Mehr als 200.000 Flüchtlinge leben laut dem UNHCR in Uganda, die große Mehrheit kommt aus der Demokratischen "
    "Republik Kongo, dem westlichen Nachbarland."
)


@pytest.mark.parametrize(
    ("question", "sentence", "part"),
    [
        ("how many of the 12k are special forces", _BRIGADES, True),
        ("wie viele flüchtlinge aus dem kongo leben in uganda", _UGANDA, True),
        ("how many soldiers does north korea send", _BRIGADES, False),  # the whole asked: named outside the part
        ("wie viele flüchtlinge leben in uganda", _UGANDA, False),
        ("wie viele flüchtlinge aus dem kongo leben in uganda", "Aus dem Kongo kamen 50.000 Flüchtlinge.", False),
    ],
)
def test_a_part_named_without_a_figure_is_not_counted(question: str, sentence: str, part: bool) -> None:
    q = parse_question(question, default_language="en")
    assert names_only_a_part(q, _candidate(sentence)) is part


def test_reports_may_give_the_amount_a_withholder_does_not() -> None:
    q = parse_question("How many were killed by the explosion, and who reports that?", default_language="en")
    best = replace(_candidate("Dutzende Menschen wurden getötet, hieß es."), source="örtlichen Medienberichten")
    says = _candidate("Die Polizei machte zunächst keine Angaben zu den Opferzahlen.", index=5, dense=0.78)
    pool = cast(Pool, SimpleNamespace(candidates=[best, says]))
    assert not withheld_beside(q, best, pool)
    assert withheld_beside(q, replace(best, source="die Polizei"), pool)


@pytest.mark.parametrize(
    ("question", "upcoming"),
    [
        ("when does the retrial of the two bankers start", True),  # a start that is scheduled: only a date ahead
        ("Wann beginnt der Prozess gegen den Ex-Banker?", True),
        ("when did the trial start", False),
        ("wann begann der prozess", False),
        ("Wann erscheint die erste Erweiterung für das Spiel?", True),  # a release: only a date ahead
        ("when does the new edition come out", True),
        ("wann erschien das album", False),
    ],
)
def test_the_present_of_a_start_asks_when_it_is_to_happen(question: str, upcoming: bool) -> None:
    assert asks_upcoming(question) is upcoming


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("wie viel prozent der österreicher heizen mit öl", True),
        ("what % of german companies reported economic crime", True),
        ("What share of the votes did the party get?", True),
        ("um wie viel prozent stieg der umsatz", False),  # a change asked
    ],
)
def test_a_percentage_of_a_whole_asks_a_share(question: str, share: bool) -> None:
    assert asks_share(question) is share


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("Heizöl verbilligte sich um fast ein Viertel, Sprit immerhin um 13,5 Prozent.", [True, True]),
        ("Gemüse (plus 9,4 Prozent) verteuerte sich.", [True]),
        ("Der Absatz lag um 1,5 Prozent über dem Wert von 2014.", [True]),
        ("Das war ein Minus von 26 Prozent.", [True]),
        ("Rund 20 Prozent der Haushalte heizen mit Öl.", [False]),  # a share
        ("Der Anteil stieg auf 20 Prozent.", [False]),  # a share it rose to
    ],
)
def test_a_percentage_may_be_a_change(sentence: str, changes: list[bool]) -> None:
    c = _candidate(sentence)
    assert [changed_by(f, c) for f in c.info.figures if f.kind == "percent"] == changes


def test_a_share_asked_is_not_answered_by_changes_alone() -> None:
    q = parse_question("wie viel prozent der österreicher heizen mit öl", default_language="de")
    change = _candidate("Heizöl verbilligte sich um fast ein Viertel, Sprit immerhin um 13,5 Prozent.")
    share = _candidate("Rund 20 Prozent der Haushalte heizen mit Öl.")
    assert _measure(q, countable(change, q), change) == -1.0
    assert _measure(q, countable(share, q), share) == 1.0


@pytest.mark.parametrize(
    ("question", "similarity", "value"),
    [
        ("wie viele touristen haben ihre reise storniert", 0.79, -1.0),  # "Frauen" unlike "Touristen"
        ("wie viele touristen haben ihre reise storniert", 0.83, 0.0),
        ("wie viele menschen waren dort", 0.79, 0.0),  # people at large may be any of them
    ],
)
def test_a_count_of_a_known_noun_is_not_answered_by_an_unknown_unlike_one(
    question: str, similarity: float, value: float
) -> None:
    q = parse_question(question, default_language="de")
    c = _candidate("Elf Frauen hätten Anzeige erstattet.")
    assert counted_match(concept(q.counted), countable(c, q), set(), c.context, lambda _key: similarity) == value


@pytest.mark.parametrize(
    ("sentence", "dense", "withheld"),
    [
        ("Wer ihm als Leiter des Stadtarchivs nachfolgt, ist noch nicht bekannt.", 0.80, True),  # not known who
        ("Der Name seines Nachfolgers im Stadtarchiv ist noch nicht bekannt.", 0.80, True),
        ("Der Name seines Nachfolgers im Stadtarchiv ist noch nicht bekannt.", 0.70, False),  # less relevant
        ("Der Name des neuen Kochs im Rathauskeller ist noch nicht bekannt.", 0.80, False),  # not of what is asked
        ("Als Nachfolger im Stadtarchiv wurde Jonas Wimmer genannt.", 0.80, False),  # names one
    ],
)
def test_an_article_that_says_the_name_asked_for_is_not_known_answers_nothing(
    sentence: str, dense: float, withheld: bool
) -> None:
    q = parse_question("wer wird nachfolger von gruber im stadtarchiv", default_language="de")
    assert (q.kind, q.intent) == ("who_said", "who_said")
    best = _candidate("Gruber hatte 2009 seinen Vorgänger Karl Moser an der Spitze des Archivs abgelöst.", 3, 0.8)
    says = _candidate(sentence, index=7, dense=dense)
    pool = cast(Pool, SimpleNamespace(candidates=[best, says]))
    assert name_withheld(q, best, pool) is withheld


def _withheld(question: str, sentence: str, before: str = "", language: str = "de") -> bool:
    q = parse_question(question, default_language=language)
    best = _candidate("Gruber hatte 2009 seinen Vorgänger Karl Moser an der Spitze des Archivs abgelöst.", 3, 0.8)
    says = replace(_candidate(sentence, index=7, dense=0.78), before=before)
    return name_withheld(q, best, cast(Pool, SimpleNamespace(candidates=[best, says])))


@pytest.mark.parametrize(
    ("before", "withheld"),
    [
        ("Einige Kandidaten hätten Interesse an der Leitung des Stadtarchivs bekundet.", True),
        ("Einige Kandidaten hätten Interesse an der Leitung des Rathauskellers bekundet.", False),  # not what is asked
    ],
)
def test_names_not_told_of_those_the_sentence_before_names_are_withheld(before: str, withheld: bool) -> None:
    """ "Namen wollte er nicht nennen" says the words of the question in the sentence it refers back to."""
    question = "wer wird nachfolger von gruber im stadtarchiv"
    assert _withheld(question, "Namen wollte er nicht nennen.", before) is withheld


@pytest.mark.parametrize(
    ("sentence", "withheld"),
    [
        ("Ich habe es mir zur Gewohnheit gemacht, über mein Wahlverhalten keine Auskunft zu geben.", True),
        ("Über die Wahl des Archivs waren keine Angaben zu erhalten.", True),
        ("Das Stadtarchiv ist mit Schnee bedeckt.", False),  # covered by a thing: nothing withheld
        ("Zu den Kosten des Stadtarchivs hielt sich die Stadt bedeckt.", True),
    ],
)
def test_a_choice_the_person_asked_declines_to_tell_is_withheld(sentence: str, withheld: bool) -> None:
    """Asked whom X votes for, the article's "keine Auskunft" answers as a name not given does: nothing found."""
    before = "Werden Sie Gruber im Stadtarchiv wählen?"
    assert _withheld("wen wählt moser bei der wahl im stadtarchiv", sentence, before) is withheld


@pytest.mark.parametrize(
    ("sentence", "withheld"),
    [
        ("Der Name des Nachfolgers im Wiener Stadtarchiv ist noch nicht bekannt.", True),  # "Vienna" ~ "Wiener"
        ("Der Name des neuen Kochs im Rathauskeller ist noch nicht bekannt.", False),  # none of the question's words
    ],
)
def test_an_english_question_is_met_across_languages_by_the_withholding_sentence(sentence: str, withheld: bool) -> None:
    q = "who will succeed gruber at the city archive in vienna?"
    assert parse_question(q).intent == "who_said"
    assert _withheld(q, sentence, language="en") is withheld


def test_the_doers_of_a_deed_not_yet_identified_are_withheld_too() -> None:
    q = parse_question("Wer hat die Scheune in Brand gesteckt?", default_language="de")
    best = _candidate("Der Bauer Alois Huber entdeckte das Feuer am Morgen.", 1, 0.8)
    says = _candidate("Die Brandstifter seien aber bisher nicht identifiziert, hieß es zur Scheune.", 4, 0.79)
    pool = cast(Pool, SimpleNamespace(candidates=[best, says]))
    assert name_withheld(q, best, pool)
