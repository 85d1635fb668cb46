"""Tests for retrieval.attribution with the real SoMaJo and HanTa models (no mocks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.attribution import attribute, lexicon, resolve_speaker, speaker_for_span, tokenise
from retrieval.attribution.speakers import fullest_name
from retrieval.models import Attribution
from retrieval.segment import sentence_spans


def _find(atts: list[Attribution], text: str, quote_part: str) -> Attribution:
    """The attribution whose quote contains ``quote_part``."""
    for a in atts:
        if quote_part in text[a.quote_start : a.quote_end]:
            return a
    raise AssertionError(f"no attribution covers {quote_part!r}: {atts}")


def _pieces(text: str) -> list[tuple[int, int]]:
    """Any ordered spans will do for robustness: the text cut after every full stop and line break."""
    return [m.span() for m in re.finditer(r"[^.\n]+[.\n]?|[.\n]", text)]


def _check_offsets(text: str, atts: list[Attribution]) -> None:
    n = len(text)
    for a in atts:
        assert 0 <= a.quote_start < a.quote_end <= n
        if a.speaker is not None:
            assert a.speaker_start is not None and a.speaker_end is not None
            assert 0 <= a.speaker_start < a.speaker_end <= n
            assert text[a.speaker_start : a.speaker_end] == a.speaker
        if a.cue_start is not None:
            assert a.cue_end is not None and 0 <= a.cue_start < a.cue_end <= n


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker", "cue", "kind"),
    [
        ("Der Minister sagte: „Wir sind bereit.“", "Wir sind bereit", "Der Minister", "sagte", "direct"),
        (
            "„Wir sind bereit“, sagte der Minister am Montag.",
            "Wir sind bereit",
            "der Minister",
            "sagte",
            "direct",
        ),
        (
            "„Das ist ein großer Erfolg für uns alle“, so die Ministerin.",
            "großer Erfolg",
            "die Ministerin",
            "so",
            "direct",
        ),
        (
            "Der Sprecher sagte, dass die Lage ernst sei.",
            "die Lage ernst",
            "Der Sprecher",
            "sagte",
            "indirect",
        ),
        (
            "Kreml-Sprecher Dmitri Peskow erklärte, die Kooperation müsse fortgesetzt werden.",
            "Kooperation müsse",
            "Kreml-Sprecher Dmitri Peskow",
            "erklärte",
            "indirect",
        ),
        (
            "Wir sind zu allen gleich streng, so der Kommissionsvertreter.",
            "gleich streng",
            "der Kommissionsvertreter",
            "so",
            "indirect",
        ),
        (
            "Die Lage ist ernst, sagte der Bürgermeister.",
            "Lage ist ernst",
            "der Bürgermeister",
            "sagte",
            "indirect",
        ),
        ("Laut Polizei gab es drei Verletzte.", "drei Verletzte", "Polizei", "laut", "according_to"),
        (
            "Nach Angaben der Feuerwehr brannte das Haus vollständig ab.",
            "brannte das Haus",
            "Angaben der Feuerwehr",
            "Nach",
            "according_to",
        ),
        (
            "Unter den Passagieren befanden sich Berichten zufolge 75 Kinder.",
            "75 Kinder",
            "Berichten",
            "zufolge",
            "according_to",
        ),
        (
            "Wie die Polizei mitteilte, wurde der Täter gefasst.",
            "Täter gefasst",
            "die Polizei",
            "wie mitteilte",
            "according_to",
        ),
        (
            "Die Regierung in Kiew sprach sogar von 12.000 Soldaten.",
            "12.000 Soldaten",
            "Die Regierung in Kiew",
            "sprach von",
            "reported",
        ),
        (
            "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea Soldaten schicken wird.",
            "Nordkorea Soldaten",
            "Der südkoreanische Geheimdienst",
            "geht davon aus",
            "indirect",
        ),
        (
            "Sonia und Willy Bogner teilten daraufhin mit, dass sie trauern.",
            "sie trauern",
            "Sonia und Willy Bogner",
            "teilten mit",
            "indirect",
        ),
        (
            "Ziel der UDD ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht regiert.",
            "zu Unrecht regiert",
            "ihrer Meinung",
            "nach",
            "according_to",
        ),
        (
            "Laut faz.net appellierte der Minister an die Teilnehmer, sich für den Klimaschutz zu engagieren.",
            "appellierte der Minister",
            "faz.net",
            "laut",
            "according_to",
        ),
        (
            "Der Abgeordnete will nicht mehr antreten. Dies teilte der Geschäftsführer der Fraktion mit.",
            "will nicht mehr antreten",
            "der Geschäftsführer der Fraktion",
            "teilte mit",
            "indirect",
        ),
        (
            "„BBC News“ berichtet unter Berufung auf einen Wärter, dass die Gefangenen ausgebrochen sind.",
            "Gefangenen ausgebrochen",
            "„BBC News“",
            "berichtet",
            "indirect",
        ),
        (
            "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, es sei ein falscher Eindruck entstanden.",
            "falscher Eindruck",
            "Moritz Wohlrab von der „Aktion Deutschland hilft“",
            "sagte",
            "indirect",
        ),
    ],
)
def test_constructions(text: str, quote_part: str, speaker: str, cue: str, kind: str) -> None:
    atts = attribute(text)
    _check_offsets(text, atts)
    a = _find(atts, text, quote_part)
    assert a.speaker == speaker
    assert a.cue is not None and a.cue.lower() == cue.lower()
    assert a.kind == kind


def test_berufung_chain_keeps_reporter_and_resolves_demonstrative() -> None:
    text = (
        "Die Berichte wurden von der südkoreanischen Nachrichtenagentur Yonhap bestätigt. "
        "Diese berichtete unter Berufung auf den Geheimdienst, dass Pjöngjang insgesamt vier Brigaden "
        "mit 12.000 Soldaten entsenden wolle."
    )
    atts = attribute(text)
    a = _find(atts, text, "vier Brigaden")
    assert a.speaker == "Diese"
    assert resolve_speaker(text, a, atts) == "der südkoreanischen Nachrichtenagentur Yonhap"


def test_unter_berufung_auf_without_speech_verb() -> None:
    text = "Unter Berufung auf Regierungskreise sollen 500 Soldaten verlegt werden."
    a = _find(attribute(text), text, "500 Soldaten")
    assert a.speaker == "Regierungskreise"
    assert a.cue == "Unter Berufung auf"
    assert a.kind == "according_to"


def test_carry_over_after_speech_verb() -> None:
    text = (
        "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea bis Dezember insgesamt 10.000 "
        "Soldaten nach Russland schicken wird. 3000 von ihnen sollen sich bereits im Land befinden. "
        "Die Lage sei ernst."
    )
    atts = attribute(text)
    for part in ("3000 von ihnen", "Die Lage sei ernst"):
        a = _find(atts, text, part)
        assert a.kind == "carried_over"
        assert a.speaker == "Der südkoreanische Geheimdienst"


def test_pronoun_speaker_kept_as_written() -> None:
    text = "Der Minister kam nach Berlin. Er sagte, die Verhandlungen seien gescheitert."
    atts = attribute(text)
    a = _find(atts, text, "Verhandlungen seien")
    assert a.speaker == "Er"
    assert resolve_speaker(text, a, atts) in ("Der Minister", "Minister")


def test_name_in_quotation_marks_is_not_a_quote() -> None:
    text = "Das Raumschiff „Shenzhou 6“ startete am Morgen."
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        (
            "Ablenkung ist jenes Risiko, das im Straßenverkehr am häufigsten unterschätzt wird, "
            "sagte UNIQA-Vorstandsdirektor Robert Wasner.",
            "Ablenkung ist jenes Risiko, das im Straßenverkehr am häufigsten unterschätzt wird",
            "UNIQA-Vorstandsdirektor Robert Wasner",
            "sagte",
        ),
        (
            "Die Kosten steigen, weil das Material, das man braucht, teuer ist, betonte die Sprecherin.",
            "Die Kosten steigen, weil das Material, das man braucht, teuer ist",
            "die Sprecherin",
            "betonte",
        ),
        (
            "Das Projekt ist gefährdet, wenn die Förderung ausbleibt, warnte Bürgermeister Karl Huber.",
            "Das Projekt ist gefährdet, wenn die Förderung ausbleibt",
            "Bürgermeister Karl Huber",
            "warnte",
        ),
        (
            "Die Reform, die seit Jahren diskutiert wird, kommt zu spät, so der Verband.",
            "Die Reform, die seit Jahren diskutiert wird, kommt zu spät",
            "der Verband",
            "so",
        ),
    ],
)
def test_trailing_frame_after_embedded_clauses(text: str, quote: str, speaker: str, cue: str) -> None:
    """ "<main clause with subordinate clauses>, <speech verb> <speaker>." (10kGNAD, no quotation marks)."""
    atts = attribute(text)
    _check_offsets(text, atts)
    a = _find(atts, text, quote)
    assert text[a.quote_start : a.quote_end] == quote
    assert (a.speaker, a.cue, a.kind) == (speaker, cue, "indirect")


def test_fronted_subordinate_clause_is_not_content() -> None:
    """ "Als er ankam, sagte er nichts.": a fronted adverbial clause is not what was said."""
    text = "Als er ankam, sagte er nichts."
    assert not any("Als er ankam" in text[a.quote_start : a.quote_end] for a in attribute(text))


def test_coordinated_report_verbs_with_quoted_fragments() -> None:
    """Quoted fragments inside a clause do not cut it: the speaker of "und forderte" is the subject."""
    text = (
        'Vize-Außenminister Kim Hong Kyun äußerte "ernste Besorgnis" und forderte den "sofortigen Abzug" '
        "der nordkoreanischen Truppen."
    )
    atts = attribute(text)
    _check_offsets(text, atts)
    a = next(a for a in atts if a.kind == "reported")
    assert "forderte" in text[a.quote_start : a.quote_end]
    assert a.speaker == "Vize-Außenminister Kim Hong Kyun"
    assert a.cue in ("äußerte", "forderte")
    text2 = "Die Gewerkschaft hat die Pläne als „Kahlschlag“ bezeichnet und vor Streiks gewarnt."
    assert _find(attribute(text2), text2, "vor Streiks").speaker == "Die Gewerkschaft"


def test_fragments_and_after_frames_still_attributed() -> None:
    text = (
        'Nato-Generalsekretär Mark Rutte warnte am Montag vor einer "erheblichen Eskalation", sollte sich '
        'dies bestätigen. "Die Entsendung von Truppen durch Nordkorea nach Russland würde eine erhebliche '
        'Eskalation bedeuten", schrieb Rutte auf der Plattform X.'
    )
    atts = attribute(text)
    a = _find(atts, text, "sollte sich dies")
    assert (a.speaker, a.cue) == ("Nato-Generalsekretär Mark Rutte", "warnte")
    assert _find(atts, text, "Die Entsendung von Truppen").speaker == "Rutte"


def test_quoted_name_inside_speaker_is_not_a_quote() -> None:
    text = "Der Sender „Silverbird“ berichtete, dass der Minister zurücktreten werde."
    atts = attribute(text)
    assert [a.kind for a in atts] == ["indirect"]
    assert atts[0].speaker == "Der Sender „Silverbird“"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Für das Burgenland hat die Landwirtschaftskammer von einem Wertschöpfungsverlust in Höhe von "
            "150 Millionen Euro gesprochen.",
            "die Landwirtschaftskammer",
            "hat gesprochen von",
        ),
        (
            "Die steirische Landwirtschaftskammer hatte die Schäden in der Steiermark gestern auf bis zu "
            "125 Millionen Euro geschätzt.",
            "Die steirische Landwirtschaftskammer",
            "hatte geschätzt",
        ),
        (
            "Ministerin Anna Berger (SPD) hat ihren Rücktritt am Montag bekannt gegeben.",
            "Ministerin Anna Berger (SPD)",
            "hat bekannt gegeben",
        ),
        (
            "Agrarlandesrat Hans Seitinger (ÖVP) bezifferte den möglichen Schaden allein beim Wein und Obst "
            "auf bis zu 200 Millionen Euro.",
            "Agrarlandesrat Hans Seitinger (ÖVP)",
            "bezifferte",
        ),
        (
            "Die Polizei zählte am Samstag rund 5000 Demonstranten.",
            "Die Polizei",
            "zählte",
        ),
        (
            "Die Firma veranschlagt die Kosten mit drei Millionen Euro.",
            "Die Firma",
            "veranschlagt",
        ),
    ],
)
def test_compound_tense_and_estimate_report_frames(text: str, speaker: str, cue: str) -> None:
    """Perfect-tense report frames and estimate verbs with a figure are reported acts."""
    atts = attribute(text)
    _check_offsets(text, atts)
    assert len(atts) == 1
    a = atts[0]
    assert (a.quote_start, a.quote_end) == (0, len(text))
    assert (a.speaker, a.cue, a.kind) == (speaker, cue, "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt zählt rund 50.000 Einwohner.",
        "Wir schätzen die Zusammenarbeit mit der Stadt sehr.",
        "Der Schaden wird auf 200 Millionen Euro geschätzt.",
        "In den Medien war der Auftrag schon als „Geschäft des Jahrhunderts“ bezeichnet worden.",
    ],
)
def test_estimates_without_source_are_not_reported(text: str) -> None:
    """No figure, a state ("zählt … Einwohner") or a passive: no reported act with a speaker."""
    assert not any(a.kind == "reported" for a in attribute(text))


def test_nbsp_offsets_are_exact() -> None:
    text = "Der\u00a0Sprecher sagte, dass\u00a0Nordkorea\u00a0Soldaten schicken werde."
    atts = attribute(text)
    _check_offsets(text, atts)
    assert _find(atts, text, "Nordkorea").speaker == "Der\u00a0Sprecher"


def test_english_constructions() -> None:
    text = (
        "The minister said the talks had failed. According to the police, three people were injured. "
        '"We will not give up," the mayor said.'
    )
    atts = attribute(text)
    _check_offsets(text, atts)
    assert _find(atts, text, "talks had failed").speaker == "The minister"
    assert _find(atts, text, "three people").speaker == "the police"
    assert _find(atts, text, "We will not give up").speaker == "the mayor"


def test_sorted_and_deterministic() -> None:
    text = "Laut Polizei gab es Tote. Der Sprecher sagte, die Lage sei ernst. Sie werde sich bessern."
    first = attribute(text)
    assert first == attribute(text)
    assert [a.quote_start for a in first] == sorted(a.quote_start for a in first)


def test_speaker_for_span() -> None:
    text = "Der Sprecher sagte, die Lage sei ernst. Es regnete."
    atts = attribute(text)
    start = text.index("die Lage")
    hit = speaker_for_span(atts, 0, text.index(".") + 1)
    assert hit is not None and hit.speaker == "Der Sprecher"
    assert speaker_for_span(atts, start, start + 5) is hit
    assert speaker_for_span(atts, text.index("Es regnete"), len(text)) is None
    assert speaker_for_span([], 0, 10) is None


def test_segmenter_sentences() -> None:
    """Given the segmenter's sentences, a sentence that goes on over a line break is read as one."""
    text = "Der Minister sagte am Montag\nin Berlin, die Lage sei ernst. Es regnete."
    assert attribute(text) == []  # its own split reads each line alone
    atts = attribute(text, sentences=sentence_spans(text))
    _check_offsets(text, atts)
    a = _find(atts, text, "Lage sei ernst")
    assert (a.speaker, a.cue, a.kind) == ("Der Minister", "sagte", "indirect")


def test_segmenter_sentences_agree_on_plain_text() -> None:
    text = "„Wir sind bereit“, sagte der Minister. Laut Polizei gab es drei Verletzte. Es regnete."
    assert attribute(text, sentences=sentence_spans(text)) == attribute(text)


@pytest.mark.parametrize("spans", [[(5, 3)], [(0, 10), (5, 20)], [(0, 1000)], [(-1, 4)]])
def test_bad_sentence_spans(spans: list[tuple[int, int]]) -> None:
    with pytest.raises(ValueError, match="sentences must be"):
        attribute("Der Sprecher sagte, die Lage sei ernst.", sentences=spans)


def test_lexicon_data_files() -> None:
    """The word lists load from data/: comments skipped, TSV fields split."""
    assert {"sagen", "mitteilen", "bekanntgeben"} <= lexicon.SPEECH_VERBS
    assert not any(w.startswith("#") for w in lexicon.SPEECH_VERBS | lexicon.PARTICLES)
    assert {"laut", "so"} <= set(lexicon.PREFILTER_WORDS)
    assert lexicon.ESTIMATE_VERBS["beziffern"] == ("auf", "mit") and lexicon.ESTIMATE_VERBS["zählen"] == ("",)
    assert lexicon.NEEDS_COMPANION["schreiben"] == (",", ":")
    assert {"kritisieren", "begrüßen"} <= lexicon.JUDGING_VERBS and "kritisieren" in lexicon.REPORTING_LEXICON
    assert ("hieß", "es") in lexicon.HEARSAY_PHRASES


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\x00\x01\x02", "„", "„“", '"""', "»«" * 50, "a" * 100_000])
def test_odd_inputs(text: str) -> None:
    _check_offsets(text, attribute(text))
    _check_offsets(text, attribute(text, sentences=_pieces(text)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                [
                    "„",
                    "“",
                    '"',
                    "»",
                    "«",
                    ", sagte er.",
                    " laut Polizei ",
                    " zufolge ",
                    ", so der Sprecher.",
                    "Er sagte, ",
                    " sei ",
                    "\u00a0",
                    "\n",
                    ". ",
                    ": ",
                ]
            ),
        ),
        max_size=25,
    ).map("".join)
)
def test_never_raises_and_offsets_valid(text: str) -> None:
    _check_offsets(text, attribute(text))
    _check_offsets(text, attribute(text, sentences=_pieces(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Im Februar 1974 machte Kluncker Schlagzeilen, als er zu einem dreitägigen Streik aufrief.",
        "Serbien stand im Verdacht, die Unruhen angezettelt zu haben. (Wikinews berichtete.)",
    ],
)
def test_reported_acts_only_in_main_clauses(text: str) -> None:
    """A report verb in a subordinate or parenthetical clause does not make the sentence a quote."""
    assert [a for a in attribute(text) if a.kind == "reported"] == []


def test_continuation_of_one_speaker_is_one_quote() -> None:
    """A paragraph of Konjunktiv I after one "sagte" is one continuation, not a quote per sentence."""
    text = (
        "Die Bürgermeisterin sagte am Dienstag, die Brücke werde im Mai gesperrt. "
        "Die Umleitung führe über die Hafenstraße. Busse seien nicht betroffen.\n"
        "Der Stadtrat tagt am Donnerstag."
    )
    atts = attribute(text)
    a = _find(atts, text, "Umleitung führe")
    assert a.kind == "carried_over"
    assert text[a.quote_start : a.quote_end] == "Die Umleitung führe über die Hafenstraße. Busse seien nicht betroffen."
    assert a.speaker == "Die Bürgermeisterin"
    assert not any("Stadtrat" in text[b.quote_start : b.quote_end] for b in atts)


def test_konjunktiv_after_unattributed_sentence_takes_its_named_subject() -> None:
    text = (
        "Das Museum öffnet im Herbst wieder. Direktorin Petra Lindner lobte die Handwerker. "
        "Die Arbeiten seien schneller vorangekommen als geplant."
    )
    a = _find(attribute(text), text, "schneller vorangekommen")
    assert a.kind == "carried_over"
    assert a.speaker == "Direktorin Petra Lindner"


def test_konjunktiv_after_unnamed_subject_is_not_attributed() -> None:
    text = "Der Neubau kostet elf Millionen Euro. Die Entscheidung fiel knapp. Die Halle sei zu klein."
    assert not any("Halle sei" in text[a.quote_start : a.quote_end] for a in attribute(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben Müllers wurden zwölf Wohnungen geräumt.", "Angaben Müllers"),
        ("Nach eigenem Bekunden hat der Trainer nie an einen Abstieg gedacht.", "eigenem Bekunden"),
    ],
)
def test_nach_with_information_noun_in_its_noun_run(text: str, speaker: str) -> None:
    a = _find(attribute(text), text, "wurden" if "wurden" in text else "Abstieg")
    assert a.kind == "according_to"
    assert a.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ein Einsatz von Bodentruppen ist ausgeschlossen.",
        "Der Verband kritisierte die neue Regelung scharf.",
        "Die Stadt begrüßte den Beschluss des Landes.",
        "Dem Fahrer droht nun ein Fahrverbot.",
    ],
)
def test_no_reported_act_for_statal_passive_or_judging(text: str) -> None:
    assert not any(a.kind == "reported" for a in attribute(text))


def test_quote_after_a_frame_sentence_continues_its_speaker() -> None:
    text = (
        "„Wir haben die ganze Nacht gearbeitet“, sagte Feuerwehrchef Jonas Brandt. "
        "„Die Lage ist unter Kontrolle, aber das Haus ist nicht mehr zu retten.“ Die Straße bleibt gesperrt."
    )
    a = _find(attribute(text), text, "unter Kontrolle")
    assert a.kind == "direct"
    assert a.speaker == "Feuerwehrchef Jonas Brandt"


def test_parenthetical_so_frame_and_particle_after_apposition() -> None:
    text = "Der Hafen, so die Betreiberin weiter, werde bis Ende Juni ausgebaut."
    a = _find(attribute(text), text, "Hafen")
    assert a.speaker == "die Betreiberin"
    assert "ausgebaut" in text[a.quote_start : a.quote_end]
    text2 = "Die Fähre fährt wieder nach Plan, teilte der Leiter der Reederei, Tom Berger, mit."
    b = _find(attribute(text2), text2, "Fähre fährt")
    assert b.kind == "indirect"
    assert b.cue is not None and "mit" in b.cue


@pytest.mark.parametrize(
    ("text", "quote_part", "written", "resolved"),
    [
        (
            "Der Grünen-Abgeordnete Markus Feld legte einen Antrag vor. Der Entwurf sei mutlos, sagte Feld.",
            "mutlos",
            "Feld",
            "Grünen-Abgeordnete Markus Feld",
        ),
        (
            "Landwirtschaftsministerin Eva Roth besuchte den Hof. "
            "Dort sagte die Ministerin, die Preise seien zu niedrig.",
            "Preise seien",
            "die Ministerin",
            "Landwirtschaftsministerin Eva Roth",
        ),
        (
            "Der Sprecher der Feuerwehr, Karl Bauer, war vor Ort. Später sagte der Sprecher, niemand sei verletzt.",
            "niemand sei",
            "der Sprecher",
            "Karl Bauer",
        ),
        (
            "Bürgermeister Jan Ohm eröffnete das Fest. Er sagte, die Stadt feiere ihr Jubiläum.",
            "Stadt feiere",
            "Er",
            "Bürgermeister Jan Ohm",
        ),
        (  # a lone name as the subject before; "er" stands for no "die Mühe"
            "Newton machte sich gar nicht erst die Mühe, nach Erklärungen zu suchen. "
            "Wir müssen einfach besser spielen, sagte er kurz angebunden.",
            "besser spielen",
            "er",
            "Newton",
        ),
    ],
)
def test_speaker_resolved_to_the_fullest_earlier_name(text: str, quote_part: str, written: str, resolved: str) -> None:
    atts = attribute(text)
    a = _find(atts, text, quote_part)
    assert a.speaker == written
    assert resolve_speaker(text, a, atts) == resolved


def test_he_stands_for_no_feminine_or_neuter_phrase() -> None:
    text = "Die Regierung verschob die Entscheidung über den Haushalt. Das sei ein Fehler, sagte er."
    atts = attribute(text)
    a = _find(atts, text, "ein Fehler")
    assert resolve_speaker(text, a, atts) not in ("Die Regierung", "die Entscheidung")


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Bolt lief zum letzten Mal. Der Abschied fiel schwer. Ich werde es vermissen, sagte er.", None),
        ("Am Abend kam ein Sozialpsychologe. Das sei ein Fehler, sagte er.", "ein Sozialpsychologe"),
        (
            "Vor ihm sprach der frühere Zentralbankgouverneur Papademos. Das sei falsch, sagte er.",
            "der frühere Zentralbankgouverneur Papademos",
        ),
    ],
)
def test_a_personal_pronoun_stands_for_a_person_or_body_not_a_thing(text: str, resolved: str | None) -> None:
    """ "Der Abschied fiel schwer. …, sagte er": not the farewell; a noun of a person is fine."""
    atts = attribute(text)
    a = next(a for a in atts if a.speaker and a.speaker.lower() == "er")
    assert resolve_speaker(text, a, atts) == resolved


def test_role_without_earlier_name_stays_as_written() -> None:
    text = "Die Polizei sperrte die Straße. Ein Sprecher sagte, die Sperre gelte bis zum Abend."
    atts = attribute(text)
    a = _find(atts, text, "Sperre gelte")
    assert resolve_speaker(text, a, atts) == "Ein Sprecher"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das Ministerium hat eine Prüfung der Vorwürfe angekündigt.", "Das Ministerium"),
        ("Die Feuerwehr geht von Brandstiftung aus.", "Die Feuerwehr"),
        ("Die Anwohner klagten über Lärm und Staub.", "Die Anwohner"),
    ],
)
def test_reported_acts_with_neuter_subject_and_assessing_verbs(text: str, speaker: str) -> None:
    a = _find(attribute(text), text, text.split()[-1].rstrip("."))
    assert a.kind == "reported"
    assert a.speaker == speaker


def test_segmenter_tokens_are_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Given the segmenter's sentences, attribution reads the tokens segmenting found: no second SoMaJo pass."""
    text = "Der Minister sagte am Montag\nin Berlin, die Lage sei ernst. „Wir sind bereit“, sagte Beck."
    spans = sentence_spans(text)
    expected = attribute(text, sentences=spans)

    def no_second_pass(base: int, chunk: str) -> list[list[object]]:
        raise AssertionError(f"tokenised again: {chunk!r}")

    monkeypatch.setattr(tokenise, "_token_groups", no_second_pass)
    assert attribute(text, sentences=spans) == expected
    assert {a.speaker for a in expected} == {"Der Minister", "Beck"}


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ein Teil des Gebäudes der Regierung in Deutschland wurde renoviert.", False),  # stems inside nouns
        ("Der Bürgermeister teilte mit, das Gebäude werde renoviert.", True),
        ("Mitgeteilt wurde das am Montag.", True),  # a capitalised verb that opens the sentence
        ("Nach Polizeiangaben gab es drei Verletzte.", True),
        ("Nach dem Spiel waren alle müde.", False),  # "nach" without an information noun
        ("Das Gebäude sei alt.", False),  # Konjunktiv alone is carry-over's test, not a frame's
    ],
)
def test_prefilter(sentence: str, cue: bool) -> None:
    """Only sentences that may hold a speech verb or an according-to phrase are tagged."""
    (sent,) = tokenise.split_sentences(sentence)
    assert tokenise.maybe_cue(sentence, sent) is cue


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker"),
    [
        (
            "Wie die Zeitung „The Guardian“ berichtete, sei der Befehl aus Pakistan gekommen.",
            "aus Pakistan",
            "die Zeitung „The Guardian“",
        ),
        ("Wie der Vorsitzende Richter ausführte, hätte es ein Blutbad gegeben.", "Blutbad", "der Vorsitzende Richter"),
        (
            "Es wurde von Demjanjuks Sohn die Mutmaßung geäußert, Deutschland brauche nur ein Opfer.",
            "ein Opfer",
            "Demjanjuks Sohn",
        ),
    ],
)
def test_speaker_of_opening_clause_and_passive_agent(text: str, quote_part: str, speaker: str) -> None:
    """The subject of a sentence-initial "Wie X berichtete, …" clause, and the "von X" agent of a passive speech
    verb, are the speaker."""
    assert _find(attribute(text), text, quote_part).speaker == speaker


def test_opening_subordinate_clause_is_no_report() -> None:
    text = "Dass die Partei den Mindestlohn ablehnt, ist ein deutliches Signal."
    assert [a for a in attribute(text) if a.kind == "reported"] == []


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker"),
    [
        (
            "Die Schule hat sich etabliert, sagte Kretschmann, und der Minister Peter Hauk: "
            "„Wir sind mit der Schule sehr zufrieden.“",
            "zufrieden",
            "der Minister Peter Hauk",
        ),
        ("Hauk: „Wir sind mit dem Ergebnis der Wahl sehr zufrieden.“", "zufrieden", "Hauk"),
        (
            "Wie die Zeitung schrieb, soll Anelka zu Domenech gesagt haben: „Das lasse ich mir nicht bieten.“",
            "bieten",
            "Anelka",
        ),
        (
            "„Die Schule hat sich in der Landschaft etabliert.“ erklärte Kultusministerin Eisenmann.",
            "etabliert",
            "Kultusministerin Eisenmann",
        ),
    ],
)
def test_direct_quote_frames(text: str, quote_part: str, speaker: str) -> None:
    """A speaker named alone before the colon, the subject of a participle's auxiliary before the colon, and a
    speech verb after a closed quote without a comma."""
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert _find(direct, text, quote_part).speaker == speaker


def test_carry_over_takes_a_source_named_in_between() -> None:
    """Konjunktiv two sentences after an attribution continues the source named in the sentence between."""
    text = (
        "Die IAEA teilte mit, der Iran habe Uran angereichert. Der Iran streitet dies ab. "
        "Sein Programm diene ausschließlich friedlichen Zwecken."
    )
    assert _find(attribute(text), text, "friedlichen Zwecken").speaker == "Der Iran"


def test_passive_report_takes_its_agent() -> None:
    text = "Die Forderungen der Grünen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet."
    a = _find(attribute(text), text, "unrealistisch")
    assert (a.kind, a.speaker) == ("reported", "Bundesverkehrsminister Manfred Stolpe")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Spectors Verteidiger Bruce Cutler vertritt die Ansicht, Clarkson habe sich selbst getötet.",
            "Clarkson habe sich selbst getötet",
            "Spectors Verteidiger Bruce Cutler",
        ),
        (
            "Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs.",
            "die Züge seien meist unterirdisch unterwegs",
            "Die BVG",
        ),
    ],
)
def test_noun_of_saying_with_content_clause(text: str, quote: str, speaker: str) -> None:
    a = _find(attribute(text), text, quote)
    assert (text[a.quote_start : a.quote_end], a.speaker, a.kind) == (quote, speaker, "indirect")


def test_noun_without_content_clause_is_no_quote() -> None:
    text = "Die Regierung teilt die Ansicht, die im Bericht steht, nicht."
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Er bezeichnete diese als eine „souveräne Entscheidung des Präsidenten“.", "Er"),
        ("Die Ministerin nannte sie „eine große Gefahr für alle Bürger“.", "Die Ministerin"),
        ("Am Montag sagte sie, die Lage sei ernst.", "sie"),
    ],
)
def test_pronoun_after_the_verb_is_the_subject_only_without_one_before(text: str, speaker: str) -> None:
    assert {a.speaker for a in attribute(text)} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Zu den Geschehnissen äußerte er sich nicht.",
        "Ebenso äußerte sich der Ministerpräsident.",
        "Die Gewerkschaft hat sich zu Wort gemeldet.",
        "Im Jahr 2007 nennt sie sich „documenta 12“ und findet im Juni statt.",
        "Die Gruppe bezeichnet sich selbst als Projekt zur digitalen Transparenz.",
        "Das Objekt, auch „Apogäum“ genannt, erscheint um sieben Prozent größer.",
    ],
)
def test_acts_that_report_nothing_said_are_no_quotes(text: str) -> None:
    """A negated act, a name a thing gives itself, a statement only announced, a participle of naming."""
    assert [a for a in attribute(text) if a.kind == "reported"] == []


def test_announced_statement_with_content_is_reported() -> None:
    text = "Besorgt äußerte sich Kofi Annan über die Zunahme der Gewalt gegen Frauen."
    assert [(a.kind, a.speaker) for a in attribute(text)] == [("reported", "Kofi Annan")]


def test_negation_of_an_attribute_keeps_the_act() -> None:
    text = "Der Gewerkschaftschef begründete dies mit den nicht ausreichenden Kapazitäten der Bundeswehr."
    assert [(a.kind, a.speaker) for a in attribute(text)] == [("reported", "Der Gewerkschaftschef")]


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Im Oktober besuchte die Ministerin das Werk.", "die Ministerin"),
        ("Im Oktober besuchte der Konzern das Werk.", "der Konzern"),
        ("Im Oktober besuchte Merkel das Werk.", "Merkel"),
        ("Im Oktober erreichte die Flut das Werk.", None),
    ],
)
def test_konjunktiv_after_a_source_noun_subject_continues_it(first: str, speaker: str | None) -> None:
    """A Konjunktiv sentence continues the subject before it when that names a person or body that speaks."""
    text = f"{first} Die Arbeitsplätze seien sicher."
    assert [a.speaker for a in attribute(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Merkel hob dabei auch hervor, dass dies Arbeitsplätze sichern könnte.", "dass dies", "Merkel"),
        (
            "Monatelang haben die Wiener Linien abgestritten, dass die Türen unsicher wären.",
            "dass die",
            "die Wiener Linien",
        ),
    ],
)
def test_particles_hervor_and_abstreiten(text: str, quote: str, speaker: str) -> None:
    a = _find(attribute(text), text, quote)
    assert (a.speaker, a.kind) == (speaker, "indirect")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Im April wurde bekannt, dass Warrington an Krebs litt.", "dass Warrington an Krebs litt"),
        ("Wie gestern bekannt wurde, befindet sich unter den Opfern der Politiker Ted Stevens.", "befindet sich"),
    ],
)
def test_news_made_known_is_attributed_to_no_one(text: str, quote: str) -> None:
    a = _find(attribute(text), text, quote)
    assert (a.speaker, a.cue) == (None, text[a.cue_start : a.cue_end] if a.cue_start is not None else None)
    assert a.cue is not None and "bekannt" in a.cue


@pytest.mark.parametrize(
    "text",
    ["Die Namen wurden bekannt gegeben.", "Der Mann, der durch seine Filme bekannt geworden war, hat erneut verloren."],
)
def test_known_without_news_is_no_quote(text: str) -> None:
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "Der Landrat Peter Kunz nannte den Bericht der Zeitung eine „glatte Zeitungsente“.",
            "Zeitungsente",
            "Der Landrat Peter Kunz",
        ),
        (
            "Die Ministerin bezeichnete die neuen Pläne der Opposition als „reinen Wortbruch“.",
            "Wortbruch",
            "Die Ministerin",
        ),
    ],
)
def test_a_quoted_label_is_the_direct_quote_alone(text: str, label: str, speaker: str) -> None:
    atts = attribute(text)
    assert [(text[a.quote_start : a.quote_end].strip("„“"), a.speaker, a.kind) for a in atts] == [
        (next(w for w in re.findall(r"„([^“]+)“", text) if label in w), speaker, "direct")
    ]


def test_a_continuation_that_names_its_own_source_keeps_it() -> None:
    """A Konjunktiv clause after an indicative main clause is the main clause subject's, not the last speaker's."""
    text = (
        "Die Ministerin sagte, die Lage sei ernst. "
        "Ein Polizeisprecher erzählte der Zeitung, Soldaten hätten auf die Demonstranten geschossen."
    )
    a = _find(attribute(text), text, "Soldaten hätten")
    assert a.speaker == "Ein Polizeisprecher"


def test_a_named_persons_thing_after_the_verb_is_the_object() -> None:
    """ "nannte Müllers Verhalten absurd": the genitive name's thing is the object; the subject stays the speaker."""
    text = "Ein bekannter deutscher Historiker nannte Müllers Verhalten am Mittwoch absurd."
    a = _find(attribute(text), text, "Verhalten")
    assert a.speaker == "Ein bekannter deutscher Historiker"


def test_an_insertion_between_dashes_is_no_main_clause() -> None:
    """The indicative verb of an aside between dashes names no source for the Konjunktiv clause around it."""
    text = (
        "Der Präsident des Verbands Otto Berger sagte, der Schaden sei groß. "
        "Auf einer Fläche von 3.000 Hektar – das entspricht etwa der Fläche Wiens – seien die Reben erfroren."
    )
    a = _find(attribute(text), text, "Reben erfroren")
    assert a.speaker is not None and "Berger" in a.speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "In dem Antrag heißt es, die Regierung müsse die Förderung sofort verdoppeln.",
            "die Regierung müsse",
            "dem Antrag",
        ),
        ("Aus Paris hieß es, das Vorgehen sei ein schwerer Bruch des Abkommens.", "das Vorgehen sei", "Paris"),
        (
            "In den ersten Berichten hatte es geheißen, dass zwei Fischer vermisst würden.",
            "dass zwei Fischer",
            "den ersten Berichten",
        ),
        (
            "In einer Presseerklärung der Stadt wurde verkündet, dass die Brücke im Mai wieder öffnen werde.",
            "dass die Brücke",
            "einer Presseerklärung der Stadt",
        ),
    ],
)
def test_a_fronted_place_of_the_words_is_the_source(text: str, quote: str, speaker: str) -> None:
    a = _find(attribute(text), text, quote)
    assert a.speaker == speaker
    assert not text[a.quote_start : a.quote_end].startswith(("heißt", "hieß"))


def test_heisst_es_names_the_page_it_stands_on() -> None:
    """ "…, heißt es auf der Webseite des Vereins": the page after the phrase is the source, as with "in"."""
    text = (
        "Der Preis gehe an Menschen, „die sich um die Aufklärung verdient gemacht haben“, "
        "heißt es auf der Webseite des Vereins."
    )
    a = _find(attribute(text), text, "Aufklärung")
    assert a.speaker == "der Webseite des Vereins"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jede Mitverantwortung für die Affäre weist Hartmann von sich: "
            "„Die Verantwortung trägt allein der Vorstand.“",
            "Hartmann",
        ),
        (
            "Die praktische Anwendung der Regel stellte der SPD-Vorsitzende Franz Müntefering in Frage: „Das ist in "
            "einer Koalition nicht lebenswirklich.“",
            "der SPD-Vorsitzende Franz Müntefering",
        ),
    ],
)
def test_an_object_before_the_verb_leaves_the_named_subject_after_it(text: str, speaker: str) -> None:
    a = _find(attribute(text), text, "„")
    assert a.speaker is not None and a.speaker.startswith(speaker)


def test_a_subject_before_the_verb_stays_with_an_object_after_it() -> None:
    text = "Die Europäische Union forderte die Regierung von Myanmar erneut zur Zusammenarbeit auf."
    assert _find(attribute(text), text, "Myanmar").speaker == "Die Europäische Union"


def test_konjunktiv_of_a_stem_ending_in_t_continues_the_speaker() -> None:
    """ "rate", "halte", "biete" are Konjunktiv I (the stem), not the past like "sagte"."""
    text = "Die Ministerin sagte, die Lage sei ernst. Sie rate allen Bürgern zur Vorsicht."
    assert _find(attribute(text), text, "Sie rate").speaker == "Die Ministerin"
    past = "Die Ministerin sagte, die Lage sei ernst. Sie arbeitete lange im Ausland."
    assert not any("arbeitete" in past[a.quote_start : a.quote_end] for a in attribute(past))


def test_a_relative_adverb_clause_is_no_content() -> None:
    """ "…, wobei …" / "…, womit …" attach to the act; the act itself is the reported quote."""
    text = "Medien berichten seit Jahren immer häufiger von randalierenden Fans, wobei oft Alkohol im Spiel ist."
    a = _find(attribute(text), text, "Alkohol")
    assert (a.kind, a.speaker) == ("reported", "Medien")
    assert text[a.quote_start :].startswith("Medien berichten")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Stoiber hatte besonders die Rolle der Parteichefs betont: „Die Entscheidungen fallen im kleinen Kreis.“",
            "Stoiber",
        ),
        (
            "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der Zeitung mit den Worten zitiert: "
            "„Der Bürgermeister ist angeschlagen.“",
            "Der Fraktionschef der Grünen, Volker Ratzmann",
        ),
        ("In der Erklärung wurde von der Regierung betont: „Wir werden alle Verträge einhalten.“", "der Regierung"),
        (
            "Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe viel Zuspruch "
            "gegeben.",
            "Günther Platter",
        ),
    ],
)
def test_a_participle_frame_takes_the_subject_of_its_auxiliary(text: str, speaker: str) -> None:
    """A clause-final participle (often tagged finite) speaks through its auxiliary's subject; a passive through
    its agent, except "zitiert", which quotes its subject."""
    atts = attribute(text)
    assert atts and all(a.speaker == speaker for a in atts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ende Januar 2006 gab der Verband bekannt, dass er sich um das Turnier bewerben werde.", "der Verband"),
        ("Wenige Stunden nach dem Putsch erklärte der neue Rat, die Verfassung sei ausgesetzt.", "der neue Rat"),
        ("Des Weiteren verwies Steinbrück darauf, dass der Haushalt ausgeglichen sei.", "Steinbrück"),
    ],
)
def test_a_time_phrase_before_the_verb_is_no_speaker(text: str, speaker: str) -> None:
    assert _find(attribute(text), text, "sei" if "sei" in text else "werde").speaker == speaker


def test_a_frame_that_names_the_source_wins_over_an_unnamed_passive() -> None:
    text = (
        "Ägypten wird inzwischen aufgefordert, die Grenze zum Gazastreifen zu öffnen, "
        "so Hisbollah-Chef Hassan Nasrallah im Fernsehen."
    )
    a = _find(attribute(text), text, "die Grenze")
    assert a.speaker is not None and a.speaker.startswith("Hisbollah-Chef Hassan Nasrallah")


def test_a_web_site_is_a_named_source() -> None:
    text = "Wie t-online.de berichtet, ist der erste Trailer des Spiels im Internet veröffentlicht worden."
    assert _find(attribute(text), text, "Trailer").speaker == "t-online.de"


def test_a_focus_word_before_the_subject_is_skipped() -> None:
    text = "Einzig Sony gab bekannt, für die Konsole ein Update anbieten zu wollen."
    assert _find(attribute(text), text, "Update").speaker == "Sony"


def test_a_one_word_quoted_term_is_no_quote_but_a_label_is() -> None:
    text = "In Indien soll nach Angaben des Konzerns künftig auch der „Passat“ gebaut werden."
    assert not any(a.kind == "direct" for a in attribute(text))
    label = "Der Minister nannte den Bericht der Zeitung eine „Zeitungsente“."
    assert [a.kind for a in attribute(label)] == ["direct"]


def test_wonach_takes_the_phrase_it_relates_to_as_source() -> None:
    text = "Unklar blieb ein Bericht der Nachrichtenagentur Interfax, wonach der Politiker festgenommen worden sei."
    a = _find(attribute(text), text, "der Politiker")
    assert a.speaker == "ein Bericht der Nachrichtenagentur Interfax"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Es gibt auch Gerüchte, nach denen der Sänger schwer erkrankt war.", "der Sänger"),
        ("Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.", "das Kind"),
    ],
)
def test_a_relative_pronoun_after_laut_or_nach_is_the_source(text: str, quote: str) -> None:
    a = _find(attribute(text), text, quote)
    assert (a.kind, a.speaker) == ("according_to", text[a.speaker_start : a.speaker_end])
    assert a.speaker in ("denen", "dem")


def test_a_temporal_relative_nach_dem_is_no_source() -> None:
    text = "Nach dem Brand, nach dem das Werk stillgelegt worden war, begann die Suche."
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Roger Keith Barrett oder Syd Barrett, wie er sich selbst gerne nannte, ist tot.",
        "Wie erwartet, gewann die Partei die Wahl deutlich.",
    ],
)
def test_wie_with_a_naming_or_unowned_expectation_is_no_source(text: str) -> None:
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Wie Jan Berg, Sprecher der Stadtwerke in Kiel, am Abend mitteilte, bleibt das Bad bis Mai geschlossen.",
            "Jan Berg",
            "wie mitteilte",
        ),
        (
            "Wie die Brauerei Hansen am Montag bekannt gab, wird sie das Werk in Flensburg schließen.",
            "die Brauerei Hansen",
            "wie bekannt gab",
        ),
    ],
)
def test_wie_with_an_apposition_or_a_separated_particle_names_the_source(text: str, speaker: str, cue: str) -> None:
    a = _find(attribute(text), text, text.split(", ")[-1][:20])
    assert (a.kind, a.speaker, a.cue) == ("according_to", speaker, cue)


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker", "cue"),
    [
        (
            "Wie eine Umfrage der Krankenkasse ergab, rauchen viele Jugendliche täglich.",
            "rauchen viele",
            "eine Umfrage der Krankenkasse",
            "wie ergab",
        ),
        (
            "Wie aus dem Jahresbericht der Behörde hervorgeht, sind die Kosten gestiegen.",
            "sind die Kosten",
            "dem Jahresbericht der Behörde",
            "wie hervorgeht",
        ),
        (
            "Die Mieten sind stark gestiegen, wie eine neue Analyse zeigt.",
            "Die Mieten",
            "eine neue Analyse",
            "wie zeigt",
        ),
    ],
)
def test_wie_with_a_finding_verb_names_its_document(text: str, quote_part: str, speaker: str, cue: str) -> None:
    a = _find(attribute(text), text, quote_part)
    assert (a.kind, a.speaker, a.cue) == ("according_to", speaker, cue)


def test_wie_with_a_finding_verb_and_no_document_is_no_source() -> None:
    assert attribute("Die Mieten sind stark gestiegen, wie die Erfahrung zeigt.") == []


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker"),
    [
        (
            "Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt, die Taliban "
            "würden Soldaten töten.",
            "Soldaten töten",
            "ein Talibanführer",
        ),
        (
            "Bundespräsident Christian Wulff (CDU) hat mit Schimon Peres (Awoda, dt. etwa Arbeiterpartei) "
            "bekräftigt, die Bundesrepublik bekenne sich zu ihrer Verantwortung.",
            "Verantwortung",
            "Bundespräsident Christian Wulff (CDU)",
        ),
        (
            "Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es ein Blutbad gegeben.",
            "Blutbad",
            "der Vorsitzende Richter",
        ),
        (
            "Als der Chief Executive C.Y. Leung am Sonntag sagte, dass die Proteste keine Revolution seien, "
            "meinte er damit die Massenbewegung.",
            "keine Revolution",
            "der Chief Executive C.Y. Leung",
        ),
        (
            "Im Vorfeld hatte das deutsche Organisationskomitee (OK) der Weltmeisterschaft betont, dass die "
            "Eintrittskarten wichtig seien.",
            "wichtig seien",
            "das deutsche Organisationskomitee (OK) der Weltmeisterschaft",
        ),
    ],
)
def test_a_subject_set_off_by_an_apposition_or_a_parenthesis_is_found(text: str, quote_part: str, speaker: str) -> None:
    """An apposition or a parenthesis between auxiliary and participle, an apposition before the verb of a
    "wie" clause, an initial "Als" clause and a participle read as finite keep their subject."""
    assert _find(attribute(text), text, quote_part).speaker == speaker


def test_a_particle_read_as_an_adjective_at_the_clause_end_joins_its_verb() -> None:
    text = "Die Staatsanwaltschaft Oslo gab heute bekannt, dass den Tätern ein Strafnachlass zugebilligt wird."
    a = _find(attribute(text), text, "Strafnachlass")
    assert (a.kind, a.speaker, a.cue) == ("indirect", "Die Staatsanwaltschaft Oslo", "gab bekannt")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Beobachter halten es jedoch für unwahrscheinlich, dass das Gericht die Entscheidung kassiert.",
            "Beobachter",
            "halten für",
        ),
        ("Das Gericht sah es als erwiesen an, dass die Täter Anschläge verüben wollten.", "Das Gericht", "sah als an"),
        (
            "Die Wissenschaftler fanden heraus, dass es sich bei dem Klumpen um Stein handelte.",
            "Die Wissenschaftler",
            "fanden heraus",
        ),
        (
            "Der Verband bedauerte, dass sich die Bundesregierung auf die Seite der Konzerne gestellt habe.",
            "Der Verband",
            "bedauerte",
        ),
        (
            "Beide Seiten hatten vereinbart, alle Truppen aus der Region zurückzuziehen.",
            "Beide Seiten",
            "hatten vereinbart",
        ),
    ],
)
def test_verbs_of_judging_finding_and_agreeing_frame_a_content_clause(text: str, speaker: str, cue: str) -> None:
    """ "halten … für" and "ansehen … als" with their companion, and verbs of finding out, regretting and agreeing,
    frame the clause after them."""
    a = attribute(text)[0]
    assert (a.kind, a.speaker, a.cue) == ("indirect", speaker, cue)


def test_halten_without_fuer_frames_nothing_in_a_wie_clause() -> None:
    text = "Die Anleger verkaufen, wie es jeder hält, ihre Aktien im Herbst."
    assert attribute(text) == []


def test_an_expectation_with_mit_rechnen_is_a_reported_act() -> None:
    text = "Premium Aerotec rechnet für das Jahr 2009 mit einem Umsatz von einer Milliarde Euro."
    a = attribute(text)[0]
    assert (a.kind, a.speaker, a.cue) == ("reported", "Premium Aerotec", "rechnet mit")


@pytest.mark.parametrize(
    "text",
    [
        "Im Falle einer Verurteilung muss der Politiker mit einer mehrjährigen Gefängnisstrafe rechnen.",
        "Die übrigen acht Kandidaten können ihrer Wählerschaft für den zweiten Wahlgang Empfehlungen aussprechen.",
    ],
)
def test_what_one_must_or_can_do_is_no_reported_act(text: str) -> None:
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Elon Musk will nun Ursachenforschung betreiben. Dies geht aus einer Meldung der dpa, die von der "
            "Basler Zeitung verbreitet wurde, hervor.",
            "einer Meldung der dpa",
            "geht hervor",
        ),
        (
            "Bei einem Luftangriff sind 80 Menschen gestorben. Das ergab eine Untersuchung der Vereinten Nationen.",
            "eine Untersuchung der Vereinten Nationen",
            "ergab",
        ),
    ],
)
def test_a_document_that_a_demonstrative_points_back_to_is_the_source_of_the_sentence_before(
    text: str, speaker: str, cue: str
) -> None:
    a = attribute(text)[0]
    assert (a.speaker, a.cue) == (speaker, cue)
    assert text[a.quote_start :].startswith(text.split(".")[0].split(" ")[0])


def test_a_finding_with_no_document_names_no_source() -> None:
    assert attribute("Die Preise steigen. Das zeigt die Erfahrung.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Großbank UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das Institut Verluste.",
        "Dieser Darstellung widersprach ein Militärsprecher. Danach hätte es sich um ein Feuergefecht gehandelt.",
    ],
)
def test_danach_in_the_present_after_a_document_reads_as_demnach(text: str) -> None:
    a = _find(attribute(text), text, "gehandelt" if "gehandelt" in text else "Verluste")
    assert (a.kind, a.speaker) == ("according_to", "Danach")
    assert not text[a.quote_start :].startswith("Danach")


def test_danach_in_the_past_tells_what_happened_next() -> None:
    text = "Die Familie hat aus den Medien von dem Angebot erfahren. Danach nahm die Frau Kontakt zur Polizei auf."
    assert all("Kontakt" not in text[a.quote_start : a.quote_end] for a in attribute(text))


def test_a_wonach_clause_after_an_object_is_that_sources_not_the_verbs() -> None:
    text = "Das Institut bestätigte die Befunde des Untersuchungsamts, wonach 15 Rinder an der Krankheit erkrankt sind."
    a = _find(attribute(text), text, "15 Rinder")
    assert (a.kind, a.speaker, a.cue) == ("according_to", "die Befunde des Untersuchungsamts", "wonach")
    assert text[a.quote_start :].startswith("15 Rinder")


def test_the_one_who_cites_unter_berufung_auf_speaks() -> None:
    text = "Die Agentur beschrieb die Mönche unter Berufung auf Erklärungen des Vorsitzenden als „aggressiv“."
    assert {a.speaker for a in attribute(text)} == {"Die Agentur"}


def test_das_berichtet_x_unter_berufung_auf_y_attributes_the_sentence_before() -> None:
    text = (
        "Im Trinkwasser wurden Spuren eines radioaktiven Isotops gefunden. Das berichtet die Nachrichtenagentur "
        "Kyodo unter Berufung auf einen Vertreter des Ministeriums."
    )
    a = _find(attribute(text), text, "Isotops")
    assert (a.speaker, a.cue) == ("die Nachrichtenagentur Kyodo", "berichtet")
    assert "Berufung" not in text[a.quote_start : a.quote_end]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Auch der Außenminister Donald Rumsfeld attackierte den Iran als den „führenden Förderer von Terrorismus“.",
            "„führenden Förderer von Terrorismus“",
            "der Außenminister Donald Rumsfeld",
        ),
        (
            "In dem Verfahren sieht Osterloh einen „Angriff gegen die Belegschaft“.",
            "„Angriff gegen die Belegschaft“",
            "Osterloh",
        ),
        (
            "Der Bundespräsident konstatierte im Zusammenhang mit der Debatte eine wachsende „Kluft zwischen Arm und "
            "Reich“.",
            "„Kluft zwischen Arm und Reich“",
            "Der Bundespräsident",
        ),
    ],
)
def test_a_short_quote_in_a_clause_of_saying_or_judging_is_its_subjects(text: str, quote: str, speaker: str) -> None:
    a = _find(attribute(text), text, quote)
    assert (text[a.quote_start : a.quote_end], a.kind, a.speaker) == (quote, "direct", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Ratzinger galt als „Pitbull des Vatikans“.",
        "Die umfangreiche Liste der Bibliothek enthält auch „Der Fänger im Roggen“.",
    ],
)
def test_a_short_quote_after_a_verb_of_being_or_having_is_no_quote(text: str) -> None:
    assert attribute(text) == []


def test_a_long_quote_inside_a_clause_of_saying_is_its_subjects_too() -> None:
    text = (
        "Der Präsident der Universität begrüßte den Beschluss der Landesregierung als „wesentlichen Schritt für "
        "den Erhalt der Wettbewerbsfähigkeit niedersächsischer Hochschulen“."
    )
    a = _find(attribute(text), text, "wesentlichen Schritt")
    assert (a.kind, a.speaker, a.cue) == ("direct", "Der Präsident der Universität", "begrüßte")


def test_a_speech_verb_in_konjunktiv_continues_the_speaker_before_over_the_whole_sentence() -> None:
    text = (
        "Ein Regierungssprecher in Berlin sagte, die Sperre sei aufgehoben. "
        "Er wisse auch nicht, was die USA zu diesem Schritt bewogen hatte."
    )
    a = _find(attribute(text), text, "bewogen")
    assert (a.kind, a.speaker) == ("carried_over", "Ein Regierungssprecher in Berlin")
    assert text[a.quote_start :].startswith("Er wisse")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Der Bischof hat den Papst gebeten, seine Ernennung zurückzunehmen.", "Der Bischof", "hat gebeten"),
        ("Die Forscher formulierten die Hypothese, dass Mehl wichtig war.", "Die Forscher", "formulierten"),
        ("Jugendliche haben ausgesagt, dass Paris das Vorbild sei.", "Jugendliche", "haben ausgesagt"),
    ],
)
def test_verbs_of_asking_wording_and_testifying_frame_a_content_clause(text: str, speaker: str, cue: str) -> None:
    a = attribute(text)[0]
    assert (a.kind, a.speaker, a.cue) == ("indirect", speaker, cue)


def test_a_direction_after_an_adjective_noun_is_no_postposed_nach() -> None:
    text = "Jens Wieseke fordert freie Sicht nach draußen. Die Muster seien unruhig."
    assert {a.speaker for a in attribute(text)} == {"Jens Wieseke"}


def test_a_sentence_ending_in_a_number_is_not_run_into_the_next() -> None:
    text = (
        "Ein Arbeitskampf hätte negative Auswirkungen auf die Auslieferung des Modells 3. Ein Sprecher von Tesla "
        "teilte mit, man wolle auch Aktien ausgeben. Am 3. Oktober kam er."
    )
    a = _find(attribute(text), text, "Aktien")
    assert a.speaker == "Ein Sprecher von Tesla"
    assert [s.toks[-1].text for s in tokenise.split_sentences(text)] == ["3.", ".", "."]


def test_a_noun_phrase_with_an_extended_attribute_is_a_speaker() -> None:
    text = (
        "So sagte der für die Region zuständige Koordinator für Naturkatastrophen gegenüber der BBC, dass nur "
        "14 Motorboote im Einsatz seien."
    )
    a = _find(attribute(text), text, "Motorboote")
    assert a.speaker == "der für die Region zuständige Koordinator für Naturkatastrophen"


def test_the_place_after_wie_bekannt_wurde_is_no_source() -> None:
    text = "Wie heute bekannt wurde, sind in dem am schwersten betroffenen Gebiet erste Cholerafälle aufgetreten."
    assert all(a.speaker is None for a in attribute(text))


def test_a_passive_participle_read_as_finite_has_no_speaker() -> None:
    text = "Einerseits wird der durch die Kommission ausgelöste bürokratische Aufwand bemängelt."
    assert all(a.speaker is None for a in attribute(text))


def test_a_passive_speech_verb_speaks_from_the_document_in_its_clause() -> None:
    text = "So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung die Mängel abstelle."
    a = _find(attribute(text), text, "Mängel")
    assert (a.speaker, a.cue) == ("einer Pressemitteilung der Organisation", "wird gefordert")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jegliche Mitverantwortung für die Affäre im Bezirk Weser-Ems weist Hartmann von sich: „Diese "
            "Verantwortung kann nur der Vorsitzende übernehmen.“",
            "Hartmann",
        ),
        ("Das US-Magazin Barrons bezeichnete Stratfor als „Schatten-CIA“.", "Das US-Magazin Barrons"),
    ],
)
def test_a_name_after_the_head_of_a_fronted_object_is_its_genitive(text: str, speaker: str) -> None:
    """A fronted thing with a name after its head noun is still the object; a medium ("Magazin") speaks."""
    assert {a.speaker for a in attribute(text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach deren Angaben sollten täglich Speisen mit Vitamin E auf den Teller kommen.", "deren Angaben"),
        ("Die Inflation wird nach der Vorhersage der Bank bei 51 Prozent liegen.", "der Vorhersage der Bank"),
    ],
)
def test_nach_with_a_possessive_relative_or_a_forecast_is_according_to(text: str, speaker: str) -> None:
    a = attribute(text)[0]
    assert (a.kind, a.speaker) == ("according_to", speaker)


def test_nach_and_a_document_opening_a_sentence_in_the_present_is_according_to() -> None:
    text = "Nach einem EU-Dokument leben sie in Armut. Nach dem Urteil verließ er den Saal."
    atts = attribute(text)
    assert [(a.kind, a.speaker) for a in atts] == [("according_to", "einem EU-Dokument")]


def test_an_abbreviation_in_parentheses_stays_in_the_phrase_before_zufolge() -> None:
    text = "Einer Presseerklärung des Verbandes Deutscher Lehrer (VDL) zufolge nahmen tausend Lehrer teil."
    a = attribute(text)[0]
    assert (a.kind, a.speaker) == ("according_to", "Einer Presseerklärung des Verbandes Deutscher Lehrer (VDL)")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Ausbruch erfolgte trotz einer Warnung der Wärter, auf fliehende Häftlinge zu schießen.",
            "einer Warnung der Wärter",
        ),
        (
            "Die CDU reagierte auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen.",
            "die Forderung des CSU-Vorsitzenden Edmund Stoiber",
        ),
    ],
)
def test_a_noun_of_saying_with_its_sayer_frames_the_clause_after_it(text: str, speaker: str) -> None:
    a = attribute(text)[0]
    assert (a.kind, a.speaker) == ("indirect", speaker)


def test_a_noun_of_saying_without_its_sayer_frames_nothing() -> None:
    assert attribute("Die Aufforderung, sofort die Angriffe einzustellen, blieb ungehört.") == []


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Die Meteorologin sagte: „Wir bekommen ein bisschen ‚echten‘ Winter diese Woche.“", "‚echten‘"),
        (
            "Die Zahl der Toten der Operation „Cast Lead“ („gegossenes Blei“) stieg laut Behörden auf 384.",
            "„gegossenes Blei“",
        ),
    ],
)
def test_a_quote_inside_a_quote_or_a_gloss_after_a_name_is_no_quote_of_its_own(text: str, inner: str) -> None:
    spans = [text[a.quote_start : a.quote_end] for a in attribute(text)]
    assert inner not in spans


def test_a_negated_speech_verb_frames_no_content() -> None:
    text = "Ein Sprecher der Armee wollte nicht bestätigen, dass alle Insassen Soldaten waren."
    assert attribute(text) == []


def test_a_negation_inside_the_content_keeps_the_frame() -> None:
    text = "Der Sprecher sagte, dass die Armee nicht beteiligt gewesen sei."
    assert attribute(text)[0].speaker == "Der Sprecher"


def test_the_quotes_after_nach_eigenen_angaben_are_the_subjects() -> None:
    """ "X war nach eigenem Bekunden eingeweiht. „…“ … sei …": the following quotes are X's, not "eigenem
    Bekunden"'s; the sentence with the phrase keeps it as its source."""
    text = (
        "Der Bruder des Bischofs, Georg Berger, war nach eigenem Bekunden seit langem eingeweiht. "
        "„Mein Bruder wünscht sich mehr Ruhe.“ Der Rücktritt sei ein natürlicher Vorgang."
    )
    atts = attribute(text)
    assert _find(atts, text, "mehr Ruhe").speaker == "Der Bruder des Bischofs, Georg Berger"
    assert _find(atts, text, "natürlicher Vorgang").speaker == "Der Bruder des Bischofs, Georg Berger"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Tom Becker, einer der Unterzeichner, verurteilte die Haltung der Regierung. "
            "„Diese Politik wird von fast jedem als ungerecht angesehen.“",
            "fast jedem",
            "Tom Becker",
        ),
        (
            "Im Landtag hatte sich Pieper während der Debatte zu dem Zwischenruf hinreißen lassen: "
            "„Am besten hätte man Sie abschieben sollen.“",
            "abschieben",
            "Pieper",
        ),
    ],
)
def test_a_quote_with_no_frame_is_the_named_subjects_before_it(text: str, quote: str, speaker: str) -> None:
    """A quote that opens its sentence, or follows a colon, with no verb of saying: the named subject of the
    sentence (or clause) before it."""
    a = _find(attribute(text), text, quote)
    assert a.speaker is not None and speaker in a.speaker


def test_a_quote_after_a_sentence_with_no_name_keeps_no_speaker() -> None:
    text = "Die Stimmung im Saal war gereizt. „Wer zu spät kommt, den bestraft das Leben!“"
    atts = [a for a in attribute(text) if "zu spät" in text[a.quote_start : a.quote_end]]
    assert all(a.speaker is None for a in atts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In zehn bis fünfzehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein.",
            "die Forscher",
        ),
        (
            "Tatsächlich, so betont auch die ermittelnde Polizei, ist dies keine zutreffende Darstellung.",
            "die ermittelnde Polizei",
        ),
        ("Der Flug käme für den Angeklagten einer Folter gleich, so bestätigt das Gericht.", "das Gericht"),
    ],
)
def test_so_with_a_verb_of_saying_names_the_source(text: str, speaker: str) -> None:
    """ "…, so schätzen die Forscher, …": a parenthetical "so" with a finite verb of saying frames the sentence."""
    atts = attribute(text)
    assert any(a.speaker == speaker and a.quote_end - a.quote_start > 30 for a in atts)


def test_sich_versprechen_is_no_promise() -> None:
    """ "versprechen sich die Forscher eine Massenproduktion": reflexive, the verb means to expect, not to say."""
    text = "Durch die neue Methode versprechen sich die Forscher eine ertragreiche Massenproduktion."
    assert attribute(text) == []
    said = "Der Minister versprach den Bauern eine schnelle Hilfe."
    assert any(a.speaker == "Der Minister" for a in attribute(said))


def test_a_subjectless_speech_verb_takes_the_fronted_place() -> None:
    """ "Aus EU-Kreisen verlautete, …": no subject; the circles the words come from are the source."""
    text = "Aus EU-Kreisen verlautete, dies sei nur Spekulation."
    a = _find(attribute(text), text, "nur Spekulation")
    assert a.speaker == "EU-Kreisen"


def test_the_colon_clause_subject_wins_over_an_earlier_speaker() -> None:
    """A quote after "X hat weniger Hemmungen, … zu zeigen:" is X's, not the speaker of the sentence before."""
    text = (
        "Die Wochenzeitung „Jungle World“ hatte die Abgeordnete kritisiert. "
        "Ihr Mitarbeiter Nick Brauns hat deutlich weniger Hemmungen, seine Sympathien öffentlich zu zeigen: "
        "„Wir sind der Meinung, dass die Partei einen legitimen Kampf führt.“"
    )
    a = _find(attribute(text), text, "legitimen Kampf")
    assert a.speaker is not None and "Nick Brauns" in a.speaker


def test_unter_berufung_auf_opening_the_sentence_keeps_the_citing_subject() -> None:
    """ "Unter Berufung auf staatliche Organe teilte die WHO mit, …": the one who cites is the speaker."""
    text = "Unter Berufung auf staatliche Organe teilte die Weltgesundheitsorganisation mit, es gebe viele Tote."
    a = _find(attribute(text), text, "viele Tote")
    assert a.speaker == "die Weltgesundheitsorganisation"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister gab ein Interview. In der „Frankfurter am Sonntag“ erklärte er seine Pläne.",
        "Die Gruppe arbeitet mit „Doctors for the Poor“ zusammen, sagte ein Sprecher.",
        "Die „Initiative für ein Freies Internet“ rief zu Protesten auf.",
    ],
)
def test_a_quotation_shaped_like_a_title_is_a_name(text: str) -> None:
    assert not [a for a in attribute(text) if a.kind == "direct"]


def test_a_quoted_noun_phrase_with_german_joining_words_stays_a_quote() -> None:
    text = "Der Gewerkschaftschef sieht in dem Plan einen „Angriff gegen die Belegschaft“."
    assert _find(attribute(text), text, "Angriff").kind == "direct"


def test_two_apostrophes_are_wiki_italics_not_quotation_marks() -> None:
    text = "Der Kandidat sagte in einem Interview mit ''Le Monde'', er wolle die Steuern senken."
    atts = attribute(text)
    assert all("Le Monde" not in text[a.quote_start : a.quote_end] or a.kind != "direct" for a in atts)


def test_a_plain_soll_two_sentences_after_the_speaker_is_no_continuation() -> None:
    text = (
        "Die Stadtwerke teilten mit, die Preise würden steigen. Die Anlage wurde 1990 gebaut. "
        "Die Erneuerung soll im Herbst beginnen."
    )
    assert all("Erneuerung" not in text[a.quote_start : a.quote_end] for a in attribute(text))


def test_a_purpose_clause_is_no_content() -> None:
    text = "Die Ministerin forderte mehr Geld, um die Schulen zu sanieren."
    a = _find(attribute(text), text, "Schulen")
    assert a.kind == "reported"
    assert text[a.quote_start : a.quote_end].startswith("Die Ministerin")


def test_the_article_das_opens_a_subject_that_names_a_source() -> None:
    text = "Das Bundesamt sieht derzeit keine Gefahr. Lediglich Landwirte seien besonders zu schützen."
    assert _find(attribute(text), text, "Landwirte").speaker == "Das Bundesamt"


def test_a_reported_verb_in_konjunktiv_is_no_report_of_its_subject() -> None:
    text = "Die Ermittler sagten, die Opfer seien gefesselt worden. Die Spuren würden auf einen Mord hinweisen."
    assert _find(attribute(text), text, "Spuren").speaker == "Die Ermittler"


def test_a_quote_inside_a_clause_goes_to_that_clauses_subject() -> None:
    text = (
        "Der Minister sagte, es gebe keinen Grund zur Sorge. "
        "Die Gewerkschaft erwartet dagegen einen „harten Winter für alle Beschäftigten im Land“."
    )
    assert _find(attribute(text), text, "harten Winter").speaker == "Die Gewerkschaft"


def test_a_konjunktiv_sentence_after_a_framed_direct_quote_continues_its_speaker() -> None:
    text = "„Wir werden nicht nachgeben“, sagte Gewerkschaftschef Müller. Er erwarte lange Verhandlungen."
    assert _find(attribute(text), text, "lange Verhandlungen").speaker == "Gewerkschaftschef Müller"


def test_a_relative_pronoun_followed_by_an_object_is_the_subject() -> None:
    text = "Die Rede hielt die Bürgermeisterin, die den Mut der Helfer hervorhob, der sich in der Nacht gezeigt habe."
    assert _find(attribute(text), text, "in der Nacht").speaker == "die"


def test_a_fronted_source_may_carry_a_relative_clause_before_heisst_es() -> None:
    text = "In dem Bericht, den die Kommission vorlegte, heißt es, die Lage habe sich verbessert."
    a = _find(attribute(text), text, "Lage habe")
    assert a.speaker == "dem Bericht"
    assert text[a.quote_start : a.quote_end].startswith("die Lage")


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # a name stops at the end of a sentence ...
        (
            "Dominiert wurde das Treffen von Kanzlerin Angela Merkel vom Flüchtlingsthema. Merkel sagte",
            "Merkel",
            "Kanzlerin Angela Merkel",
        ),
        (
            "Das sagte Andreas Schleicher von der Industriestaatenorganisation OECD. Schleicher",
            "Schleicher",
            "Andreas Schleicher",
        ),
        # ... but not at an initial or a short abbreviation
        ("Der Virologe Marcel A. Müller warnt. Müller", "Müller", "Virologe Marcel A. Müller"),
        # and a conjunction opening the sentence is no part of it
        (
            "Sowohl Bundeskanzler Werner Faymann als auch andere waren einig. Faymann",
            "Faymann",
            "Bundeskanzler Werner Faymann",
        ),
    ],
)
def test_the_fullest_name_stays_inside_its_sentence(text: str, short: str, full: str) -> None:
    assert fullest_name(text, short, len(text)) == full


@pytest.mark.parametrize("name", ["Klug", "Kurz"])
def test_a_surname_that_is_also_an_adjective_is_a_speaker(name: str) -> None:
    text = f"Der Zaun kommt nicht, sagte {name}. Das ist ein toller Tag, sagte der Minister."
    atts = attribute(text)
    assert _find(atts, text, "Zaun kommt").speaker == name  # HanTa tags "Klug" and "Kurz" as adjectives


@pytest.mark.parametrize("verb", ["gestand", "scherzte", "prophezeite", "schimpfte", "erzählte"])
def test_more_verbs_of_saying_frame_a_quote(verb: str) -> None:
    text = f"Er hat sich mit dem Gate verspekuliert, {verb} Hayböck nach dem Springen."
    atts = attribute(text)
    assert _find(atts, text, "verspekuliert").speaker == "Hayböck"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bei der Kundgebung kamen laut Polizei 300 Menschen.", "Polizei"),  # the count is not the source's
        ("Es waren laut Veranstaltern 5.000 Teilnehmer.", "Veranstaltern"),
        (
            "Bei der laut Statut vorgesehenen Abstimmung kam Ziegler nach APA-Informationen auf 7 Stimmen.",
            "APA-Informationen",
        ),
        ("Die laut Plan errichtete Halle kostet fünf Millionen Euro.", None),  # "laut" inside an attribute
    ],
)
def test_laut_names_the_source_of_the_sentence_not_of_a_count_or_an_attribute(text: str, speaker: str | None) -> None:
    assert (attribute(text)[0].speaker if attribute(text) else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Dividende wird gekürzt, teilte der börsennotierte Konzern Mittwochabend mit.",
            "der börsennotierte Konzern",
        ),
        ("Das sei gut, sagte Minister Müller Montagabend.", "Minister Müller"),
        (  # after a preposition the time belongs to the phrase
            "Nach Informationen der Stadtverwaltung vom gestrigen Dienstagabend sei die Schule zu.",
            "Informationen der Stadtverwaltung vom gestrigen Dienstagabend",
        ),
    ],
)
def test_a_part_of_a_day_right_after_a_speaker_ends_the_speaker(text: str, speaker: str) -> None:
    assert attribute(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Bisher bestritt Klitschko 67 Profikämpfe, er gewann 64.",
        "Der Verteidiger hat 100 Länderspiele bestritten.",
        "Am Sonntag bestreitet Nadal das Finale gegen Federer.",
    ],
)
def test_bestreiten_a_fight_or_a_number_of_games_is_no_speech(text: str) -> None:
    """ "bestreiten" with a number or a fight/match/game as its object means "to fight/play", not "to deny"."""
    assert not [a for a in attribute(text) if a.cue and "bestr" in a.cue]


@pytest.mark.parametrize(
    "text",
    ["Der Minister bestritt, dass er davon gewusst habe.", "Der Minister bestritt die Vorwürfe aus dem Jahr 2010."],
)
def test_bestreiten_a_claim_is_speech(text: str) -> None:
    assert attribute(text)[0].speaker == "Der Minister"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage sei ernst, sagte ein Sprecher der dpa.", "ein Sprecher"),
        ("Man habe nichts gewusst, bestätigte eine Sprecherin der Nachrichtenagentur Reuters.", "eine Sprecherin"),
        ("Die Lage sei ernst, sagte ein Polizeisprecher der Süddeutschen Zeitung.", "ein Polizeisprecher"),
        ("Die Lage sei ernst, so ein Sprecher der APA.", "ein Sprecher"),
        ("Die Lage sei ernst, sagte ein Sprecher der Polizei.", "ein Sprecher der Polizei"),  # the body he speaks for
    ],
)
def test_an_agency_or_newspaper_after_a_spokesman_is_the_addressee(text: str, speaker: str) -> None:
    """ "sagte ein Sprecher der dpa": the dative of the one he spoke to, not the body he speaks for."""
    assert attribute(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rapids Debakel gegen die Admira bezeichnete der 69-Jährige als einmaligen Ausrutscher.", "der 69-Jährige"),
        ("Die Vorwürfe wies der Minister zurück.", "der Minister"),
        ("Seine Aussage, wonach Rapid vom Titel weit entfernt ist, relativierte Barisic.", "Barisic"),
        ("Die Polizei bezeichnete der Minister als überfordert.", "Die Polizei"),  # a body before the verb speaks
    ],
)
def test_a_fronted_object_leaves_the_subject_after_the_verb_the_speaker(text: str, speaker: str) -> None:
    """Object first: the thing before the verb of saying is what was said about, the subject after it speaks."""
    assert attribute(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Es ist mir peinlich, das anzuhören, nahm Klitschko klar Stellung.",
            "Klitschko",
            "Es ist mir peinlich, das anzuhören",
        ),
        (
            "So sagte etwa Dorothy Bishop, Professorin für Entwicklung an der Universität Oxford, Hunts Kommentare "
            "rührten am Kern der Vorurteile.",
            "Dorothy Bishop",
            "Hunts Kommentare rührten am Kern der Vorurteile",
        ),
    ],
)
def test_stellung_nehmen_and_an_apposition_before_the_content(text: str, speaker: str, quote: str) -> None:
    """ "Stellung nehmen" frames words; an apposition to the speaker after the verb does not end the frame."""
    a = attribute(text)[0]
    assert (a.speaker, text[a.quote_start : a.quote_end]) == (speaker, quote)


def test_a_subject_after_a_verb_that_is_no_saying_is_not_read_over_the_thing_before() -> None:
    """ "Die Abwasser … wird der zuständige Bundesstaat … klären können.": no verb of saying, so the fronted-object
    rule leaves the carry-over to the mayor who spoke before."""
    text = (
        "Es werden alle Projekte fertig, sagte das Stadtoberhaupt. Die Abwasser in der Bucht wird der zuständige "
        "Bundesstaat bis Olympia nur zu 60 Prozent klären können. Er könne garantieren, dass die Wettbewerbe "
        "stattfinden können."
    )
    assert _find(attribute(text, sentence_spans(text)), text, "Er könne").speaker != "der zuständige Bundesstaat"


def test_the_first_person_after_a_sentence_naming_another_goes_on_with_the_speaker() -> None:
    """A sentence that names someone else between does not take the speaker of a first-person sentence after it."""
    text = (
        "Es ist mir peinlich, das anzuhören, nahm Klitschko klar Stellung. Umgekehrt braucht Fury eine Therapie, "
        "und die beste ist der Kampf. Auch ich bin aus Niederlagen stärker hervorgegangen und habe gewonnen."
    )
    assert _find(attribute(text, sentence_spans(text)), text, "Auch ich bin").speaker == "Klitschko"


def test_the_first_person_after_one_who_says_something_in_between_is_theirs() -> None:
    text = (
        "Er habe gelogen, behauptete Hofer. Kickl vermutet einen Auftrag und stellte ihn als Linken dar. Ich kaufe "
        "ihm den lieben alten Opa nicht ab. Er habe Abgeordnete ideologisch großgezogen."
    )
    assert _find(attribute(text, sentence_spans(text)), text, "Ich kaufe").speaker == "Kickl"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Auf Basis der Zahlen ergebe sich, dass zwei Drittel der Syrer nur einfachste Aufgaben lösen können,"
            " schreibt Bildungsökonom Wößmann.",
            "Bildungsökonom Wößmann",
        ),
        ("Die Preise würden weiter steigen, schreibt die Zeitung.", "die Zeitung"),
        ("Der Minister kam, schrieb aber nichts.", None),  # no words framed
        ("Er schrieb Geschichte.", None),
    ],
)
def test_a_verb_of_writing_right_after_a_comma_closes_the_words_it_frames(text: str, speaker: str | None) -> None:
    found = attribute(text)
    assert (found[0].speaker if found else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus der Kasse fehlten nach KURIER-Infos rund 12.000 Euro.", "KURIER-Infos"),
        ("Nach Redaktions-Infos erhielt die Liste 210 Stimmen.", "Redaktions-Infos"),
    ],
)
def test_nach_infos_is_an_according_to_phrase_like_nach_informationen(text: str, speaker: str) -> None:
    assert [(a.kind, a.speaker) for a in attribute(text)] == [("according_to", speaker)]


def test_own_words_of_a_name_ending_in_digits_name_it() -> None:
    """HanTa reads a name whose letters end in digits ("Tele5", "Markt24") as a number: it is still the subject whose
    own word "nach eigenen Angaben" cites."""
    text = "Allein Markt24 hat nach eigenen Angaben rund 40.000 Gebrauchtwagen verkauft."
    a = _find(attribute(text), text, "Gebrauchtwagen")
    assert a.speaker == "eigenen Angaben"
    assert a.antecedent == "Markt24"


def test_own_words_fronted_before_the_verb_name_the_subject_after_it() -> None:
    """ "Eigenen Angaben zufolge hat der Verein …": the phrase stands before the finite verb, the subject after it."""
    text = "Eigenen Angaben zufolge hat der Verein im Sommer mehr als 2.000 neue Mitglieder gewonnen."
    a = _find(attribute(text), text, "Mitglieder")
    assert a.antecedent == "der Verein"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Der Elternbeirat kritisierte die Schließung der Turnhalle als kurzsichtig.",
            "Der Elternbeirat",
            "kritisierte",
        ),
        (
            "Die Bürgerinitiative begrüßte den Ratsbeschluss als längst überfälligen Schritt.",
            "Die Bürgerinitiative",
            "begrüßte",
        ),
        (
            "Die neue Fährverbindung wurde von der Handelskammer als Gewinn für die Region gelobt.",
            "der Handelskammer",
            "gelobt",
        ),
    ],
)
def test_judging_verb_with_als_is_a_reported_act(text: str, speaker: str, cue: str) -> None:
    """A verb of judging with a judging "als" in its clause reports the judge's words: the whole sentence."""
    atts = attribute(text)
    _check_offsets(text, atts)
    assert len(atts) == 1
    a = atts[0]
    assert (a.quote_start, a.speaker, a.kind) == (0, speaker, "reported")
    assert a.cue is not None and cue in a.cue


@pytest.mark.parametrize(
    "text",
    [
        "Der Elternbeirat kritisierte die Schließung der Turnhalle.",
        "Die Bürgermeisterin begrüßte die Gäste, als der Bus ankam.",
        "Die Fans feierten den Torwart mehr als den Stürmer.",
    ],
)
def test_judging_verb_without_als_judgement_reports_nothing(text: str) -> None:
    """Without a judging "als" (none, a clause of time after a comma, a comparison) a verb of judging tells no words."""
    assert not any(a.kind == "reported" for a in attribute(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Das sei ein großer Erfolg, erklärte Senger der APA.", "Senger"),
        ("Wir haben keine Hinweise, sagte Staatsanwalt Jan Holzner der Welt.", "Staatsanwalt Jan Holzner"),
        ("Das war knapp, sagte ein Sprecher der dpa.", "ein Sprecher"),
        ("Das ist falsch, sagte der Sprecher der Polizei.", "der Sprecher der Polizei"),
    ],
)
def test_a_name_ends_before_the_outlet_it_was_told_to(text: str, speaker: str) -> None:
    """A person's name takes no genitive "der": "der APA", "der Welt" after it is the outlet told (stop 51: 22 stored
    sources of the gnad index, all right)."""
    assert [a.speaker for a in attribute(text)] == [speaker]


def test_first_person_speaker_is_no_noun_phrase_before() -> None:
    """Unframed words in the first person ("Ich hoffe, …") are not those of a title, a thing or a body the sentence
    before names (stop 52: every such resolution of the gnad index and the attribution benchmark was wrong)."""
    for text, part in (
        (
            "Für Whos Afraid of Virginia Woolf? wurde er mit einem Oscar für die Beste Kamera ausgezeichnet. Seine "
            "Dankesrede war kurz und programmatisch: Ich hoffe, wir können unsere Kunst in den Dienst von Frieden "
            "und Liebe stellen.",
            "unsere Kunst",
        ),
        (
            "Nach 65 Major-Events in Serie fehlt er damit erstmals wieder bei einem Grand Slam. Ich bedaure sehr, "
            "euch mitteilen zu müssen, dass ich entschieden habe, nicht anzutreten.",
            "nicht anzutreten",
        ),
    ):
        atts = attribute(text)
        a = _find(atts, text, part)
        assert a.speaker == "Ich"
        assert resolve_speaker(text, a, atts) is None


def test_first_person_speaker_is_the_one_quoted_just_before() -> None:
    text = "Das war ein schwieriges Spiel, sagte Trainer Peter Zeidler. Ich weiß, dass wir in der Entwicklung sind."
    atts = attribute(text)
    a = _find(atts, text, "in der Entwicklung")
    assert a.speaker == "Ich"
    assert resolve_speaker(text, a, atts) == "Trainer Peter Zeidler"
