"""A who-said question about someone's question: a sentence that ends on a question mark is a sub-heading that asks
the reader only where no one asks it, neither a speaker the article names nor one whose words the user gives."""

from __future__ import annotations

import re

from conftest import AnalysedArticle

from retrieval.answer.answerer import Answerer
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A critic wonders aloud (attributed); a sub-heading asks the reader (no one's); a coach's own question in an
# interview answer, the article naming him just before.
TEXT = (
    "Die Kritikerin Anna Berger fragt sich zum Jubiläum gar: Ist das die letzte große Oper des Jahrhunderts? "
    "Wie geht es mit dem Haus weiter? "
    "Trainer Jakob Mair blieb gelassen. "
    "Muss ich mir Sorgen machen, dass der Stürmer jetzt in Graz spielt?"
)
BERGER = SentenceInfo(source="Die Kritikerin Anna Berger", speaker="Anna Berger", cue="fragt", how="indirect")


def _usable(asked: str, index: int) -> bool:
    found = re.finditer(r"[^.?]+[.?]\s*", TEXT)  # sentences ended by full stops or question marks
    spans = {i: (m.start(), m.start() + len(m.group().rstrip())) for i, m in enumerate(found)}
    library = AnalysedArticle(TEXT, spans, {0: BERGER}, title="Bericht", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question(asked, default_language="de")
    return answerer.usable(question, library.candidate(index))


def test_an_attributed_question_answers_who_asked_it() -> None:
    assert _usable("wer hat gefragt, ob das die letzte große oper des jahrhunderts ist", 0)


def test_a_question_whose_words_the_user_gives_answers_who_asked_it() -> None:
    assert _usable("wer hat gefragt, ob er sich sorgen machen muss, dass der stürmer jetzt in graz spielt", 3)


def test_a_sub_heading_that_asks_answers_no_who_said_question() -> None:
    assert not _usable("wer hat sich über die zukunft des opernhauses geäußert", 1)
    # the same words asked for, but no who-said question: a question mark is no answer to a figure or a fact
    assert not _usable("wie viele opern zeigt das haus", 0)


def test_who_asked_is_shown_by_the_question_mark_not_only_by_the_verb() -> None:
    # "Muss ich …?" prints no "frag", its question mark is the asking; the coach's calm sentence asks nothing
    assert _usable("wer hat gefragt, ob er sich sorgen machen muss, dass der stürmer jetzt in graz spielt", 3)
    assert not _usable("wer hat gefragt, ob trainer mair gelassen blieb", 2)
