"""Another of the same kind: a figure question about one country, people or party (by initials) is not answered by a
sentence that gives the figure to another one of that type and names none of those asked about."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import sentence_candidate

from retrieval.answer.contrast import (
    asked_countries,
    asked_initials,
    country_named,
    other_typed,
    owner_words,
    written_initials,
)
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES, Featurizer, terms, violates
from retrieval.figures import extract_figures
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract_figures(text) if f.kind in ("count", "money", "percent")]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Iraker", "irak"),
        ("Afghanen", "afghanistan"),
        ("Syrer", "syrien"),
        ("Ungarns", "ungarn"),
        ("EU-Syrien-Fonds", "syrien"),
        ("französischen", "frankreich"),
        ("Lehrer", None),
        ("Werner", None),
    ],
)
def test_a_country_is_named_by_its_name_its_adjective_or_its_people(word: str, country: str | None) -> None:
    assert country_named(word) == country


@pytest.mark.parametrize(
    ("question", "countries"),
    [
        ("how many doctors is hungary sending to the camps in greece?", ["hungary"]),  # who acts, not where to
        ("how many new cases did chile and peru report", ["chile", "peru"]),
        ("what share of the syrians in the survey had a degree?", ["Syria"]),
        ("wie viele Kurden leben in der Türkei", ["Türkei"]),
    ],
)
def test_the_countries_a_figure_question_asks_about(question: str, countries: list[str]) -> None:
    assert asked_countries(parse_question(question)) == countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rund ein Drittel der befragten Iraker hatte einen Abschluss.", True),  # the people after the figure
        ("Polen hat die Entsendung von 40 Ärzten zugesagt.", True),  # another country as the subject
        ("Im Vorjahr kamen 300 Ärzte aus Polen, die meisten über Ungarn.", False),  # names the one asked about
        ("Rund 40 Ärzte sollen kommen, viele von ihnen Polen.", False),  # behind a comma: said in passing
        ("In Chile gab es bis Dezember 19 neue Fälle.", False),  # a place where, before the verb: no subject
    ],
)
def test_a_sentence_giving_its_figure_to_another_country_or_people(sentence: str, expected: bool) -> None:
    countries = ["Syrien"] if "Iraker" in sentence else ["ungarn"] if "Ärzt" in sentence else ["chile"]
    assert other_typed(sentence, _spans(sentence), countries, [], "", None) is expected


def test_initials_typed_in_lower_case_are_read_as_the_article_writes_them() -> None:
    article = "Die SPÖ will eine Seilbahn, die ÖVP einen Tunnel. Laut APA kostet der Tunnel 40 Millionen Euro."
    asked = asked_initials(parse_question("was kostet die seilbahn, die die spö will?"))
    assert asked == ["SPÖ"] and written_initials(asked, article) == ["SPÖ"]
    assert written_initials(asked, "Die Seilbahn der Stadt kostet 20 Millionen Euro.") == []
    assert asked_initials(parse_question("how much is the APA survey worth?")) == []  # they qualify a noun
    assert asked_initials(parse_question("how much is the tunnel according to the apa?")) == []  # its source


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mit 40 Millionen Euro wollte die ÖVP den Tunnel bauen.", True),
        ("Die ÖVP käme auf 30 Prozent, die SPÖ auf 25 Prozent.", False),  # names the one asked about
        ("Laut APA kostet der Tunnel 40 Millionen Euro.", False),  # initials of its source
    ],
)
def test_a_sentence_giving_its_figure_to_another_party(sentence: str, expected: bool) -> None:
    assert other_typed(sentence, _spans(sentence), [], ["SPÖ"], "was kostet die seilbahn der spö", None) is expected


def test_owner_places_are_subjects_and_the_words_after_a_figure_up_to_its_clause_end() -> None:
    sentence = "Laut Umfrage: Die ÖVP könnte 29 Prozent der Stimmen erreichen, Experten zweifelten daran."
    words = owner_words(sentence, _spans(sentence))
    assert "ÖVP" in words and "Stimmen" in words and "Experten" in words
    assert "zweifelten" not in words and "Laut" not in words


def test_the_contrast_rules_a_candidate_out_in_the_feature_row() -> None:
    q = parse_question("what percentage of the syrians in the survey never went to school?")
    sentence = "Ein Viertel der befragten Iraker gab an, keine Schule besucht zu haben."
    c = sentence_candidate(sentence, info=SentenceInfo(figures=tuple(extract_figures(sentence))))
    text = f"Befragt wurden Syrer, Iraker und Eritreer. {sentence}"
    pool = Pool(q, [c], None, {"d": Article(id="d", title="Umfrage", text=text)})
    qt = terms(q, lambda words: dict.fromkeys(words, 1), 100)
    featurizer = Featurizer(
        lambda keys: {k: np.ones(2, dtype=np.float32) for k in keys}, lambda head: np.ones(2, dtype=np.float32)
    )
    (row,) = featurizer.rows(pool, qt)
    assert row[NAMES.index("place")] == -1.0 and violates(row)
    asked = parse_question("what percentage of the iraqis in the survey never went to school?")
    (row,) = featurizer.rows(Pool(asked, [c], None, pool.articles), terms(asked, lambda w: dict.fromkeys(w, 1), 100))
    assert row[NAMES.index("place")] != -1.0
