"""A who-said claim whose sentence names no speaker of its own, given a source that is no person but a place the
paragraph names ("über Berlin") or a lone noun of one person ("Präsident", "der … lebende Ukrainer"), shows the one
person the sentences before it name (``speakers.person_meant``); a body ("Regierung") or a name stays as it is."""

from __future__ import annotations

import dataclasses

from conftest import PlainArticle

from retrieval.answer.answerer import Answerer
from retrieval.attribution.speakers import person_meant
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# An editor is named, speaks (tagged), goes on naming a place, then a sentence of her words that names no one.
ORIENTED = (
    "Die Stadtzeitung erscheint seit Montag auch auf Arabisch in Graz. "
    "Chefredakteurin Katharina Novak hatte dazu die Idee. "
    "Natürlich brauchen die Menschen zuerst ein Dach über dem Kopf, sagt Novak. "
    "Aber Information über Graz im Allgemeinen ist fast genau so wichtig. "
    "Orientierung ist der erste Schritt zur Heimat."
)
# A senator named with no words of his, then his words, which name a role inside them.
DISAPPOINTED = (
    "Der Oppositionsführer Walter Brenneis zeigte sich enttäuscht. "
    "Dieses Abkommen ist ein Denkmal für all die Fehler, die der Präsident gemacht hat."
)


def test_a_place_or_a_role_stands_for_the_person_named_just_before() -> None:
    at = ORIENTED.index("Orientierung")
    assert person_meant("Graz", ORIENTED, at) == "Chefredakteurin Katharina Novak"
    at = DISAPPOINTED.index("Dieses")
    assert person_meant("Präsident", DISAPPOINTED, at) == "Oppositionsführer Walter Brenneis"
    # a body speaks for itself; a name is a person's
    assert person_meant("Regierung", DISAPPOINTED, at) is None
    assert person_meant("Brenneis", DISAPPOINTED, at) is None
    # a place the article never writes after "in" may be a name
    assert person_meant("Graz", DISAPPOINTED, at) is None


def test_whose_words_a_sentence_after_a_place_gives_is_the_editor() -> None:
    infos = {2: SentenceInfo(source="Novak", cue="sagt", how="indirect")}
    library = PlainArticle(ORIENTED, infos, title="Bericht", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question("wer hat gesagt: orientierung ist der erste schritt zur heimat", default_language="de")
    start, end = library.spans[3]
    c = dataclasses.replace(library.candidate(4), before=ORIENTED[start:end])
    assert answerer.usable(question, c)
    source = answerer._listed(question, c, library.article("d"), 0.9).source
    assert source is not None and "Novak" in source
