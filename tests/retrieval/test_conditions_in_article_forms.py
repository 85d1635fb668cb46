"""A condition the question states is met by the sentence in the article's own forms of it: the asked place by its
short name in a compound ("in den USA": "US-Kunden") or its German adjective ("German companies": "der deutschen
Firmen"), the asked source by the initials the article spelled it out with ("laut Rechnungshof": "Der RH hatte …"
after "der Rechnungshof (RH)"). And a figure a who-said question names only as the scene of the statement it asks
about ("Wer widersprach Schelling, … nach 41 Jahren …") does not rule out the answering sentence, which need not
print it, while a question that asks whose a figure is still wants a sentence that prints it."""

from __future__ import annotations

from conftest import sentence_candidate

from retrieval.answer.actors import abbreviates, short_names
from retrieval.answer.features import _prints, source_match
from retrieval.constraints import mentions, names_people, shorter_names
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


def test_a_place_is_named_by_its_short_name_in_a_compound_and_by_its_german_adjective() -> None:
    assert shorter_names("usa") == ("us",)
    assert mentions("usa", "Die meisten der etwa 135.000 betroffenen US-Kunden sollen Gutscheine erhalten.")
    assert not mentions("usa", "Das Netzwerk verdiente wöchentlich 150.000 US-Dollar.")  # a currency is no place
    assert not mentions("usa", "Das kam aus dem Haus.")
    assert mentions("Germany", "Im Jahr 2013 hätten rund zehn Prozent der deutschen Firmen ihr Personal beteiligt.")
    assert not mentions("Germany", "Rund zehn Prozent der französischen Firmen.")
    assert not mentions("Germany", "2013 seien es nur 137 gewesen, bedauerte Deutsch die Entwicklung.")  # a name
    assert not names_people("Germany", "Die Deutschen")  # only "-isch" adjectives make a people's noun


def test_a_source_is_known_by_the_initials_the_article_spells_it_out_with() -> None:
    text = (
        "Die Stadt wäre schon im Frühjahr insolvent gewesen, was selbst der Rechnungshof (RH) bestätigt hat. "
        "Landesrätin Johanna Mikl-Leitner (ÖVP) widersprach. Das Ergebnis vor Steuern (EGT) sank."
    )
    assert short_names(text) == {"RH": "Rechnungshof"}  # not a person's party, nor a measure after lower-case words
    assert abbreviates("RH", "Rechnungshof")
    assert not abbreviates("ÖVP", "Johanna Mikl-Leitner")
    sentence = "Der RH hatte den Sanierungsbedarf mit 15,5 Millionen Euro pro Jahr beziffert."
    c = sentence_candidate(sentence, source="Der RH")
    assert source_match("Rechnungshof", c, short=lambda: short_names(text)) == 1.0
    assert source_match("Rechnungshof", c, short=dict) == -1.0  # never spelled out: another's word


def test_a_figure_of_the_statements_scene_does_not_rule_out_the_answering_sentence() -> None:
    scene = parse_question("Wer widersprach Schelling, das Haushaltsrecht sei nach 41 Jahren Diskussion abgearbeitet?")
    giver = parse_question("Wer nennt eigentlich die Zahl 41?")
    answer = sentence_candidate(
        "Von einer Abarbeitung, wie Finanzminister Schelling behaupte, kann keine Rede sein, so Rossmann.",
        info=SentenceInfo(),
    )
    assert _prints(scene, answer, frozenset(), {"d"}) == 0.0  # its article prints the 41 elsewhere
    assert _prints(scene, answer, frozenset(), set()) == -1.0  # ... not in an article that never prints it
    assert _prints(giver, answer, frozenset(), {"d"}) == -1.0  # whose the figure is: the sentence must print it
    when = parse_question("bis wann sollen 10.000 soldaten in russland sein")
    assert _prints(when, answer, frozenset(), {"d"}) == -1.0  # the figure whose date is asked
