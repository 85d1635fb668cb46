"""An interview's turns ("STANDARD: … Bussmann: Ich finde, …"): the interviewer's question is no one's statement, the
interviewee's turn is the labelled person as the article names them, and a pronoun nothing resolves ("sagte er") is
stored as no source (stop 51)."""

from __future__ import annotations

from conftest import PlainArticle, article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.answer.answerer import Answerer
from retrieval.interviews import ASKED, INTERVIEWER, interview_turns
from retrieval.models import SentenceInfo

# As the news archives print an interview: one paragraph, the turns opened by their labels.
INTERVIEW = (
    "Die Philosophin Bettina Bussmann über Denken in der Schule. "
    "STANDARD: Sollten sich Philosophen öfter zu Wort melden? Sie sagten einmal, das sei Luxus. "
    "Bussmann: Absolut, ich finde, sie tun es viel zu selten. Das bewundert man in Frankreich. "
    "Ein Kollege hat mir gesagt, die Schule sei schuld. Die Lehrpläne sind voll. "
    "STANDARD: Und die Schule? Laut Statistik Austria lernen 5000 Schüler Philosophie. "
    "Bussmann: Dem ist nicht so. Zweitens: Ich weiß, der Eindruck könnte entstehen. "
    "(Lisa Mayr, DER STANDARD, 5.8.2015)"
)


def _analysed(text: str, opening: str, outlet: str | None = "DER STANDARD") -> SentenceInfo | None:
    doc = article("d", text, outlet=outlet)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(opening)]
    return analyse(doc, units).sentences.get(index)


def _turns(text: str, outlet: str | None = "DER STANDARD") -> dict[str, str | None]:
    units = segment.sentences(article("d", text, outlet=outlet))
    return {units[i].text[:12]: label for i, label in interview_turns(units, outlet).items()}


def test_turns_run_on_to_the_next_label_and_a_rubric_opens_none() -> None:
    turns = _turns(INTERVIEW)
    assert "Die Philosoph" not in turns  # the introduction is in no turn
    assert turns["STANDARD: So"] is INTERVIEWER and turns["Sie sagten e"] is INTERVIEWER
    assert turns["Die Lehrplän"] == "Bussmann"
    assert turns["Zweitens: Ic"] == "Bussmann"  # a rubric inside an answer is no turn of its own
    assert "(Lisa Mayr, " not in turns  # the byline closes the interview


def test_no_interview_without_two_questions() -> None:
    assert _turns("Koller sagt zum STANDARD: Ich weiß von nichts. Foda: Wir wollen gewinnen.") == {}


def test_the_question_is_no_ones_statement() -> None:
    for opening in ("STANDARD: Sollten", "Sie sagten einmal"):  # a label, a pronoun addressing the interviewee
        asked = _analysed(INTERVIEW, opening)
        assert asked is not None and asked.source is None and asked.how == ASKED and asked.cue is None, opening


def test_a_source_the_question_cites_stays() -> None:
    cited = _analysed(INTERVIEW, "Laut Statistik")
    assert cited is not None and cited.source == "Statistik Austria"


def test_the_turn_is_the_labelled_person_in_full() -> None:
    for opening in ("Bussmann: Absolut", "Das bewundert man", "Die Lehrpläne", "Zweitens: Ich weiß"):
        said = _analysed(INTERVIEW, opening)
        assert said is not None and said.source == "Philosophin Bettina Bussmann", opening
        assert said.shown == "Philosophin Bettina Bussmann"


def test_another_named_in_the_answer_keeps_the_sentence() -> None:
    said = _analysed(INTERVIEW, "Ein Kollege")
    assert said is not None and said.source == "Ein Kollege"


def test_an_unresolved_third_person_is_no_source_but_keeps_its_cue() -> None:
    text = "Das Wetter war schlecht. Die Lage sei ernst, sagte er am Montag."
    said = _analysed(text, "Die Lage", outlet=None)
    assert said is not None and said.source is None and said.cue == "sagte"


def test_the_answer_stage_gives_a_question_no_speaker() -> None:
    text = "Mahrer: Das ist jetzt völlig anders. Wo lernt man diese Kultur? Mahrer: In der Schule."
    infos = {0: SentenceInfo(source="Harald Mahrer", how="direct", shown="Harald Mahrer"), 1: SentenceInfo(how=ASKED)}
    library = PlainArticle(text, infos)
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    assert answerer._continues(library.candidate(1)) is None  # not the answer before it run on
