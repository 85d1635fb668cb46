"""Sources a reader can use: which report or interview turn a sentence no one is named for takes its source from."""

from __future__ import annotations

import re

import pytest

from retrieval import segment
from retrieval.attribution import attribute
from retrieval.models import Article, SentenceInfo
from retrieval.sources import body_named, interview_turn, reported_after, role_named, shown_source, speaks_for_self

_FACT = "Bei den Demonstrationen kamen rund 600 Personen zusammen."


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Wie die Polizei mitteilte, zogen 300 weiter.", "die Polizei"),  # "Wie X mitteilte": the report after
        ("300 zogen laut Polizei weiter.", None),  # "laut" binds its source to its own clause (stop 52)
        ("300 zogen der Polizei zufolge weiter.", None),
        ("Laut Polizei zogen 300 Demonstranten weiter.", None),  # opens on the source of its own figures
        ("Nach Angaben der Polizei zogen 300 Demonstranten weiter.", None),
    ],
)
def test_a_fact_takes_the_source_of_the_next_sentence_only_where_that_one_reports_it(
    report: str, expected: str | None
) -> None:
    text = f"{_FACT} {report}"
    (found,) = [a for a in attribute(text) if a.speaker]
    infos = {1: SentenceInfo(source=found.speaker, cue=found.cue, how=found.kind)}
    assert reported_after(0, infos, Article(id="d", title="Demo", text=text)) == expected


def test_a_fact_inside_a_run_of_the_report_a_later_laut_names_takes_its_source() -> None:
    """Stop 52: "laut X" reports the sentence before only where the sentences before it are X's report already."""
    said = "Die Polizei zählte am Morgen 200 Demonstranten, teilte die Polizei mit."
    text = f"{said} {_FACT} 300 zogen laut Polizei weiter."
    found = [a for a in attribute(text) if a.speaker]
    assert len(found) == 2
    infos = {i: SentenceInfo(source=a.speaker, cue=a.cue, how=a.kind) for i, a in zip((0, 2), found, strict=True)}
    assert reported_after(1, infos, Article(id="d", title="Demo", text=text)) == "Polizei"


@pytest.mark.parametrize(
    ("before", "after", "cue", "source", "expected"),
    [
        # stop 53: a person's view or comment after the reporter's narration does not report it
        (
            "Die ersten beiden Projekte werden von der Wienerin Anna-Sophie Berger gestaltet.",
            "Das Ende der KUB-Arena sei keine Sparmaßnahme, sagt Werner Döring.",
            "sagt",
            "Werner Döring",
            True,
        ),
        (
            "Ogier, Weltmeister der Jahre 2013 und 2014, feierte einen nie gefährdeten Sieg.",
            "Es ist eine große Erleichterung, sagte der Franzose.",
            "sagte",
            "der Franzose",
            True,
        ),
        (
            "Tatsächlich hat auch Österreich mehrere Dutzend solcher Verträge unterzeichnet.",
            "Mit TTIP werde den Bedenken Rechnung getragen, so Malmström.",
            "so",
            "EU-Handelskommissarin Cecilia Malmström",
            True,
        ),
        # a body, a spokesperson, the police or a court reports the event before
        (
            "Minsk – Lukaschenko hat sechs inhaftierte Oppositionsführer begnadigt.",
            "Die Männer seien frei, erklärte die Präsidentschaft am Samstag.",
            "erklärte",
            "die Präsidentschaft",
            False,
        ),
        (
            "Am Mittwoch wurde der 36-Jährige von einer Biegemaschine eingeklemmt.",
            "Er erlitt schwere Verletzungen, sagte Andreas Huber, Sprecher der Wiener Berufsrettung.",
            "sagte",
            "Andreas Huber",
            False,
        ),
        (
            "Duschanbe – Die Polizei hat Tausende Männer zwangsweise rasiert.",
            "Vergangenes Jahr seien es 12.818 Männer gewesen, sagte der örtliche Polizeichef.",
            "sagte",
            "der örtliche Polizeichef",
            False,
        ),
        # a verb that makes a fact public, not a view
        (
            "Die SPÖ hat ihre Wahlabschlussveranstaltung am 25. September abgesagt.",
            "Sie stellt ihre Bühne zur Verfügung, bestätigte Landesgeschäftsführer Peter Binder der APA.",
            "bestätigte",
            "Landesgeschäftsführer Peter Binder",
            False,
        ),
        # the sentence before is already the person's: reported speech, the first person, an estimate
        (
            "Dafür hätten die Protagonisten drei Projekte auf ihrem Aufgabenzettel.",
            "Zu Wochenbeginn sei viel diskutiert worden, sagt Pützstück im Rückblick.",
            "sagt",
            "Redakteur Simon Pützstück",
            False,
        ),
        (
            "Im Burgenland dürfte es rund 20 Prozent Fünfer gegeben haben.",
            "Allerdings könne es noch Abweichungen geben, so Landesschulratspräsident Heinz Josef Zitz.",
            "so",
            "Landesschulratspräsident Heinz Josef Zitz",
            False,
        ),
    ],
)
def test_a_persons_own_view_after_a_sentence_does_not_report_it(
    before: str, after: str, cue: str, source: str, expected: bool
) -> None:
    assert speaks_for_self(before, after, cue, source) is expected


_INTERVIEW = (
    "STANDARD: Soll der Bund die Mindestsicherung übernehmen? Stöger: Ja. Das ist eine spannende Idee. "
    "Vor der Neiddebatte graust mir. STANDARD: Und die Kosten? Die sind doch hoch."
)


def _turns(text: str, outlet: str | None) -> tuple[Article, dict[int, SentenceInfo]]:
    sentences = segment.sentence_spans(text)
    infos = {
        i: SentenceInfo(source=m.group(1), how="headline", shown=m.group(1))
        for i, (a, b) in enumerate(sentences)
        if (m := re.match(r"(\w+): ", text[a:b]))
    }
    return Article(id="i", title="Interview", text=text, outlet=outlet), infos


def test_an_interviewees_answer_runs_on_after_their_name_until_the_interviewer_asks() -> None:
    article, infos = _turns(_INTERVIEW, "DER STANDARD")
    spans = segment.sentence_spans(_INTERVIEW)
    by_sentence = {_INTERVIEW[a:b]: interview_turn(a, infos, article) for a, b in spans}
    assert by_sentence["Das ist eine spannende Idee."] == "Stöger"
    assert by_sentence["Vor der Neiddebatte graust mir."] == "Stöger"
    assert by_sentence["STANDARD: Und die Kosten?"] is None  # the interviewer's question is not the answer before it
    assert by_sentence["Die sind doch hoch."] is None  # the interviewer's turn


def test_a_turn_that_attribution_reads_as_reported_speech_still_opens_an_answer() -> None:
    """ "Stöger: Ich habe das immer gesagt, sagte er." is read as the speech it reports, not as a turn: the sentences
    after it are still Stöger's answer, and an interviewer's turn read that way still ends the answer before it."""
    text = (
        "STANDARD: Soll der Bund zahlen? Stöger: Ja. Das ist eine spannende Idee. STANDARD: Wer noch? "
        "Stöger: Ich habe das immer gesagt, sagte der Minister.  Die Länder zahlen mit. "
        "STANDARD: Die Länder, meint der Minister, sollen zahlen? Dann wird es teuer."
    )
    article, infos = _turns(text, "DER STANDARD")
    spans = segment.sentence_spans(text)
    for i, (a, b) in enumerate(spans):  # the two turns attribution read otherwise
        if text[a:b].startswith("Stöger: Ich habe"):
            infos[i] = SentenceInfo(source="der Minister", how="indirect", shown="der Minister")
        if text[a:b].startswith("STANDARD: Die Länder"):
            infos[i] = SentenceInfo(source="der Minister", how="indirect", shown="der Minister")
    by_sentence = {text[a:b]: interview_turn(a, infos, article) for a, b in spans}
    assert by_sentence["Die Länder zahlen mit."] == "Stöger"
    assert by_sentence["Dann wird es teuer."] is None


def test_colons_name_no_turns_outside_an_interview() -> None:
    article, infos = _turns(_INTERVIEW.replace("STANDARD", "Faymann"), "DER STANDARD")  # no interviewer turns
    assert all(interview_turn(a, infos, article) is None for a, _ in segment.sentence_spans(_INTERVIEW))


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (  # the name in commas after the role, past a phrase the source left out
            "Die Vereinbarung sei ein Durchbruch, sagte die Vize-Direktorin der Weltbank in Nairobi, Mirela "
            "Kovačević, am Dienstag. Es gebe aber noch viel zu tun.",
            "die Vize-Direktorin der Weltbank",
            "die Vize-Direktorin der Weltbank, Mirela Kovačević",
        ),
        (  # an epithet: the one person the sentence before names in full, not the place or the companies
            "Graz – Neben Firmen wie Siemens oder Bosch setzt einer weiter auf Handarbeit: Friedrich Obermoser. "
            "Maschinen mag ich nicht, sagt der 61-jährige Uhrmacher. Ich arbeite mit der Lupe.",
            "der 61-jährige Uhrmacher",
            "Friedrich Obermoser",
        ),
        (  # an office that may be someone else's is not the person named before it
            "Innenminister Friedrich Obermoser besuchte die Grenze. Die Lage sei ruhig, sagte der Sprecher.",
            "der Sprecher",
            None,
        ),
        (  # the article names no one for it
            "Die Polizei hat 40 Autos kontrolliert. Fünf Lenker seien betrunken gewesen, sagte der örtliche "
            "Polizeichef.",
            "der örtliche Polizeichef",
            None,
        ),
        (  # a name with particles in lower case
            "Es gab Fortschritte, sagte die Vermittlerin der Regierung, Ana María de la Fuente, in Quito.",
            "die Vermittlerin der Regierung",
            "die Vermittlerin der Regierung, Ana María de la Fuente",
        ),
        (  # the sentence before is about someone it names by a pronoun, and the name it gives is another's
            "Am Start verlor er gegenüber Bernhard Kofler viel Zeit. Das war schlecht, ärgerte sich der 33-Jährige.",
            "der 33-Jährige",
            None,
        ),
        (  # an office of a body may be someone else's than the person named before
            "Hinter den Firmen standen die Angeklagten Friedrich Obermoser und Weiß. Der Vertreter der Finanz "
            "sagte, das sei ein Zinssatz von 900 Prozent.",
            "Der Vertreter der Finanz",
            None,
        ),
        (  # a group, and a role that already has its name
            "Die Forscher um Anna Lindqvist haben 300 Proben genommen, sagten die Forscher.",
            "die Forscher",
            None,
        ),
    ],
)
def test_a_role_shown_as_the_source_reads_as_the_name_the_article_gives(
    text: str, source: str, expected: str | None
) -> None:
    article = Article(id="r", title="Bericht", text=text)
    infos = {1: SentenceInfo(source=source, how="indirect", shown=source)}
    assert shown_source(1, infos, article) == (expected or source)
    assert role_named(source, text) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (  # gnad-000141: a body named in full once, then by its kind
            "Nach Angaben des Kinderkrankenhauses handelte es sich um eine Premiere. Das sei gelungen, teilte "
            "das Krankenhaus mit.",
            "das Krankenhaus",
            "Kinderkrankenhaus",
        ),
        (  # seed-002
            "Dieser hat laut Außenministerium die Leitung inne. Das sei gravierend, erklärte das Ministerium.",
            "das Ministerium",
            "Außenministerium",
        ),
        (  # two ministries before: which one is meant is not clear
            "Das Innenministerium und das Bildungsministerium luden ein. Das sei dringend, erklärte das Ministerium.",
            "das Ministerium",
            None,
        ),
        (  # an indefinite article brings in something new
            "Das Personal geht in eine Billigairline. Die Airline hatte 1.000 Flüge gestrichen.",
            "Die Airline",
            None,
        ),
        (  # gnad-000077: part of another body's proper name
            "Unicredit hat Briefe der Europäischen Zentralbank erhalten. Die Bank erklärte, die Kredite seien gedeckt.",
            "Die Bank",
            None,
        ),
        (  # a person's role may be anyone's
            "Der Polizeisprecher kam. Es gab keine Verletzten, sagte der Sprecher.",
            "der Sprecher",
            None,
        ),
    ],
)
def test_a_body_named_by_its_kind_reads_as_the_compound_the_article_gave_before(
    text: str, source: str, expected: str | None
) -> None:
    assert body_named(source, text) == expected
