"""Does the answer say what the question pins down? (issue 10: near-miss "nothing found")

A question on the topic of the articles may still ask about something none of them says: "who r north koreas other
allies besides russia" over articles on North Korea's troops for Russia, "who actually filmed that sergievsky clip"
over one that describes the clip. The topic words (North Korea, Russia; Sergievsky) are in every candidate; the
pinned word (allies, clip) in none of the claims. Such an answer is on-topic sentences, not an answer.

Where a figure or a speaker verifies an answer, other checks rule (the counted noun, the person). Here the question
is one that only the words of a sentence can answer: a general question ("have X and Y held joint exercises",
"anything about …"), or a who-question whose verb is not one of saying ("who filmed", "who are the allies of"):
a who-said question names the statement, which a sentence paraphrases freely. Of such a question:

- a pinned term is a specific noun: not a name, place (nor the noun of a place phrase, "on Russian soil") or
  person the question names (``unknown_names``,
  ``unnamed_articles`` and the person checks rule on those); in German a noun of idf weight ``WEIGHT`` or more (not
  "Jahr", "Leute"), in English a noun HanTa's English lexicon lists, at most ``SPECIFIC`` frequent (not "people",
  "head", "office", "figure"; a word it does not list, "conf", "sergievsky", is a name or a typo: not pinned); nor
  a verb a German question types in lower case, which reads as a noun only once capitalised ("anwerben": the deed,
  "rekrutieren" in the article, only USE-m3 0.46 from it, below chance words of the sentence: "verzweifelt" 0.56);
- it is met where a claim's sentence, what carries over into it (the previous sentence, the title), or the claim's
  article says it: by its letters (inflection, compound parts, cognates: ``Matcher``), else, across languages, by
  USE-m3 word similarity ``MET`` or more to a word of the claim's context or a noun of its article ("missiles" ~
  "Raketen" 0.68, "ambassador" ~ "Botschafter" 0.67; "allies" ~ "Truppen" 0.55, "clip" ~ "Aufnahme" 0.56).

A German what-said question ("Was hat X zu T gesagt?") pins its topic the same way: the words
the answer lists are the person's, and search finds them by the person's name alone where the articles never name T
(their words on another topic: "zu weiteren Waffenlieferungen" over an article where the minister speaks only on the
escalation). Its topic is paraphrased more freely than a deed is named ("Hilfe" for "Unterstützung" 0.56), so a
German term is met across words too, at USE-m3 similarity ``SAID_MET`` (chosen below). And it is met only where the
person speaks: in a claim's sentence or what carries over into it (the sentence before, the title: what the article is
about), not elsewhere in the claim's article, which may name the topic as a detail the person never speaks on ("Was
sagte Verteidigungsminister Klug zu den Stacheldrahtrollen …": the article names them four sentences before Klug's
words on a "Leitsystem"). Over the studied sets of stop 50, the 5 answerable German what-said questions with a pinned
topic meet it there (in half A; half B has none), and the one near miss that met it elsewhere only is now nothing found
(dev90-059). What-said questions made from the gnad index (a speaker quoted past the lead, asked about a noun that
only a sentence two or more away from their words prints): of 136 that reach the check, 50 are now nothing found; of
41 of those read, 25 rightly, 4 lose an answer on the topic (Ulamec on the Philae mission), 12 are unclear. Without
the title the check would also catch dev89-051 (Pröll's office on the Statutarstadt, under a title on the
"TU-Kennzeichen"), but asked about a noun of the title, it turned away 42 of 94 such questions, and of 22 of them
read, 6 were answered on the topic (Bosch, "Wir sind sehr zufrieden", on the research facility) and 3 are unclear.

An English question's topic is not pinned: its German word is often further from it by USE-m3 ("strike" ~ "Streik"
0.47, "cuts" ~ "Kürzungen" 0.48, "leak" ~ "Aufdeckung" 0.39, "excuses" ~ "Ausreden" 0.52) than words of other topics
come by chance ("leak" ~ "trat" 0.57). Against the claims' own context only (stop 50), the specific nouns of the 43
answered English who-said and what-said questions of the studied sets still come no nearer their claims than to
another question's: at a bar of 0.5, 5 of 24 (half A) and 4 of 19 (half B) would be turned away, and 7 and 6 of the
pairs with another question's claims let through. No studied English what-said question asks a topic the articles
never name.

A pinned term met by no claim: nothing found, and the message says which term no article says.

A German figure question that names the measure it asks ("wie hoch war die Wahlbeteiligung", "wie viel Prozent der
Erwachsenen") pins that noun too (``measured_noun``), nearby only: a figure measures what its sentence, the sentence
before or the title names, and an article that names the measure elsewhere gives another's figure here ("rund 97
Prozent der Teilnehmer" [dagegen] for the turnout, "Ein Drittel der Jugendlichen" for the adults). A measure is
named in other words as a topic is ("Schulden" ~ "Überschuldung" 0.77), so it is met at ``SAID_MET`` too
(``unmet_nearby``). Studied sets of stop 50: 19 German figure questions name their measure so (10 answerable, 9
no_answer); it is unmet nearby in 3 answers: 2 near misses (dev90-045 "Wahlbeteiligung" 0.33 from "Teilnehmer",
dev91-033 "Erwachsenen" 0.50 from "Jugendlichen"), now nothing found, and 1 wrong answer (dev87-029 "Profi-Feld"
0.39: race distances, not the field), now a wrong abstention. Whose measure it is, where a name follows the noun ("die
Strafe für Spar", "der Börsenwert von SanDisk": ``measure_owner``), is met nearby by its letters: 3 studied questions
name one, 1 answered with another's figure (dev88-059: the fine of Pfeiffer and Zielpunkt), now nothing found.
A count asked by its noun ("wie viele Zuschauer") is not pinned so: a count is named by the figure's own noun ("2.000
Fans", ``counted`` rules on that); of the 22 answered studied German questions "wie viele X", "wie viel X", "welche
X" whose X no claim writes nearby, 14 pass, and pinning X would have lost one ("kohle" 0.41 from "investiert") and
gained none. Nor is an English measure pinned: it comes as close to chance German words as to its own ("spending"
~ "führt" 0.49 in the answered dev91-014, "foreigners" ~ "iranische" 0.49 in the near miss dev86-060).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.words import STOP, Matcher
from retrieval.embedding.words import Vectors, encoder
from retrieval.models import Question
from retrieval.nlp import analyze, english_frequency
from retrieval.question.intent import ACCOUNTS, PERFECT_ACCOUNTS, SAY, STANCE
from retrieval.question.scope import place_phrase_nouns

# HanTa English log-frequency above which a noun is everyday ("people" -7.1, "office" -8.5, "figure" -8.8, "north"
# -9.2) and below which it is specific ("visitors" -10.0, "allies" -10.7, "exercises" -11.4, "curfew" -13.2)
SPECIFIC = -10.0
WEIGHT = 0.5  # idf weight (``features.terms``) from which a German noun is specific ("Wertschöpfung" 0.77; "Jahr" 0.1)
MET = 0.6  # USE-m3 similarity at which an English noun is said by a German word (chosen on dev..dev12, seed5..seed12)
# USE-m3 similarity at which the German topic noun of a what-said question is said by another German word: the topic
# nouns of the studied who-said questions their gold article paraphrases come 0.56-0.84 from its nearest word ("Hilfe"
# ~ "Unterstützung" 0.56, "Folgen" ~ "daten" 0.59 by chance, "Infos" ~ "Informationen" 0.84; seed22..seed26, dev21);
# a topic the article never speaks of comes below ("Waffenlieferungen" ~ "Militäreinrichtungen" 0.48)
SAID_MET = 0.52
# the nouns that ask for someone's words ("Reaktion", "Stellungnahme") name no topic of a what-said question
_ASKING = re.compile(r"(?i)" + SAY + "|" + ACCOUNTS + "|" + PERFECT_ACCOUNTS + "|" + STANCE)
# a verb of saying, a clause of what someone holds ("Wer bestreitet, dass …"), or asking whose account it is ("Laut
# wem eigentlich?", "According to whom is prevention 'not in our DNA' …": the source of words, as "whose … does the
# ministry cite", "According to which asylum law expert are sentences … not milder?": ``intent.WHICH_ACTOR_RE``)
_WHOSE_ACCOUNT = (
    r"laut\s+wem|wem\s+zufolge|according\s+to\s+(?:whom|which|what)|"
    r"(?:laut|nach\s+(?:ansicht|auffassung|meinung|angaben))\s+welche[rsmn]?"
)
_SAYING = re.compile(
    r"(?i)\b(?:" + SAY + "|" + ACCOUNTS + "|" + PERFECT_ACCOUNTS + r"|dass|daß|" + _WHOSE_ACCOUNT + r")\b"
)
# HanTa's tags of closed word classes (prepositions, conjunctions, pronouns and particles, articles): a word a question
# types in lower case with one of them is no noun, though capitalised it reads as one ("wegen": APPR; "Wegen": NN, the
# plural of "Weg"). Not ADV: HanTa's guess for a lower-case word it does not know ("gedenkgottesdienst")
_FUNCTION_TAGS = ("APP", "APZR", "KO", "P", "ART")
# HanTa's tags of the words that make a following infinitive a noun: articles, prepositions, determiners, adjectives
_NOUN_BEFORE = ("ART", "APPR", "PIAT", "PDAT", "PPOSAT", "ADJA")
_LEXICAL_TAGS = ("NN", "NE", "VV", "ADJ")  # HanTa's tags of nouns, names, full verbs and adjectives
_WORD = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*")
_NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]{3,}(?:-[\wäöüß]+)*")  # German nouns are written with a capital


def in_scope(question: Question) -> bool:
    """Is the question one that only the words of a sentence can answer: general, or asking who did something,
    and on no one's words ("who filmed that clip"; not "who said the find shows …", "wer bestreitet, dass …", nor
    "Hat X gesagt, er sei froh, …": a statement asked about is paraphrased freely); or what someone said on a topic
    (module doc)?"""
    if question.intent == "what_said":
        return question.language == "de"  # an English topic: module doc
    if question.kind != "general" and not (question.kind == "who_said" and question.intent in ("who_said", "name")):
        return False
    return not _SAYING.search(question.text)


# "wie hoch war die Wahlbeteiligung", "wie groß ist der Börsenwert", "wie viel Prozent der Erwachsenen": the words
# after which a German figure question names the measure it asks (or, after "Prozent der", whose share)
_MEASURE_ASKED = re.compile(
    r"(?i)\bwie\s*(?:hoch|groß|gross)\s+(?:ist|war|sind|waren|wäre|wird|liegt|lag)\s+(?:der|die|das)\s+"
    r"|\bwie\s*viel(?:e)?\s+prozent\s+(?:der|des)\s+"
)
_NEXT_WORD = re.compile(r"[\wäöüß]+(?:-[\wäöüß]+)*")


def measured_noun(question: Question) -> str | None:
    """The noun a German figure question names the measure it asks by ("wahlbeteiligung", "erwachsenen", "profi-feld"),
    the first noun after ``_MEASURE_ASKED`` past its adjectives ("der jährliche Sanierungsbedarf"); None for any other
    question (module doc)."""
    if question.kind != "figure" or question.language != "de":
        return None
    found = _MEASURE_ASKED.search(question.text)
    if found is None:
        return None
    for word in _NEXT_WORD.findall(question.text[found.end() :])[:3]:
        tag = analyze(word[:1].upper() + word[1:], "de")[1]
        if tag.startswith("NN"):
            return word.lower()
        if not tag.startswith("ADJ"):
            return None
    return None


# "die Strafe für Spar", "der Börsenwert von SanDisk": whose measure it is, right after the measured noun
_OWNER = re.compile(r"(?i)\s+(?:für|von|vom|beim?)\s+(?:(?:der|die|das|dem|den)\s+)?([\wäöüß-]+(?:\s+[\wäöüß-]+)?)")


def measure_owner(question: Question, noun: str) -> list[str]:
    """Whose the measure is, where the question names them right after its measured ``noun`` ("Wie hoch war die
    Strafe für Spar": "Spar"; "der Siegerscheck für Philipp Kohlschreiber": both words, either writes them): the
    words of that phrase the question capitalises or reads as names, if one of them is a name (``Question.names``);
    else none. A measure given nearby for another ("eine Geldbuße … über die Pfeiffer HandelsgmbH") is not theirs."""
    at = question.text.lower().find(noun)
    found = _OWNER.match(question.text, at + len(noun)) if at >= 0 else None
    if found is None:
        return []
    names = {n.lower() for n in question.names}
    words = [w for w in found.group(1).split() if w[:1].isupper() or w.lower() in names]
    return words if any(w.lower() in names for w in words) else []


def unmet_nearby(
    terms: Sequence[str], claims: Sequence[Candidate], owner: Sequence[str] = (), bar: float = SAID_MET
) -> list[str]:
    """The ``terms`` that no claim says nearby: in its sentence, the one before or the title, by its letters
    (``Matcher``) or at USE-m3 similarity ``bar`` to a word there (``SAID_MET``: German words); and the ``owner``'s
    words where no claim writes one of them nearby (by their letters only: a name has no synonym). Module doc."""
    if not (terms or owner) or not claims:
        return []
    matcher = Matcher([*terms, *owner])
    said: set[str] = set()
    for c in claims:
        said |= matcher.found(f"{c.title}\n{c.before}\n{c.text}")
    unnamed = [] if any(w in said for w in owner) else list(owner)
    missing = [w for w in terms if w not in said]
    others = list(dict.fromkeys(w for c in claims for w in context_words(c)))
    if not missing or not others:
        return missing + unnamed
    best = _likeness(missing, others).max(axis=0)
    return [w for w, s in zip(missing, best, strict=True) if float(s) < bar] + unnamed


def pinned_terms(
    question: Question, words: Sequence[str], weights: dict[str, float], excluded: Sequence[str] = ()
) -> list[str]:
    """The specific nouns of a question (``words``: ``features.terms``'s), less ``excluded`` (its names, places,
    the person asked about)."""
    out = []
    skip = {w.lower() for w in excluded} | place_phrase_nouns(question.text)
    for w in words:
        if w in skip or w.isdigit() or not w.isalpha() or len(w) < 4:
            continue  # "korea's", "1500", names
        if question.intent == "what_said" and _ASKING.fullmatch(w):
            continue  # "Was war die Reaktion von X": the words asked for, not their topic
        if question.language == "de":
            if _typed_function_word(w, question.text):
                continue  # "… maßnahmen zu ergreifen wegen russland": a preposition typed as one
            if _typed_verb(w, question.text):
                continue  # "falls moskau soldaten in nordkorea anwerben muss": the deed, which articles word freely
            if analyze(w[:1].upper() + w[1:], "de")[1].startswith("NN") and weights.get(w, 0.0) >= WEIGHT:
                out.append(w)
        elif analyze(w, "en")[1].startswith("NN"):
            frequency = english_frequency(w)
            if frequency is not None and frequency <= SPECIFIC:
                out.append(w)
    return out


# HanTa's tags of what a German statement says of its subject: an adjective or a participle ("seien gefälscht",
# "legitime Ziele", "sei zweitrangig gewesen")
_PREDICATE_TAGS = ("ADJ", "VV(PP)")


def stated_predicates(
    question: Question, words: Sequence[str], weights: dict[str, float], excluded: Sequence[str] = ()
) -> list[str]:
    """The predicates of the statement a German who-said question asks about ("Wer hat behauptet, die Videos … seien
    gefälscht?": "gefälscht"; "wer hat gesagt, dass … legitime Ziele sind": "legitime"): its adjectives and
    participles (``_PREDICATE_TAGS``) of idf weight ``WEIGHT`` or more, not a verb of saying, not ``excluded``. A
    statement's nouns and verbs are paraphrased ("anwerben" for "rekrutieren", "fand" for "nannte"), but what it
    says a thing is, an article prints in the same word where anyone says it: over the German who-said questions of
    the studied sets of stop 49 the 18 answered on the statement that have such a word print it (in the claims'
    articles, by its letters: "zweitrangig", "kolossalen", "halbfertigen", "vorgeschoben"; 11 in half A, 7 in B),
    and the 2 answered near misses ask a statement nobody makes (seed71-012, seed71-014) whose word no article
    prints. English
    questions are left: their German word is met only across languages, where chance words come as close ("paying"
    ~ "übermittelt" 0.63 in a near miss, "shortage" ~ "drängt" 0.63 in an answered question)."""
    if question.language != "de" or (question.kind, question.intent) != ("who_said", "who_said"):
        return []
    if not _SAYING.search(question.text):
        return []
    skip = {w.lower() for w in excluded}
    out = []
    for w in words:
        if w in skip or not w.isalpha() or len(w) < 4 or _SAYING.fullmatch(w) or weights.get(w, 0.0) < WEIGHT:
            continue
        if analyze(w, "de")[1].startswith(_PREDICATE_TAGS):
            out.append(w)
    return out


def _typed_function_word(word: str, text: str) -> bool:
    """Does the question type ``word`` in lower case only, and is it then of a closed class (``_FUNCTION_TAGS``)?"""
    typed = re.findall(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])", text)
    if not typed or any(not t.islower() for t in typed):
        return False
    tag = analyze(word, "de")[1]
    return tag.startswith(_FUNCTION_TAGS)


def _typed_verb(word: str, text: str) -> bool:
    """Is ``word`` an infinitive the question types in lower case only, which HanTa reads as a noun only once
    capitalised ("anwerben": "Anwerben" NNI)? Not after an article or a preposition ("das anwerben", "beim
    anwerben": the noun). A deed is named in other words ("rekrutieren"), as a statement is paraphrased; the verb of a
    who-question is no pinned term (module doc). Studied sets (stop 49): 1 pinned term dropped, seed70-003's."""
    if analyze(word[:1].upper() + word[1:], "de")[1] != "NNI":
        return False
    typed = list(re.finditer(rf"(?i)(?<![\w-])(\w+\s+)?({re.escape(word)})(?![\w-])", text))
    if not typed or any(not m.group(2).islower() for m in typed):
        return False
    return not any(m.group(1) and analyze(m.group(1).strip(), "de")[1].startswith(_NOUN_BEFORE) for m in typed)


def context_words(c: Candidate) -> list[str]:
    """The words of a claim and of what carries over into it (the previous sentence, the title), a hyphenated
    compound also by its parts ("Nato-Sprecherin": "Sprecherin", which USE-m3 finds "spokeswoman" in: 0.70 against
    0.25 for the whole)."""
    found = (w for text in (c.text, c.before, c.title) for w in _WORD.findall(text) if w.lower() not in STOP)
    return list(dict.fromkeys(_with_parts(found)))


def _with_parts(words: Iterable[str]) -> Iterator[str]:
    for w in words:
        yield w
        if "-" in w:
            yield from (part for part in w.split("-") if len(part) >= 4)


def says_asked(words: Sequence[str], language: str, text: str, lexical: bool = False, bar: float = MET) -> bool:
    """Does ``text`` say one of a question's ``words``: by its letters (``Matcher``), or for an English question by a
    German word at USE-m3 similarity ``bar`` or more ("Vienna" ~ "Wien" 0.92), as a pinned term is met? ``lexical``:
    only by a noun, full verb or adjective of the text (USE-m3 puts "arrive" 0.67 from "werden")."""
    if not words:
        return False
    if Matcher(words).found(text):
        return True
    theirs = list(dict.fromkeys(_with_parts(w for w in _WORD.findall(text) if w.lower() not in STOP)))
    if lexical:
        theirs = [w for w in theirs if analyze(w, "de")[1].startswith(_LEXICAL_TAGS)]
    if language == "de" or not theirs:
        return False
    return float(_likeness(words, theirs).max()) >= bar


def unmet(
    terms: Sequence[str], language: str, claims: Sequence[Candidate], pool: Pool, topic: bool = False
) -> list[str]:
    """The ``terms`` that no claim says, in its context or its article (module doc); ``topic``: the terms are the topic
    of a what-said question, said in a claim's context only, by a German article maybe in other words (at
    ``SAID_MET``)."""
    if topic:  # said where the person speaks, not elsewhere in their article (module doc)
        return unmet_nearby(terms, claims, bar=SAID_MET if language == "de" else MET)
    if not terms or not claims:
        return []
    matcher = Matcher(terms)
    articles = [pool.articles[d] for d in dict.fromkeys(c.doc_id for c in claims) if d in pool.articles]
    texts = [f"{c.title}\n{c.before}\n{c.text}" for c in claims] + [f"{a.title}\n{a.text}" for a in articles]
    said: set[str] = set()
    for text in texts:
        said |= matcher.found(text)
    missing = [w for w in terms if w not in said]
    if not missing or language == "de":
        return missing
    others = list(dict.fromkeys([w for c in claims for w in context_words(c)]))
    nouns = _with_parts(w for a in articles for w in _NOUN.findall(f"{a.title}\n{a.text}"))
    others = list(dict.fromkeys([*others, *nouns]))
    if not others:
        return missing
    best = _likeness(missing, others).max(axis=0)
    return [w for w, s in zip(missing, best, strict=True) if float(s) < MET]


def _likeness(words: Sequence[str], others: Sequence[str]) -> Vectors:
    """USE-m3 similarities of ``others`` (rows) to ``words`` (columns), embedded in one call."""
    rows = encoder().vectors([*words, *others])
    return rows[len(words) :] @ rows[: len(words)].T
