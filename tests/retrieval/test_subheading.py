"""A figure answer lists the sub-heading (the article's printed title) beside a body sentence of the same article
that gives the same figure: "Bis 2020 sollen es mehr als 200.000 sein." above "Bis 2020 sollten es mehr als
200.000 sein, sagte Siemens-Chef Joe Kaeser."."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES, countable
from retrieval.answer.listing import Listed
from retrieval.answer.subheading import in_title, repeating, sourced_from_body, title_span
from retrieval.figures import extract_figures
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question


@dataclass(frozen=True)
class _Row:
    doc_id: str
    index: int
    start: int
    end: int


class _ArticleLibrary:
    """One article "d", its sentences split at full stops before a capital, each analysed for its figures only."""

    def __init__(self, title: str, text: str) -> None:
        self.text = text
        self.title = title
        self.spans = [m.span() for m in re.finditer(r"\S.*?\.(?=\s+[A-ZÄÖÜ]|$)", text)]
        self.infos = {
            i: SentenceInfo(figures=tuple(extract_figures(text, s, e))) for i, (s, e) in enumerate(self.spans)
        }

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title=self.title, text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> list[Any]:
        return [_Row(d, i, *self.spans[i]) for d, i in keys if i < len(self.spans)]

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.ones(2) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.ones(2)

    def candidate(self, index: int) -> Candidate:
        s, e = self.spans[index]
        return Candidate(
            "d", index, s, e, 0.8, 0.0, self.text[s:e], "", self.title, self.text[:400], None, self.infos[index]
        )


def _answer(title: str, body: str, question: str, claimed: list[int]) -> list[str]:
    """The claims' sentences, once ``claimed`` (sentence indexes) are listed, with the title sentences added."""
    library = _ArticleLibrary(title, f"{title} {body}")
    q = parse_question(question)
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = [Listed(c, 0.9, countable(c, q), None) for c in map(library.candidate, claimed)]
    pool = Pool(q, [item.candidate for item in listed], None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in listed]
    out = answerer._with_subheading(q, listed, pool, rows, np.array([0.9] * len(listed)))
    return [item.candidate.text for item in out]


SIEMENS_TITLE = "Von 340.000 Beschäftigten sind derzeit 145.000 Aktionäre. Bis 2020 sollen es mehr als 200.000 sein."
SIEMENS_BODY = (
    "München – Siemens will seine Belegschaft stärker beteiligen. "
    "Bis 2020 sollten es mehr als 200.000 sein, sagte Siemens-Chef Joe Kaeser."
)


def test_the_sub_heading_that_repeats_a_listed_figure_is_listed_beside_it() -> None:
    texts = _answer(SIEMENS_TITLE, SIEMENS_BODY, "How many employees will hold shares by 2020?", [3])
    assert texts == [
        "Bis 2020 sollten es mehr als 200.000 sein, sagte Siemens-Chef Joe Kaeser.",
        "Bis 2020 sollen es mehr als 200.000 sein.",
    ]


def test_a_sub_heading_with_other_figures_is_not_listed() -> None:
    body = "München – Siemens will seine Belegschaft beteiligen. Der Fonds hat 400 Millionen Euro, sagte Kaeser."
    texts = _answer(SIEMENS_TITLE, body, "How much money is in the Siemens fund?", [3])
    assert texts == ["Der Fonds hat 400 Millionen Euro, sagte Kaeser."]


def test_a_figure_the_claim_gives_only_beside_its_answer_is_no_repeat() -> None:
    title = "Der Vergleichswert lag 1965 noch bei 42 Prozent."
    body = (
        "Miami – Der Anteil der Raucher liegt bei 15,2 Prozent. "
        "Die Werte lagen 1997 bei 24,7 Prozent und 1965 bei 42 Prozent."
    )
    texts = _answer(title, body, "What share of adults smoke?", [2])
    assert texts == ["Die Werte lagen 1997 bei 24,7 Prozent und 1965 bei 42 Prozent."]


def test_a_share_in_words_beside_a_percentage_is_no_repeat() -> None:
    title = "Jeder vierte will unpassende Geschenke weiterverkaufen."
    body = "Berlin – In einer Umfrage sagten 25 Prozent der Befragten, sie würden Geschenke verkaufen."
    texts = _answer(title, body, "What percentage of people would sell on gifts they do not like?", [1])
    assert texts == ["Berlin – In einer Umfrage sagten 25 Prozent der Befragten, sie würden Geschenke verkaufen."]


def test_the_title_is_found_where_the_text_prints_it_at_its_top() -> None:
    article = Article(id="a", title="Teuerung bei 0,7 Prozent.", text="Teuerung bei 0,7 Prozent. Wien – Die Rate …")
    span = title_span(article)
    assert span == (0, 25)
    assert in_title(0, 25, span) and not in_title(26, 40, span)
    assert title_span(Article(id="b", title="Ein Titel", text="Ein anderer Text. " * 40)) is None


def test_a_figure_repeats_only_as_printed_alike() -> None:
    text = "Bis 2020 sollen es mehr als 200.000 sein. Es waren 200.000 Aktionäre. Jeder vierte, 25 Prozent."
    figures = extract_figures(text)
    by_text = {f.text: f for f in figures}
    first, second = [f for f in figures if f.values == [200000.0]]
    assert repeating([first], [second], text) == [first]
    assert repeating([by_text["Jeder vierte"]], [by_text["25 Prozent"]], text) == []


def _answer_with_title(title: str, body: str, question: str, claimed: list[int], title_p: float) -> list[str]:
    """As ``_answer``, with the title's first sentence among the candidates at probability ``title_p``: the claims'
    sentences with their figures."""
    library = _ArticleLibrary(title, f"{title} {body}")
    q = parse_question(question)
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = [Listed(c, 0.9, countable(c, q), None) for c in map(library.candidate, claimed)]
    candidates = [item.candidate for item in listed] + [library.candidate(0)]
    pool = Pool(q, candidates, None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    p = np.array([0.9] * len(listed) + [title_p])
    out = answerer._with_subheading(q, listed, pool, rows, p)
    return [f"{item.candidate.text} [{'; '.join(f.text for f in item.figures)}]" for item in out]


FIRE_TITLE = "Zwölf Verletzte bei Brand in Lagerhalle."
FIRE_BODY = (
    "Linz – In einer Lagerhalle im Hafen ist am Montag ein Feuer ausgebrochen. "
    "Dabei wurden 17 Menschen verletzt, teilte die Feuerwehr mit."
)


def test_a_sub_heading_that_answers_is_listed_with_a_figure_of_its_own() -> None:
    # the sub-heading and the body disagree: the first stage finds the sub-heading answers, so a reader sees both
    texts = _answer_with_title(FIRE_TITLE, FIRE_BODY, "Wie viele Menschen wurden beim Brand verletzt?", [2], 0.99)
    assert texts == [
        "Dabei wurden 17 Menschen verletzt, teilte die Feuerwehr mit. [17 Menschen]",
        "Zwölf Verletzte bei Brand in Lagerhalle. [Zwölf Verletzte]",
    ]


def test_a_sub_heading_likely_enough_to_list_but_not_to_answer_gives_no_figure_of_its_own() -> None:
    # stop 53: between the "listed" and "found" bars a sub-heading's own figure was most often another thing's
    # ("BIP-Anstieg von 1,5 Prozent erwartet" beside the labour supply asked)
    scorer = Answerer(_ArticleLibrary(FIRE_TITLE, FIRE_BODY), listing=None).scorer  # type: ignore[arg-type]
    assert scorer.listed["figure"] <= 0.9 < scorer.found["figure"]
    texts = _answer_with_title(FIRE_TITLE, FIRE_BODY, "Wie viele Menschen wurden beim Brand verletzt?", [2], 0.9)
    assert texts == ["Dabei wurden 17 Menschen verletzt, teilte die Feuerwehr mit. [17 Menschen]"]


def test_an_unlikely_sub_heading_is_listed_only_with_a_figure_it_repeats() -> None:
    texts = _answer_with_title(FIRE_TITLE, FIRE_BODY, "Wie viele Menschen wurden beim Brand verletzt?", [2], 0.4)
    assert texts == ["Dabei wurden 17 Menschen verletzt, teilte die Feuerwehr mit. [17 Menschen]"]


def _sources(title: str, body: str, claimed: dict[int, str | None]) -> list[str | None]:
    """The claims' sources once the sentences ``claimed`` (index: the source each names itself) are listed, each with
    the figures its sentence gives, and the title's taken from the body (``sourced_from_body``)."""
    library = _ArticleLibrary(title, f"{title} {body}")
    listed = [
        Listed(library.candidate(i), 0.9, list(library.infos[i].figures), source) for i, source in claimed.items()
    ]
    return [item.source for item in sourced_from_body(listed, {"d": library.article("d")})]


UNHCR_TITLE = "Insgesamt fehlen dem Hilfswerk 440 Millionen Euro."
UNHCR_BODY = "Genf – Der UNO fehlt das Geld für Zelte. Insgesamt fehlen rund 440 Millionen Euro, teilte das UNHCR mit."


def test_a_title_figure_takes_the_source_the_body_gives_for_it() -> None:
    assert _sources(UNHCR_TITLE, UNHCR_BODY, {2: "das UNHCR", 0: None}) == ["das UNHCR", "das UNHCR"]


def test_a_title_keeps_its_own_source_and_takes_none_for_another_figure() -> None:
    assert _sources(UNHCR_TITLE, UNHCR_BODY, {2: "das UNHCR", 0: "die Caritas"}) == ["das UNHCR", "die Caritas"]
    body = "Genf – Der UNO fehlt das Geld für Zelte. Es fehlen 70.000 Zelte, teilte das UNHCR mit."
    assert _sources(UNHCR_TITLE, body, {2: "das UNHCR", 0: None}) == ["das UNHCR", None]


def test_a_duration_the_title_repeats_is_no_reported_figure() -> None:
    title = "637 Tage Haft haben dem Bayern-Boss zugesetzt."
    body = "München – Der Manager ist frei. Die 637 Tage Haft waren hart, sagte Uli Hoeneß."
    assert _sources(title, body, {2: "Uli Hoeneß", 0: None}) == ["Uli Hoeneß", None]
