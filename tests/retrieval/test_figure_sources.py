"""Sources of figure claims on phrasing the development sets lack: a report after the words of a speaker's own first
person or after the lead, and "bestreiten" as playing a number of games."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.answerer import _distinct
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import (
    document_stem,
    documenting,
    loose_source_match,
    source_match,
    terms,
    unnamed_spokesperson,
)
from retrieval.answer.listing import Listed
from retrieval.answer.reporting import leads_in, reports_before
from retrieval.constraints import checkable_source, same_source
from retrieval.models import Article, Figure, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("sentence", "reports"),
    [
        ("Vier weitere werden vermisst, berichtete das griechische Staatsfernsehen.", True),
        ("Dennoch soll die Dividende gekürzt werden, teilte der Konzern mit.", True),
        ("Er – der Minister – sagte es.", True),  # no dateline: a pronoun opens it
        ("Das sagte er – und ging.", True),
        ("Ich könnte mir vorstellen, dass wir heute offener sind, sagte der Volvo-Chef jetzt.", False),
        ("Unsere Zahlen sind gut, sagte der Sprecher.", False),
        ("Rio de Janeiro – Gastgeber Rio wird nach Aussage von Bürgermeister Eduardo Paes fertig sein.", False),
        ("Wien/Stockholm – Der Konzern meldete einen Gewinn, teilte er mit.", False),
        ("Frankfurt am Main – Die Bank meldete einen Verlust.", False),
    ],
)
def test_a_report_after_a_sentence_covers_it_unless_first_person_or_a_dateline(sentence: str, reports: bool) -> None:
    assert reports_before(sentence) is reports


@pytest.mark.parametrize(
    ("cue", "reports"),
    [
        ("berichtete", True),
        ("teilte mit", True),
        ("sagte", True),
        (None, True),
        ("kritisierte", False),
        ("warnte", False),
        ("forderte", False),
        ("befürchtet", False),
    ],
)
def test_a_report_after_a_sentence_covers_it_unless_its_verb_judges(cue: str | None, reports: bool) -> None:
    sentence = "Die zwei Holzhäuser würden gegen den Willen vieler Bürger gebaut, kritisierte der Initiator."
    assert reports_before(sentence, cue) is reports


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        ("Der Vorwurf Sardanas: Die Flughafengesellschaft habe ihn ruinieren wollen.", True),
        ("Trainer Peter Stöger zeigte sich tief beeindruckt: Das war unfassbar viel Qualität, meinte er.", True),
        ("Im RH-Bericht heißt es dazu: Die Grenze sei zu hoch.", True),
        ("Ein weiteres Kind werde vermisst, teilte die Küstenwache mit.", False),
        ("Der Zug fahre um 20:15 Uhr ab, teilte die ÖBB mit.", False),  # a time, no colon before words
    ],
)
def test_a_sentence_that_leads_into_its_own_words_with_a_colon_reports_no_sentence_before(
    sentence: str, leads: bool
) -> None:
    """Stop 52: its source frames the statement it opens (``Answerer._reported_after``)."""
    assert leads_in(sentence) is leads


def _said_by(source: str | None) -> Candidate:
    text = "Die Einfuhrzölle beliefen sich auf jährlich neun Milliarden Pfund, sagte WTO-Chef Roberto Azevedo."
    return sentence_candidate(text, source=source)


def test_a_lower_case_source_of_an_english_question_speaks_for_its_sentences_and_against_none() -> None:
    q = parse_question("what would brexit cost britain in tariffs according to the wto", default_language="en")
    qt = terms(q, lambda ws: {}, 10)
    assert qt.source is None  # words cannot rule on it ...
    assert qt.loose_source == "wto"  # ... but a match speaks for a sentence
    assert loose_source_match(qt.loose_source, _said_by("WTO-Chef Roberto Azevedo")) == 1.0
    assert loose_source_match(qt.loose_source, _said_by("die Bank of England")) == 0.0
    assert loose_source_match(qt.loose_source, _said_by(None)) == 0.0
    assert loose_source_match(None, _said_by("WTO-Chef Roberto Azevedo")) == 0.0


def test_a_source_asked_for_that_the_sentence_names_may_be_relayed_by_the_sentence_s_source() -> None:
    """The one who gave the figure, named in the sentence, is passed on by a press release: not another's word."""
    relay = "einer Aussendung der Arbeiterkammer"
    named = "Es gebe 300.000 Arbeitslose, gab Ministerin Berger laut einer Aussendung der Arbeiterkammer zu bedenken."
    assert source_match("Berger", sentence_candidate(named, source=relay)) == 0.0
    unnamed = "Es gebe 300.000 Arbeitslose, hieß es in einer Aussendung der Arbeiterkammer."
    assert source_match("Berger", sentence_candidate(unnamed, source=relay)) == -1.0


@pytest.mark.parametrize(
    ("wanted", "source", "same"),
    [
        ("Court of Audit", "Der RH", True),  # the Rechnungshof, by its abbreviation
        ("the court of audit", "der Rechnungshof", True),
        ("Court of Audit", "das Landesgericht Wien", False),  # not a court
        ("the court", "das Landesgericht Wien", True),
        ("the union", "Gewerkschaft Verdi", True),
        ("the chamber of labour", "AK-Präsident Rudi Kaske", True),
        ("the chamber of labour", "Trainer Jakob", False),  # an abbreviation only as a whole word
        ("the central bank", "die Oesterreichische Nationalbank", True),
    ],
)
def test_english_names_of_bodies_of_several_words_are_their_german_names(wanted: str, source: str, same: bool) -> None:
    assert same_source(wanted, source) is same
    assert checkable_source(wanted, "en")


def _listed(index: int, text: str, source: str | None) -> Listed:
    c = Candidate("d", index, 0, len(text), 0.8, 0.0, text, "", "T", text, None, SentenceInfo(), source=source)
    figure = Figure(
        start=0, end=21, number_start=0, number_end=4, text="fünf bis zehn Prozent", values=[5, 10], kind="percent"
    )
    return Listed(c, 0.99, [figure], source)


def test_a_figure_repeated_in_one_article_is_shown_up_to_three_times_and_then_only_for_a_new_source() -> None:
    body = _listed(5, "Der Experte Christian Lölkes sagte, fünf bis zehn Prozent seien Ausschuss.", "Christian Lölkes")
    lead = _listed(0, "Fünf bis zehn Prozent Abfall bei Druckerzeugnissen – Vortrag auf Hackerkongress.", None)
    again = _listed(9, "Fünf bis zehn Prozent landen im Müll.", None)
    fourth = _listed(11, "Fünf bis zehn Prozent, das ist zu viel.", None)
    other = _listed(12, "Auch die Kammer nennt fünf bis zehn Prozent.", "die Kammer")
    assert _distinct([body, lead, again, fourth, other]) == [body, lead, again, other]


@pytest.mark.parametrize(
    ("source", "unnamed", "match"),
    [
        ("ein Sprecher", True, 0.0),
        ("eine Sprecherin", True, 0.0),
        ("ein Unternehmenssprecher", True, 0.0),
        ("ein Sprecher der Wiener Linien", False, 1.0),
        ("Polizeisprecher Thomas Keiblinger", False, -1.0),
    ],
)
def test_a_spokesperson_of_no_named_body_may_speak_for_the_body_a_question_names(
    source: str, unnamed: bool, match: float
) -> None:
    assert unnamed_spokesperson(source) is unnamed
    assert source_match("wiener linien", _said_by(source)) == match


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("gibts ne umfrage wie viele deutsche sich sorgen machen", "umfrage"),
        ("Is there a poll on how many Austrians want a referendum?", "poll"),
        ("Gibt es eine Studie, wie viel Prozent der Schüler rauchen?", "Studie"),
        ("any studies on how many jobs are lost", "studies"),
        ("Wie viele Schüler rauchen, und gibt es dazu Zahlen?", None),  # figures, not a kind of document
        # figures traced back to a source name it
        (
            "Welche Zahlen in den Artikeln gehen auf den südkoreanischen Geheimdienst zurück?",
            "südkoreanischen Geheimdienst",
        ),
        ("which figures come from the ukrainian government", "ukrainian government"),
        ("which numbers go back to yonhap", "yonhap"),
        ("how many refugees come from syria", None),  # people coming from a place: no source
    ],
)
def test_a_document_asked_for_or_a_source_figures_are_traced_to_is_the_source(
    question: str, source: str | None
) -> None:
    assert parse_question(question).source == source


def test_a_document_is_met_by_a_word_for_its_kind_and_ruled_out_where_the_article_names_none() -> None:
    polled = sentence_candidate("Laut einer Befragung des Market-Instituts sind 40 Prozent besorgt.")
    reported = sentence_candidate("Die Berichte über die Entsendung von 1500 Soldaten haben Besorgnis ausgelöst.")
    assert source_match("Umfrage", polled) == 1.0
    assert source_match("poll", polled) == 1.0
    assert source_match("Umfrage", reported, documented=True) == 0.0  # a poll named elsewhere in its article
    assert source_match("Umfrage", reported, documented=False) == -1.0  # a report is no poll
    assert source_match("the report", reported) == 1.0


def test_the_articles_documenting_a_source_are_those_naming_its_kind_of_document() -> None:
    articles = {
        "poll": Article(id="poll", title="Sorge wächst", text="Eine Befragung zeigt: 40 Prozent sind besorgt."),
        "report": Article(id="report", title="Truppen", text="Berichten zufolge sind 3000 Soldaten im Land."),
    }
    assert documenting("umfrage", articles) == {"poll"}
    assert documenting("Nato", articles) == {"poll", "report"}  # no document: every article may give it


@pytest.mark.parametrize("source", ["the report", "Bericht", "die Agentur-Meldung"])
def test_a_report_asked_for_may_be_the_news_report_itself(source: str) -> None:
    """A question asks "Was kostet die Brücke laut Bericht?": every article is a report, whether or not it names
    another one, so none is ruled out for naming none; a "Meldung" is a report too, met by its article's words for
    one."""
    articles = {
        "poll": Article(id="poll", title="Sorge wächst", text="Eine Befragung zeigt: 40 Prozent sind besorgt."),
        "bridge": Article(id="bridge", title="Neue Brücke", text="Die Brücke soll 4 Millionen Euro kosten."),
    }
    assert documenting(source, articles) == {"poll", "bridge"}
    priced = sentence_candidate("Die Brücke soll 4 Millionen Euro kosten.")
    assert source_match(source, priced, documented="bridge" in documenting(source, articles)) == 0.0
    told = sentence_candidate("Einer Meldung des Senders zufolge soll die Brücke 4 Millionen Euro kosten.")
    assert source_match("die Agentur-Meldung", told) == 1.0


@pytest.mark.parametrize(
    ("source", "document"),
    [
        ("Umfrage", True),
        ("einer Umfrage des Market-Instituts", True),
        ("Studie der Uni Wien", True),
        ("Statistik Austria", False),  # a body: a name or place right after the word
        ("statistik austria", False),
        ("Statistisches Bundesamt", False),
        ("das Umfrageinstitut Gallup", False),
    ],
)
def test_a_body_named_by_a_documents_word_is_no_document(source: str, document: bool) -> None:
    assert (document_stem(source) is not None) is document
    statistics_office = sentence_candidate(
        "Die Inflation lag bei 1,4 Prozent, teilte das Europäische Statistikamt mit."
    )
    if not document:
        assert source_match(source, statistics_office) != 1.0
