"""Rules of which further claims an answer lists (``retrieval/answer/listing.py``), beside the learnt second look."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import topic_terms

from retrieval.answer.answerer import lacks_topic_noun
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import (
    FEATURES,
    Listed,
    elsewhere_dropped,
    features,
    off_topic_dropped,
    other_speaker_dropped,
    same_speaker,
    speaker_claims,
    unlike_dropped,
)
from retrieval.figures import extract_figures
from retrieval.models import Article, Figure, SentenceInfo
from retrieval.question import parse_question


def _listed(
    doc_id: str, index: int, text: str, source: str | None, figures: list[Figure] | None = None, p: float = 0.9
) -> Listed:
    c = Candidate(doc_id, index, 0, len(text), 0.8, 0.0, text, "", "T", text, None, SentenceInfo(), source=source)
    return Listed(c, p, figures or [], source)


RAUCH = _listed(
    "a",
    4,
    "Alles andere entspreche nicht der gängigen Verwaltungspraxis, sagt Jugendanwalt Michael Rauch.",
    "Michael Rauch",
)
RAUCH_ON = _listed("a", 5, "Die Kinder- und Jugendanwaltschaft prüft nun den Fall.", "Michael Rauch")
MATEJKA = _listed(
    "b", 9, "Auch für die Richtervereinigung stellt sich die Frage der Verhältnismäßigkeit.", "Sabine Matejka"
)


def test_who_said_drops_another_articles_speaker() -> None:
    # who said locking up a 15-year-old goes against administrative practice: the youth advocate, in his article
    assert elsewhere_dropped("who_said", [RAUCH, RAUCH_ON, MATEJKA]) == [RAUCH, RAUCH_ON]


def test_who_said_keeps_the_same_speaker_elsewhere() -> None:
    elsewhere = _listed("b", 2, "Der Jugendanwalt Michael Rauch kritisierte die Haft.", "Jugendanwalt Michael Rauch")
    assert elsewhere_dropped("who_said", [RAUCH, elsewhere]) == [RAUCH, elsewhere]


def test_who_said_drops_another_speaker_of_the_same_party_or_office() -> None:
    rossmann = _listed("a", 3, "Das ist gefährlich, warnte Rossmann.", "der Budgetsprecher der Grünen, Bruno Rossmann")
    walser = _listed("b", 8, "Wir sind bereit, sagt Walser.", "Der grüne Bildungssprecher Walser")
    assert elsewhere_dropped("who_said", [rossmann, walser]) == [rossmann]
    assert not same_speaker("Die ehemalige Präsidentin des Gerichtshofs", "Wirtschaftskammer-Präsident Christoph Leitl")
    assert same_speaker("die Junge Kurie", "Die Junge Kurie der Akademie der Wissenschaften (ÖAW)")


def test_who_said_keeps_another_article_printing_the_figure_asked_about() -> None:
    twelve = Figure(start=0, end=6, number_start=0, number_end=6, text="12.000", values=[12000.0], kind="count")
    yonhap = _listed("a", 1, "Pjöngjang wolle 12.000 Soldaten entsenden, berichtete Yonhap.", "Yonhap", [twelve])
    kiew = _listed("b", 7, "Die Regierung in Kiew sprach sogar von 12.000 Soldaten.", "Die Regierung in Kiew", [twelve])
    assert elsewhere_dropped("who_said", [yonhap, kiew]) == [yonhap, kiew]


def test_figure_answers_keep_other_articles() -> None:
    # the figures of several reports answer "how many, according to whom"
    assert elsewhere_dropped("figure", [RAUCH, MATEJKA]) == [RAUCH, MATEJKA]


def test_further_claims_are_weighed_by_what_the_first_has_and_they_lack() -> None:
    def money(text: str, value: float, kind: str) -> Figure:
        return Figure.model_validate(
            {
                "start": 0,
                "end": len(text),
                "number_start": 0,
                "number_end": 3,
                "text": text,
                "values": [value],
                "kind": kind,
            }
        )

    row = dict.fromkeys(NAMES, 0.0)
    first = _listed(
        "a", 3, "Die Bank hat faule Kredite von 200 Milliarden Euro.", "Die Bank", [money("200 Mrd", 2e11, "money")]
    )
    first.row = list({**row, "cover": 0.8, "cover_context": 0.9, "dense": 0.85}.values())
    share = _listed(
        "a", 4, "Sie seien zu 60 Prozent gedeckt, erklärte die Bank.", "die Bank", [money("60 Prozent", 60, "percent")]
    )
    share.row = list({**row, "cover": 0.2, "cover_context": 0.5, "dense": 0.8}.values())
    more = _listed("a", 5, "Davon entfallen 50 Milliarden Euro auf Unicredit.", None, [money("50 Mrd", 5e10, "money")])
    more.row = list({**row, "cover": 0.8, "cover_context": 0.9, "dense": 0.85}.values())
    article = Article(id="a", title="T", text="x")
    second, third = (
        dict(zip(FEATURES, r, strict=True)) for r in features("figure", [first, share, more], {"a": article})
    )
    assert second["cover_behind"] == pytest.approx(0.6) and second["context_behind"] == pytest.approx(0.4)
    assert second["dense_behind"] == pytest.approx(0.05) and third["cover_behind"] == 0.0
    assert second["first_source"] == 1.0 and third["first_source"] == 0.0  # the bank again; no source
    assert second["other_measure"] == 1.0 and third["other_measure"] == 0.0  # a share of the sum asked, not a sum


def _covering(item: Listed, rare: float) -> Listed:
    """``item`` with first-stage features whose article has this weighted share of the question's rare words."""
    item.row = list({**dict.fromkeys(NAMES, 0.0), "cover_rare_article": rare}.values())
    return item


def test_another_article_lacking_the_questions_rare_words_is_another_event() -> None:
    # "Wie viele Häuser hat das Hochwasser in Lienz beschädigt?": the Lienz article has every rare word, a report
    # on a storm elsewhere only "Hochwasser"
    lienz = _covering(_listed("a", 2, "In Lienz wurden 140 Häuser beschädigt, teilte die Gemeinde mit.", "Gemeinde"), 1)
    damm = _covering(_listed("a", 6, "Der Damm hielt an 30 Stellen nicht stand.", None), 1.0)
    sturm = _covering(_listed("b", 3, "Der Sturm deckte in Kärnten 60 Dächer ab.", None), 0.4)
    osttirol = _covering(_listed("c", 1, "In Osttirol stehen 150 Häuser unter Wasser.", "Die Polizei"), 0.8)
    assert off_topic_dropped([lienz, damm, sturm, osttirol]) == [lienz, damm, osttirol]


def test_another_article_that_only_words_the_question_otherwise_stays() -> None:
    # the other article lacks a rare word of how the question is put ("beschädigt"), not of what it is about
    lienz = _covering(_listed("a", 2, "In Lienz wurden 140 Häuser beschädigt.", None), 1)
    drau = _covering(_listed("b", 5, "In Lienz stehen 150 Häuser unter Wasser.", None), 0.4)
    assert off_topic_dropped([lienz, drau], lambda first, other: False) == [lienz, drau]
    assert off_topic_dropped([lienz, drau], lambda first, other: True) == [lienz]


def test_a_question_across_the_articles_keeps_each_articles_claims() -> None:
    # "Wie viele Häuser wurden laut den beiden Berichten beschädigt?": each report's count is asked for
    lienz = _covering(_listed("a", 2, "In Lienz wurden 140 Häuser beschädigt.", None), 1)
    sturm = _covering(_listed("b", 3, "Der Sturm deckte in Kärnten 60 Dächer ab.", None), 0.4)
    assert off_topic_dropped([lienz, sturm], across=True) == [lienz, sturm]


def test_a_claim_without_features_is_not_judged_off_topic() -> None:
    lienz = _covering(_listed("a", 2, "In Lienz wurden 140 Häuser beschädigt.", None), 1.0)
    bare = _listed("b", 4, "Der Sturm deckte 60 Dächer ab.", None)
    assert off_topic_dropped([lienz, bare]) == [lienz, bare]
    assert off_topic_dropped([bare, lienz]) == [bare, lienz]


MAYOR = _listed("a", 3, "Das ist ein Schildbürgerstreich, sagte Bürgermeisterin Anna Gruber.", "Anna Gruber", p=0.99)


def test_who_said_drops_another_speaker_far_behind() -> None:
    # "Wer nannte die Reform einen Schildbürgerstreich?": the mayor said it; the councillor speaks of the reform too
    mayor = MAYOR
    councillor = _listed("a", 7, "Wir prüfen das, sagte Stadtrat Paul Huber.", "Stadtrat Paul Huber", p=0.9)
    unnamed = _listed("a", 8, "Die Reform kostet viel Geld.", None, p=0.9)
    assert other_speaker_dropped([mayor, councillor]) == [mayor]
    assert other_speaker_dropped([mayor, unnamed]) == [mayor]


def test_who_said_keeps_another_speaker_close_behind_and_the_same_speaker() -> None:
    mayor = MAYOR
    close = _listed("a", 7, "Ein Schildbürgerstreich sei das, meinte Stadtrat Paul Huber.", "Paul Huber", p=0.985)
    # her statement goes on in a second sentence, which the scorer finds less likely than the first
    again = _listed("a", 4, "Darüber lacht das ganze Land, so Gruber.", "Bürgermeisterin Gruber", p=0.85)
    assert other_speaker_dropped([mayor, close]) == [mayor, close]
    assert other_speaker_dropped([mayor, again]) == [mayor, again]


def test_who_said_drops_the_same_speakers_other_words_far_behind() -> None:
    # "Wer nannte die Reform einen Schildbürgerstreich?": the mayor's words on the budget are not the statement asked
    budget = _listed("a", 12, "Das Budget sei ausgeglichen, sagte Gruber.", "Bürgermeisterin Gruber", p=0.5)
    assert other_speaker_dropped([MAYOR, budget]) == [MAYOR]


def test_who_said_cuts_its_claims_after_dropping_another_speaker() -> None:
    # "Wer nannte die Reform einen Schildbürgerstreich?": a councillor's words, far behind, ranked before the mayor's
    # second sentence must not take its place in the two claims and then leave the answer with one
    councillor = _listed("a", 7, "Wir prüfen das, sagte Stadtrat Paul Huber.", "Stadtrat Paul Huber", p=0.9)
    again = _listed("a", 4, "Darüber lacht das ganze Land, so Gruber.", "Bürgermeisterin Gruber", p=0.85)
    assert speaker_claims([MAYOR, councillor, again], 2) == [MAYOR, again]
    assert speaker_claims([MAYOR, again, councillor], 1) == [MAYOR]


def _pool(question: str, rare: list[str], texts: dict[str, str]) -> Pool:
    q = parse_question(question)
    pool = Pool(q, [], None, {d: Article(id=d, title="Meldung", text=t) for d, t in texts.items()})
    pool.terms = replace(topic_terms(rare, []), rare=rare)
    return pool


def test_the_topic_a_german_question_asks_about_is_its_rare_nouns() -> None:
    texts = {
        "a": "Das Hochwasser hat in Lienz 140 Häuser beschädigt.",
        "b": "In Kärnten deckte ein Sturm 60 Dächer ab.",
        "c": "Die Flut setzte in Lienz 150 Gebäude unter Wasser.",
    }
    pool = _pool(
        "Wie viele Häuser hat das Hochwasser in Lienz beschädigt?", ["hochwasser", "lienz", "beschädigt"], texts
    )
    assert lacks_topic_noun(pool.question, pool, "a", "b")  # neither the flood nor the town
    assert lacks_topic_noun(pool.question, pool, "a", "c")  # "Hochwasser" is a noun of it
    pool = _pool("Wie viele Häuser wurden in Lienz beschädigt?", ["lienz", "beschädigt"], texts)
    assert not lacks_topic_noun(pool.question, pool, "a", "c")  # only the verb is missing
    english = _pool("How many houses were damaged in Lienz?", ["lienz", "damaged"], texts)
    assert lacks_topic_noun(english.question, english, "a", "c")  # the rows' share of printed rare words decides


def _counted(text: str, index: int) -> Listed:
    c = Candidate("a", index, 0, len(text), 0.8, 0.0, text, "", "T", text, None, SentenceInfo(), source=None)
    return Listed(c, 0.9, list(extract_figures(text)), None)


def test_further_figures_of_a_noun_unlike_the_one_asked_and_the_first_are_dropped() -> None:
    # how many accidents: not the women who were hurt in one, nor the men who saw it
    question = parse_question("wie viele unfälle gab es am wochenende auf der autobahn")
    first = _counted("Die Polizei zählte am Wochenende 23 Unfälle auf der Autobahn.", 1)
    women = _counted("Dabei seien neun Frauen leicht verletzt worden.", 2)
    men = _counted("Rund 40 Männer hätten als Zeugen ausgesagt.", 3)
    more = _counted("Im Vorjahr waren es 31 Unfälle gewesen.", 4)
    assert unlike_dropped(question, [first, women, men, more]) == [first, more]


def test_people_the_table_knows_on_both_sides_stay() -> None:
    # the dead are people: "wie viele Menschen" is answered by "Tote" beside "Menschen"
    question = parse_question("wie viele menschen starben beim erdbeben")
    first = _counted("Beim Beben kamen mindestens 40 Menschen ums Leben.", 1)
    dead = _counted("Die Behörden meldeten am Abend 52 Tote.", 2)
    assert unlike_dropped(question, [first, dead]) == [first, dead]


def test_a_question_of_two_things_keeps_both_nouns() -> None:
    question = parse_question("wie viele diebstähle und wie viele festnahmen gab es beim stadtfest")
    first = _counted("Insgesamt gingen bei der Polizei 87 Diebstähle ein.", 1)
    arrests = _counted("Die Polizei meldete 14 Festnahmen.", 2)
    assert unlike_dropped(question, [first, arrests]) == [first, arrests]
