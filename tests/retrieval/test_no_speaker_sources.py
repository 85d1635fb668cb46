"""Shown sources that name no speaker (stop 51): a possessive and a noun of saying or thinking ("Seiner Meinung",
"nach ihren Worten": ``retrieval.sources.someones_view``) shows whose view it is, as the paragraph names them before
(``retrieval.answer.actors.view_owner``), else none; the outlet's own request ("heißt es auf STANDARD-Anfrage") shows
whoever replied where the sentence says it, else none (``outlet_request``, ``replied_from``)."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import outlet_request, replied_from, view_owner
from retrieval.models import SentenceInfo
from retrieval.sources import someones_view, speaker_right_before

OUTLET = "DER STANDARD"


@pytest.mark.parametrize(
    "source",
    ["Seiner Meinung", "ihren Worten", "seiner Einschätzung", "ihren Berechnungen", "Ihre Erkenntnis", "ihren Quellen"],
)
def test_a_possessive_view(source: str) -> None:
    assert someones_view(source)


@pytest.mark.parametrize("source", ["seinen prominenten Kollegen", "Seiner Meinung Huber", "der Meinung"])
def test_not_only_a_possessive_view(source: str) -> None:
    assert not someones_view(source)


@pytest.mark.parametrize(
    ("source", "text", "owner"),
    [
        (
            "ihren Berechnungen",
            "Die EU-Kommission präsentiert Vorschläge zur Absicherung der Außengrenzen. 2015 wird nach ihren "
            "Berechnungen ein Rekordjahr.",
            "EU-Kommission",
        ),
        (
            "seiner Einschätzung",
            "Premierminister David Cameron macht sich seit Monaten für den Verbleib stark. Nach seiner Einschätzung "
            "würde ein Ausstieg schaden.",
            "Premierminister David Cameron",
        ),
        ("Seiner Einschätzung", "Das ist wichtig, sagt er. Seiner Einschätzung nach wird es gut.", None),
    ],
)
def test_view_owner(source: str, text: str, owner: str | None) -> None:
    assert view_owner(source, text, len(text)) == owner


@pytest.mark.parametrize(
    "source",
    ["STANDARD-Anfrage", "Anfrage des STANDARD", "einer STANDARD- Nachfrage", "STANDARD-Anfrage aus Mahrers Büro"],
)
def test_the_outlets_request(source: str) -> None:
    assert outlet_request(source, OUTLET)


@pytest.mark.parametrize(
    "source",
    [
        "STANDARD-Infos",  # its report: the studied sets' writers take it as the source
        "Informationen des STANDARD",
        "eine Sprecherin zum STANDARD",
        "die Sprecherin auf STANDARD-Anfrage",
        "APA-Anfrage",  # another outlet's request, not this one's
    ],
)
def test_not_the_outlets_request(source: str) -> None:
    assert not outlet_request(source, OUTLET)


@pytest.mark.parametrize(
    ("source", "text", "replied"),
    [
        (
            "STANDARD-Nachfrage",
            "Aus dem Büro Nagl heißt es auf STANDARD-Nachfrage am Dienstag: Selbstverständlich werden wir sie wählen.",
            "dem Büro Nagl",
        ),
        (
            "Anfrage des STANDARD",
            "Auf Anfrage des STANDARD heißt es vonseiten der Universität Wien, man sei interessiert. Dementsprechend "
            "fänden regelmäßig Evaluierungen statt.",
            "der Universität Wien",
        ),
        ("STANDARD-Anfrage aus Mahrers Büro", "Das ist noch nicht geklärt.", "Mahrers Büro"),
        ("STANDARD-Anfrage", "Daran sei nicht gedacht, heißt es auf STANDARD-Anfrage. Dafür wären 120 nötig.", None),
    ],
)
def test_replied_from(source: str, text: str, replied: str | None) -> None:
    assert replied_from(source, text, len(text)) == replied


def test_a_view_is_of_the_speaker_right_before() -> None:
    """ "Seinen Angaben zufolge …" after "…, sagte Alexander Angelow" is his: the sentence before names him as its own
    speaker; one carried over onto it, or a sentence further back, is not asked here (``view_owner`` reads those)."""
    own = SentenceInfo(source="Alexander Angelow", shown="Unternehmeranwalt Alexander Angelow", how="indirect")
    assert speaker_right_before(5, {4: own}) == "Unternehmeranwalt Alexander Angelow"
    assert speaker_right_before(5, {4: own.model_copy(update={"how": "carried_over"})}) is None
    assert speaker_right_before(5, {3: own}) is None
    assert speaker_right_before(5, {4: SentenceInfo(source="die Nationalbank", how="indirect")}) is None
