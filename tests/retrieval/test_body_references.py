"""A figure's source named by its kind alone ("die Behörde", "aus dem Ministerium") is the body the article named
before: a compound of the same kind, or a body close to the kind in meaning; not a reporter beside it, not another
bare kind, and not for a plural that speaks for bodies in general."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import body_meant


def _meant(source: str, text: str) -> str | None:
    return body_meant(source, text, len(text))


def test_a_ministry_by_its_kind_is_the_ministry_named_before() -> None:
    text = (
        "Im Quartier wohnten zuletzt 900 Menschen, teilte das Sozialministerium mit. Am Montag waren es noch 70 "
        "weniger, hieß es aus dem Ministerium."
    )
    assert _meant("dem Ministerium", text) == "Sozialministerium"


def test_an_authority_by_its_kind_is_the_body_close_to_it_not_the_agency_that_reported() -> None:
    text = (
        "Inzwischen ermittelt auch die Staatsanwaltschaft. Das sagte Oberstaatsanwältin Maria Brunner der "
        "Nachrichtenagentur dpa. Die Behörde sprach von 14 Verletzten."
    )
    assert _meant("Die Behörde", text) == "Staatsanwaltschaft"


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # a plural: the authorities in general
        ("die Behörden", "Die Staatsanwaltschaft ermittelt. Die Behörden zählten 40 Festnahmen."),
        # no body of that kind named before
        ("Die Behörde", "Der Bürgermeister war empört. Die Behörde sprach von 14 Verletzten."),
        # another bare kind is no name
        ("Der Konzern", "Das Unternehmen wächst. Der Konzern zahlte 20 Millionen Euro aus."),
        # a body with a name of its own
        ("die Landespolizeidirektion", "Die Landespolizeidirektion zählte 300 Anzeigen."),
    ],
)
def test_a_kind_stays_as_written_where_the_article_names_no_body_of_it(source: str, text: str) -> None:
    assert _meant(source, text) is None
