"""A who-said claim whose speaker is an epithet ("…, meinte der 33-Jährige") right after a sentence that names a
person only after a preposition ("gegen Philipp Kohlschreiber") and tells of its subject by an epithet of its own:
the words are those of the person the sentences before name as their subject (``speakers.subject_named_before``,
``said.epithet_speaker``), not the opponent the index took."""

from __future__ import annotations

from retrieval.answer.said import epithet_speaker
from retrieval.attribution.speakers import subject_named_before
from retrieval.models import SentenceInfo

RUN = (
    "Der Schweizer Roger Federer spielt in Wimbledon groß auf. "
    "Insbesondere Federer, der im vergangenen Jahr das Finale verloren hatte, präsentiert sich in herausragender Form. "
    "Seit der ersten Runde in Halle gegen Philipp Kohlschreiber hat der siebenfache Champion kein Break abgegeben. "
    "Ich habe einen guten Lauf, meinte der 33-Jährige vor seinem Viertelfinale."
)
SAID = SentenceInfo(source="Philipp Kohlschreiber", speaker="der 33-Jährige", cue="meinte", how="direct")


def test_an_epithet_after_an_opponent_stands_for_the_subject_named_before() -> None:
    start = RUN.index("Ich habe")
    assert subject_named_before(RUN, start, "Philipp Kohlschreiber") == "Roger Federer"
    assert epithet_speaker(SAID, "Philipp Kohlschreiber", RUN, start) == "Roger Federer"


def test_the_person_named_free_of_a_preposition_is_the_subject_and_stays() -> None:
    free = RUN.replace("gegen Philipp Kohlschreiber hat der siebenfache Champion", "hat Philipp Kohlschreiber")
    assert subject_named_before(free, free.index("Ich habe"), "Philipp Kohlschreiber") is None
    # a paragraph ends before the words: they may be anyone's
    broken = RUN.replace("abgegeben. Ich", "abgegeben.\nIch")
    assert subject_named_before(broken, broken.index("Ich habe"), "Philipp Kohlschreiber") is None


def test_only_an_epithet_speaker_is_read_again() -> None:
    named = SentenceInfo(source="Philipp Kohlschreiber", speaker="Kohlschreiber", cue="meinte", how="direct")
    assert epithet_speaker(named, "Philipp Kohlschreiber", RUN, RUN.index("Ich habe")) is None
