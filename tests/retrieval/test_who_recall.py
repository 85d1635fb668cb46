"""What a person said, in full: the sentences their words run on into count past the few claims search finds."""

from __future__ import annotations

import re

from conftest import candidate_at

from retrieval.answer.answerer import MAX_CLAIMS, RUN_ON_CLAIMS, Answerer, run_on
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.models import Article, ArticleAnalysis, SentenceInfo

# A match report: the coach speaks four times, and after each of his sentences his words go on in the next one.
REPORT = (
    "Wir wollten eine Steigerung, meinte Barisic. "
    "Mir geht es nur um unser Spiel. "
    "Die Tabelle sei eine Momentaufnahme, betonte Barisic. "
    "Wir wollen die Fans begeistern. "
    "Ein Lauf gehe nicht auf Knopfdruck, sagte Barisic. "
    "Diese Leichtigkeit muss man sich hart erarbeiten. "
    "Die Altacher seien stark, warnte Barisic. "
    "Es wird an uns liegen."
)
SAID = SentenceInfo(source="Trainer Zoran Barisic", speaker="Barisic", cue="sagte", how="indirect")


def _spans(text: str) -> dict[int, tuple[int, int]]:
    return {i: (m.start(), m.start() + len(m.group().rstrip())) for i, m in enumerate(re.finditer(r"[^.]+\.\s*", text))}


class _Library:
    def __init__(self, text: str, infos: dict[int, SentenceInfo]) -> None:
        self.text, self.infos = text, infos

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", outlet="DER STANDARD", text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def sentences_of(self, keys: list[tuple[str, int]]) -> list[Candidate]:
        spans = _spans(self.text)
        return [candidate_at(self.text, spans[i], i, self.infos) for _, i in keys if i in spans]


def test_a_persons_words_run_on_past_the_claims_search_found() -> None:
    infos = dict.fromkeys((0, 2, 4, 6), SAID)
    answerer = Answerer(_Library(REPORT, infos), listing=None)  # type: ignore[arg-type]
    spans = _spans(REPORT)
    row = [0.0] * len(NAMES)
    row[NAMES.index("person")] = 1.0
    source = "Trainer Zoran Barisic"
    listed = [Listed(candidate_at(REPORT, spans[i], i, infos), 0.9, [], source, row=row) for i in (0, 2, 4, 6)]
    claims = answerer._run_on(listed, "de")
    assert MAX_CLAIMS["who_said"] < RUN_ON_CLAIMS
    assert len(claims) == RUN_ON_CLAIMS
    assert [item.candidate.index for item in claims] == [0, 2, 4, 6, 1, 3]  # "Mir geht es …", "Wir wollen …"
    assert all(item.continued for item in claims[4:])


# The headline gives the speaker's view; the body opens with a dateline and quotes a letter he got.
HEADED = (
    "Gnesda sieht das Schreiben als problematisch. "
    "Wien – Verstimmung löst ein Brief aus. "
    "Wir würden uns sehr freuen, wenn du informierst."
)


def test_a_dateline_ends_the_words_of_the_headline() -> None:
    spans = _spans(HEADED)
    infos = {0: SentenceInfo(source="Gnesda", speaker="Gnesda", how="headline")}
    article = Article(id="d", title="T", text=HEADED)
    assert run_on(0, spans[0][1], "Gnesda", infos, article, {1: spans[1], 2: spans[2]}) == []
    # without the dateline, the words in the first person after the narration would be taken for his
    plain = HEADED.replace("Wien – ", "")
    spans = _spans(plain)
    article = Article(id="d", title="T", text=plain)
    assert run_on(0, spans[0][1], "Gnesda", infos, article, {1: spans[1], 2: spans[2]}) == [1, 2]
