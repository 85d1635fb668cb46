"""Advice, a warning or a demand a sentence's subject voices by a verb of saying, with an object or an infinitive and
no content clause, is the subject's words, though the index tags no speaker for it ("Die Wirtschaftskammer rät …
zur Vorsicht", "Kasperky rät keine Attachments … zu öffnen", "Im Fall von … rät Jungwirth Betroffenen …"): a who-said
answer shows that subject, not whoever the paragraph named before, and such a sentence can answer at all
(``said.speaking_subject``, ``Answerer.usable``, ``Answerer._listed_as``)."""

from __future__ import annotations

from conftest import PlainArticle

from retrieval.answer.answerer import Answerer
from retrieval.answer.said import speaking_subject
from retrieval.question import parse_question

# The paragraph names a person (the attacked firm's owner) before the advice of the chamber, which the index tags as
# no one's words.
WARNED = (
    "Die Firma von Herbert Link wurde von Erpressern mit gefälschten Bewerbungen angegriffen. "
    "Beim Anklicken werden die Dateien am Computer verschlüsselt. "
    "Die Wirtschaftskammer Burgenland rät daher bei Bewerbungsmails zur Vorsicht."
)
ASKED = "wer rät bei bewerbungsmails zur vorsicht"


def test_the_subject_of_a_verb_of_saying_is_who_says_it() -> None:
    assert speaking_subject("Die Wirtschaftskammer rät daher bei Bewerbungsmails zur Vorsicht.") == (
        "Die Wirtschaftskammer"
    )
    assert speaking_subject("Kasperky rät keine Attachments von unbekannten Personen zu öffnen.") == "Kasperky"
    # right after the verb, without the object that follows it
    assert speaking_subject("Im Fall von Erpressungen rät Jungwirth Betroffenen das Gleiche: nicht zahlen.") == (
        "Jungwirth"
    )
    assert speaking_subject("Gestern warnte die Polizei vor Trickbetrügern.") == "die Polizei"
    assert speaking_subject("Die Wirtschaftskammer Burgenland rät zur Vorsicht.") == "Die Wirtschaftskammer Burgenland"


def test_no_subject_where_the_verb_is_no_saying_or_someone_reports_it() -> None:
    assert speaking_subject("Der Unfall passierte am Abend.") is None  # no verb of saying, no person
    assert speaking_subject("Die Partei habe das gefordert.") is None  # the subjunctive: another reports it
    assert speaking_subject("Bashir hält sich derzeit in Johannesburg auf.") is None  # "aufhalten": no saying
    # a noun before the verb is its subject: the name after it is an object
    assert speaking_subject("Die Titelseite zeigt Staatspräsident Recep Tayyip Erdogan mit einer Aufschrift.") is None
    assert speaking_subject("Für Griss fand Abwerzger lobende Worte.") is None  # a preposition's name is no subject
    assert speaking_subject("Als Müller kam, warnte die Polizei.") is None  # only the first finite verb counts


def test_a_who_said_answer_shows_the_subject_not_the_person_named_before() -> None:
    library = PlainArticle(WARNED, {})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question(ASKED, default_language="de")
    c = library.candidate(2)
    assert answerer.usable(question, c)
    listed = answerer._listed(question, c, library.article("d"), 0.9)
    assert (listed.source or "").endswith("Wirtschaftskammer Burgenland")  # not "Herbert Link", named before
    assert not listed.named_only
