"""A when-question is answered by a sentence whose time dates the event asked about: the clause that holds the time
names the event, not only some other clause of the sentence (``answerer.dates_event``, ``occasion.time_clauses``)."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval.answer.answerer import _english_event, dates_event
from retrieval.answer.evidence import Candidate
from retrieval.answer.occasion import time_clauses
from retrieval.api import Belegbot
from retrieval.question import parse_question

RUTTE = (
    "Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär und war zuvor langjähriger Premierminister der Niederlande."
)
SUMMONS = (
    "Die scheinbar neue Dynamik im Krieg gegen die Ukraine hat auch die Bundesregierung auf den Plan gerufen: Das "
    "Auswärtige Amt zog am Mittwoch diplomatische Konsequenzen und bestellte den nordkoreanischen Geschäftsträger in "
    "Berlin ein."
)
DECEMBER = (
    "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach "
    "Russland schicken wird."
)
FOUNDED = "Die Nordatlantikvertrags-Organisation (Nato) ist ein Verteidigungsbündnis, das 1949 gegründet wurde."
BANKNOTE = "Die neue Banknote mit dem Admiral wird bald gedruckt: 1849 sollen zwei seiner Brüder verkauft werden."


def _dated(text: str) -> Candidate:
    return sentence_candidate(text, info=figures_of(text))


def test_a_time_dates_its_own_clause_and_the_phrases_coordinated_after_it() -> None:
    assert time_clauses(_dated(RUTTE)) == ["Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär"]  # "zuvor": its own
    summons = time_clauses(_dated(SUMMONS))
    assert len(summons) == 1 and "am Mittwoch" in summons[0] and "Geschäftsträger" in summons[0]
    december = time_clauses(_dated(DECEMBER))
    assert december == ["dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird."]
    assert time_clauses(_dated("Die Lage ist ernst.")) == []


def _event(question: str) -> list[str]:
    return [w for w, _ in _english_event(question, ())]


def test_an_english_when_question_names_its_event_after_its_doer() -> None:
    assert _english_event("when did russia and north korea sign their military pact?", ()) == (
        ("sign", True),
        ("pact", False),
    )
    assert _event("which month did the first north korean soldiers actually arrive in russia") == ["arrive"]
    assert _event("when was the pact signed") == ["pact", "signed"]  # a passive: the event before it
    assert "whom" not in _event("when will self-driving cars be ready for the market, according to whom")
    assert _event("so in what year did nato come into being?") == []  # "come" names no event: asks nothing
    # a verb too common to name the event: the event before it, as a passive's ("come out": the bill)
    assert _event("when will the new $20 bill with harriet tubman come out") == ["bill", "tubman"]
    assert _event(f"when did russia sign the {'a' * 2000} pact") == ["sign", "pact"]  # at once: the long word untagged


@pytest.mark.parametrize(
    ("question", "text", "dates"),
    [
        ("when did russia and north korea sign their military pact?", DECEMBER, False),
        ("when did russia and north korea sign their military pact?", SUMMONS, False),
        ("when was nato founded anyway?", FOUNDED, True),
        ("when did the german foreign office summon the north korean charge d'affaires?", SUMMONS, True),
        ("seit wann war rutte premierminister der niederlande", RUTTE, False),
        ("seit wann ist rutte eigentlich nato-generalsekretär", RUTTE, True),
        ("when will the new banknote with the admiral come out", BANKNOTE, False),  # 1849 dates another's sale
    ],
)
def test_a_when_question_is_answered_only_where_the_time_dates_its_event(question: str, text: str, dates: bool) -> None:
    assert dates_event(parse_question(question), _dated(text)) is dates


def test_the_shipped_articles_date_no_pact_but_nato_s_founding(service: Belegbot) -> None:
    for question in (
        "when did russia and north korea sign their military pact",
        "which month did the first north korean soldiers actually arrive in russia",
        "seit wann war rutte premierminister der niederlande",
    ):
        assert not service.answer(question).found, question
    founded = service.answer("when was nato founded?")
    assert founded.found and "1949" in founded.claims[0].quote
    since = service.answer("seit wann ist rutte eigentlich nato-generalsekretär")
    assert since.found and "seit Oktober 2024" in since.claims[0].quote
