"""Index-time analysis of an article: for each sentence, who it is attributed to and which figures it gives.

Attribution comes from ``retrieval.attribution`` (speaker as written, resolved for pronouns). Three
news conventions are added here, at sentence level, where a quote's speaker is not the whole story:

- a headline "Südkorea: 1500 Soldaten verlegt" is attributed to what stands before the colon;
- a figure inside a phrase of evidence ("Die Berichte über …", "Bei einer früheren Schätzung …")
  is attributed to that phrase when nothing else is named;
- a sentence followed by "Das/Diese Angabe … kommt aus dem Innenministerium" or "Das gab die Polizei
  bekannt" takes its source from that next sentence.

The result is an :class:`~retrieval.models.ArticleAnalysis`, stored with the index so answering does not
re-run the NLP.
"""

from __future__ import annotations

import re

from retrieval import furniture
from retrieval.attribution import attribute, resolve_speaker, speaker_for_span
from retrieval.attribution.lexicon import INDEFINITE_SPEAKERS, PRONOUN_SPEAKERS
from retrieval.attribution.speakers import fullest_name
from retrieval.figures import extract_figures
from retrieval.interviews import ASKED, interview_turns
from retrieval.models import Article, ArticleAnalysis, Attribution, Figure, Sentence, SentenceInfo
from retrieval.nlp import analyze
from retrieval.sources import readable

__all__ = ["VERSION", "ArticleAnalysis", "SentenceInfo", "analyse"]

# The version of the analysis stored with the index. Bump it by hand when a change to attribution, figures or
# this module changes what they produce: `belegbot index` then re-analyses the stored articles (no re-embedding);
# a reader serves the stored analyses and warns.
VERSION = "2026.12.64"
_HEADLINE_SOURCE = re.compile(r"^([A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,3}): \S")
_EVIDENCE = re.compile(
    r"\b((?:(?:der|die|den|dem|des|einer|eine|einem|bei|nach|laut|früheren?|jüngsten?|neuen?|ersten?|"
    r"offiziellen?|aktuellen?|vorläufigen?|örtlichen?)\s+){0,3}"
    r"(?:[A-ZÄÖÜ]\w*)?(?:Berichte?n?|Medienberichte?n?|Angaben|Schätzung(?:en)?|Berechnung(?:en)?|Umfrage|"
    r"Studie|Zählung|Statistik|Zahlen|Informationen|Erhebung|Prognosen?)"
    r"(?:\s+(?:des|der|von)\s+(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+)?)\b"
)
_DECLARATIONS = (
    re.compile(
        r"^(?:Diese|Die)\s+(?:Angaben?|Zahlen?|Daten|Informationen?|Schätzungen?)\s+"
        r"(?:kommt|kommen|stammt|stammen)\s+(?:aus|von)\s+(.+?)\s*(?:[:.,;]|$)"
    ),
    re.compile(
        r"^(?:Das|Dies)\s+(?:gab|gaben|teilte|teilten|berichtete|berichteten|meldete|meldeten|erklärte|"
        r"erklärten|sagte|sagten|bestätigte|bestätigten)\s+(.+?)(?:\s+(?:am|an|in|im|bei|auf|gegenüber|"
        r"nach|laut|zufolge|vor)\b.*?)?(?:\s+(?:bekannt|mit))?\s*[.!]?$"
    ),
    re.compile(r"^(?:Das|Dies)\s+(?:geht|ging)\s+aus\s+(.+?)\s+hervor\b"),
)
_NOT_SUBJECT = (
    r"(?!(?:Für|In|Im|Bei|Auf|Nach|Mit|Seit|Vor|Am|An|Zum|Zur|Aus|Über|Unter|Von|Laut|Dabei|"
    r"Dagegen|Damit|Danach|Dann|Zudem|Auch|Nun|Heute|Gestern|Bisher|Insgesamt|Zuletzt)\b)"
)
_NP = _NOT_SUBJECT + r"(?:(?:Die|Der|Das|Eine?)\s+)?(?:[\w().-]+\s+){0,4}?[(A-ZÄÖÜ][\w().-]*"
_SUBJECT = rf"({_NP}(?:\s+und\s+{_NP})?)"
_DATELINE = r"(?:[A-ZÄÖÜ][\w/.-]*(?: [A-ZÄÖÜ][\w/.-]*)? [–-] )?"
_ESTIMATE_FINITE = (
    r"(?:zählte|zählt|zählten|zählen|schätzt|schätzte|schätzen|schätzten|beziffert|bezifferte|"
    r"bezifferten|beziffern|rechnet|rechnete|rechnen|rechneten|registrierte|registrierten|"
    r"verzeichnete|verzeichneten|veranschlagt|veranschlagte|meldete|meldeten|gab|gaben)"
)
_ESTIMATE_PARTICIPLE = r"(?:geschätzt|beziffert|gezählt|registriert|veranschlagt|gesprochen|angegeben|gemeldet)"
# Who gives a figure without a verb of saying: "Die Stadt Wien zählte …", "X hatte die Schäden auf … geschätzt",
# "Im kommenden Jahr rechnet der Fiskalrat mit …", "Für das Burgenland hat die Landwirtschaftskammer von … gesprochen".
# The subject after the verb, with at most two lower-case words (adjectives) between its article and its noun: "rechnet
# der Fiskalrat mit", not "hat die RBI-Tochter einen Marktanteil von" (two noun phrases). A participle after a dash is
# another clause's ("Die USA hatten begonnen, … auszubilden – 500 Millionen Dollar waren dafür veranschlagt"): the
# subject before did not put the figure on it.
_SUBJECT_AFTER = r"((?:die|der|das)\s+(?:[a-zäöüß][\w-]*\s+){0,2}?[A-ZÄÖÜ][\w-]+)\b"
_COUNTERS = (
    re.compile(rf"^{_DATELINE}{_SUBJECT}\s+{_ESTIMATE_FINITE}\b"),
    re.compile(rf"^{_DATELINE}{_SUBJECT}\s+(?:hatte|hat|haben|hatten)\b[^.;:–—]{{0,200}}?\b{_ESTIMATE_PARTICIPLE}\b"),
    # "Im kommenden Jahr rechnet der Fiskalrat mit …": a verb of counting, its subject after it
    re.compile(
        rf"^{_DATELINE}(?:[A-ZÄÖÜ]\w*)(?:\s+[\w.-]+){{0,5}}?\s+{_ESTIMATE_FINITE}\s+{_SUBJECT_AFTER}"
        rf"(?:[^.;:–—]{{0,200}}?\b{_ESTIMATE_PARTICIPLE}\b|\s+(?:mit|auf|von)\b)"
    ),
    # "Für das Burgenland hat die Landwirtschaftskammer von 300 Hektar gesprochen": with "haben" only its participle
    # counts ("Beim Vermögen hat die RBI-Tochter einen Marktanteil von 3,6 Prozent" is what the bank has)
    re.compile(
        rf"^{_DATELINE}(?:[A-ZÄÖÜ]\w*)(?:\s+[\w.-]+){{0,5}}?\s+(?:hat|hatte|haben|hatten)\s+{_SUBJECT_AFTER}"
        rf"[^.;:–—]{{0,200}}?\b{_ESTIMATE_PARTICIPLE}\b"
    ),
)
# "Sie haben die Pupillenform von 214 Spezies untersucht": after a pronoun subject, the noun after "haben" is what they
# counted (the sentence before names them); after any other subject it is what that one has.
_HAVING = re.compile(
    rf"^{_DATELINE}(?:[A-ZÄÖÜ]\w*)(?:\s+[\w.-]+){{0,5}}?\s+(?:hat|hatte|haben|hatten)\s+{_SUBJECT_AFTER}"
    rf"\s+(?:mit|auf|von)\b"
)
# "geben" counts only as "angeben"/"bekannt geben" ("Fast jeder Fünfte gab an"), not "MPS-Aktien gaben 40 Prozent nach",
# "gab sein Comeback"; "es" after the verb is the impersonal "es gibt" ("Weitere 25 Tote gab es", "Bereits im August gab
# es ein Minus"), "sich" a reflexive ("meldeten sich die Erpresser", "Keine Blöße gab sich das Gerät"): none of them
# names who counts.
_GIVES = re.compile(r"(?i)^gab(?:en)?$")
_GIVES_OUT = re.compile(r"\b(?:an|bekannt)\s*(?:[,;:.!?]|$)")
_NO_COUNTER_AFTER = re.compile(r"\s+(?:es|sich)\b")
_ESTIMATE_WORD = re.compile(rf"\b{_ESTIMATE_FINITE}\b")


def _counts(clause: str, counter: re.Match[str], sentence: str) -> bool:
    """Does the match of a pattern of ``_COUNTERS`` in ``clause`` (of ``sentence``) name who counts (see ``_GIVES``)?
    An opening adverb is no one ("Einerseits verzeichnete er", "Deshalb gab es")."""
    verb = _ESTIMATE_WORD.search(clause)
    if verb is not None:
        if _NO_COUNTER_AFTER.match(clause, verb.end()):
            return False
        rest = sentence[max(0, sentence.find(clause)) + verb.end() :]  # "… den 1. Jänner als Geburtsdatum an"
        if _GIVES.match(verb.group()) and not _GIVES_OUT.search(rest):
            return False
    subject = counter.group(1) if counter.lastindex else ""
    return not (" " not in subject and analyze(subject, "de")[1] in ("ADV", "ADJD"))


_CHAIN = re.compile(
    r"\bunter Berufung auf\s+((?:(?:die|den|das|dem|der|eine[mn]?|einer)\s+)?"
    r"(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+)"
)
_CLAUSE_START = re.compile(r"(?<=[.:])\s+(?=[A-ZÄÖÜ])")
_IMPERSONAL = re.compile(  # "Dagegen bezifferte man die Kosten im Finanzministerium …"
    rf"^.{{0,80}}?\b{_ESTIMATE_FINITE}\s+man\b[^.;:]{{0,120}}?\b(?:im|beim|in der|bei der)\s+([A-ZÄÖÜ][\w-]+)"
)
_GROUP_SPEAKER = re.compile(r"\b\d|Befragte|\bjede[rs]?\s+\w+", re.I)  # not "die M7 Group"
# "…, geht aus dem Insolvenzantrag hervor, der dem STANDARD vorliegt": the document a sentence's figures come from.
_FROM_DOCUMENT = re.compile(r",\s+(?:geht|ging|gehen|gingen)\s+aus\s+(.+?)\s+hervor\b")
# "Das sagte X", "Dies teilte X mit": a demonstrative pronoun, not the article of a noun ("Das Mittel werde …").
# "Die Machbarkeitsstudie, deren Kosten Schmuckenschlager mit rund 50.000 Euro beziffert, ist in Arbeit": the one a
# relative clause names as putting a figure on a thing.
_RELATIVE_GIVER = re.compile(
    r",\s+(?:deren|dessen)\s+[A-ZÄÖÜ][\w-]+\s+((?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+)\s+(?:mit|auf)\s+[^,]{1,60}?"
    r"\s+(?:beziffert|beziffern|bezifferte|bezifferten|schätzt|schätzen|schätzte|schätzten|veranschlagt|veranschlagen)\b"
)
_FORWARD = re.compile(r"^(?:(?:Das|Dies)(?!\s+[A-ZÄÖÜ])|Diese(?:s|r)?(?: \w+)?|Die(?:se)? (?:Zahl|Zahlen|Angaben?))\b")
_MIN_COVER = 0.2
_ANAPHOR = re.compile(r"\s+(?:von ihnen|davon|of them|von denen)\b")


def analyse(article: Article, sentences: list[Sentence]) -> ArticleAnalysis:
    """Source and figures of each sentence of one article (kept: the sentences that have either, a cue of saying or
    an interviewer's question)."""
    text = article.text
    spans = [(s.start, s.end) for s in sentences]
    attributions = attribute(text, sentences=spans)
    infos = _inherit_units(text, [_sentence_info(text, s, attributions) for s in sentences])
    flagged = furniture.flags(text, spans, article.language)
    for i, info in enumerate(infos):
        if info.source and _GROUP_SPEAKER.search(info.source) and info.figures:  # "sagten 25 Prozent der Befragten"
            evidence = _EVIDENCE.search(text[sentences[i].start : sentences[i].end])
            if evidence:
                infos[i] = info = info.model_copy(update={"source": _clean(evidence.group(1)), "how": "evidence"})
        if info.source is None:
            source, how = _fallback_source(text, sentences, infos, i)
            infos[i] = info = info.model_copy(update={"source": source, "how": how})
        if flagged[i]:  # navigation, consent boxes, credits: stored verbatim, never quoted as an answer
            infos[i] = info.model_copy(update={"furniture": True})
    by_index = {s.index: info for s, info in zip(sentences, infos, strict=True) if info.source}
    for i, (s, info) in enumerate(zip(sentences, infos, strict=True)):
        if info.source:  # the name a reader can use, worked out once here rather than for every question
            shown = readable(info.source, s.index, by_index, article) or ""
            if _third_person(info.source) and shown in ("", info.source):
                info = _without_pronoun(text, sentences, infos, i)  # "Garrone: Mir hat er gesagt, …"
                shown = (readable(info.source, s.index, by_index, article) or "") if info.source else ""
            infos[i] = info.model_copy(update={"shown": shown})
    infos = _in_turns(article, sentences, infos)
    return ArticleAnalysis(
        version=VERSION,
        sentences={
            s.index: info
            for s, info in zip(sentences, infos, strict=True)
            if info.source or info.figures or info.furniture or info.cue or info.how == ASKED
        },
    )


def _sentence_info(text: str, sentence: Sentence, attributions: list[Attribution]) -> SentenceInfo:
    figures = tuple(extract_figures(text, sentence.start, sentence.end))
    found = speaker_for_span([a for a in attributions if _names_a_speaker(a)], sentence.start, sentence.end)
    if found is None or found.speaker is None or _cover(found, sentence) < _MIN_COVER:
        return SentenceInfo(figures=figures)
    source = resolve_speaker(text, found, attributions) or found.speaker
    chain = _CHAIN.search(text, sentence.start, sentence.end)
    if chain and chain.group(1).lower() not in source.lower():  # Yonhap, citing the intelligence service
        source = f"{source} (unter Berufung auf {chain.group(1)})"
    return SentenceInfo(source=_clean(source), speaker=found.speaker, cue=found.cue, how=found.kind, figures=figures)


def _names_a_speaker(attribution: Attribution) -> bool:
    """Has the attribution a speaker a reader could quote as the source? Not an indefinite pronoun ("Viele glauben,
    sie seien …", "Manche sagen, …"): many or some hold the view, and the sentence is stored as nobody's rather than
    as theirs. Attribution keeps them as the speakers it found (the attribution benchmark annotates them so)."""
    speaker = attribution.speaker
    return speaker is not None and speaker != "" and speaker.strip().lower() not in INDEFINITE_SPEAKERS


def _third_person(speaker: str) -> bool:
    """Is a speaker as written a pronoun that names no one by itself ("er", "sie", "man"), unlike the first person
    ("ich", "wir": the one quoted speaks)? Unresolved, such a pronoun is no source a reader can use."""
    word = speaker.strip().lower()
    return word in PRONOUN_SPEAKERS and word not in ("ich", "wir")


def _without_pronoun(text: str, sentences: list[Sentence], infos: list[SentenceInfo], i: int) -> SentenceInfo:
    """Sentence ``i`` without the pronoun source nothing resolved ("er", "sie", "man"): the source the sentence
    gives itself instead ("Garrone: Mir hat er gesagt, …" -> "Garrone"), else none. In the gnad index 62 stored
    sources were such a pronoun (stop 51)."""
    source, how = _fallback_source(text, sentences, infos, i)
    # the cue stays, and keeps the sentence stored: "…, sagt er im STANDARD-Gespräch" still says it is someone's words
    return infos[i].model_copy(update={"source": source, "how": how})


def _in_turns(article: Article, sentences: list[Sentence], infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """An interview's turns (``retrieval.interviews``): the interviewer's question is no one's statement (no source,
    ``how`` "asked") unless it cites a source by name (``_cited``); an interviewee's turn is the labelled person's as
    the article names them ("Mahrer: Ich finde, …" -> "Wirtschaftsstaatssekretär Harald Mahrer"): the sentence the
    label opens, and after it each sentence of the turn that names no one else (``_theirs``). A sentence telling what
    another said ("Guterres hat mich gestern informiert, dass …") keeps its source, and the turn goes on after it."""
    out = list(infos)
    named: dict[str, str] = {}  # a label -> the person as the article names them up to their first turn
    turns = interview_turns(sentences, article.outlet)
    answering = {label.split()[-1] for label in turns.values() if label}
    for i, label in turns.items():
        info = infos[i]
        if label is None:
            if not _cited(info, answering):
                out[i] = info.model_copy(update=dict.fromkeys(("source", "speaker", "cue", "shown")) | {"how": ASKED})
            continue
        opens = sentences[i].text.lstrip().startswith(f"{label}:")
        if not opens and not _theirs(info):
            continue
        if label not in named:
            named[label] = fullest_name(article.text, label, sentences[i].start)
        own = info.source and info.how not in ("carried_over", "headline")
        how = "direct" if opens else info.how if own else "carried_over"
        out[i] = info.model_copy(update={"source": named[label], "how": how, "shown": named[label]})
    return out


def _cited(info: SentenceInfo, answering: set[str]) -> bool:
    """Does a sentence of the interviewer's turn cite a source of its own by name ("STANDARD: Laut Notariats- und
    Rechtsanwaltskammer sind nur rund 20.000 … registriert", "Oberösterreichs ÖVP-Chef Josef Pühringer sagt, …")?
    Not where its source is carried over, a label, a pronoun ("Sie sprachen von …", "Die fordern …"), no one a reader
    can use, or the interviewee it addresses ("Glauben Sie …" resolved to "Yanis Varoufakis"): the question's own
    words are no one's. In the gnad interviews 25 of 462 interviewer sentences cite a source (stop 51: dropping
    them too lost dev89-043, the chamber's 20.000 living wills)."""
    if not info.source or not info.shown or info.how in ("carried_over", "headline"):
        return False
    speaker = (info.speaker or "").strip().lower()
    if speaker in PRONOUN_SPEAKERS or speaker in ("die", "der", "das") or _ADDRESSED.match(info.source):
        return False
    return not any(name in info.source for name in answering)


# The interviewee's own, as the interviewer addresses them: "Wer hat Ihrer Meinung nach recht?"
_ADDRESSED = re.compile(r"^Ihre[mnrs]?\s+\S+$")


# Speakers as written that, in an interviewee's answer, are the interviewee speaking ("Ich glaube, dass …", "Wir
# müssen …", "Man kann hoffen, …", "Es ist eine reine Fiktion zu sagen: …"), whatever attribution resolved them to.
_INTERVIEWEE_SPEAKS = frozenset(["ich", "wir", "man", "es"])


def _theirs(info: SentenceInfo) -> bool:
    """Is a sentence of an interviewee's turn after its label the interviewee's? Yes where it names no one else: no
    source, a source carried over from a sentence before (across the turn's label: "Hofer: Dann hätte Fischer …"
    carried "FPÖ-Chef Heinz-Christian Strache"), a rubric ("Zweitens: …"), a first-person or impersonal speaker
    ("Ich glaube, dass …" resolved to "Der Europarat"), their own ("meiner Meinung nach") or a source the article
    names no one for."""
    if info.source is None or info.how in ("carried_over", "headline") or info.shown == "":
        return True
    mine = info.source.split()[0].lower().startswith(("mein", "unser"))  # "meiner Meinung nach"
    return mine or (info.speaker or "").strip().lower() in _INTERVIEWEE_SPEAKS


def _inherit_units(text: str, infos: list[SentenceInfo]) -> list[SentenceInfo]:  # infos[i] is sentence i
    """ "3000 von ihnen sollen bereits dort sein": a count without a noun counts what the last count did."""
    last: tuple[int, Figure] | None = None
    out = []
    for i, info in enumerate(infos):
        figures = list(info.figures)
        continues = info.continues
        for n, figure in enumerate(figures):
            if figure.kind != "count":
                continue
            if figure.unit_lemma:
                last = (i, figure)
            elif last is not None and _ANAPHOR.match(text, figure.end):
                figures[n] = figure.model_copy(update={"unit": last[1].unit, "unit_lemma": last[1].unit_lemma})
                continues = last[0]
        out.append(info.model_copy(update={"figures": tuple(figures), "continues": continues}))
    return out


def _cover(attribution: Attribution, sentence: Sentence) -> float:
    """The share of the sentence that is the attribution's words, with the frame that closes words opening the
    sentence ("Der war miserabel, ärgerte sich der Routinier darüber, dass er … gepatzt hatte": the words are short,
    the frame and what it says the speaker felt are the rest of the sentence, and all of it is about the speaker)."""
    end = attribution.quote_end
    if attribution.quote_start <= sentence.start and attribution.kind == "indirect":
        frame = [x for x in (attribution.cue_end, attribution.speaker_end) if x is not None and x <= sentence.end]
        end = max([end, *frame])
    overlap = min(end, sentence.end) - max(attribution.quote_start, sentence.start)
    return max(0, overlap) / max(1, sentence.end - sentence.start)


def _fallback_source(
    text: str, sentences: list[Sentence], infos: list[SentenceInfo], i: int
) -> tuple[str | None, str | None]:
    body = text[sentences[i].start : sentences[i].end]
    headline = _HEADLINE_SOURCE.match(body)
    if headline and "\n" not in body and _names_someone(headline.group(1)):
        return headline.group(1), "headline"
    own = _declared_source(body)
    if own:
        return own, "declared"
    document = _FROM_DOCUMENT.search(body)
    if document and infos[i].figures:
        return _clean(document.group(1)), "according_to"
    giver = _RELATIVE_GIVER.search(body)
    if giver and infos[i].figures:
        return _clean(giver.group(1)), "according_to"
    if not infos[i].figures:
        return None, None
    for clause in _CLAUSE_START.split(body):  # run-in sub-headings: "… Zu den Details: Im kommenden Jahr rechnet …"
        for pattern in (*_COUNTERS, _IMPERSONAL, _HAVING):
            counter = pattern.match(clause)
            if counter and _PRONOUN_SUBJECT.match(clause):
                # "Sie haben die Pupillenform von 214 Spezies untersucht": the noun after the verb is its object, the
                # pronoun the subject the sentence before named as its source ("Das behaupten Biologen um …")
                return _previous_source(infos, i)
            if counter and pattern is not _HAVING and _counts(clause, counter, body):
                return _clean(counter.group(1)), "counted"
    if i + 1 < len(sentences):
        following = text[sentences[i + 1].start : sentences[i + 1].end]
        named = _declared_source(following)
        if named or (infos[i + 1].source and _FORWARD.match(following) and len(following) < 160):
            return named or infos[i + 1].source, "next_sentence"
    evidence = _EVIDENCE.search(body)
    if evidence and evidence.start() < infos[i].figures[0].start - sentences[i].start:
        return _clean(evidence.group(1)), "evidence"
    return None, None


# A personal pronoun as the subject opening a sentence, right before its finite verb ("Sie haben …", "Er schätzt …").
_PRONOUN_SUBJECT = re.compile(rf"^{_DATELINE}(?:Sie|Er|Wir|Ich)\s+[a-zäöüß]+\b")


def _previous_source(infos: list[SentenceInfo], i: int) -> tuple[str | None, str | None]:
    """The source of the sentence before ``i`` for a sentence whose pronoun subject stands for it; none if it has
    none or is itself a pronoun's."""
    before = infos[i - 1].source if i > 0 else None
    if not before or before.lower() in ("er", "sie", "wir", "ich", "es"):
        return None, None
    return before, "counted"


def _declared_source(sentence: str) -> str | None:
    """ "Diese Angabe kommt aus dem Innenministerium", "Das gab die Polizei bekannt", "Das geht aus X hervor"."""
    for pattern in _DECLARATIONS:
        match = pattern.match(sentence)
        if match:
            return _clean(match.group(1))
    return None


def _clean(source: str) -> str:
    return " ".join(source.split()).strip(" ,;:")


# What stands before a colon to introduce the rest, not to name who speaks: rubric words of German news and
# interviews, and a phrase opened by an article, a preposition or a particle ("Der Grund:", "Zum Vergleich:").
_RUBRICS = frozenset(
    "antwort frage fazit hintergrund ergebnis ergebnisse tor tore vergleich grund beispiel ausweg titel thema "
    "konsequenz motto resultat überblick summe umstand folge zitat info tipp update hinweis achtung".split()
)
_OPENERS = frozenset(
    "der die das ein eine einer zum zur im in am und oder denn nur weiter dennoch genau kein keine auch aber "
    "doch so bisherige mit bei beim nach für aus trotz ohne seit unter über auf an vor gegen wegen durch statt "
    "dank".split()
)


def _names_someone(phrase: str) -> bool:
    """Does the phrase before a headline's colon name a speaker ("Südkorea", "Stöger", "Historikerin Martina
    Guggelberger"), rather than introduce what follows ("Der Grund", "Antwort", "Zum Vergleich", "Fazit")?"""
    words = [w.lower() for w in phrase.split()]
    return words[0] not in _OPENERS and not any(w in _RUBRICS for w in words)
