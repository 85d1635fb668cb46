"""Who speaks in a relative clause whose pronoun a noun phrase follows: the pronoun when a determiner opens that
phrase (subject-first order makes the phrase the object), the phrase when it is a bare name or a nominative the
pronoun cannot be."""

from __future__ import annotations

from retrieval.attribution import attribute, resolve_speaker
from retrieval.models import Attribution


def _covering(text: str, part: str) -> tuple[Attribution, list[Attribution]]:
    """The attribution whose quote holds ``part``, and all of the text's."""
    atts = attribute(text)
    return next(a for a in atts if part in text[a.quote_start : a.quote_end]), atts


def test_a_determiner_after_the_pronoun_opens_the_object() -> None:
    text = (
        "Kritik kam von Generalsekretär Heinz Patzelt, der die Absichten Sobotkas als höchst fragwürdig bezeichnete "
        "und den Bundespräsidenten bat, das Gesetz nicht zu unterzeichnen."
    )
    a, atts = _covering(text, "Gesetz nicht zu unterzeichnen")
    assert a.speaker == "der"
    assert resolve_speaker(text, a, atts) == "Generalsekretär Heinz Patzelt"


def test_a_quantifier_after_the_pronoun_opens_the_object() -> None:
    text = (
        "Zudem wurde ein Prediger aus London zugeschaltet, der alle Nichtmoslems aufforderte, nicht mehr Israel "
        "zu unterstützen."
    )
    assert _covering(text, "Israel")[0].speaker == "der"


def test_a_dative_after_the_pronoun_der_is_no_subject() -> None:
    text = "Anwesend war auch Ramsey Clark, der der US-Regierung vorwarf, Aktivisten frei zu lassen."
    assert _covering(text, "Aktivisten")[0].speaker == "der"


def test_a_nominative_the_pronoun_cannot_be_stays_the_subject() -> None:
    text = "Damit ist die Marke erreicht, die der Kanzler zum Erfolgskriterium erklärt hatte: „Ich rechne damit.“"
    speaker = _covering(text, "Ich rechne")[0].speaker
    assert speaker is not None and speaker.startswith("der Kanzler")


def test_a_bare_name_after_the_pronoun_stays_the_subject() -> None:
    text = "Damit ist die Marke erreicht, die Gerhard Schröder zum Erfolgskriterium erklärt hatte: „Ich rechne damit.“"
    speaker = _covering(text, "Ich rechne")[0].speaker
    assert speaker is not None and speaker.startswith("Gerhard Schröder")
