"""Whose figure is it: a figure question asking for one named party's amount is not answered by another's."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import sentence_candidate

from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES, Featurizer, terms, violates
from retrieval.answer.owners import asked_owners, named_owners, other_of_kind, other_owner, sentence_owners
from retrieval.figures import extract_figures
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("wie viel preisgeld bekommt lee sedol für das match gegen alphago?", ("lee", "sedol")),
        ("how many aces did tomic serve in the acapulco final?", ("tomic",)),
        ("wie hoch sind die faulen kredite bei monte dei paschi?", ("monte", "paschi")),
        ("Um wie viel ist der Konzerngewinn von United Internet zurückgegangen?", ("united", "internet")),
        ("how much is thiem's prize money?", ("thiem",)),
        ("Wie viel hat Google für Deepmind bezahlt?", ("google",)),  # capitalised: a name, whatever the tagger guesses
    ],
)
def test_the_owner_a_question_asks_about_stands_after_its_verb_after_bei_or_in_the_genitive(
    question: str, owner: tuple[str, ...]
) -> None:
    runs = asked_owners(parse_question(question))
    assert any(set(owner) <= set(run) for run in runs)
    assert not any("alphago" in run for run in runs)  # "gegen alphago": the other party


def test_an_english_name_before_a_common_noun_only_qualifies_it() -> None:
    runs = asked_owners(parse_question("how many people did the aurora cinema shooter kill and wound?"))
    assert named_owners(runs, "Der Attentäter von Aurora: Holmes tötete zwölf Menschen.", "en") == []
    runs = asked_owners(parse_question("how many aces did tomic serve in the acapulco final?"))
    assert named_owners(runs, "Thiem rang Tomic in Acapulco nieder.", "en") == ["tomic"]


def test_an_owner_is_found_however_the_article_capitalises_it() -> None:
    assert named_owners([("alphago",)], "Das Programm AlphaGo gewann.", "de") == ["alphago"]
    assert named_owners([("fpö",)], "Die FPÖ steckt 1,2 Millionen Euro in den Wahlkampf.", "de") == ["fpö"]


def test_a_word_the_article_does_not_write_as_a_name_is_no_owner() -> None:
    runs = asked_owners(parse_question("wie viele menschen wurden beim brand im kino verletzt?"))
    assert named_owners(runs, "Beim Brand wurden 12 Menschen verletzt.", "de") == []


def test_a_compound_question_whose_second_part_has_a_subject_of_its_own_asks_for_two_owners() -> None:
    q = parse_question("wie viel zahlt die brauerei dem maler kovacs für das logo, und was verlangt seine agentur?")
    assert asked_owners(q) == []
    q = parse_question("How much power does Philae have since it woke up, and how much does it need?")
    assert asked_owners(q) == [("philae",)]


@pytest.mark.parametrize(
    ("sentence", "owners", "other"),
    [
        (
            "AlphaGo sicherte sich bereits das Preisgeld von einer Million Dollar (901.710 Euro).",
            ["lee", "sedol"],
            True,
        ),
        ("Insgesamt 22 Asse – wohl ein Rekord für Thiem – zeugen von einer tollen Performance.", ["tomic"], True),
        ("Im Finale schlug Thiem 22 Asse.", ["tomic"], True),
        ("Thiems 22 Asse waren ein Rekord.", ["tomic"], True),
        ("Lee Sedol erhält für die Niederlage 150.000 Dollar.", ["lee", "sedol"], False),  # names the owner
        ("Er kassierte brutto 321.625 US-Dollar.", ["thiem"], False),  # whose, the sentence before tells
        ("Laut Kickl sollen noch einmal 1,2 Millionen Euro fließen.", ["fpö"], False),  # a source, not an owner
        ("Im Finale zählte Mexiko 7.500 Zuschauer.", ["tomic"], False),  # a place
        ("MPS ist heute zwei Milliarden Euro wert.", ["monte", "paschi"], False),  # initials may be the owner's
        ("Faule Kredite von 200 Milliarden Euro, davon 50 bei der Bank-Austria-Mutter Unicredit.", ["monte"], True),
    ],
)
def test_a_sentence_giving_another_named_partys_figure_is_someone_elses(
    sentence: str, owners: list[str], other: bool
) -> None:
    assert other_owner(sentence, _spans(sentence), owners, None) is other


def test_the_sentences_source_is_no_owner() -> None:
    sentence = "Verdi zählte 23.000 Streikende."
    assert sentence_owners(sentence, _spans(sentence)) == ["Verdi"]
    assert other_owner(sentence, _spans(sentence), ["post"], "Verdi") is False


def test_a_figure_of_another_named_party_is_ruled_out_where_the_article_names_the_one_asked_about() -> None:
    q = parse_question("wie viel preisgeld bekommt lee sedol für das match gegen alphago?")
    sentence = "AlphaGo sicherte sich das Preisgeld von einer Million Dollar."
    c = sentence_candidate(sentence, info=SentenceInfo(figures=tuple(extract_figures(sentence))))
    pool = Pool(q, [c], None, {"d": Article(id="d", title="Go", text=f"{sentence} Lee Sedol gab auf.")})
    qt = terms(q, lambda words: dict.fromkeys(words, 1), 100)
    featurizer = Featurizer(
        lambda keys: {k: np.ones(2, dtype=np.float32) for k in keys}, lambda head: np.ones(2, dtype=np.float32)
    )
    (row,) = featurizer.rows(pool, qt)
    assert row[NAMES.index("place")] == -1.0 and violates(row)
    other = Pool(q, [c], None, {"d": Article(id="d", title="Go", text=sentence)})  # never names Lee Sedol
    (row,) = featurizer.rows(other, qt)
    assert not violates(row)


def test_an_owner_named_only_as_a_part_of_the_whole_a_sentence_counts_does_not_own_its_figure() -> None:
    whole = (
        "Auf der Insel liefen knapp 1,6 Millionen Fahrzeuge vom Band - die meisten aus Fabriken des Nissan-Konzerns."
    )
    assert other_owner(whole, _spans(whole), ["nissan"], None) is True
    own = "Nissan baute 500.000 Fahrzeuge, die meisten im Werk Sunderland."
    assert other_owner(own, _spans(own), ["nissan"], None) is False
    counted = "Die Banken halten 200 Milliarden Euro an faulen Krediten, davon 50 bei Unicredit."
    assert other_owner(counted, _spans(counted), ["unicredit"], None) is False  # the part has a figure of its own
    assert named_owners([("nissan",)], "Die meisten aus Fabriken des japanischen Nissan-Konzerns.", "de") == ["nissan"]


def test_a_person_named_by_where_they_come_from_may_be_the_owner_asked_about() -> None:
    sentence = "Im Finale kassierte der Lichtenwörther 321.625 Dollar."
    assert other_owner(sentence, _spans(sentence), ["thiem"], None) is False


def test_an_english_question_names_an_owner_the_article_prints_as_one_name() -> None:
    # "glück" is a German noun ("Glück"), and the tagger knows no "heidi": the run is read, and the article's
    # "Heidi Glück" makes both words her name, so Filzmaier's airtime is someone else's
    runs = asked_owners(parse_question("how many minutes did heidi glück get in zib 2?"))
    assert ("heidi", "glück") in runs
    article = "Heidi Glück wurde nicht gezählt. Rund 28 Minuten kam Peter Filzmaier in der ZiB 2 zu Wort."
    owners = named_owners(runs, article, "en")
    assert owners == ["heidi", "glück"]
    sentence = "Rund 28 Minuten kam Peter Filzmaier in der ZiB 2 zu Wort."
    assert other_owner(sentence, _spans(sentence), owners, None) is True
    assert named_owners(runs, "Viel Glück wünschte ihr Heidi.", "en") == []  # not printed as one name


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Die Liste Klartext von Stefan Jung kommt mit 231 Stimmen auf zwei Mandate.", True),
        ("Mit 43 Stimmen geht sich für die Liste KommuniAktion diesmal kein Mandat aus.", False),  # the one asked
        ("Die Liste kam auf 43 Stimmen.", False),  # no other name after the noun
    ],
)
def test_a_sentence_naming_another_of_the_kind_asked_by_noun_and_name_gives_its_figure(
    sentence: str, other: bool
) -> None:
    runs = asked_owners(parse_question("wie viele stimmen hatte die liste kommuniaktion bei der betriebsratswahl?"))
    assert other_of_kind(sentence, runs) is other


def test_a_time_after_the_verb_is_no_kind_of_owner() -> None:
    runs = asked_owners(parse_question("Wie viele Flüchtlinge waren Ende Oktober auf der Balkanroute unterwegs?"))
    assert other_of_kind("Ende September waren es 5.000 Flüchtlinge.", runs) is False
