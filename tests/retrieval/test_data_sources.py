"""Figures an article reports after naming the data or document they come from (``sources.data_before``)."""

from __future__ import annotations

import pytest

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.answer.reporting import closing_report
from retrieval.attribution import attribute
from retrieval.figures import extract_figures
from retrieval.models import Article, Figure, SentenceInfo
from retrieval.sources import company_meant, data_before, names_data

_DATA = "Neue Zahlen des Finanzministeriums zeigen nun, dass sich dieser Trend verstärkt hat."
_FIGURES = "Bei der kleinen Pendlerpauschale gab es 2008 noch 47,4 Prozent an Beziehern mit mehr als 40.000 Euro."
_BETWEEN = "Die Zunahmen gehen auf illegale Einreisen zurück."


def _source_of_last(text: str, sources: dict[int, str]) -> str | None:
    spans = dict(enumerate(segment.sentence_spans(text)))
    infos = {i: SentenceInfo(source=s, shown=s) for i, s in sources.items()}
    last = max(spans)
    return data_before(last, spans[last][0], infos, Article(id="d", title="T", text=text), spans)


@pytest.mark.parametrize(
    ("text", "sources", "expected"),
    [
        (f"{_DATA} {_FIGURES}", {0: "Zahlen des Finanzministeriums"}, "Zahlen des Finanzministeriums"),
        (  # "Das geht aus … hervor", then a sentence of narration, then the figures
            f"Das geht aus parlamentarischen Anfragebeantwortungen des Innenministeriums hervor. {_BETWEEN} {_FIGURES}",
            {0: "parlamentarischen Anfragebeantwortungen des Innenministeriums"},
            "parlamentarischen Anfragebeantwortungen des Innenministeriums",
        ),
        (f"{_DATA}\n{_FIGURES}", {0: "Zahlen des Finanzministeriums"}, None),  # a new paragraph
        (  # someone else's words in between end the run
            f"{_DATA} Das sei ein Skandal, sagte ein Sprecher der Grünen. {_FIGURES}",
            {0: "Zahlen des Finanzministeriums", 1: "ein Sprecher der Grünen"},
            None,
        ),
        (  # a person, not data: a plain report after someone's words is the article's own
            f"Das sei ein Skandal, sagte ein Sprecher der Grünen. {_FIGURES}",
            {0: "ein Sprecher der Grünen"},
            None,
        ),
        (f"{_DATA} {_BETWEEN} {_BETWEEN} {_BETWEEN} {_FIGURES}", {0: "Zahlen des Finanzministeriums"}, None),  # far
    ],
)
def test_figures_reported_after_the_data_they_come_from_take_its_name(
    text: str, sources: dict[int, str], expected: str | None
) -> None:
    assert _source_of_last(text, sources) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("der Studie PwC Global Economic Crime Survey 2016", True),
        ("Ergebnisse der vorläufigen Bevölkerungserhebung der Statistik Austria", True),
        ("dem Jahresbericht der Volksanwaltschaft", True),
        ("Finanzminister Hans Jörg Schelling", False),
        ("die Polizei", False),
        ("Wetterdaten der Zentralanstalt", True),
        ("Ansicht der Todeskandidaten", False),  # people whose noun ends in the letters of "Daten"
        ("Präsidentschaftskandidaten Norbert Hofer", False),
        ("die Kindersoldaten", False),
    ],
)
def test_names_data(source: str, expected: bool) -> None:
    assert names_data(source) is expected


_INFLATION = (
    "Teuerung bei 0,7 Prozent. Wien – Die Inflationsrate hat im Oktober 0,7 Prozent betragen. "
    "Sie blieb damit am niedrigsten Stand seit Jänner. "
    "Hauptpreistreiber blieben die Bewirtungsdienstleistungen, {report}."
)


@pytest.mark.parametrize(
    ("report", "sentence", "expected"),
    [
        ("teilte die Statistik Austria am Montag mit", 1, "die Statistik Austria"),
        ("wie die Statistik Austria am Montag mitteilte", 1, "die Statistik Austria"),
        ("erklärte der Ökonom Franz Huber", 1, None),  # a view, not figures made public
    ],
)
def test_a_closing_report_of_a_body_covers_the_sentence_two_before_it(
    report: str, sentence: int, expected: str | None
) -> None:
    text = _INFLATION.format(report=report)
    found = [a for a in attribute(text) if a.speaker]
    spans = dict(enumerate(segment.sentence_spans(text)))
    last = max(spans)
    infos = {last: SentenceInfo(source=found[-1].speaker, cue=found[-1].cue, how=found[-1].kind)}
    article = Article(id="d", title="T", text=text)
    start, end = spans[sentence]
    assert closing_report(sentence, start, end, infos, article, spans) == expected


def test_a_closing_report_does_not_cover_the_headline() -> None:
    text = (
        "Teuerung bei 0,7 Prozent. Wien – Die Inflationsrate blieb unverändert. "
        "Hauptpreistreiber blieben die Mieten, teilte die Statistik Austria mit."
    )
    found = [a for a in attribute(text) if a.speaker]
    spans = dict(enumerate(segment.sentence_spans(text)))
    infos = {2: SentenceInfo(source=found[-1].speaker, cue=found[-1].cue, how=found[-1].kind)}
    article = Article(id="d", title="T", text=text)
    assert closing_report(0, *spans[0], infos, article, spans) is None


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "Graz – Die Energie Steiermark AG investiert rund 58 Mio. Euro. Baubeginn ist im Sommer, wie das "
            "Unternehmen am Freitag mitteilte.",
            "das Unternehmen",
            "Energie Steiermark AG",
        ),
        (
            "Wien – Die Vienna Insurance Group (VIG) musste einen Gewinneinbruch hinnehmen. Das Ergebnis vor "
            "Steuern (EGT) sank auf 172 Mio. Euro, teilte der börsennotierte Konzern mit.",
            "der börsennotierte Konzern",
            "Vienna Insurance Group (VIG)",
        ),
        ("Wien – Der Umsatz sank um 20 Prozent, teilte das Unternehmen mit.", "das Unternehmen", None),  # none named
        ("Die Energie Steiermark AG investiert 58 Mio. Euro, teilte die Polizei mit.", "die Polizei", None),
        ("Das Ergebnis vor Steuern (EGT) sank um 20 Prozent, teilte der Konzern mit.", "der Konzern", None),
    ],
)
def test_a_company_named_by_its_kind_is_the_company_the_article_named(
    text: str, source: str, expected: str | None
) -> None:
    assert company_meant(source, Article(id="d", title="T", text=text), len(text)) == expected


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (
            "Wie die Beratungsgesellschaft PwC am Donnerstag schrieb, nahm die Bestechung um 12 Prozent zu.",
            "die Beratungsgesellschaft PwC",
        ),
        ("Wie der Sprecher der Beratungsgesellschaft am Donnerstag schrieb, nahm die Bestechung zu.", None),  # a person
        ("Die Bestechung sei ein Skandal, sagte die Beratungsgesellschaft PwC.", None),  # a view, not made public
    ],
)
def test_figures_after_a_body_made_figures_public_are_that_bodys(report: str, expected: str | None) -> None:
    text = f"{report} In Österreich sorgten sich 47 Prozent der Unternehmenschefs um Cyberkriminalität."
    (found,) = [a for a in attribute(text) if a.speaker]
    spans = dict(enumerate(segment.sentence_spans(text)))
    figures = tuple(extract_figures(text, *spans[0]))
    infos = {0: SentenceInfo(source=found.speaker, cue=found.cue, how=found.kind, shown=found.speaker, figures=figures)}
    assert data_before(1, spans[1][0], infos, Article(id="d", title="T", text=text), spans) == expected


_PUBLISHED = "Anna Berg wird ab Mai den Vorstand führen, wie die Brauerei am Montag mitteilte."
_AFTER = "Sie folgt auf Karl Moser, der in Pension geht."
_SHARE = "Die Gründerfamilie hält rund 40 Prozent der Aktien."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body made news public, not figures: the share after it is background the article gives itself
        (f"{_PUBLISHED} {_AFTER} {_SHARE}", None),
        (f"{_PUBLISHED} {_SHARE}", None),
        # ... with figures of its own, the run of its figures goes on
        (f"Der Absatz stieg um 8 Prozent, wie die Brauerei am Montag mitteilte. {_AFTER} {_SHARE}", "die Brauerei"),
        # ... or with figures in the sentence it reports ("…. Das teilte X mit.")
        (f"Der Absatz stieg um 8 Prozent. Das teilte die Brauerei am Montag mit. {_SHARE}", "die Brauerei"),
        (  # ... and reported speech after it still gives the body's words
            f"{_PUBLISHED} Bis 2030 sollten es 50 Filialen sein.",
            "die Brauerei",
        ),
        (  # a body reporting on its work ("berichtete … über"), its figures after it
            "Am Montag berichtete die Stiftung über ihre Arbeit in den vergangenen fünf Jahren. Rund 800 Anträge "
            "wurden bewilligt.",
            "die Stiftung",
        ),
    ],
)
def test_figures_after_a_body_made_something_public_are_its_only_in_a_run_of_its_figures(
    text: str, expected: str | None
) -> None:
    doc = Article(id="d", title="T", text=text)
    units = segment.sentences(doc)
    infos = analyse(doc, units).sentences  # the sources and figures as indexing stores them
    spans = {s.index: (s.start, s.end) for s in units}
    last = max(spans)
    assert data_before(last, spans[last][0], infos, doc, spans) == expected


def _figure(text: str, at: int, kind: str) -> Figure:
    return Figure.model_validate(
        {"start": at, "end": at + len(text), "number_start": at, "number_end": at + len(text), "text": text,
         "values": [1.0], "kind": kind}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("figures", "expected"),
    [  # stop 53: the date of an event after a poll is the reporter's, a count after it the poll's
        ([("23. Juni", "date")], None),
        ([("1990", "year"), ("48", "age")], None),
        ([("47,4 Prozent", "percent")], "einer Yougov-Umfrage"),
        ([("23. Juni", "date"), ("3.000", "count")], "einer Yougov-Umfrage"),
    ],
)
def test_data_before_gives_no_date_of_an_event_its_source(figures: list[tuple[str, str]], expected: str | None) -> None:
    text = "Das zeigt eine am Mittwoch veröffentlichte Yougov-Umfrage. Die Briten stimmen am 23. Juni ab."
    spans = dict(enumerate(segment.sentence_spans(text)))
    infos = {
        0: SentenceInfo(source="einer Yougov-Umfrage", shown="einer Yougov-Umfrage"),
        1: SentenceInfo(figures=tuple(_figure(t, spans[1][0], k) for t, k in figures)),
    }
    assert data_before(1, spans[1][0], infos, Article(id="d", title="T", text=text), spans) == expected
