"""A country asked about is named by an article that opens on a place inside it: Austrian news datelined "Graz –"
never needs to write "Österreich", so "in austria" does not rule out its figures; a place inside the country named
only further on, in passing, does not make an article about that country. A place typed by its English name is named
by its German one ("Thuringia": "Thüringen")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import one_article_bot

from retrieval.constraints import is_place, names_place, names_within


@pytest.mark.parametrize(
    ("place", "text", "expected"),
    [
        ("Austria", "Graz – Die Stadt hat ein neues Budget.", True),
        ("österreich", "Die Linzer Feuerwehr rückte aus.", True),  # its people, a city's adjective
        ("Österreich", "Leoben – Der Betrieb schließt.", True),  # a town in a region in the country
        ("Germany", "Nürnberg – Die Messe öffnet.", True),
        ("Schweiz", "Bernhard übernahm die Leitung.", False),  # "Bern" only as a whole word
        ("Deutschland", "In Niedersachsen wurde gewählt.", False),  # not the "Sachsen" the table knows
        ("Italien", "Graz – Die Stadt hat ein neues Budget.", False),
        ("Yola", "Graz – Die Stadt hat ein neues Budget.", False),  # a place with nothing inside it
    ],
)
def test_a_text_names_a_country_by_a_place_inside_it(place: str, text: str, expected: bool) -> None:
    assert names_within(place, text) is expected


def test_a_country_asked_about_is_met_by_an_article_datelined_inside_it(tmp_path: Path) -> None:
    text = (
        "Wohnen wird teurer\n"
        "Wohnen wird teurer. Klagenfurt – Die Mieten sind im Vorjahr um 4,2 Prozent gestiegen, teilte die "
        "Landesstatistik am Montag mit. Die Betriebskosten legten um 2,1 Prozent zu."
    )
    with one_article_bot(tmp_path, "k", text) as bot:
        english = bot.answer("by how much did rents rise in austria last year")
        german = bot.answer("um wie viel prozent sind die mieten in österreich gestiegen")
    for answer in (english, german):
        assert answer.found
        assert "4,2 Prozent" in answer.claims[0].quote


def test_a_place_inside_the_country_named_only_in_passing_does_not_name_it(tmp_path: Path) -> None:
    text = (
        "Kredite werden teurer\n"
        "Kredite werden teurer. Lissabon – Die Zinsen für Hauskredite sind im Vorjahr um 1,5 Prozentpunkte "
        "gestiegen, teilte die Notenbank mit. Die Banken rechnen mit weiteren Anstiegen. Die Kreditnachfrage sei "
        "dennoch hoch, hieß es. Ein Fachmann der Branche, der vor einer Woche auf einer Tagung in Wirtschaftsfragen "
        "Stellung nahm, blieb vorsichtig und verwies auf viele offene Fragen der kommenden Monate. Er hielt seinen "
        "Vortrag am Dienstag in Hamburg vor Vertretern der Versicherungen, Sparkassen und Genossenschaftsbanken."
    )
    with one_article_bot(tmp_path, "l", text) as bot:
        answer = bot.answer("by how much did mortgage rates rise in germany last year")
    assert not answer.found


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("Thuringia", "In Thüringen stieg die Zahl der Anzeigen auf 80."),
        ("qatar", "Die Arbeiter in Katar verdienen 200 Euro im Monat."),
        ("Cameroon", "Kamerun meldete am Montag 14 Tote."),
        ("tehran", "Aus Teheran kam keine Antwort."),
    ],
)
def test_a_place_typed_in_english_is_named_by_its_german_name(place: str, text: str) -> None:
    assert is_place(place)
    assert names_place(place, text, capital_for_country=False)


@pytest.mark.parametrize(
    ("place", "text", "expected", "searched"),
    [
        ("Moskau", "Der Gemeinderat tagte am Montag.", False, [r"\brussisch"]),  # only the adjective's pattern
        ("USA", "Der Gemeinderat tagte am Montag.", False, [r"\bamerikanisch"]),
        ("USA", "Die US-Regierung tagte.", True, [r"\buss?\b"]),  # a short name held: searched as a word
        ("Moskau", "Die Russlands Botschaft schwieg.", True, [r"\brussland"]),
    ],
)
def test_a_name_is_searched_for_only_where_the_text_holds_it(
    place: str, text: str, expected: bool, searched: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # most texts name no place asked: each name's pattern, compiled for nothing, pushed others out of re's cache
    # (stop 52); the answer is the same
    patterns: list[str] = []
    search = re.search

    def searching(pattern: str, string: str, *args: Any) -> re.Match[str] | None:
        patterns.append(pattern)
        return search(pattern, string, *args)

    monkeypatch.setattr(re, "search", searching)
    assert names_place(place, text) is expected
    assert patterns == searched
