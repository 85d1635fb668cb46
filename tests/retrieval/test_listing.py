"""Which further claims an answer lists: the second look at each claim beside the first (``answer.listing``)."""

from __future__ import annotations

from functools import partial
from types import SimpleNamespace

import numpy as np
import pytest

from retrieval.answer.answerer import _Judge
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES
from retrieval.answer.listing import (
    FEATURES,
    LATER_KEEP,
    SUM_LATER_KEEP,
    Listed,
    Listing,
    anchored,
    another_answer,
    default_listing,
    features,
    sources_listed,
    sums_only,
)
from retrieval.figures import extract_figures
from retrieval.models import Article, SentenceInfo

TEXT = (
    "Die Polizei zählte 4000 Teilnehmer. Die Veranstalter sprachen von 6000 Teilnehmern.\n"
    "Im Vorjahr hatte der Verein 120 Mitglieder."
)
ARTICLE = Article(id="d", title="Demo", text=TEXT)


def listed(article: Article, sentence: str, index: int, p: float, source: str | None) -> Listed:
    """A candidate claim on ``sentence`` of ``article``, with the figures it prints and the listing probability p."""
    text = article.text
    start = text.index(sentence)
    figures = extract_figures(text, start, start + len(sentence))
    info = SentenceInfo(figures=tuple(figures))
    end = start + len(sentence)
    candidate = Candidate(article.id, index, start, end, 0.8, 0.0, sentence, "", article.title, text, None, info)
    return Listed(candidate, p, figures, source, row=[0.0] * len(NAMES))


def item(sentence: str, index: int, p: float, source: str | None) -> Listed:
    return listed(ARTICLE, sentence, index, p, source)


def test_features_weigh_each_further_claim_against_the_first() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
        item("Im Vorjahr hatte der Verein 120 Mitglieder.", 2, 0.8, None),
    ]
    rows = features("figure", listed, {"d": ARTICLE})
    assert len(rows) == 2  # the first claim is not weighed again: the "found" bar chose it
    second, third = (dict(zip(FEATURES, row, strict=True)) for row in rows)
    assert second["same_paragraph"] == 1.0 and third["same_paragraph"] == 0.0
    assert second["sourced"] == second["new_source"] == 1.0 and third["sourced"] == 0.0
    assert second["same_unit"] == 1.0 and third["same_unit"] == 0.0  # Teilnehmer, as the first; Mitglieder not
    assert second["behind"] < third["behind"] and (second["rank"], third["rank"]) == (1.0, 2.0)


def test_a_further_claim_is_listed_only_when_the_model_says_it_adds_an_answer() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
        item("Im Vorjahr hatte der Verein 120 Mitglieder.", 2, 0.8, None),
    ]
    n = len(FEATURES)
    # a model that reads one feature only: does the claim count the same thing as the first?
    unit = Listing(
        names=list(FEATURES),
        mean=[0.0] * n,
        scale=[1.0] * n,
        coef=[4.0 if name == "same_unit" else 0.0 for name in FEATURES],
        intercept=-2.0,
        keep={"figure": 0.5, "other": 0.5},
    )
    kept = unit.select("figure", listed, {"d": ARTICLE})
    assert [x.candidate.index for x in kept] == [0, 1]
    assert unit.select("figure", listed[:1], {"d": ARTICLE}) == listed[:1]


def test_weights_for_other_features_are_refused() -> None:
    shipped = default_listing()
    assert shipped is not None and shipped.names == list(FEATURES)
    stale = shipped.model_copy(update={"names": shipped.names[:-1]})
    with pytest.raises(ValueError, match="listing weights"):
        stale.probabilities([[0.0] * len(FEATURES)])


def test_a_figure_question_is_judged_by_the_figure_model_when_one_is_learnt_apart() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
        item("Im Vorjahr hatte der Verein 120 Mitglieder.", 2, 0.8, None),
    ]
    n = len(FEATURES)

    def reading(name: str, keep: float) -> dict:
        coef = [4.0 if x == name else 0.0 for x in FEATURES]
        return {
            "names": list(FEATURES),
            "mean": [0.0] * n,
            "scale": [1.0] * n,
            "coef": coef,
            "intercept": -2.0,
            "keep": {"figure": keep, "other": keep},
        }

    # every kind: does the claim count the same thing? For figures, learnt apart: does it name a source?
    listing = Listing.model_validate({**reading("same_unit", 0.5), "figure": reading("sourced", 0.5)})
    assert [x.candidate.index for x in listing.select("figure", listed, {"d": ARTICLE})] == [0, 1]
    assert [x.candidate.index for x in listing.select("who_said", listed, {"d": ARTICLE})] == [0, 1]
    listed[2].source = "Der Verein"  # named a source, but counts another thing: the figure model lists it only
    assert [x.candidate.index for x in listing.select("figure", listed, {"d": ARTICLE})] == [0, 1, 2]
    assert [x.candidate.index for x in listing.select("who_said", listed, {"d": ARTICLE})] == [0, 1]


def test_a_further_claim_carries_the_guards_tuned_score_and_its_distance_behind_the_first() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
        item("Im Vorjahr hatte der Verein 120 Mitglieder.", 2, 0.8, None),
    ]
    listed[0].h, listed[1].h, listed[2].h = 2.5, 1.5, -1.0  # where the guard is off every h stays 0
    second, third = (dict(zip(FEATURES, row, strict=True)) for row in features("figure", listed, {"d": ARTICLE}))
    assert (second["h"], second["h_behind"]) == (1.5, 1.0)
    assert (third["h"], third["h_behind"]) == (-1.0, 3.5)
    unguarded = [item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, None), listed[1]]
    unguarded[1].h = 0.0
    (row,) = features("figure", unguarded, {"d": ARTICLE})
    assert dict(zip(FEATURES, row, strict=True))["h"] == 0.0


def test_a_question_put_far_from_the_articles_words_raises_every_claims_tuned_score_to_the_learnt_first() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
    ]
    articles = {"d": ARTICLE}

    def scores(first: float, second: float) -> tuple[float, float]:
        listed[0].h, listed[1].h = first, second
        (row,) = anchored(features("figure", listed, articles), listed, -0.5)
        named = dict(zip(FEATURES, row, strict=True))
        return named["h"], named["h_behind"]

    assert scores(-3.0, -4.0) == (-1.5, 1.0)  # as far below the learnt first claim as below its own
    assert scores(0.5, -4.0) == (-4.0, 4.5)  # a first claim scored above the learnt mean: nothing is lowered
    assert scores(0.0, 0.0) == (0.0, 0.0)  # the guard off


def test_the_learnt_first_claims_score_is_read_from_the_shipped_weights() -> None:
    model = default_listing()
    assert model is not None
    i, j = FEATURES.index("h"), FEATURES.index("h_behind")
    assert model.first_h == pytest.approx(model.mean[i] + model.mean[j])


class _Guard:
    """A stand-in question guard: the tuned score is the cosine, scaled."""

    def tuned(self, group: str, cosine: float) -> float:
        return 10.0 * cosine


class _Library:
    """Stored sentence vectors by (article, sentence); counts the lookups."""

    def __init__(self, vectors: dict[tuple[str, int], np.ndarray]) -> None:
        self.vectors = vectors
        self.lookups = 0

    def sentence_vectors(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], np.ndarray]:
        self.lookups += 1
        return {k: self.vectors[k] for k in keys if k in self.vectors}


def _sentence(doc: str, index: int, text: str, before: str = "", continues: int | None = None) -> Candidate:
    info = SentenceInfo(continues=continues)
    return Candidate(doc, index, 0, len(text), 0.8, 0.0, text, before, "Demo", text, None, info)


def test_a_sentence_that_carries_on_another_borrows_that_ones_tuned_score() -> None:
    # "Rund 900 von ihnen …" says nothing of the topic (its vector is far from the question); the sentence whose count
    # it continues ("… schickte der Verband 2500 Helfer ins Flutgebiet") carries it, as the sentence before carries
    # "Der Verband …" that opens on what it named. A sentence that stands alone keeps its own score, however close
    # the sentence before it is.
    asked = np.array([1.0, 0.0])
    library = _Library(
        {
            ("a", 3): np.array([0.9, 0.436]),  # "… schickte der Verband 2500 Helfer ins Flutgebiet"
            ("a", 5): np.array([0.1, 0.995]),  # "Rund 900 von ihnen sind noch vor Ort." (continues sentence 3)
            ("b", 2): np.array([0.8, 0.6]),  # "Der Landesfeuerwehrverband zählte 40 Einsätze."
            ("b", 3): np.array([0.2, 0.98]),  # "Der Verband …" (refers back to sentence 2)
            ("b", 4): np.array([0.3, 0.954]),  # stands alone, right after an on-topic sentence
            ("c", 6): np.array([0.5, 0.866]),
            ("c", 7): np.array([0.6, 0.8]),  # continues sentence 6, but its own score is the higher
        }
    )
    candidates = [
        _sentence("a", 5, "Rund 900 von ihnen sind noch vor Ort.", continues=3),
        _sentence(
            "b", 3, "Der Verband meldete zuletzt 12 Verletzte.", "Der Landesfeuerwehrverband zählte 40 Einsätze."
        ),
        _sentence("b", 4, "Im Ort selbst blieb es ruhig.", "Der Verband meldete zuletzt 12 Verletzte."),
        _sentence("c", 7, "Davon waren 30 Freiwillige.", continues=6),
    ]
    pool = SimpleNamespace(candidates=candidates)
    judge = _Judge(_Guard(), library, pool, np.zeros(4), "figure", 0.5, asked, False)  # type: ignore[arg-type]
    scores = judge.tuned_in_context([0, 1, 2, 3])
    assert library.lookups == 2  # the candidates' own vectors, then every sentence carried on in one lookup
    assert scores[0] == pytest.approx(9.0)  # the bare count scores as the sentence whose count it continues
    assert scores[1] == pytest.approx(8.0)  # "Der Verband" as the sentence that named it
    assert scores[2] == pytest.approx(3.0)  # a sentence that stands alone: its own score
    assert scores[3] == pytest.approx(6.0)  # its own score is the higher
    assert judge.tuned(0) == pytest.approx(1.0)  # ``h`` itself stays the sentence's own


def test_a_bare_count_weighed_by_the_score_it_borrows_stays_close_behind_the_first() -> None:
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
    ]
    n = len(FEATURES)
    # a model that reads one feature only: how far is the claim's tuned score behind the first's?
    behind = Listing(
        names=list(FEATURES),
        mean=[0.0] * n,
        scale=[1.0] * n,
        coef=[-2.0 if name == "h_behind" else 0.0 for name in FEATURES],
        intercept=1.0,
        keep={"figure": 0.5, "other": 0.5},
    )
    listed[0].h = 2.0
    listed[1].h = -4.0  # its own sentence's score, far behind: not listed
    assert [x.candidate.index for x in behind.select("figure", listed, {"d": ARTICLE})] == [0]
    listed[1].h = 1.8  # the score of the sentence it carries on (``_Judge.tuned_in_context``): listed
    assert [x.candidate.index for x in behind.select("figure", listed, {"d": ARTICLE})] == [0, 1]


STRIKE = (
    "Die Gewerkschaft zählte 900 Streikende vor dem Werkstor. Die Firmenleitung sprach von 400 Streikenden. "
    "Die Kantine blieb mit 12 Beschäftigten geöffnet. Der Betriebsrat nannte am Abend 650 Streikende. "
    "Laut Gewerkschaft waren es sogar 900 Streikende. Insgesamt standen 30 Busse bereit. "
    "Die Polizei zählte ebenfalls 400 Streikende."
)
STRIKE_ARTICLE = Article(id="s", title="Streik", text=STRIKE)
strike = partial(listed, STRIKE_ARTICLE)  # a further claim on this article


def as_probability() -> Listing:
    """A model whose probability that a further claim adds an answer is the first stage's p of it."""
    n = len(FEATURES)
    coef = [1.0 if name == "logit" else 0.0 for name in FEATURES]
    return Listing(
        names=list(FEATURES),
        mean=[0.0] * n,
        scale=[1.0] * n,
        coef=coef,
        intercept=0.0,
        keep={"figure": 0.2, "other": 0.2},
    )


def test_a_figure_answers_third_claim_needs_more_than_its_second() -> None:
    first = strike("Die Gewerkschaft zählte 900 Streikende vor dem Werkstor.", 0, 0.99, "Die Gewerkschaft")
    second = strike("Die Firmenleitung sprach von 400 Streikenden.", 1, 0.25, "Die Firmenleitung")
    canteen = strike("Die Kantine blieb mit 12 Beschäftigten geöffnet.", 2, 0.25, None)
    buses = strike("Insgesamt standen 30 Busse bereit.", 5, 0.35, None)
    listing = as_probability()
    kept = listing.select("figure", [first, second, canteen, buses], {"s": STRIKE_ARTICLE})
    # the second claim reaches the figure bar; the canteen's figure, as unlikely, comes after it and is dropped;
    # a likelier one after it stays
    assert [x.candidate.index for x in kept] == [0, 1, 5]
    assert LATER_KEEP["figure"] > listing.keep["figure"]
    # alone behind the first, the canteen's figure is the second claim and needs only the figure bar
    assert [x.candidate.index for x in listing.select("figure", [first, canteen], {"s": STRIKE_ARTICLE})] == [0, 2]


def test_a_later_claim_giving_another_count_from_another_source_stays() -> None:
    first = strike("Die Gewerkschaft zählte 900 Streikende vor dem Werkstor.", 0, 0.99, "Die Gewerkschaft")
    second = strike("Die Firmenleitung sprach von 400 Streikenden.", 1, 0.9, "Die Firmenleitung")
    council = strike("Der Betriebsrat nannte am Abend 650 Streikende.", 3, 0.25, "Der Betriebsrat")
    again = strike("Laut Gewerkschaft waren es sogar 900 Streikende.", 4, 0.25, "Gewerkschaft")
    listing = as_probability()
    kept = listing.select("figure", [first, second, council, again], {"s": STRIKE_ARTICLE})
    # the works council's 650 is another answer to "how many, according to whom"; the union's 900 again is not
    assert [x.candidate.index for x in kept] == [0, 1, 3]
    assert another_answer(council, [first, second])
    assert not another_answer(again, [first, second, council])
    unnamed = strike("Der Betriebsrat nannte am Abend 650 Streikende.", 3, 0.25, None)
    assert not another_answer(unnamed, [first, second])  # nobody gives it
    canteen = strike("Die Kantine blieb mit 12 Beschäftigten geöffnet.", 2, 0.25, "Die Kantine")
    assert not another_answer(canteen, [first, second])  # it counts something else
    # the same count on another source's word is another answer: the police's 400 beside the management's 400
    police = strike("Die Polizei zählte ebenfalls 400 Streikende.", 6, 0.25, "Die Polizei")
    assert another_answer(police, [first, second])
    assert not another_answer(police, [first, second, police])


COST = (
    "Der Streik kostete den Konzern laut Vorstand rund zwei Millionen Euro. "
    "Die Gewerkschaft schätzte den Ausfall auf drei Millionen Euro. Jeder Streikende erhielt 50 Euro Streikgeld. "
    "Der Betriebsrat sprach von vier Millionen Euro. Die Gewerkschaft zählte 900 Streikende."
)
COST_ARTICLE = Article(id="c", title="Kosten", text=COST)
cost = partial(listed, COST_ARTICLE)  # a further claim on this article


def test_a_later_claim_of_sums_alone_needs_more_than_a_count() -> None:
    first = cost("Der Streik kostete den Konzern laut Vorstand rund zwei Millionen Euro.", 0, 0.99, "Vorstand")
    second = cost("Die Gewerkschaft schätzte den Ausfall auf drei Millionen Euro.", 1, 0.9, "Die Gewerkschaft")
    pay = cost("Jeder Streikende erhielt 50 Euro Streikgeld.", 2, 0.35, None)
    council = cost("Der Betriebsrat sprach von vier Millionen Euro.", 3, 0.35, "Der Betriebsrat")
    count = cost("Die Gewerkschaft zählte 900 Streikende.", 4, 0.35, "Die Gewerkschaft")
    assert sums_only(pay) and sums_only(council) and not sums_only(count)
    # every euro figure has the unit "Euro": the works council's sum passes for another answer, like a count would
    assert another_answer(council, [first, second])
    listing = as_probability()
    kept = listing.select("figure", [first, second, pay, council, count], {"c": COST_ARTICLE})
    # both later sums are below the bar for sums; a count as likely reaches the bar of every later claim
    assert [x.candidate.index for x in kept] == [0, 1, 4]
    assert LATER_KEEP["figure"] < 0.35 < SUM_LATER_KEEP
    likelier = cost("Der Betriebsrat sprach von vier Millionen Euro.", 3, 0.45, "Der Betriebsrat")
    kept = listing.select("figure", [first, second, pay, likelier], {"c": COST_ARTICLE})
    assert [x.candidate.index for x in kept] == [0, 1, 3]
    # the second claim needs only the figure bar, sums or not
    kept = listing.select("figure", [first, pay], {"c": COST_ARTICLE})
    assert [x.candidate.index for x in kept] == [0, 2]


FOREST = (
    "Waldflächen verringerten sich zuletzt um nur noch 0,08 Prozent pro Jahr. "
    "Demnach verringerten sich die Waldflächen in den 1990er-Jahren um jährlich 0,18 Prozent. "
    "Zuletzt betrug der Nettoverlust laut FAO noch 0,08 Prozent pro Jahr. "
    "Laut FAO sind 31 Prozent der Landfläche bewaldet. Laut FAO wurden 0,08 Millionen Hektar aufgeforstet."
)
FOREST_ARTICLE = Article(id="w", title="Wald", text=FOREST)
forest = partial(listed, FOREST_ARTICLE)  # a further claim on this article


def test_a_further_claim_that_gives_a_listed_bare_figure_its_source_stays_however_unlikely() -> None:
    first = forest(
        "Demnach verringerten sich die Waldflächen in den 1990er-Jahren um jährlich 0,18 Prozent.", 1, 0.99, "FAO"
    )
    bare = forest("Waldflächen verringerten sich zuletzt um nur noch 0,08 Prozent pro Jahr.", 0, 0.9, None)
    sourced = forest("Zuletzt betrug der Nettoverlust laut FAO noch 0,08 Prozent pro Jahr.", 2, 0.05, "FAO")
    other = forest("Laut FAO sind 31 Prozent der Landfläche bewaldet.", 3, 0.05, "FAO")
    hectares = forest("Laut FAO wurden 0,08 Millionen Hektar aufgeforstet.", 4, 0.05, "FAO")
    assert sources_listed(sourced, [first, bare])
    assert not sources_listed(hectares, [first, bare])  # the same number of another thing
    assert not sources_listed(sourced, [first])  # no listed claim prints it bare
    kept = as_probability().select("figure", [first, bare, sourced, other, hectares], {"w": FOREST_ARTICLE})
    assert [x.candidate.index for x in kept] == [1, 0, 2]


def test_who_said_claims_keep_their_own_bar() -> None:
    first = strike("Die Gewerkschaft zählte 900 Streikende vor dem Werkstor.", 0, 0.99, "Die Gewerkschaft")
    later = [
        strike("Die Firmenleitung sprach von 400 Streikenden.", 1, 0.25, "Die Firmenleitung"),
        strike("Insgesamt standen 30 Busse bereit.", 5, 0.25, None),
    ]
    kept = as_probability().select("who_said", [first, *later], {"s": STRIKE_ARTICLE})
    assert [x.candidate.index for x in kept] == [0, 1, 5]


def _counting(doc: str, index: int, text: str) -> Candidate:
    info = SentenceInfo(figures=tuple(extract_figures(text, 0, len(text))))
    return Candidate(doc, index, 0, len(text), 0.8, 0.0, text, "", "Demo", text, None, info)


def test_a_count_that_names_nothing_it_counts_borrows_the_score_of_the_sentence_before() -> None:
    # "Das UNHCR spricht von 42.000." and "2010 stieg dieser Wert auf 15,2." say what they count only in the sentence
    # before ("… mehr als 130.000 Flüchtlinge auf der Balkanroute", "… rund 9,6 Hitzetage pro Jahr"): alone, their
    # vectors lack the topic, and the second look cut both gold sentences (dev64-003, dev67-010). A count that names
    # what it counts keeps its own score, and so does every sentence of a who-said answer.
    asked = np.array([1.0, 0.0])
    library = _Library(
        {
            ("a", 4): np.array([0.9, 0.436]),  # "… befänden sich mehr als 130.000 Flüchtlinge auf der Balkanroute."
            ("a", 5): np.array([0.1, 0.995]),  # "Das UNHCR spricht von 42.000."
            ("b", 1): np.array([0.8, 0.6]),  # "Zwischen 1961 und 1990 gab es in Wien rund 9,6 Hitzetage pro Jahr."
            ("b", 2): np.array([0.2, 0.98]),  # "2010 stieg dieser Wert auf 15,2."
            ("c", 2): np.array([0.7, 0.714]),
            ("c", 3): np.array([0.3, 0.954]),  # "Die Kantine blieb mit 12 Beschäftigten geöffnet."
        }
    )
    candidates = [
        _counting("a", 5, "Das UNHCR spricht von 42.000."),
        _counting("b", 2, "2010 stieg dieser Wert auf 15,2."),  # the year names no count
        _counting("c", 3, "Die Kantine blieb mit 12 Beschäftigten geöffnet."),
    ]
    pool = SimpleNamespace(candidates=candidates)
    judge = _Judge(_Guard(), library, pool, np.zeros(3), "figure", 0.5, asked, False)  # type: ignore[arg-type]
    scores = judge.tuned_in_context([0, 1, 2])
    assert scores[0] == pytest.approx(9.0)  # as the sentence before that names the refugees
    assert scores[1] == pytest.approx(8.0)  # as the sentence before that names the hot days
    assert scores[2] == pytest.approx(3.0)  # it names what it counts: its own score
    who_said = _Judge(_Guard(), library, pool, np.zeros(3), "other", 0.5, asked, False)  # type: ignore[arg-type]
    assert who_said.tuned_in_context([0, 1, 2])[0] == pytest.approx(1.0)


def test_only_a_figure_answers_further_claims_are_anchored(monkeypatch: pytest.MonkeyPatch) -> None:
    model = default_listing()
    assert model is not None
    listed = [
        item("Die Polizei zählte 4000 Teilnehmer.", 0, 0.99, "Die Polizei"),
        item("Die Veranstalter sprachen von 6000 Teilnehmern.", 1, 0.9, "Die Veranstalter"),
    ]
    listed[0].h, listed[1].h = -4.0, -5.0
    seen: list[float] = []

    def spy(rows: list[list[float]], items: list[Listed], first_h: float) -> list[list[float]]:
        seen.append(first_h)
        return anchored(rows, items, first_h)

    monkeypatch.setattr("retrieval.answer.listing.anchored", spy)
    model.select("who_said", listed, {"d": ARTICLE})  # another speaker's words are not raised with the first's
    assert seen == []
    model.select("figure", listed, {"d": ARTICLE})
    assert len(seen) == 1
