"""The figure and the source inside the right sentence: the amount a scale after a bracket or a whole before "davon"
completes, the money a question asks by "zahlen" after an adverbial adjective, the subject that opens a sentence after
a focus particle, a contrast clause of its own after the verb of saying, and the frame that closes a sentence after
the words of someone it quotes."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import named_in
from retrieval.answer.evidence import Candidate
from retrieval.answer.figure_evidence import shown
from retrieval.answer.reporting import closing_speaker, past_cue_clause
from retrieval.figures import extract_figures
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


def _candidate(sentence: str) -> Candidate:
    info = SentenceInfo(figures=tuple(extract_figures(sentence, 0, len(sentence))))
    return Candidate("d", 0, 0, len(sentence), 0.8, 0.0, sentence, "", "", sentence, None, info)


@pytest.mark.parametrize(
    ("sentence", "written", "named"),
    [
        # the scale after the bracket is the number's before it
        (
            "Unterm Strich blieb ein Bilanzgewinn von 6,31 (2014: 4,86) Millionen Euro.",
            "Millionen Euro",
            "6,31 Millionen Euro",
        ),
        # a bare part of a whole takes the whole's scale and unit, in brackets: the article does not print them there
        (
            "Faule Kredite im Volumen von 200 Milliarden Euro, davon 50 bei der Unicredit.",
            "50",
            "50 (Milliarden Euro)",
        ),
        (
            "Problemkredite im Volumen von 200 Milliarden Euro, 50 davon entfallen auf Unicredit.",
            "50",
            "50 (Milliarden Euro)",
        ),
        # no "davon": a bare number stays as written
        ("Im Volumen von 200 Milliarden Euro gab es 50 Fälle.", "50 Fälle", "50 Fälle"),
        ("Kredite über 200 Milliarden Euro, 50 Banken sind betroffen.", "50 Banken", "50 Banken"),
    ],
)
def test_a_figure_is_named_with_what_its_sentence_gives_it(sentence: str, written: str, named: str) -> None:
    c = _candidate(sentence)
    figure = next(f for f in c.info.figures if f.text == written)
    assert shown(figure) == written  # alone, as written
    assert shown(figure, c) == named


def test_zahlen_after_an_adverbial_adjective_asks_for_money() -> None:
    asked = parse_question(
        "wie viel müsste man laut hendricks einmalig zahlen wenn das auto über 200 gramm co2 ausstößt"
    )
    assert asked.measure == "money"
    # after an attributive adjective "zahlen" is still the noun: numbers, not a payment
    assert parse_question("wie hoch ist die arbeitslosigkeit laut offiziellen zahlen").measure != "money"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Auch der Internationale Währungsfonds (IWF) hat auf das politische Chaos reagiert und seine "
            "Wachstumsprognose gegenüber dem vergangenen Herbst von zwei auf 1,5 Prozent gesenkt.",
            "IWF",
        ),
        ("Die Österreichische Webanalyse (ÖWA) hat 20 Millionen Visits gezählt.", "ÖWA"),
        # initials spelt out in passing, after a particle that is no part of a subject, name no subject
        ("Dort hat das Kunsthaus Bregenz (KUB) 20.000 Besucher gezählt.", None),
    ],
)
def test_a_subject_spelt_out_after_a_focus_particle_gives_the_figure(sentence: str, source: str | None) -> None:
    figures = [(f.start, f.end) for f in extract_figures(sentence, 0, len(sentence))]
    assert named_in(sentence, 0, figures) == source


@pytest.mark.parametrize(
    ("sentence", "cue", "figure", "beyond"),
    [
        (
            "Die Staatsanwaltschaft hatte bis zu zwei Monate Haft gefordert, doch verhängte ein Gericht eine "
            "Geldstrafe von 200 australischen Dollar (136 Euro).",
            "hatte gefordert",
            "136",
            True,
        ),
        # in the clause of the verb of saying
        (
            "Die Anklage hatte bis zu zwei Monate Haft gefordert, doch verhängte ein Gericht eine Geldstrafe.",
            "hatte gefordert",
            "zwei",
            False,
        ),
        # no finite verb of its own after "aber": the speaker's words go on
        (
            "Der ORF hat nun entschieden, dass alle sechs Kandidaten eingeladen werden, aber nur fünf zu den Duellen.",
            "hat entschieden",
            "fünf",
            False,
        ),
    ],
)
def test_a_figure_in_a_contrast_clause_of_its_own_is_not_the_speakers(
    sentence: str, cue: str, figure: str, beyond: bool
) -> None:
    assert past_cue_clause(sentence, cue, [sentence.index(figure)]) is beyond


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "Sie hat zugegeben, das Mittel nach dem 1. Jänner genommen zu haben und außerdem sprechen die Werte in "
            "ihren Tests eine deutliche Sprache, sagte der Schweizer der Gazzetta dello Sport (Freitag).",
            "hat zugegeben",
            "der Schweizer",
        ),
        ("Jeder hat gesagt, wohin die Reise gehen soll, erklärte Pühringer.", "hat gesagt", "Pühringer"),
        ("Er hat sich geäußert, er hätte Lust, so Dobrek.", "hat geäußert", "Dobrek"),
        # the index's cue is the closing verb, or closes words of its own: its speaker stays
        ("Die Lage sei ernst, sagte Faymann.", "sagte", None),
        ("Wir müssen dahin kommen, sagte Toni Kroos nach dem Spiel. Es fehlt viel, beklagte Löw.", "sagte", None),
        # a pronoun subject: the index resolved it
        ("Ich kann das Leben nicht ändern, aber versuchen, betonte er im Wahlkampf.", "kann", None),
    ],
)
def test_the_frame_closing_a_sentence_names_who_says_it_all(sentence: str, cue: str, speaker: str | None) -> None:
    assert closing_speaker(sentence, cue) == speaker
