"""Speech verbs in a tagged sentence: lemma with its separated particle, companion words, the content clause
it frames (", dass …", ", die Lage sei …", ": „…“"), passive voice, and the estimate verbs that report a
figure ("bezifferte den Schaden auf 200 Millionen").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.attribution.lexicon import (
    ALL_SPEECH_VERBS,
    AMBIGUOUS_SUBORDINATORS,
    ANNOUNCING_VERBS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_PUNCT,
    ESTIMATE_VERBS,
    FIGURE_QUALIFIERS,
    FRAME_VERBS,
    JUDGING_VERBS,
    KONJ1_FORMS,
    KONJ2_FORMS,
    NEEDS_COMPANION,
    NP_START_TAGS,
    NUMBER_WORDS,
    PARTICLES,
    PASSIVE_AUXILIARIES,
    REFLEXIVE_NON_SPEECH,
    REPORT_VERBS,
    SELF_NAMING_VERBS,
    SPEECH_VERBS,
    SUBCLAUSE_TAGS,
    TIME_NOUNS,
)
from retrieval.attribution.phrases import apposition_opening
from retrieval.attribution.tokens import Tok, is_boundary_mark, is_finite, is_punct, is_quote_mark, is_verb


@dataclass(slots=True)
class VerbHit:
    """A speech verb found in a sentence: finite head, lemma, and the particle if separated."""

    head: int
    lemma: str
    last: int
    finite: int


def verb_lemma(toks: Sequence[Tok], i: int) -> tuple[str, int]:
    """Lemma of the verb at ``i`` with a separated particle re-attached, and the particle index."""
    t = toks[i]
    lemma = (t.lemma or t.low).lower()
    if t.tag == "VVFIN":
        for k in range(i + 1, min(len(toks), i + 25)):
            u = toks[k]
            if u.low in PARTICLES and (u.tag == "PTKVZ" or _clause_final_particle(toks, k)):
                return u.low + lemma, k
            if u.text == ",":
                return _particle_after_apposition(toks, i, lemma)
            if is_finite(u) and toks[k - 1].tag == "KON":
                break  # "sagte X und fügte hinzu, …": the particle is the second verb's
            if u.text in (":", ";", ".") or is_boundary_mark(u):
                break
    elif t.tag in ("VVPP", "VVINF") and i > 0 and _is_split_particle(toks[i - 1], lemma):
        return toks[i - 1].low + lemma, i - 1
    return lemma, i


def _clause_final_particle(toks: Sequence[Tok], k: int) -> bool:
    """A particle the tagger read as an adjective or adverb, in the particle's place at the end of the clause
    ("Die Staatsanwaltschaft gab heute bekannt, dass …", "hielt fest, …")."""
    return toks[k].tag in ("ADJD", "ADV") and (k + 1 == len(toks) or toks[k + 1].text in (",", ":", ".", ";"))


def _particle_after_apposition(toks: Sequence[Tok], i: int, lemma: str) -> tuple[str, int]:
    """ "…, teilte der Direktor der Behörde, Bagus Puruhito, mit.": a particle that ends the sentence after an
    apposition, with no other verb on the way."""
    last = len(toks) - 1
    while last > i and is_punct(toks[last]):
        last -= 1
    u = toks[last]
    if u.tag == "PTKVZ" and u.low in PARTICLES and not any(is_verb(v) for v in toks[i + 1 : last]):
        return u.low + lemma, last
    return lemma, i


def _is_split_particle(tok: Tok, lemma: str) -> bool:
    """A particle written apart from its participle/infinitive ("bekannt gegeben", "fest gestellt")."""
    return tok.low in PARTICLES and tok.tag in ("PTKVZ", "ADJD", "ADV") and not lemma.startswith(tok.low)


def companion_ok(toks: Sequence[Tok], i: int, lemma: str) -> bool:
    """Verbs like "ausgehen" or "sprechen" need "davon"/"von" nearby to be speech verbs; those that need a comma
    after them ("schreibt, dass …") have one before them too where they close the words they frame ("…, schreibt
    Bildungsökonom Wößmann.")."""
    need = NEEDS_COMPANION.get(lemma)
    if need is None:
        return True
    if lemma == "wissen" and toks[i].tag == "VVINF" and _lets(toks[_finite_for(toks, i)]):
        return True  # "…, ließ er den ÖVP-Chef wissen": "wissen lassen" tells someone
    if "," in need and i > 0 and toks[i - 1].text == "," and is_finite(toks[i]):
        return True
    if lemma == "sehen":  # "sieht X als Y", "hat X als Y gesehen"; "sah, als …", "sehen Y, die … als … liegen" see
        middle = _middle_field(toks, i)
        return _als_in_verb_clause(toks, i) or any(t.low == "als" and not _conjunction_als(toks, t) for t in middle)
    window = [t.low for t in toks[i + 1 : i + 8] if not _conjunction_als(toks, t)]
    window += [t.low for t in _middle_field(toks, i) if not _conjunction_als(toks, t)]
    if any(w in window for w in need):
        return True
    return "als" in need and is_finite(toks[i]) and _judging_als_later(toks, i)


#: Words before an "als" that make it a comparison, not the "als" of a judgement ("mehr als 100", "eher als").
_COMPARING = frozenset("mehr weniger eher lieber anders früher später länger kürzer sowohl".split())
#: How far a finite verb's own clause is searched for its judging "als".
_CLAUSE_REACH = 20


def _judging_als_later(toks: Sequence[Tok], i: int) -> bool:
    """A judging "als" further into a finite verb's own clause than the fixed window, after an adverbial that
    sets the occasion ("bezeichnete die Reform im Gespräch mit der Zeitung als Fehler", "bezeichnet der
    JG-Wien-Vorsitzende Marcus Gremel im Gespräch mit dem STANDARD als ein Ziel"); the search stops at the end of
    the clause and skips the "als" of a comparison ("mehr als 100 Opfer")."""
    for k in range(i + 1, min(len(toks), i + 1 + _CLAUSE_REACH)):
        t = toks[k]
        if t.text in (",", ";", ":", ".", "–", "(") or is_quote_mark(t) or is_verb(t):
            return False
        if t.low == "als":
            prev = toks[k - 1]
            return not (prev.low in _COMPARING or (prev.tag == "ADJD" and prev.low.endswith("er")))
    return False


def _conjunction_als(toks: Sequence[Tok], t: Tok) -> bool:
    """An "als" that opens a clause after a comma ("sah den Mann, als er floh"): a time, not the "als" of a
    judgement ("sieht die Aufnahme als Verpflichtung", "bezeichnete ihn als …")."""
    if t.low != "als":
        return False
    k = next((j for j, u in enumerate(toks) if u is t), 0)
    return k > 0 and toks[k - 1].text == ","


def _als_in_verb_clause(toks: Sequence[Tok], i: int) -> bool:
    """Whether a judging "als" stands in the verb's own comma segment ("sieht die Aufnahme als Verpflichtung"),
    not in a clause set off after it ("sehen die Herausforderungen, die vor uns als Gesellschaft liegen")."""
    for t in toks[i + 1 : i + 8]:
        if t.text in (",", ";", ":", ".", "–"):
            return False
        if t.low == "als":
            return True
    return False


def _middle_field(toks: Sequence[Tok], i: int) -> Sequence[Tok]:
    """Tokens between the finite auxiliary and a clause-final participle/infinitive at ``i``
    ("hat die Kammer von einem Verlust … gesprochen"); empty for a finite verb."""
    fin = _finite_for(toks, i)
    return toks[fin + 1 : i] if fin < i else ()


def _finite_for(toks: Sequence[Tok], i: int) -> int:
    """The finite verb governing a participle/infinitive at ``i`` (itself if finite)."""
    if is_finite(toks[i]):
        return i
    k, steps = i - 1, 0
    while k >= 0 and steps < 20:
        t = toks[k]
        if t.text == ")" or (t.text == "," and k > 0 and toks[k - 1].text == ")"):
            # "Christian Wulff (CDU) hat … Schimon Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt"
            opening = _opening_parenthesis(toks, k if t.text == ")" else k - 1)
            if opening is None:
                break
            k = opening - 1
            steps += 1
            continue
        if t.text == ",":
            # "hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt": an apposition
            opening = apposition_opening(toks, k)
            if opening is None:
                break
            k = opening - 1
            steps += 1
            continue
        if t.text in (":", ";"):
            break
        if is_finite(t) and (t.tag[:2] in ("VA", "VM") or _lets(t)):
            return k
        k -= 1
        steps += 1
    for k in range(i + 1, min(len(toks), i + 3)):
        if is_punct(toks[k]):  # "auch „Apogäum“ genannt) erscheint": the next clause's verb is not its finite
            break
        if is_finite(toks[k]):
            return k
    return i


#: Finite forms of "lassen", the auxiliary of one who has someone told ("ließ er wissen", "lässt ausrichten").
_LASSEN = frozenset({"lasse", "lässt", "läßt", "lassen", "lasst", "ließ", "ließen", "ließe", "liess", "liessen"})


def _lets(t: Tok) -> bool:
    """A finite "lassen" ("…, ließ er den ÖVP-Chef wissen"): with a verb of saying in the infinitive it frames words."""
    return is_finite(t) and t.low in _LASSEN


def _opening_parenthesis(toks: Sequence[Tok], close: int) -> int | None:
    """The "(" that the ")" at ``close`` closes, within a few tokens and no clause end on the way."""
    for k in range(close - 1, max(-1, close - 12), -1):
        if toks[k].text == "(":
            return k
        if toks[k].text in (".", ";", ":", ")") or is_verb(toks[k]):
            return None
    return None


def speech_verbs(
    toks: Sequence[Tok], inside: Sequence[bool], lexicon: frozenset[str] = ALL_SPEECH_VERBS
) -> list[VerbHit]:
    """Speech verbs of a sentence outside quotation marks."""
    hits: list[VerbHit] = []
    for i, t in enumerate(toks):
        if inside[i] or not t.tag.startswith("VV"):
            continue
        lemma, last = verb_lemma(toks, i)
        if lemma not in lexicon or not companion_ok(toks, i, lemma):
            continue
        finite = _finite_for(toks, i)
        if lemma in _OPINION_VERBS and (finite != i or any(t.low == "statt" for t in toks[i + 1 :])):
            continue  # "um Kampfenthusiasten zu finden, …" looks for them; "Er fand, …" says what he thinks
        if lemma in FRAME_VERBS and finite != i:
            continue  # "…, schloss Bornstein" frames words; "musste geschlossen werden" closes a building
        hit = VerbHit(i, lemma, last, finite)
        if lemma == "bestreiten" and _contests(toks, hit):
            continue
        hits.append(hit)
    return hits


#: Nouns (compound endings) of what one fights or plays: "bestritt 67 Profikämpfe", "das Finale bestreiten".
_CONTEST_NOUNS = tuple(
    "kampf kämpfe spiel spiele spielen match matches partie partien finale finals duell duelle rennen turnier "
    "turniere saison runde runden begegnung begegnungen derby derbys wettbewerb auftakt etappe qualifikation".split()
)


def _contests(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """ "bestreiten" as "to fight/play": its clause has a counted noun ("bestritt 67 Profikämpfe", "100
    Länderspiele bestritten") or a fight/match/game ("das Finale bestreiten"), not a claim it denies."""
    clause = _clause(toks, hit)
    for k, t in enumerate(clause):
        if t.tag not in ("NN", "NE"):
            continue
        if t.low.endswith(_CONTEST_NOUNS) and not t.low.endswith("beispiel"):
            return True
        if k > 0 and clause[k - 1].tag == "CARD" and clause[k - 1].text.isdigit() and t.low not in TIME_NOUNS:
            return True
    return False


#: Relative adverbs that attach a clause to the whole act ("kritisierte …, wobei …", "wurde geschätzt, womit …"),
#: unlike question words that open its content ("erklärte, wie …").
RELATIVE_ADVERBS = frozenset({"wobei", "womit", "wodurch", "woraufhin", "wogegen", "wohingegen", "weswegen"})


def content_after(toks: Sequence[Tok], hit: VerbHit) -> int | None:
    """Start of a content clause after the verb (", dass …", ", die Kooperation müsse …", ": „…“")."""
    skip = 0
    for k in range(max(hit.head, hit.last) + 1, len(toks)):
        t = toks[k]
        if k < skip:
            continue
        if t.text == ":":
            return k + 1 if k + 1 < len(toks) else None
        if t.text == ",":
            closing = _apposition_close(toks, k, hit) if skip == 0 else None
            if closing is not None:  # "So sagte etwa Dorothy Bishop, Professorin für … in Oxford, Hunts Kommentare …"
                skip = closing
                continue
            rest = toks[k + 1 :]
            if not rest:
                return None
            if rest[0].low in RELATIVE_ADVERBS:
                return None  # "…, wobei sie das Fernsehen ausnimmt": a relative clause on the act, not its content
            if rest[0].low in ("dass", "daß", "ob") or rest[0].tag in ("PWS", "PWAV", "PWAT"):
                return k + 1
            if has_reported_verb(rest) or is_quote_mark(rest[0]) or _is_content_clause(rest, hit):
                return k + 1
            return None
        if t.text in (".", ";", "!", "?"):
            return None
        if t.low in ("dass", "daß") and k == max(hit.head, hit.last) + 1:
            return k
    return None


def _apposition_close(toks: Sequence[Tok], comma: int, hit: VerbHit) -> int | None:
    """The comma that closes an apposition to a name right after the verb ("sagte etwa Dorothy Bishop, Professorin
    für Neuropsychologie an der Universität Oxford, …"): a noun first, no verb, up to 15 words, then a comma."""
    if comma == 0 or toks[comma - 1].tag != "NE" or comma <= max(hit.head, hit.last) + 1:
        return None
    if comma + 1 >= len(toks) or toks[comma + 1].tag not in ("NN", "NE", "ADJA", "ART"):
        return None
    for k in range(comma + 1, min(len(toks), comma + 17)):
        u = toks[k]
        if u.text == ",":
            return k if k > comma + 1 else None
        if is_verb(u) or u.text in (".", ";", ":", "!", "?") or is_quote_mark(u) or u.tag in SUBCLAUSE_TAGS:
            return None
    return None


#: Words that open a zu-infinitive of purpose or manner rather than of content ("um … zu", "ohne … zu").
_PURPOSE_OPENERS = frozenset({"um", "ohne", "statt", "anstatt"})


def _is_content_clause(rest: Sequence[Tok], hit: VerbHit) -> bool:
    """A zu-infinitive (", eHomes die Lizenz zu entziehen") or, after a saying verb, a main clause
    (", die USA hielten sich an …")."""
    clause: list[Tok] = []
    for t in rest[:30]:
        if t.text in (",", ".", ";", ":"):
            break
        clause.append(t)
    if not clause or clause[0].low in _PURPOSE_OPENERS:
        return False  # ", um die Gewinnmargen zu schützen": the purpose of an act, not what was said
    if any(t.tag in ("VVIZU", "PTKZU") for t in clause):
        return True
    if hit.lemma not in SPEECH_VERBS or clause[0].tag in ("KOUS", "PRELS", "PRELAT", "PWAV", "APPR", "KON"):
        return False
    return clause[0].tag in NP_START_TAGS and any(is_finite(t) for t in clause[1:])


def has_reported_verb(toks: Sequence[Tok]) -> bool:
    """Whether a clause contains a Konjunktiv (I, or II used for reported speech) finite verb."""
    return any(is_konj(t) for t in toks[:40])


def is_konj(t: Tok) -> bool:
    low = t.low
    if low in KONJ1_FORMS or low in KONJ2_FORMS:
        return is_verb(t) or t.tag == "XY"
    if t.tag == "VVFIN" and low.endswith("en") and _umlaut_added(low, (t.lemma or "").lower()):
        return True  # Konjunktiv II of a strong verb in the plural: "brächten", "befänden", "lägen" (the past has none)
    if t.tag != "VVFIN" or not low.endswith("e") or len(low) <= 3:
        return False
    # "-te" is mostly the past ("sagte"), but the stem itself where the stem ends in t ("rate", "halte", "biete")
    return not low.endswith("te") or low == (t.lemma or "").lower()[:-1]


def _umlaut_added(form: str, lemma: str) -> bool:
    """Whether a verb form has more umlauts than its lemma ("kämen" of "kommen"; not "wählten" of "wählen")."""
    return sum(form.count(u) for u in "äöü") > sum(lemma.count(u) for u in "äöü")


#: Present forms of the auxiliaries and modals (a past form is "war", "hatte", "wurde", "konnte", …).
_PRESENT_AUXILIARIES = frozenset(
    "ist sind hat haben wird werden kann können soll sollen muss müssen darf dürfen will wollen".split()
)


def present_or_konj(tok: Tok) -> bool:
    """Whether a finite verb is in the present tense or in Konjunktiv ("verzeichnet", "bestimmen", "hätte"), not
    in the past ("brach", "wurde", "nahm auf")."""
    if is_konj(tok) or tok.low in _PRESENT_AUXILIARIES:
        return True
    if tok.tag != "VVFIN":
        return False
    lemma = (tok.lemma or "").lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return bool(stem) and tok.low.startswith(stem) and (stem.endswith("t") or not tok.low.endswith(("te", "ten")))


def content_before(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """Whether the verb follows its content: "…, sagte X." / "„…“, so X" (verb first after a comma)."""
    h = min(hit.finite, hit.head)
    if h < 2 or not is_finite(toks[h]) or not (toks[h - 1].text == "," or is_quote_mark(toks[h - 1])):
        return False
    before = toks[: h - 1]
    return _has_main_clause(before) or any(is_quote_mark(t) for t in before)


def _opens_subclause(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Whether the segment ``i..end`` is a verb-final clause ("weil …", "das …", "wie …", "in dem …",
    "Als er ankam" with "als" tagged as a preposition)."""
    t = toks[i]
    if t.tag in SUBCLAUSE_TAGS or t.low == "wie":
        return True
    if t.low in AMBIGUOUS_SUBORDINATORS and end - 1 > i and is_finite(toks[end - 1]):
        return True
    return t.tag in ("APPR", "APPRART") and i + 1 < len(toks) and toks[i + 1].tag in ("PRELS", "PWS")


def _has_main_clause(toks: Sequence[Tok]) -> bool:
    """Whether ``toks`` hold a main clause: a comma-delimited segment with a finite verb that is not a
    subordinate or relative clause ("Ablenkung ist jenes Risiko, das … unterschätzt wird")."""
    seg = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].text not in CLAUSE_PUNCT:
            continue
        if seg < k and not _opens_subclause(toks, seg, k) and any(is_finite(t) for t in toks[seg:k]):
            return True
        seg = k + 1
    return False


def is_passive(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """ "wurde bestätigt", "wird vorgeworfen", "war … bezeichnet worden": the subject is not the speaker."""
    if hit.finite == hit.head or toks[hit.head].tag != "VVPP":
        return False
    after = toks[hit.head + 1] if hit.head + 1 < len(toks) else None
    return toks[hit.finite].lemma == "werden" or (after is not None and after.low in PASSIVE_AUXILIARIES)


def stop_words(hit: VerbHit) -> frozenset[str]:
    """Words that end a speaker phrase for this verb ("sprach der Minister von …")."""
    return frozenset(w for w in NEEDS_COMPANION.get(hit.lemma, ()) if w.isalpha())


def demonstrative_vorfeld(toks: Sequence[Tok], v: int) -> bool:
    """ "Das berichtete die Zeitung." refers back to an earlier sentence: not a quote of its own."""
    return v > 0 and toks[0].low in ("das", "dies", "dieses", "damit") and toks[0].tag != "ART" and v <= 2


def reports_act(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """A report verb, or an estimate verb whose object is a figure ("schätzte die Schäden auf …"); not one
    that reports no content (:func:`_says_nothing`)."""
    if _says_nothing(toks, hit) or (hit.lemma in _OPINION_VERBS and not _predicative(toks, hit)):
        return False
    if hit.lemma == "halten" and not _held_for(toks, hit):
        return False
    if hit.lemma in JUDGING_VERBS and hit.lemma not in REPORT_VERBS:
        return _judged_as(toks, hit)
    return hit.lemma in REPORT_VERBS or (hit.lemma in ESTIMATE_VERBS and _has_figure(toks, hit))


def _judged_as(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """A judging "als" in the verb's own clause, after the finite verb ("kritisierte den Besuch als Wahlkampf", "wurde
    von der Opposition als Wahlkampf kritisiert"); not the "als" of a comparison ("mehr als …") or of a clause after
    a comma ("…, als der Bus ankam")."""
    return _judging_als_later(toks, hit.finite)


#: Verbs of opinion that report a view only with a predicative adjective ("Deplatziert findet X den Jubel", "X fand
#: die Entscheidung richtig"); without one they tell a finding ("Die Polizei fand eine Leiche").
_OPINION_VERBS = frozenset({"finden"})


def _predicative(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """Whether the verb's clause has a predicative adjective (an ADJD, not a bare adverb of degree) and no
    separable particle ("Demonstrationen finden täglich statt")."""
    clause = _clause(toks, hit)
    if any(t.tag == "PTKVZ" or t.low == "statt" for t in clause):
        return False
    body = [t for t in clause if not (t.tag.startswith("$") or t.text in ".!?")]
    # the judgement stands first ("Deplatziert findet X …") or last ("X findet den Jubel deplatziert")
    ends = [body[0], body[-1]] if body else []
    return any(t.tag == "ADJD" and t.low not in _DEGREE_WORDS for t in ends)


def _held_for(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """ "X hält das für falsch", "Die Entscheidung hält sie für richtig": "für" a few words after the verb with no
    other phrase between ("hält Einzug auf Windows 10 für Smartphones" judges nothing)."""
    for k in range(hit.finite + 1, min(len(toks), hit.finite + 6)):
        if toks[k].low == "für":
            return True
        if toks[k].tag in ("APPR", "APPRART") or toks[k].text in (",", ".", ";", ":"):
            return False
    return False


#: Adjectives HanTa tags ADJD that qualify the act, not the thing judged ("fand schnell eine Lösung").
_DEGREE_WORDS = frozenset({"schnell", "rasch", "bald", "sofort", "schließlich", "endlich", "gerade", "erst", "wieder"})


def _says_nothing(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """An act of speaking that tells nothing said: negated ("äußerte er sich nicht"), a thing's name ("nennt
    sich „documenta 12“", "bezeichnet sich als Projekt"), or a statement only announced ("äußerte sich zu dem
    Vorfall", "Ebenso äußerte sich X", "hat sich zu Wort gemeldet"; but "äußerte sich besorgt über …")."""
    clause = _clause(toks, hit)
    # "nicht" negates the act, not an attribute ("begründete dies mit den nicht ausreichenden Kapazitäten")
    if any(t.low == "nicht" and (k + 1 == len(clause) or clause[k + 1].tag != "ADJA") for k, t in enumerate(clause)):
        return True
    words = {t.low for t in clause}
    reflexive = "sich" in words
    if reflexive and (hit.lemma in SELF_NAMING_VERBS or hit.lemma in REFLEXIVE_NON_SPEECH):
        return True
    return reflexive and hit.lemma in ANNOUNCING_VERBS and not any(w in words for w in ANNOUNCING_VERBS[hit.lemma])


def _clause(toks: Sequence[Tok], hit: VerbHit) -> Sequence[Tok]:
    """The verb's clause: from the clause punctuation or coordinating conjunction before its finite verb to the
    one after its last part ("bestätigte die Aussage nicht | und nannte sie …")."""

    def bound(t: Tok) -> bool:
        return t.text in CLAUSE_PUNCT or (t.tag == "KON" and t.low in CLAUSE_CONJUNCTIONS)

    lo = min(hit.finite, hit.head)
    while lo > 0 and not bound(toks[lo - 1]):
        lo -= 1
    hi = max(hit.finite, hit.head, hit.last)
    while hi < len(toks) and not bound(toks[hi]):
        hi += 1
    return toks[lo:hi]


def _is_number(tok: Tok) -> bool:
    return tok.tag == "CARD" or any(ch.isdigit() for ch in tok.text) or tok.low in NUMBER_WORDS


def _has_figure(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """Whether the estimate verb's clause holds its figure: "auf (bis zu) 125 Millionen", or for a bare
    object ("zählte 300 Tote") a number in a past-tense clause ("zählt 50.000 Einwohner" is a state)."""
    lo = min(hit.finite, hit.head) + 1
    hi = lo
    while hi < len(toks) and toks[hi].text not in CLAUSE_PUNCT and toks[hi].text not in ".!?":
        hi += 1
    for intro in ESTIMATE_VERBS[hit.lemma]:
        if not intro:
            past = hit.finite != hit.head or toks[hit.finite].low.endswith(("te", "ten", "tet"))
            if past and any(_is_number(t) for t in toks[lo:hi]):
                return True
            continue
        for k in range(lo, hi):
            if toks[k].low != intro:
                continue
            j = k + 1
            while j < hi and toks[j].low in FIGURE_QUALIFIERS:
                j += 1
            if j < hi and _is_number(toks[j]):
                return True
    return False


def cue_as_written(toks: Sequence[Tok], hit: VerbHit) -> str:
    """Cue as written: "teilte mit", "hat angekündigt", "geht davon aus", "sprach von"; a companion in
    the middle field of a compound tense goes last ("hat gesprochen von")."""
    idx = {hit.finite, hit.head, hit.last}
    comp = NEEDS_COMPANION.get(hit.lemma, ())
    reach = hit.head + 1 + (_CLAUSE_REACH if "als" in comp and is_finite(toks[hit.head]) else 7)
    for k in range(hit.head + 1, min(len(toks), reach)):
        if toks[k].low in comp and toks[k].low.isalpha():
            idx.add(k)
            break
    words = [toks[k].text for k in sorted(idx)]
    before = [t.text for t in _middle_field(toks, hit.head) if t.low in comp and t.low.isalpha()]
    return " ".join(words + before[-1:])
