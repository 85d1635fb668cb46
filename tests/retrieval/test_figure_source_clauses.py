"""Sources a figure does not take: a closing "wie"-clause in the sentence after reports only its own clause ("…,
wie die Firma am Mittwoch bestätigte"), unlike a closing main clause ("…, teilte die Firma mit"); and a body the
money goes to or is meant for ("an die Tageszeitung", "für das UNHCR") is not who gives the figure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import candidate_at, one_article_bot

from retrieval.answer.actors import named_in
from retrieval.answer.reporting import as_clause, reporting_actor
from retrieval.models import SentenceInfo

_ARTICLE = (
    "Musikdienst sammelt Geld ein\n"
    "Stockholm – Der Musikdienst Klangstrom hat vor dem Start eines Konkurrenten 480 Millionen Euro eingesammelt. "
    "Die Finanzierungsrunde war überzeichnet, wie die schwedische Firma am Mittwoch bestätigte. "
    "Der Umsatz stieg im Vorjahr auf 910 Millionen Euro. "
    "Der Gewinn lag bei 35 Millionen Euro, teilte die Klangstrom AB am Mittwoch mit."
)


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with one_article_bot(tmp_path_factory.mktemp("stream"), "stream", _ARTICLE) as bot:
        yield bot


def _source_of(bot: Any, question: str, figure: str) -> str | None:
    answer = bot.answer(question)
    claims = [c for c in answer.claims if figure in (c.figure or "")]
    assert claims, [c.figure for c in answer.claims]
    return claims[0].source


def test_a_closing_wie_clause_does_not_give_its_source_to_the_figure_before(stream: Any) -> None:
    source = _source_of(stream, "Wie viel Geld hat der Musikdienst Klangstrom eingesammelt, und wer sagt das?", "480")
    assert source is None


def test_a_closing_main_clause_still_gives_its_source_to_the_figure_before(stream: Any) -> None:
    source = _source_of(stream, "Auf wie viel stieg der Umsatz von Klangstrom im Vorjahr, und wer sagt das?", "910")
    assert source is not None and "Klangstrom" in source


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        ("Die Runde war überzeichnet, wie die schwedische Firma am Mittwoch bestätigte.", "wie bestätigte", True),
        ("Die Demonstranten warfen Rauchbomben, wie die Agentur Ukrinform meldete.", "wie meldete", True),
        ("Wie der Nationalrat Matthias Köchl mitteilte, sollen sie nach Gabcikovo.", "wie mitteilte", False),
        ("15 Menschen werden noch vermisst, berichtete die Nachrichtenagentur Xinhua.", "berichtete", False),
        ("Stützen waren der Konsum und der Tourismus, erklärte das Wifo.", "erklärte", False),
        ("Die Übergabe lief geordnet.", None, False),
    ],
)
def test_a_closing_wie_clause_is_told_from_a_closing_main_clause(sentence: str, cue: str | None, clause: bool) -> None:
    assert as_clause(sentence, cue) is clause


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Der höchste Betrag ging im abgefragten Zeitraum an die Tageszeitung Österreich mit knapp 40.400 Euro.", None),
        ("Davon gehen 5,5 Millionen für das UN-Flüchtlingshochkommissariat UNHCR, fünf Millionen an das WFP.", None),
        ("Zum Vergleich: Für Schuldendienst wendet Wels heuer knapp fünf Millionen Euro auf.", None),
        ("Im Vorjahr zählte das Innenministerium 2.429 Bewerbungen für den Polizeidienst.", "Innenministerium"),
    ],
)
def test_whom_the_money_goes_to_is_not_the_figure_source(sentence: str, source: str | None) -> None:
    c = candidate_at(sentence, (0, len(sentence)), 0, {0: SentenceInfo()})
    found = reporting_actor(c, "DER STANDARD")
    assert (found if found is None else found.split()[-1]) == source


def test_the_sentence_before_a_there_may_still_name_a_body_after_fuer() -> None:
    # "ein Fall für den Presserat. Dort sind 35 Beschwerden eingelangt": the body a "Dort" points back to
    assert named_in("Das ist ein Fall für den Presserat.", 0, []) == "Presserat"
