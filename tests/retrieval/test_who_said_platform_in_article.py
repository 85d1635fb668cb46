"""Words asked of a social network ("who told strache on facebook …", "was sagt X zu den Bürgerwehren auf Facebook")
need the network named by their sentence or by the article before it (``Answerer.usable``): an article tells where
a post appeared once, before its words ("Strache hat mit einem Facebook-Posting … Wagen Sie es ja nicht, …, schrieb
die Studentin."). An article that never names the network before the words does not answer; and a text names the
network wherever it names others first (``occasion.names_platform``)."""

from __future__ import annotations

import dataclasses

from conftest import PlainArticle

from retrieval.answer.answerer import Answerer
from retrieval.answer.occasion import names_platform
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# The post is told first, then the reply's words, whose sentence names no network.
POSTED = (
    "Der Landesrat Franz Gruber hat mit einem Facebook-Posting zahlreiche Pflegekräfte verärgert. "
    "Eine Krankenschwester antwortete ihm im Kommentarfeld. "
    "Sprechen Sie nie wieder für Menschen wie mich, schrieb die Krankenschwester."
)
# The same words in an article that names no network at all.
PRINTED = (
    "Der Landesrat Franz Gruber hat mit einer Rede zahlreiche Pflegekräfte verärgert. "
    "Eine Krankenschwester antwortete ihm in einem Leserbrief. "
    "Sprechen Sie nie wieder für Menschen wie mich, schrieb die Krankenschwester."
)
WROTE = SentenceInfo(source="die Krankenschwester", speaker="die Krankenschwester", cue="schrieb", how="indirect")
ASKED = "wer hat gruber auf facebook geschrieben, er solle nie wieder für menschen wie sie sprechen"


def _usable(text: str, question: str) -> bool:
    library = PlainArticle(text, {2: WROTE})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    c = dataclasses.replace(library.candidate(2), source=WROTE.source)  # as the index shows it
    return answerer.usable(parse_question(question, default_language="de"), c)


def test_words_whose_article_named_the_network_before_answer() -> None:
    assert _usable(POSTED, ASKED)


def test_words_in_an_article_that_never_names_the_network_do_not() -> None:
    assert not _usable(PRINTED, ASKED)
    # asked without the network, the same words answer
    assert _usable(PRINTED, "wer hat gruber geschrieben, er solle nie wieder für menschen wie sie sprechen")


def test_the_network_named_after_another_is_named() -> None:
    assert names_platform("facebook", "Er postete das Video auf Instagram und auf Facebook.")
    assert not names_platform("facebook", "Er postete das Video auf Instagram.")
    assert names_platform("x", "…, schrieb Rutte auf der Plattform X.")
    assert not names_platform("x", "Malcolm X sagte das.")
