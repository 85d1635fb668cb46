"""Which speaker a sentence after an attributed one carries over: not a body named between that only acts in a
sentence in Konjunktiv form, none for a narrated past with a Konjunktiv II later, none for a plan in a relative
clause's "soll", and an interview turn's named label rather than the speaker before."""

from __future__ import annotations

from conftest import attributed_sentences


def test_a_body_between_whose_verb_reads_as_konjunktiv_does_not_take_over() -> None:
    text = (
        "Es war ein gutes Gespräch, sagte der Unterhändler der Regierung, Paul Weber, in Genf. "
        "Die USA wollten den Prozess weiter unterstützen. "
        "Der Minister habe Hilfen von 200 Millionen Dollar zugesagt."
    )
    assert attributed_sentences(text)[2] == ("der Unterhändler der Regierung", "carried_over")


def test_a_source_named_between_in_the_indicative_still_takes_over() -> None:
    text = (
        "Die Behörde teilte mit, das Land habe Uran angereichert. Das Land weist das zurück. "
        "Sein Programm diene friedlichen Zwecken."
    )
    assert attributed_sentences(text)[2] == ("Das Land", "carried_over")


def test_a_narrated_past_with_a_konjunktiv_ii_later_is_nobodys() -> None:
    text = (
        "Das war ein schweres Spiel, sagte der Sieger. "
        "30 Asse hatte ihm der große Gegner um die Ohren geschlagen – es wäre sein erster Sieg gewesen."
    )
    assert attributed_sentences(text)[1] == (None, "")


def test_a_weak_past_that_is_its_konjunktiv_ii_still_goes_on() -> None:
    text = (
        "Die Ministerin sagte, die Gebühren seien gerecht. "
        "Die Beiträge stärkten die Hochschulen, und so würden sie auch von den meisten gesehen."
    )
    assert attributed_sentences(text)[1] == ("Die Ministerin", "carried_over")


def test_soll_in_a_relative_clause_marks_no_hearsay() -> None:
    text = (
        "Die Mitarbeiter halten nach Konzern-Angaben fünf Prozent der Aktien. "
        "Der Konzern hat zudem einen Fonds mit 200 Millionen Euro aufgelegt, mit dem die Belegschaft beteiligt "
        "werden soll."
    )
    assert attributed_sentences(text)[1] == (None, "")


def test_soll_in_a_main_clause_right_after_the_speaker_still_goes_on() -> None:
    text = "Die Ministerin sagte, die Reform komme bald. Sie soll im Juni beschlossen werden."
    assert attributed_sentences(text)[1][1] == "carried_over"


def test_an_interview_turn_labelled_by_a_surname_is_not_the_speaker_before() -> None:
    text = (
        "Der Verbandschef Ernst Huber fordert Schadenersatz. "
        "Laut bisherigen Informationen sollen die Manipulationen bis 2011 zurückreichen. "
        "Huber: Ich schätze, das Volumen wird bei 15 Millionen sein."
    )
    speaker, kind = attributed_sentences(text)[2]
    assert (speaker, kind) != ("bisherigen Informationen", "carried_over")


def test_a_rubric_before_a_colon_still_goes_on_in_the_speakers_words() -> None:
    text = "Die Ministerin sagte, die Reform komme bald. Der Grund: Die Kassen seien leer."
    assert attributed_sentences(text)[1] == ("Die Ministerin", "carried_over")
