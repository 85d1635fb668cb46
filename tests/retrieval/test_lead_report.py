"""Figures an article gives in its own words after its lead names whose report it tells (``sources.lead_report``)."""

from __future__ import annotations

import pytest

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.answer.reporting import MEASURE_HEADS
from retrieval.models import Article
from retrieval.sources import LEAD, habitual, lead_report, profile, standing_fact, told_before

_TITLE = "Arbeitsmarkt wächst."
_BANK = "Wien – Die Öffnung des Arbeitsmarkts hat sich laut Bank Austria positiv auf Österreich ausgewirkt."
_STUDY = "Paris/Wien – An der Spitze der OECD-Auswertung liegt Südkorea mit 4,29 Prozent vor Israel."
_NARRATION = "Die Zuwanderung in den Osten des Landes war besonders groß."
_FIGURE = "Seit 2011 stieg das Arbeitskräfteangebot in Österreich um fast 8 Prozent."


def _source_of(text: str, index: int) -> str | None:
    doc = Article(id="d", title=_TITLE, text=text)
    units = segment.sentences(doc)
    infos = analyse(doc, units).sentences  # the sources as indexing stores them
    spans = {s.index: (s.start, s.end) for s in units}
    before = {i: span for i, span in spans.items() if i < max(LEAD, index)}  # as ``Answerer._lead_report`` reads
    return lead_report(index, text[spans[index][0] : spans[index][1]], infos, doc, before, MEASURE_HEADS)


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        # a body the lead reports by ("laut Bank Austria"): the figures the article goes on to give are its
        (f"{_TITLE} {_BANK} {_NARRATION} {_NARRATION} {_NARRATION} {_NARRATION} {_FIGURE}", 6, "Bank Austria"),
        # data named with whose it is
        (f"{_TITLE} {_STUDY} {_NARRATION} {_FIGURE}", 3, "OECD-Auswertung"),
        # someone's own words (Konjunktiv I) are not the report's
        (f"{_TITLE} {_BANK} {_NARRATION} Das Angebot sei seit 2011 um fast 8 Prozent gestiegen.", 3, None),
        # a lead that names a person speaking, not a body's report
        (
            f"{_TITLE} Wien – Die Öffnung sei positiv, sagte der Ökonom Walter Pudschedl. {_NARRATION} {_FIGURE}",
            3,
            None,
        ),
        # ... nor a person by name, whose role the pattern of roles does not read
        (
            f"{_TITLE} Wien – Die Gespräche waren gut, sagte der Chefunterhändler der Regierung, Humberto de la Calle. "
            f"{_NARRATION} {_FIGURE}",
            3,
            None,
        ),
        # ... nor a person by an epithet ("der Serbe"), whom the pattern of roles does not read either
        (
            f"{_TITLE} Wien – Das war eines der schwierigsten Matches meiner Karriere, sagte der Serbe. "
            f"{_NARRATION} {_FIGURE}",
            3,
            None,
        ),
        # ... nor a person by a role the pattern of roles does not read, with words before it (stop 52)
        (
            f"{_TITLE} Wien – Am Dienstagvormittag wird die von der ÖVP geschasste Bezirksvorsteherin im Ersten Bezirk "
            f"bekanntgeben, ob sie erneut zur Wien-Wahl antritt. {_NARRATION} {_FIGURE}",
            3,
            None,
        ),
        # ... nor a person by age before the name ("Der 34-Jährige Frodeno")
        (f"{_TITLE} Wien – Das war mein bestes Rennen, sagte der 34-Jährige Frodeno. {_NARRATION} {_FIGURE}", 3, None),
        # a standpoint or an office ending in "-sicht" publishes no figures (stop 52)
        (f"{_TITLE} Wien – Aus ÖTV-Sicht war das Turnier ein Erfolg. {_NARRATION} {_FIGURE}", 3, None),
        # no report in the lead: the article's own
        (f"{_TITLE} Wien – {_NARRATION} {_NARRATION} {_FIGURE}", 3, None),
        # someone else's words in between end the run of the report's figures ...
        (f"{_TITLE} {_BANK} Das sei zu wenig, sagte der Untersuchungsrichter Hans Huber. {_FIGURE}", 3, None),
        # ... not those of one of the same side
        (f"{_TITLE} {_BANK} Das sei wichtig, sagte Bank-Austria-Ökonom Walter Pudschedl. {_FIGURE}", 3, "Bank Austria"),
    ],
)
def test_figures_after_a_lead_that_names_a_report_take_its_source(text: str, index: int, expected: str | None) -> None:
    assert _source_of(text, index) == expected


_SEIZED = "Wien – Wiener Kriminalisten haben Falschgeld im Nennwert von beinahe 300.000 Euro sichergestellt."
_ARRESTED = "Bei ihnen handelt es sich um einen 37-jährigen Mann und zwei Frauen."


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Das gab die Polizei am Freitag bekannt.", "die Polizei"),  # a demonstrative points back to what went before
        ("Die Frauen seien geflüchtet, gab die Polizei am Freitag bekannt.", None),  # reports its own clause alone
        ("Das Landeskriminalamt ermittelt nach Angaben der Polizei weiter.", None),  # an article, no demonstrative
    ],
)
def test_a_lead_sentence_before_the_report_takes_it_only_where_a_demonstrative_points_back(
    closing: str, expected: str | None
) -> None:
    assert _source_of(f"Blüten angeboten. {_SEIZED} {_ARRESTED} {closing}", 1) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der 61-jährige Holst hatte mit dem VSV 2006 den bisher letzten Meistertitel geholt.", True),
        ("In Paris waren im November bei Anschlägen 130 Menschen getötet worden.", True),
        ("Im Jahr 2013 hatte der Schaden noch mehr als 580.000 Euro ausgemacht.", False),  # a figure compared with
        ("439 der Besuche waren unangekündigt.", False),  # a copula
        # the pluperfect with "sein" of a verb of motion or change (stop 53): a participle closes the clause
        ("Das Flüchtlingsboot war vor der Küste wegen starken Seegangs gekentert.", True),
        ("Der Verdächtige war am Abend (Ortszeit) auf das Polizeiauto zugerannt und hatte geschossen.", True),
        ("Der Grund dafür war bekannt.", False),  # an adjective
        (_FIGURE, False),
    ],
)
def test_a_sentence_in_the_pluperfect_tells_background(sentence: str, expected: bool) -> None:
    assert told_before(sentence) is expected


_TV = "Vier weitere Flüchtlinge werden noch vermisst, berichtete das griechische Staatsfernsehen."


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (_TV, None),  # another body's report ends the run of the lead's (stop 52)
        (f"{_TV} Die Zahl sei laut Bank Austria gestiegen.", "Bank Austria"),  # ... until the lead's is named again
        ("Die Lage bleibe angespannt, erklärte das Institut.", "Bank Austria"),  # a body by its kind may be the lead's
        ("Die Hälfte der Befragten geht davon aus, dass die Lage besser wird.", "Bank Austria"),  # a survey's share
        ("Die Lage ist den Angaben zufolge angespannt.", "Bank Austria"),  # points back
    ],
)
def test_another_bodys_report_since_the_lead_was_named_ends_its_run(between: str, expected: str | None) -> None:
    text = f"{_TITLE} {_BANK} {between} {_FIGURE}"
    assert _source_of(text, len(segment.sentences(Article(id="d", title=_TITLE, text=text))) - 1) == expected


def test_background_in_the_pluperfect_is_not_the_report_of_the_lead() -> None:
    """Stop 52: what happened before the news is the reporter's background, not the figures of the lead's report."""
    text = f"{_TITLE} {_BANK} {_NARRATION} Bereits 2011 hatte die Regierung 8 Prozent mehr Stellen geschaffen."
    assert _source_of(text, 3) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tevez spielt seit 2013 für Juve und erzielte in der vergangenen Saison 27 Tore.", True),
        ("Aleppo ist seit dem Jahr 2012 geteilt.", True),
        ("In Österreich wird seit den 1970er-Jahren muttersprachlicher Unterricht angeboten.", True),
        ("In dem Konflikt wurden in den vergangenen 30 Jahren etwa 45.000 Menschen getötet.", True),
        (_FIGURE, False),  # a change the report measures since a year
        ("Die Verluste sollen sich in den vergangenen fünf Jahren auf zehn Milliarden summiert haben.", False),
        ("Apple rechnet mit dem ersten Umsatzrückgang seit 13 Jahren.", False),  # a record, not a span of background
    ],
)
def test_a_state_since_a_year_or_over_decades_is_a_standing_fact(sentence: str, expected: bool) -> None:
    assert standing_fact(sentence) is expected


def test_a_standing_fact_is_not_the_report_of_the_lead() -> None:
    """Stop 53: "In dem Konflikt wurden in den vergangenen 30 Jahren etwa 45.000 Menschen getötet" is the reporter's
    context under a lead that Anadolu reports, not Anadolu's figure."""
    text = f"{_TITLE} {_BANK} {_NARRATION} In dem Land wurden in den vergangenen 30 Jahren 45.000 Stellen geschaffen."
    assert _source_of(text, 3) is None


_AGENCY = (
    "Kinshasa – Bei Kämpfen im Osten des Kongo wurden 2014 zwölf Menschen getötet, teilte die Organisation Cepadho mit."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Rebellen wurden 1995 als oppositionelle Gruppe mit 300 Kämpfern gegründet.", None),  # history (stop 53)
        ("Unter den Toten waren fünf Kinder.", "die Organisation Cepadho"),  # the reported event
        ("Im Jahr 2012 waren es noch 40 Tote.", "die Organisation Cepadho"),  # a figure compared with
        ("Die Mission mit 5000 Blauhelmen dauert bis 2030.", "die Organisation Cepadho"),  # ahead, no history
        ("(APA, 16.8.2014)", None),  # the byline
    ],
)
def test_a_sentence_dated_years_before_an_event_report_is_history(sentence: str, expected: str | None) -> None:
    assert _source_of(f"{_TITLE} {_AGENCY} {_NARRATION} {sentence}", 3) == expected


def test_a_report_of_data_compares_years() -> None:
    """Data compares its figures over years ("Daten aus dem Jahr 2013"): not history."""
    text = f"{_TITLE} {_STUDY} {_NARRATION} Die USA liegen bei 2,74 Prozent (Daten aus dem Jahr 2012). {_FIGURE}"
    assert _source_of(text.replace("Südkorea", "Südkorea 2015"), 3) == "OECD-Auswertung"


_ORBIT = (
    "Moskau – Die Raumstation ISS hat am Montag ihre Jubiläumsrunde gedreht, wie das russische "
    "Raumfahrt-Kontrollzentrum mitteilte."
)
_ORBIT_FIGURE = "Für eine Erdumrundung braucht sie etwas mehr als 90 Minuten."


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # a standing state since a year: the article has turned to the reporter's background (stop 55)
        ("Die ISS ist seit November 1998 im Dienst.", None),
        # ... and history years before, told in the past
        ("Der Bau der Station begann 1998 mit 20 Ländern. Die Station flog 2015 weiter.", None),
        # a record since a year compares the report's figure: no turn
        ("Es war die längste Serie seit 2008.", "das russische Raumfahrt-Kontrollzentrum"),
        # the pluperfect alone is no turn: what was expected, compared with the report
        ("Experten hatten mit einer Verzögerung gerechnet.", "das russische Raumfahrt-Kontrollzentrum"),
        # narration with no year: the report's run goes on
        (_NARRATION, "das russische Raumfahrt-Kontrollzentrum"),
    ],
)
def test_background_between_an_event_report_and_a_figure_ends_its_run(between: str, expected: str | None) -> None:
    text = f"{_TITLE} {_ORBIT} {between} {_ORBIT_FIGURE}"
    index = len(segment.sentences(Article(id="d", title=_TITLE, text=text))) - 1
    assert _source_of(text, index) == expected


def test_the_report_named_again_after_background_takes_its_figures_back() -> None:
    text = (
        f"{_TITLE} {_ORBIT} Die ISS ist seit November 1998 im Dienst. Das Raumfahrt-Kontrollzentrum nannte weitere "
        f"Daten. {_ORBIT_FIGURE}"
    )
    assert _source_of(text, 4) == "das russische Raumfahrt-Kontrollzentrum"


def test_background_does_not_end_a_report_of_data() -> None:
    """Data goes on to give its figures for years back: no turn (``names_data``)."""
    text = f"{_TITLE} {_STUDY} Die OECD vergleicht seit 1995 die Ausgaben. {_FIGURE}"
    assert _source_of(text, 3) == "OECD-Auswertung"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In der Regel beträgt die Pause nach einer solchen Verletzung sechs bis acht Wochen.", True),
        ("Normalerweise dauert das Verfahren drei Monate.", True),
        ("Die Pause beträgt sechs bis acht Wochen.", False),
        ("Die Regel gilt seit drei Jahren.", False),
    ],
)
def test_a_sentence_on_how_things_usually_are_is_habitual(sentence: str, expected: bool) -> None:
    assert habitual(sentence) is expected


def test_a_habitual_figure_is_not_the_report_of_the_lead() -> None:
    """Stop 55: "In der Regel beträgt die Pause … sechs bis acht Wochen" is no figure of the club the lead names."""
    text = f"{_TITLE} {_BANK} In der Regel beträgt die Pause nach einer solchen Verletzung sechs bis acht Wochen."
    assert _source_of(text, 2) is None
    assert _source_of(text.replace("In der Regel beträgt", "Damit beträgt"), 2) == "Bank Austria"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sky gehört zu etwa 39 Prozent zum Medienimperium der Murdoch-Familie.", True),
        ("HP Enterprise Services hat mehr als 100.000 Angestellte, wovon ein Großteil in Indien arbeitet.", True),
        ("Das Institut beschäftigt rund 500 Mitarbeiter.", True),
        # staff who do not close the clause: an event
        ("Dabei haben Kämpfer hunderte Mitarbeiter als Geiseln genommen.", False),
        ("Von dieser Transaktion sind 1.200 Angestellte betroffen.", False),
    ],
)
def test_a_bodys_standing_size_or_ownership_is_its_profile(sentence: str, expected: bool) -> None:
    assert profile(sentence) is expected


def test_a_bodys_profile_is_not_the_report_of_the_lead() -> None:
    """Stop 55: a company that announced a new chairman is no source of its owners' share."""
    text = f"{_TITLE} {_BANK} Die Bank gehört zu etwa 39 Prozent einer Stiftung."
    assert _source_of(text, 2) is None
    assert _source_of(text.replace("gehört zu etwa 39 Prozent einer Stiftung", "wuchs um 39 Prozent"), 2) == (
        "Bank Austria"
    )
