"""A body asked about ("Was sagt die D.A.S.?") speaks through its statement, release or its office's word, whoever
the index took the words for: the statement with the body named in its clause, or right after a sentence that opens
on the body; not a statement addressed to it or another body's."""

from __future__ import annotations

from conftest import said, sentence_candidate

from retrieval.answer.persons import identifying_words, person_match, persons_asked, statement_by

DAS = "Die D.A.S. dazu in einer Stellungnahme gegenüber DER STANDARD: Seit jeher ist unsere Linie, zu zahlen."
BIG = (
    "Die Beiträge seien ohne Konterfei erschienen, heißt es in einer Stellungnahme, die die BIG dem STANDARD "
    "übermittelte: Dem Rechnungshof wurden Entwürfe vorgelegt."
)
NAGL = "Aus dem Büro Nagl heißt es auf STANDARD-Nachfrage am Dienstag: Selbstverständlich werden wir Kahr wählen."
KAV = "Alle Vorgänge korrekt, hieß es in einer Aussendung."
KAV_BEFORE = "Der KAV hat die Vorwürfe am Samstag zurückgewiesen."


def test_a_dotted_acronym_identifies_the_body() -> None:
    assert "d.a.s" in identifying_words("die Rechtsschutzversicherung D.A.S.", "de")


def test_a_body_speaks_through_its_statement_whoever_the_index_gave_it() -> None:
    # the index carried the speaker before over ("VKI-Rechtschef Peter Kolba") or took the occasion for it
    assert person_match(["rechtsschutzversicherung", "d.a.s"], said(DAS, "VKI-Rechtschef Peter Kolba")) == 1.0
    assert person_match(["bundesimmobiliengesellschaft", "big"], said(BIG, "einer Stellungnahme")) == 1.0
    assert person_match(["büro", "bürgermeister", "siegfried", "nagl"], said(NAGL, "STANDARD-Nachfrage")) == 1.0
    assert person_match(["kav"], sentence_candidate(KAV, index=1, before=KAV_BEFORE)) == 1.0
    # the claim shows the body as the sentence names it
    assert statement_by(["rechtsschutzversicherung", "d.a.s"], said(DAS, "Kolba"), "") == "D.A.S."
    assert statement_by(["büro", "bürgermeister", "siegfried", "nagl"], said(NAGL, "STANDARD-Nachfrage"), "") == "Nagl"


def test_a_statement_to_about_or_of_another_body_is_not_its_word() -> None:
    to_it = "Die Opposition fordert in einer Stellungnahme an die BIG: Legt die Zahlen offen."
    assert person_match(["big"], sentence_candidate(to_it)) < 1.0
    other = "Alle Vorgänge korrekt, hieß es in einer Aussendung der SPÖ."
    assert person_match(["kav"], sentence_candidate(other, index=1, before=KAV_BEFORE)) < 1.0
    # a sentence naming the body with no statement of its own: named, not speaking
    assert person_match(["kav"], sentence_candidate("Der KAV verkaufte drei Pavillons.")) == 0.5
    # a statement that does not name the body, after a sentence that does not open on it
    assert person_match(["kav"], sentence_candidate(KAV, index=1, before="Häupl verwies an den KAV.")) < 1.0


def test_a_one_word_body_gets_its_bracketed_short_name_and_a_surname_does_not() -> None:
    text = "Die Bundesimmobiliengesellschaft (BIG) wirbt. Nicht viel, meint die BIG. Kickl (FPÖ) schweigt."
    big = said("Nicht viel, heißt es in einer Stellungnahme der BIG.", "einer Stellungnahme")
    assert persons_asked(["bundesimmobiliengesellschaft"], [], [big], articles={"d": text}) == [1.0]
    fpo = said("Wir sind dagegen, meint die FPÖ.", "die FPÖ")
    assert persons_asked(["kickl"], [], [fpo], articles={"d": text}) != [1.0]
