"""Answers: every figure with its source, who said what, quote checks; or a plain "nothing found".

The pipeline per question: parse it (kind, language, focus) -> hybrid search for candidate
sentences -> the index-time analysis of those sentences (source, figures) -> select by relevance ->
claims, each quoting its sentence through ``quotes.quote`` (the one place a quote is made).
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

import prompts
from retrieval import constraints
from retrieval.embedding import Vectors
from retrieval.figures import analyze
from retrieval.language import detect
from retrieval.models import Answer, ArticleAnalysis, Claim, Figure, Question, SentenceInfo, Verdict
from retrieval.question import clean, parse_question
from retrieval.quotes import QuoteError, quote, verified
from retrieval.search import ScoredSentence, Searcher

log = logging.getLogger(__name__)

COUNTABLE = frozenset({"count", "money", "percent"})
SEARCH_PASSAGES = 10
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class Tuning:
    """Relevance thresholds on cosine similarity (multilingual-e5-small)."""

    # a question whose best sentence is less similar than this is not answered by the corpus
    floor: dict[str, float] = field(default_factory=lambda: {"de": 0.80, "en": 0.78})
    figure_margin: float = 0.03  # figure sentences this close to the best one are listed
    unit_margin: float = 0.05  # ... and this close if they count what the question asks about
    unit_slack: float = 0.03  # "counts what the question asks about": unit similarity this close to the best
    article_margin: float = 0.02  # articles whose best sentence is this close to the best are on topic
    within_article_margin: float = 0.10  # figures of an on-topic article this close to the best are listed
    shared_word_weight: float = 0.04  # similarity added when a sentence has all the question's words
    unit_weight: float = 0.5  # how much the counted noun's match with the question's focus counts (ranking)
    who_margin: float = 0.06  # attributed sentences of the answering articles this close to the best
    general_margin: float = 0.02
    max_claims: int = 12
    verbatim_min: float = 100.0
    paraphrase_min: float = 82.0


@dataclass
class Candidate:
    sentence: ScoredSentence
    info: SentenceInfo
    score: float
    figures: list[Figure]


_QUOTE_CHARS = str.maketrans(dict.fromkeys("„“”«»‚‘’‹›", '"'))


def _norm(text: str) -> str:
    """Whitespace (incl. no-break spaces) collapsed and quotation marks unified, for comparing wording."""
    return " ".join(text.translate(_QUOTE_CHARS).replace('"', " ").split())


class Answerer:
    def __init__(self, searcher: Searcher, tuning: Tuning | None = None) -> None:
        self.searcher = searcher
        self.tuning = tuning or Tuning()
        self._analysis: OrderedDict[str, ArticleAnalysis] = OrderedDict()
        self._units: dict[str, Vectors] = {}  # counted nouns, embedded once
        self._focus: dict[str, Vectors] = {}  # questions' focus words, embedded once

    # entry point -----------------------------------------------------------------------------------
    def answer(self, text: str, default_language: str = "en") -> Answer:
        text = clean(text).strip()[:MAX_QUESTION_CHARS]
        question = parse_question(text, default_language=default_language)
        if len(re.findall(r"[^\W\d_]{3,}|\d+", text)) < 2 and question.kind != "quote_check":
            return self._nothing(question, "answer.empty")  # "hi", "?!", emoji: not a question yet
        if not self.searcher.count():
            return self._nothing(question, "answer.empty_index")
        answer = self._quote_check(question) if question.kind == "quote_check" else self._by_relevance(question)
        return verified(answer, self.searcher.article)

    # figures, who said, general ------------------------------------------------------------------
    def _by_relevance(self, question: Question) -> Answer:
        result = self.searcher.search(question.text, k=SEARCH_PASSAGES, language=question.language)
        sentences = result.sentences
        if question.language == "en" and result.vector is not None:
            prefixes = [_spelling(w)[:5] for w in _content_words(question.text)]
            sentences = sentences + self.searcher.spelled_alike(prefixes, result.vector)
        sentences = self._with_shared_words(question, _unique(sentences))
        if not sentences or max(s.dense for s in sentences) < self.tuning.floor[question.language]:
            return self._nothing(question, "answer.nothing")
        if question.kind == "figure" and result.vector is not None:
            # the articles that answer are read whole: their figures may sit in passages ranked lower
            for doc_id in sorted(_on_topic_articles(sentences, self.tuning.article_margin))[:3]:
                sentences += self._with_shared_words(question, self.searcher.article_sentences(doc_id, result.vector))
            sentences = _unique(sentences)
        constrained = self._constrain(question, sentences)
        if len(constrained) < len(sentences):
            # what meets the question's conditions must come from the articles about its topic
            on_topic = _on_topic_articles(sentences, self.tuning.article_margin)
            constrained = [s for s in constrained if s.doc_id in on_topic]
        if not constrained:
            return self._nothing(question, "answer.nothing")
        sentences = constrained
        if question.kind == "figure":
            chosen = self._figures(question, sentences)
        elif question.kind == "who_said":
            chosen = self._select(sentences, self.tuning.who_margin, need_source=True)
        else:
            chosen = self._select(sentences, self.tuning.general_margin, need_source=False)
        wanted = constraints.named_source(question.text)
        if wanted and constraints.checkable_source(wanted, question.language):
            chosen = [c for c in chosen if constraints.same_source(wanted, c.info.source)]
        claims = [c for c in (self._claim(c, question) for c in chosen) if c is not None]
        if not claims:
            return self._nothing(question, "answer.nothing")
        return Answer(
            question=question.text,
            kind=question.kind,
            language=question.language,
            found=True,
            claims=claims[: self.tuning.max_claims],
            message=prompts.text("answer.found", question.language),
        )

    def _with_shared_words(self, question: Question, sentences: list[ScoredSentence]) -> list[ScoredSentence]:
        """Add to each sentence's similarity a small share for the question's words it contains, spelled
        alike in both languages ("escalation" ~ "Eskalation", "warned" ~ "warnte", "soldiers" ~ "Soldaten"):
        across languages the embedding knows the topic, and shared words tell which of many similar
        sentences says it. (A German question over German text has BM25 for that in search.)"""
        words = _content_words(question.text)
        if question.language != "en" or not words:  # German questions have BM25 in search already
            return sentences
        weight = self.tuning.shared_word_weight
        return [s.with_dense(s.dense + weight * _shared_words(words, self._text(s)) / len(words)) for s in sentences]

    def _constrain(self, question: Question, sentences: list[ScoredSentence]) -> list[ScoredSentence]:
        """Drop candidates that miss what the question pins down (see ``retrieval.constraints``)."""
        wanted = constraints.predicates(question.text)
        if wanted:
            sentences = [s for s in sentences if constraints.predicates(self._text(s)) & wanted]
        places = constraints.scope_places(question.text)
        if places:  # "in India": drop sentences about another place; none left means no answer
            sentences = [s for s in sentences if any(self._about_place(s, p) for p in places)]
        return sentences

    def _about_place(self, s: ScoredSentence, place: str) -> bool:
        """Not about another place: the sentence (with what precedes it) names no other place, or the
        article's headline and lead name the place asked about."""
        article = self.searcher.article(s.doc_id)
        if article is None:
            return False
        lead = f"{article.title}\n{article.text[:300]}"
        return not constraints.other_place(place, self._context(s)) or constraints.mentions(place, lead)

    def _text(self, s: ScoredSentence) -> str:
        article = self.searcher.article(s.doc_id)
        return article.text[s.start : s.end] if article else ""

    def _context(self, s: ScoredSentence) -> str:
        """The sentence with what comes just before it."""
        article = self.searcher.article(s.doc_id)
        return article.text[max(0, s.start - 300) : s.end] if article else ""

    def _figures(self, question: Question, sentences: list[ScoredSentence]) -> list[Candidate]:
        candidates = []
        for s in sentences:
            info = self._info(s)
            figures = [f for f in info.figures if f.kind in COUNTABLE]
            if figures:
                candidates.append(Candidate(s, info, s.dense, figures))
        if not candidates:
            return []
        focus = self._unit_similarity(question, [f for c in candidates for f in c.figures])
        relevance = {(s.doc_id, s.index): s.dense for s in sentences}
        unit_of: dict[int, float] = {}
        for n, c in enumerate(candidates):
            if c.info.continues is not None:  # as relevant as the sentence it continues
                continued = relevance.get((c.sentence.doc_id, c.info.continues), 0.0)
                c.sentence = c.sentence.with_dense(max(c.sentence.dense, continued))
            unit_of[n] = max((focus.get(_unit_key(f), 0.0) for f in c.figures), default=0.0)
            c.figures = [  # the figures of the sentence that count what the question asks about
                f for f in c.figures if not _unit_key(f) or focus.get(_unit_key(f), 0.0) >= unit_of[n] - 0.02
            ] or c.figures
            c.score = c.sentence.dense + self.tuning.unit_weight * unit_of[n]
        best_unit = max(unit_of.values())
        top = max(c.sentence.dense for c in candidates)
        t = self.tuning
        raised = {(c.sentence.doc_id, c.sentence.index): c.sentence for c in candidates}
        on_topic = _on_topic_articles([raised.get((s.doc_id, s.index), s) for s in sentences], t.article_margin)

        def listed(n: int, c: Candidate) -> bool:
            if c.sentence.doc_id in on_topic:  # the articles that answer: every figure close enough
                return c.sentence.dense >= top - t.within_article_margin
            return c.sentence.dense >= top - t.figure_margin or (
                unit_of[n] >= best_unit - t.unit_slack and c.sentence.dense >= top - t.unit_margin
            )

        chosen = [c for n, c in enumerate(candidates) if listed(n, c)]
        # the answering articles first, each in order of relevance
        chosen.sort(key=lambda c: (c.sentence.doc_id in on_topic, c.score), reverse=True)
        return _distinct(chosen)

    def _select(self, sentences: list[ScoredSentence], margin: float, need_source: bool) -> list[Candidate]:
        pool = [Candidate(s, self._info(s), s.dense, []) for s in sentences]
        if need_source:
            for c in pool:  # no verb of saying, but a name: "Kein Verständnis kann Hoekstra … aufbringen"
                if not c.info.source and (names := _names_in(self._text(c.sentence))):
                    c.info = c.info.model_copy(update={"source": names, "how": "named"})
            pool = [c for c in pool if c.info.source]
        if not pool:
            return []
        top = max(c.score for c in pool)
        on_topic = _on_topic_articles(sentences, self.tuning.article_margin)
        chosen = [c for c in pool if c.score >= top - (margin if c.sentence.doc_id in on_topic else margin / 2)]
        return sorted(chosen, key=lambda c: (c.sentence.doc_id in on_topic, c.score), reverse=True)

    def _unit_similarity(self, question: Question, figures: list[Figure]) -> dict[str, float]:
        """How well each figure's counted noun matches the question's focus (cross-lingual, by embedding)."""
        head = question.focus[0] if question.focus else question.text
        keys = sorted({_unit_key(f) for f in figures} - {""})
        missing = [k for k in keys if k not in self._units]
        if missing:
            if len(self._units) > 50_000:
                self._units.clear()
            for key, vector in zip(missing, self.searcher.embed_passages(missing), strict=True):
                self._units[key] = vector
        if not keys:
            return {}
        query = self._focus.get(head)
        if query is None:
            query = self._focus[head] = self.searcher.embed_queries([head])[0]
            if len(self._focus) > 4096:
                self._focus.clear()
        return {k: float(np.dot(self._units[k], query)) for k in keys}

    # quote checks ----------------------------------------------------------------------------------
    def _quote_check(self, question: Question) -> Answer:
        claimed = (question.claimed_quote or question.text).strip()
        pool = self.searcher.search(claimed, k=SEARCH_PASSAGES, language=detect(claimed, "de")).sentences
        if claimed != question.text:  # the rest of the question (who, about what) finds short claims
            pool += self.searcher.search(question.text, k=SEARCH_PASSAGES, language=question.language).sentences
        target = _norm(claimed)
        best: tuple[float, ScoredSentence, str] | None = None
        best_key: tuple[float, bool, float] = (-1.0, False, 0.0)
        for s in _unique(pool):
            article = self.searcher.article(s.doc_id)
            if article is None:
                continue
            sentence = _norm(article.text[s.start : s.end])
            score = 100.0 if target and target in sentence else fuzz.partial_ratio(target, sentence)
            # equal wording: prefer the sentence the article gives to the person asked about
            person = bool(question.person) and _names_person(question.person or "", self._info(s).source, article, s)
            key = (round(score, 1), person, s.dense)
            if key > best_key:
                best, best_key = (score, s, sentence), key
        if best is None or best[0] < self.tuning.paraphrase_min or not _same_words_mostly(target, best[2]):
            return Answer(
                question=question.text,
                kind="quote_check",
                language=question.language,
                found=False,
                verdict="not_found",
                message=prompts.text("answer.quote_not_found", question.language),
            )
        score, s, sentence = best
        verdict: Verdict = "verbatim" if score >= self.tuning.verbatim_min else "paraphrase"
        claim = self._claim(Candidate(s, self._info(s), score, []), question)
        if claim is None:
            return self._nothing(question, "answer.quote_not_found")
        differences = [] if verdict == "verbatim" else _differences(target, sentence)
        message = ""  # the verdict itself is worded by the renderer
        if question.person:
            said_by = _names_person(question.person, claim.source, self.searcher.article(s.doc_id), s)
            message = prompts.text(
                "answer.person_yes" if said_by else "answer.person_no",
                question.language,
                person=question.person,
            )
        return Answer(
            question=question.text,
            kind="quote_check",
            language=question.language,
            found=True,
            verdict=verdict,
            claims=[claim],
            message=message,
            differences=differences,
        )

    # building blocks -------------------------------------------------------------------------------
    def _info(self, s: ScoredSentence) -> SentenceInfo:
        analysis = self._analysis.get(s.doc_id)
        if analysis is None:
            analysis = self.searcher.analysis(s.doc_id)
            self._analysis[s.doc_id] = analysis
            if len(self._analysis) > 512:
                self._analysis.popitem(last=False)
        return analysis.sentence(s.index)

    def _claim(self, candidate: Candidate, question: Question) -> Claim | None:
        s = candidate.sentence
        try:
            quoted = quote(self.searcher.article, s.doc_id, s.start, s.end)
        except QuoteError:
            log.warning("dropped a claim on %s:%d-%d that is not in the stored text", s.doc_id, s.start, s.end)
            return None
        figure = "; ".join(f.text for f in candidate.figures) or None
        note = prompts.text("answer.named_only", question.language) if candidate.info.how == "named" else None
        return quoted.model_copy(
            update={
                "figure": figure,
                "source": candidate.info.source,
                "cue": candidate.info.cue,
                "note": note,
            }
        )

    def _nothing(self, question: Question, key: str) -> Answer:
        return Answer(
            question=question.text,
            kind=question.kind,
            language=question.language,
            found=False,
            verdict="not_found" if question.kind == "quote_check" else None,
            message=prompts.text(key, question.language),
        )


_QUESTION_WORDS = frozenset(
    "how many much what which who whom whose when where why does did have has been were according wie viele "
    "viel welche welcher welches wer wem wessen wann warum laut nach angaben gab gibt".split()
)


def _content_words(text: str) -> list[str]:
    """The question's words worth finding in a sentence: five letters or more, no question words."""
    return list(dict.fromkeys(w for w in _words(text) if len(w) >= 5 and w not in _QUESTION_WORDS))


def _spelling(word: str) -> str:
    """A rough common spelling of German and English words: c/k/z, ph/f, th/t, umlauts."""
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("ph", "f"), ("th", "t"), ("c", "k"), ("z", "k")):
        word = word.replace(a, b)
    return word


def _shared_words(words: list[str], sentence: str) -> int:
    """How many of ``words`` the sentence contains, allowing inflection and cross-language spelling."""
    candidates = [_spelling(w) for w in _words(sentence) if len(w) >= 4]
    prefixes = {c[:4] for c in candidates}
    joined = " ".join(candidates)
    found = 0
    for word in words:
        spelled = _spelling(word)
        if (
            spelled[:4] in prefixes
            or spelled in joined  # inside a compound: "korea" in "nordkorea"
            or process.extractOne(spelled, candidates, scorer=fuzz.ratio, score_cutoff=80)
        ):
            found += 1
    return found


def _unique(sentences: list[ScoredSentence]) -> list[ScoredSentence]:
    seen: dict[tuple[str, int], ScoredSentence] = {}
    for s in sentences:
        key = (s.doc_id, s.index)
        if key not in seen or s.dense > seen[key].dense:
            seen[key] = s
    return sorted(seen.values(), key=lambda s: s.dense, reverse=True)


def _names_in(sentence: str) -> str | None:
    """The proper names in a sentence ("Arjen Hoekstra"), as written, by HanTa's NE tag."""
    names: list[str] = []
    run: list[str] = []
    for i, word in enumerate(re.findall(r"[\w-]+", sentence)):
        if i and word[:1].isupper() and analyze(word, "de")[1] == "NE" and not constraints.is_place(word):
            run.append(word)
            continue
        if run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return ", ".join(dict.fromkeys(names)) or None


def _distinct(candidates: list[Candidate]) -> list[Candidate]:
    """One sentence per figure, source and article. Where an article repeats a figure, a sentence that
    names a source speaks for it; sentences giving the same figure on different sources all stay."""
    groups: dict[tuple[str, tuple[float, ...]], list[Candidate]] = {}
    for c in candidates:
        groups.setdefault((c.sentence.doc_id, tuple(sorted(v for f in c.figures for v in f.values))), []).append(c)
    keep: set[int] = set()
    for group in groups.values():
        sourced = {c.info.source: c for c in reversed(group) if c.info.source}  # the best per source
        keep.update(id(c) for c in (sourced.values() if sourced else group[:1]))
    return [c for c in candidates if id(c) in keep]


def _on_topic_articles(sentences: list[ScoredSentence], margin: float) -> set[str]:
    """The articles whose best sentence is about as relevant as the best sentence of all."""
    best: dict[str, float] = {}
    for s in sentences:
        best[s.doc_id] = max(best.get(s.doc_id, 0.0), s.dense)
    top = max(best.values(), default=0.0)
    return {doc_id for doc_id, score in best.items() if score >= top - margin}


def _unit_key(figure: Figure) -> str:
    return figure.unit_lemma or figure.unit or ""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _same_words_mostly(claimed: str, sentence: str) -> bool:
    """True if most of the claimed words occur in the sentence: one changed word is a paraphrase,
    a different sentence that merely shares a phrase is not."""
    words = _words(claimed)
    if not words:
        return False
    present = set(_words(sentence))
    return sum(w in present for w in words) / len(words) >= 0.7


def _differences(claimed: str, sentence: str) -> list[str]:
    """Word-level differences "claimed → printed" between the claim and the closest part of the sentence."""
    a, b = claimed.split(), sentence.split()
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(
        a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False
    ).get_opcodes():
        if op == "replace":
            out.append(f"{' '.join(a[i1:i2])} → {' '.join(b[j1:j2])}")
        elif op == "delete":
            out.append(f"{' '.join(a[i1:i2])} → —")
        elif op == "insert" and 0 < i1 < len(a):
            out.append(f"— → {' '.join(b[j1:j2])}")
    return out[:5]


def _names_person(person: str, source: str | None, article: Any, s: ScoredSentence) -> bool:
    """Does the article give this sentence to ``person``? The source, or the sentences just before it."""
    names = [w for w in re.findall(r"\w+", person) if len(w) > 2 and w[0].isupper()] or _words(person)
    context = (source or "") + " " + (article.text[max(0, s.start - 400) : s.end] if article else "")
    return any(fuzz.partial_ratio(name.lower(), context.lower()) >= 90 for name in names)
