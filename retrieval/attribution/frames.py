"""Sentence-level analyses, tried in order on one tagged sentence: a speech verb with its content clause,
"…, so X", "wie X berichtete", according-to phrases ("laut X", "X zufolge", "nach Angaben von X"),
hearsay ("hieß es") and reported acts ("X sprach von …").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.attribution.candidates import Cand, candidate
from retrieval.attribution.lexicon import (
    ADVERB_CUES,
    ALL_SPEECH_VERBS,
    AMBIGUOUS_SUBORDINATORS,
    BERUFUNG_CUE,
    CONTENT_NOUN_SUFFIXES,
    FINDING_NOUN_SUFFIXES,
    FOCUS_WORDS,
    FRAME_VERBS,
    HEARSAY_MODALS,
    HEARSAY_PHRASES,
    INFO_NOUN_SUFFIXES,
    KONJ1_FORMS,
    KONJ2_FORMS,
    NOUN_TAGS,
    NP_START_TAGS,
    OBLIQUE_ARTICLES,
    PASSIVE_AUXILIARIES,
    PREP_CUES_AFTER,
    PREP_CUES_BEFORE,
    REPORTING_LEXICON,
    SELF_NAMING_VERBS,
    SOURCE_NOUN_SUFFIXES,
    SPEECH_VERBS,
    STATAL_AUXILIARIES,
)
from retrieval.attribution.phrases import (
    auxiliary_before,
    before_addressee,
    first_nominative,
    in_relative_clause,
    in_subordinate_clause,
    np_backward,
    np_forward,
    np_start,
    passive_agent,
    speaker_of_verb,
    subject_after,
)
from retrieval.attribution.tokens import (
    Sent,
    Tok,
    char_span,
    is_finite,
    is_punct,
    is_quote_mark,
    is_verb,
    match_seq,
    quote_depth,
)
from retrieval.attribution.verbs import (
    VerbHit,
    companion_ok,
    content_after,
    content_before,
    cue_as_written,
    demonstrative_vorfeld,
    has_reported_verb,
    is_konj,
    is_passive,
    present_or_konj,
    reports_act,
    speech_verbs,
    stop_words,
)
from retrieval.nlp import analyze


def _verb_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """A speech verb with its content clause and speaker."""
    n = len(toks)
    hits = speech_verbs(toks, inside)
    for k, hit in enumerate(hits):
        if hit.lemma in FRAME_VERBS and any(content_after(toks, h) is not None for h in hits[k + 1 :]):
            continue  # "…, freut sich der Physiker und meint damit, dass …": the clause he goes on to say is longer
        cue_rng = (min(hit.finite, hit.head), max(hit.head, hit.last) + 1)
        cue_text = cue_as_written(toks, hit)
        start = None if hit.lemma in FRAME_VERBS else content_after(toks, hit)
        if start is not None and hit.lemma == "finden" and not _opinion_clause(toks, hit, start):
            continue  # "fand eine Anstellung als Sekretärin, …": a finding, not a view
        if start is not None and _negated(toks, hit, start):
            continue  # "Ein Sprecher wollte nicht bestätigen, dass …": no one said it
        if start is not None:
            aux = auxiliary_before(toks, hit.head) if hit.lemma == "zitieren" else None
            if aux is not None and toks[aux].low in PASSIVE_AUXILIARIES:  # "X wird von Reuters … zitiert, …"
                spk = speaker_of_verb(toks, aux, stop_words(hit))
            elif is_passive(toks, hit):
                spk = passive_agent(toks, hit.finite, hit.head)
                if spk is None:  # "In einer Presseerklärung wurde verkündet, dass …"
                    spk = fronted_source(toks, min(hit.finite, hit.head), _has_info_noun) or _document_in_clause(
                        toks, max(hit.finite, hit.head)
                    )
            else:
                # "Aus EU-Kreisen verlautete, …": with no subject, the place the words come from
                spk = speaker_of_verb(toks, hit.finite, stop_words(hit)) or fronted_source(toks, hit.finite)
                if spk is not None and _number_clash(toks, spk, hit.finite):
                    continue  # "Hasan E. drohen … Jahre Haft": a name with a plural verb is its object, not its subject
            spk = _zitieren_object(toks, hit, spk)
            later = hits[k + 1 :]
            if spk is None and any(_closing_frame(toks, h) or _named_after_words(toks, h) for h in later):
                continue  # "Sollten sie ablehnen, werde …, sagte Weber": a frame after the words names who said them
            if spk is not None and any(content_before(toks, h) for h in later) and _first(toks, spk):
                continue  # "Wir können sagen, dass …, sagte Antikenminister Damati": the frame after the words
            return candidate(toks, (start, n), "indirect", spk, cue_rng, cue_text)
        if content_before(toks, hit) or _closing_frame(toks, hit):
            h = min(hit.finite, hit.head)
            spk = subject_after(toks, h, n, stop_words(hit))
            if spk is None or (hit.lemma == "finden" and not _a_person(toks[spk[0] : spk[1]])):
                continue  # "…, fand eine Anstellung als Sekretärin": nobody's view
            return candidate(toks, (0, h - 1), "indirect", spk, cue_rng, cue_text)
        spk = _interposed_speaker(toks, hit)
        if spk is not None:  # "Aber wenn die Leute ihn sehen, sagt Dedovic, springen sie auf."
            return candidate(toks, (0, n), "indirect", spk, cue_rng, cue_text)
        spk = _fronted_dass_speaker(toks, hit)
        if spk is not None:  # "Dass die Reform noch kommt, glaubt Müller nicht."
            return candidate(toks, (0, min(hit.finite, hit.head) - 1), "indirect", spk, cue_rng, cue_text)
    return None


#: What may open the noun phrase of an adverbial or an addressee after a closing frame ("am Samstag in München",
#: "dem isländischen Fernsehen", "zum STANDARD").
_GOVERNED_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "NNA", "CARD", "PPOSAT", "PDAT", "PIAT", "FM", "TRUNC", "KON"})


def _closing_frame(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """A verb of saying that closes the sentence after a comma with someone as its subject and nothing but adverbials
    or an addressee after it ("…, sagte Weber am Samstag in München.", "…, betonte der Experte dem Fernsehen."): the
    words before it are its content even when no main clause is found there (a fragment "Und zwar immer", "Wobei mehr
    getan werden sollte", or a verb the tagger misread, "Eine Durchmischung erhöht die Chancen"). Not after a clause
    that opens on a subordinator ("Als er ankam, sagte X nichts"), nor with an object after the subject ("erklärte X
    seinen Rücktritt"), nor with a thing after the verb ("Der Chef, X, bezeichnete die Taten als …": the subject stands
    before the comma, the noun after the verb is its object)."""
    h = min(hit.finite, hit.head)
    if hit.lemma not in SPEECH_VERBS or hit.finite != hit.head or h < 2 or toks[h - 1].text != ",":
        return False
    # the words open after a label ("STANDARD: Dass …"); a free relative ("Was davor geschah, erzählt X") is the
    # verb's object
    opening = next((k + 1 for k in range(h - 2, -1, -1) if toks[k].text in (":", ";")), 0)
    first = toks[opening]
    if first.tag in ("KOUS", "KOUI") or first.low in AMBIGUOUS_SUBORDINATORS | {"wie", "als", "ob"}:
        return False
    if first.tag == "PWS" and toks[h - 2].text != "?":  # "Wer war das?, fragt X" asks
        return False
    if not is_finite(toks[h]) or any(is_verb(t) for t in toks[h + 1 :]):
        return False
    spk = subject_after(toks, h, len(toks), stop_words(hit))
    if spk is None or spk[0] != h + 1 or not _someone_after(toks[spk[0] : spk[1]]):
        return False
    governed = False
    for k in range(spk[1], len(toks)):
        t = toks[k]
        if t.text in (".", "!", "?") and k == len(toks) - 1:
            return True
        if t.tag in ("APPR", "APPRART") or (t.tag == "ART" and t.low in ("dem", "der")):
            governed = True
        elif t.tag not in ("ADV", "ADJD") and not (governed and t.tag in _GOVERNED_TAGS):
            return False
    return True


def _named_after_words(toks: Sequence[Tok], hit: VerbHit) -> bool:
    """A simple verb after the words it closes with someone named right after it ("…, sagte Wibisono und fügte
    hinzu, …"), whatever follows."""
    h = min(hit.finite, hit.head)
    if hit.finite != hit.head or not content_before(toks, hit):
        return False
    spk = subject_after(toks, h, len(toks), stop_words(hit))
    return spk is not None and spk[0] == h + 1 and _someone_after(toks[spk[0] : spk[1]])


def _someone_after(np: Sequence[Tok]) -> bool:
    """Someone who may close words as their speaker (:func:`_names_someone`), but not one common noun in a plural or
    case form of its lemma ("…, drohen Haftstrafen", "…, fordert Umschichtungen"); a surname the tagger reads as a noun
    stands as written or loses at most an "r" to the lemmatiser ("Sandrieser")."""
    if len(np) == 1 and np[0].tag != "NE":
        lemma = analyze(np[0].text, "de")[0]
        if lemma != np[0].text and np[0].text.startswith(lemma) and np[0].text[len(lemma) :] in _NOUN_ENDINGS:
            return False
    return _names_someone(np)


#: Endings a plural or a case adds to a noun's lemma ("Strafe-n", "Umschichtung-en", "Kind-er", "Staat-es").
_NOUN_ENDINGS = frozenset({"n", "en", "e", "s", "es", "er", "ern", "nen"})


_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
MAX_NAME_WORDS = 3


def _number_clash(toks: Sequence[Tok], spk: tuple[int, int], verb: int) -> bool:
    """Is the speaker one person's full name ("Hasan E.") and the finite verb a plural ("drohen"): the name is then
    a dative or accusative ("Hasan E. drohen bis zu 30 Jahre Haft", "Anna Müller erwarten zwei Jahre Haft"), the one
    the figure is about, not who says it? A single word tagged as a name may be a plural noun ("Fischer sagten, …").
    So too a noun phrase after the plural verb that opens on a singular article ("Und stellen eine Diskrepanz …
    fest: …"): it is the verb's object, its subject left out as the sentence before's."""
    np = toks[spk[0] : spk[1]]
    one_name = 2 <= len(np) <= MAX_NAME_WORDS and all(t.tag == "NE" for t in np)
    plural_verb = toks[verb].tag in _FINITE_TAGS and toks[verb].low.endswith("en")
    singular = (
        spk[0] > verb
        and np[0].low in _SINGULAR_ARTICLES
        and not (spk[1] < len(toks) and toks[spk[1]].low in ("und", "sowie", "oder"))
        and not any(t.low in ("und", "sowie", "oder") for t in np)
    )
    return (one_name or singular) and plural_verb


# Articles that open a singular noun phrase in the nominative ("ein Sprecher", "das Ministerium"); "die" and "der"
# may open a plural or another case.
_SINGULAR_ARTICLES = frozenset({"ein", "eine", "das"})


def _fronted_dass_speaker(toks: Sequence[Tok], hit: VerbHit) -> tuple[int, int] | None:
    """The person whose words a fronted dass-clause is ("Dass die Reform kommt, glaubt der Minister nicht.",
    "Dass es so kommt, hat er erwartet."): the verb of saying or believing follows the clause's comma and its
    subject names a person (not a pronoun, which the article may have used for a body before); anything else
    after the verb ("enthüllte vergangenes Jahr die Initiative") is not taken for a speaker."""
    h = min(hit.finite, hit.head)
    if hit.lemma in FRAME_VERBS or h < 3 or toks[0].low != "dass" or toks[h - 1].text != ",":
        return None
    if not is_finite(toks[h]) or any(is_quote_mark(t) for t in toks[:h]):
        return None
    spk = subject_after(toks, h, len(toks), stop_words(hit))
    if spk is None or spk[0] != h + 1 + (toks[h + 1].low == "auch"):
        return None
    if any(t.text == "," for t in toks[spk[1] :]):
        return None  # "Dass …, bestätigt diese Vorreiter-Rolle, meinte X": a frame after it is the speaker's
    np = toks[spk[0] : spk[1]]
    # a pronoun's person is worked out later from sentences before, and a dass-clause often follows another
    # speaker's (or a body's) words: only a name or a role holds the view here
    return spk if np[0].tag != "PPER" and _a_person(np) else None


def _interposed_speaker(toks: Sequence[Tok], hit: VerbHit) -> tuple[int, int] | None:
    """The speaker of a frame set in commas inside the words, the sentence going on with its finite verb after it
    ("Wenn es regnet, sagt der Trainer, spielen wir nicht.", "Das Problem, sagt X, ist die Politik."): the words
    before the frame are no main clause, so the frame does not close them, and the clause after it completes them."""
    h = min(hit.finite, hit.head)
    if hit.lemma in FRAME_VERBS or hit.lemma == "finden" or hit.finite != hit.head or h < 2:
        return None
    if toks[h - 1].text != "," or not is_finite(toks[h]) or any(is_quote_mark(t) for t in toks[: h - 1]):
        return None
    if toks[0].low == "dass":  # "Dass …, bestätigt diese Rolle, meinte X": the verb after the clause is its own
        return None
    spk = subject_after(toks, h, len(toks), stop_words(hit))
    if spk is None:
        return None
    k = spk[1]
    if k + 1 < len(toks) and (toks[k + 1].lemma or toks[k + 1].low).lower() in ALL_SPEECH_VERBS:
        return None  # "…, sagt X, meinte Y": a second frame, not the words going on
    if k + 1 >= len(toks) or toks[k].text != "," or not (is_finite(toks[k + 1]) or toks[k + 1].tag == "VVINF"):
        return None
    return spk


def _first(toks: Sequence[Tok], spk: tuple[int, int]) -> bool:
    """Whether a speaker (token range) is a pronoun of the first person or "man"."""
    return _speaks_in_first_person(toks, char_span(toks, *spk))


def _opinion_clause(toks: Sequence[Tok], hit: VerbHit, start: int) -> bool:
    """ "Er fand, Federer habe …", "Kritiker finden, dass …": "finden" says a view only with its clause right after
    it (at most its subject between) and with someone who holds it."""
    between = toks[hit.finite + 1 : start - 1]
    if len(between) > 3 or any(t.tag == "NN" for t in between) or in_subordinate_clause(toks, hit.finite):
        return False  # "dass dieses eine Person findet, „die …“": found, in a clause of its own
    return speaker_of_verb(toks, hit.finite) is not None


def _negated(toks: Sequence[Tok], hit: VerbHit, start: int) -> bool:
    """Whether "nicht" negates the speech verb: in the middle field after its finite verb, before its content
    ("wollte nicht bestätigen, dass", "haben den Verdacht nicht bestätigt, dass"); "sagte, dass er nicht …" negates
    the content, "sozusagen nicht als offiziellem Teil erklärte er, dass …" only a phrase before the verb."""
    mid = toks[min(hit.finite, hit.head) + 1 : start - 1]
    return any(t.low == "nicht" and (k + 1 == len(mid) or mid[k + 1].tag != "ADJA") for k, t in enumerate(mid))


def _noun_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """A noun of saying with its content clause: "Cutler vertritt die Ansicht, Clarkson habe sich selbst
    getötet", "Die BVG begegnet der Kritik mit dem Argument, die Züge seien …", "…, die der Überzeugung waren,
    dass …"; the speaker is the subject of the verb the noun depends on."""
    n = len(toks)
    for k in range(2, n - 2):
        noun = toks[k - 1]
        if inside[k] or toks[k].text != "," or noun.tag != "NN" or not noun.low.endswith(CONTENT_NOUN_SUFFIXES):
            continue
        rest = toks[k + 1 :]
        if not (rest[0].low in ("dass", "daß") or (rest[0].tag in NP_START_TAGS and has_reported_verb(rest))):
            continue
        fin = next((j for j in range(k - 2, -1, -1) if is_finite(toks[j]) or toks[j].text in (",", ":", ";")), None)
        if fin is None or not is_finite(toks[fin]):
            continue
        spk = speaker_of_verb(toks, fin)
        if spk is None or spk[0] <= k - 1 < spk[1]:
            continue
        return candidate(toks, (k + 1, n), "indirect", spk, (fin, fin + 1), f"{toks[fin].text} {noun.text}")
    return None


def _document_in_clause(toks: Sequence[Tok], v: int) -> tuple[int, int] | None:
    """The document a passive speech verb speaks from when no one is named ("So wird in einer Pressemitteilung der
    Organisation gefordert, dass …"): the noun phrase of an "in" phrase before the verb, headed by a noun of
    information, in the same clause."""
    k = v - 1
    while k > 0 and toks[k - 1].text not in (",", ";", ":"):
        k -= 1
    for j in range(k, v):
        if toks[j].low in ("in", "im") and j + 1 < v:
            end = np_forward(toks, j + 1, v)
            if end > j + 1 and _has_info_noun(toks[j + 1 : end]):
                return (j + 1, end)
    return None


def _zitieren_object(toks: Sequence[Tok], hit: VerbHit, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Die Agentur zitiert X mit den Worten": the cited person, not the citing medium, is the speaker."""
    if hit.lemma != "zitieren" or is_passive(toks, hit) or spk is None or spk[0] > hit.head:
        return spk
    obj = first_nominative(toks, hit.head + 1, len(toks), frozenset({"mit"}))
    return obj if obj is not None else spk


def _reported_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """A communicative act without a content clause: the whole sentence ("X sprach von …")."""
    for hit in speech_verbs(toks, inside, REPORTING_LEXICON):
        if not reports_act(toks, hit) or demonstrative_vorfeld(toks, hit.finite):
            continue
        passive = is_passive(toks, hit)
        if toks[hit.finite].low in STATAL_AUXILIARIES and hit.finite != hit.head and not passive:
            continue
        if in_subordinate_clause(toks, hit.finite) or _must_or_can(toks[hit.finite]):
            continue
        # "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet": the agent is the source
        spk = (
            passive_agent(toks, hit.finite, hit.head) if passive else speaker_of_verb(toks, hit.finite, stop_words(hit))
        )
        if hit.lemma in ("halten", "finden") and is_konj(toks[hit.finite]):
            continue  # "Er halte X für vertretbar und bezeichnete Y als …": reported itself; the next verb frames
        spk = _person_before(toks, hit, _opinion_holder(toks, hit, spk))
        if spk is None or (toks[spk[0]].low in ("es", "das", "dies") and toks[spk[0]].tag != "ART"):
            continue
        if hit.lemma in ("halten", "finden") and toks[spk[0]].low == "man":
            continue  # "hielt man für einen Saurier": what was thought, no one's view
        cue_rng = (min(hit.finite, hit.head), max(hit.head, hit.last) + 1)
        c = candidate(toks, (0, len(toks)), "reported", spk, cue_rng, cue_as_written(toks, hit))
        if c is not None:
            c.q = (c.q[0], toks[-1].end if toks[-1].text in ".!?" else c.q[1])
        return c
    return None


def _opinion_holder(toks: Sequence[Tok], hit: VerbHit, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Die Entscheidung hält sie für richtig": before a verb of opinion, a thing is what is judged, and the pronoun
    right after the verb holds the view (a person before it holds it: "Die Direktorin etwa hält sie für …")."""
    f = hit.finite
    if hit.lemma not in ("halten", "finden") or spk is None or spk[0] > f or f + 1 >= len(toks):
        return spk
    after = toks[f + 1]
    if after.tag == "PPER" and after.low in ("er", "sie") and not _a_person(toks[spk[0] : spk[1]]):
        return (f + 1, f + 2)
    return spk


def _person_before(toks: Sequence[Tok], hit: VerbHit, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Die Direktorin des Museums, Friederike Seyfried, etwa hält sie für reine Spekulation": before a verb of
    opinion, a person is the one who holds the view, and the pronoun after the verb what is judged."""
    f = hit.finite
    if hit.lemma not in ("halten", "finden") or spk != (f + 1, f + 2) or toks[f + 1].tag != "PPER" or f < 1:
        return spk
    end = np_forward(toks, 0, f)
    return (0, end) if end > 0 and toks[0].tag in ("ART", "NE", "NN") and _a_person(toks[:end]) else spk


#: Modals of necessity and possibility: what one must or can do is no act of speech ("Strauss-Kahn müsse mit
#: einer Gefängnisstrafe rechnen", "kann nicht fordern").
_MUST_OR_CAN = frozenset({"müssen", "können", "dürfen"})


def _must_or_can(tok: Tok) -> bool:
    return tok.tag == "VMFIN" and (tok.lemma or "").lower() in _MUST_OR_CAN


def _according_to(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """ "laut X", "X zufolge", "nach Angaben von X", "gemäß X", "unter Berufung auf X", "demnach", "Geht es nach X,"."""
    n = len(toks)
    if (wish := _as_x_would_have_it(toks, inside)) is not None:
        return wish
    for i, t in enumerate(toks):
        if inside[i]:
            continue
        low = t.low
        if (
            low in ("laut", "nach", "gemäß")
            and 1 < i < n - 2
            and toks[i + 1].tag == "PRELS"
            and _source_before(toks, i - 1)
        ):
            # "Gerüchte, nach denen Barrett an Krebs litt", "ein Gutachten, laut dem …": the relative pronoun speaks
            return candidate(toks, (i + 2, n), "according_to", (i + 1, i + 2), (i, i + 1))
        if low in PREP_CUES_AFTER and i > 0 and toks[i - 1].tag == "ART":
            continue  # "Bei der laut Statut vorgesehenen Abstimmung": it qualifies a noun, not what the sentence says
        if low in PREP_CUES_AFTER and i + 1 < n and np_start(toks[i + 1]):
            end = np_forward(toks, i + 1, n)
            if end > i + 1:
                return _prep_cand(toks, i, (i + 1, end), (i, i + 1))
        elif low in PREP_CUES_BEFORE and i > 0:
            beg = np_backward(toks, i, 0)
            if beg < i:
                return _prep_cand(toks, beg, (beg, i), (i, i + 1))
        elif (
            low == "nach"
            and i > 0
            and (t.tag == "APPO" or i + 1 == n or not np_start(toks[i + 1]))
            and _postposed_nach(toks, i)
        ):
            beg = np_backward(toks, i, 0)
            return _prep_cand(toks, beg, (beg, i), (i, i + 1))
        elif low == "nach" and i + 1 < n:
            end = np_forward(toks, i + 1, n)
            if end > i + 1 and (_has_info_noun(toks[i + 1 : end]) or _document_opening(toks, i, end)):
                return _prep_cand(toks, i, (i + 1, end), (i, i + 1))
        elif match_seq(toks, i, BERUFUNG_CUE) and i + 3 < n:
            end = np_forward(toks, i + 3, n)
            if end > i + 3:
                # "beschrieb die Nachrichtenagentur unter Berufung auf Erklärungen des Vorsitzenden …": the one who
                # cites speaks (a report chain is kept by its first link)
                citing = _citing_subject(toks, i)
                after = _citing_subject_after(toks, i, end) if citing is None else None
                if after is not None:  # the quote keeps its words from the verb on, as with "X" before
                    return candidate(toks, (end, n), "according_to", after, (i, i + 3))
                return _prep_cand(toks, i, citing or (i + 3, end), (i, i + 3))
        elif low in ADVERB_CUES:
            spk = (i, i + 1)
            if low == "wonach" and i > 1 and toks[i - 1].text == ",":
                # "Ein Bericht der Agentur Interfax, wonach …": the noun phrase it relates to is the source
                beg = np_backward(toks, i - 1, 0)
                if beg < i - 1 and toks[beg].low in OBLIQUE_ARTICLES:
                    continue  # "Den Vorwurf der Klientelpolitik, wonach …, will Leitl nicht stehen lassen": an object
                spk = (beg, i - 1) if beg < i - 1 else spk
                framed = _fronted_object_frame(toks, beg, i) if beg == 0 else None
                if framed is not None:
                    return framed
            return candidate(toks, (i + 1, n), "according_to", spk, (i, i + 1))
    return None


def _fronted_object_frame(toks: Sequence[Tok], beg: int, i: int) -> Cand | None:
    """ "Seine Aussage, wonach Rapid vom Titel so weit entfernt ist …, relativierte Barisic.": the statement is the
    fronted object of a verb of saying at the end, whose subject after it is the speaker."""
    n = len(toks)
    for k in range(n - 2, i, -1):
        if toks[k].text != ",":
            continue
        v = k + 1
        if toks[v].tag != "VVFIN" or (toks[v].lemma or toks[v].low).lower() not in ALL_SPEECH_VERBS:
            return None
        after = subject_after(toks, v, n)
        if after is None or after[0] != v + 1 or any(not is_punct(t) for t in toks[after[1] :]):
            return None
        if not (toks[after[0]].tag == "NE" or toks[after[0]].low == "der"):
            return None
        return candidate(toks, (i + 1, k), "indirect", after, (v, v + 1))
    return None


#: Nouns that follow "nach" bare in idioms, naming no one ("Wenn es nach Plan geht", "nach Wunsch").
_BARE_NACH_IDIOMS = frozenset({"plan", "wunsch", "belieben", "maß", "hause", "bedarf", "recht", "gesetz"})


def _as_x_would_have_it(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """ "Geht es nach Bunge, heißt es warten", "Wenn es nach der Ministerin geht, …": the view of the one named
    frames the sentence after the opening clause."""
    n = len(toks)
    if n < 6 or inside[0] or toks[1].low != "es" or toks[2].low != "nach" or toks[0].low not in ("geht", "wenn"):
        return None
    end = np_forward(toks, 3, n)
    if end <= 3 or not _names_someone(toks[3:end]):
        return None
    comma = end + 1 if toks[0].low == "wenn" and end < n and toks[end].low == "geht" else end
    if comma >= n - 1 or toks[comma].text != ",":
        return None
    return candidate(toks, (comma + 1, n), "according_to", (3, end), (0, 3))


def _names_someone(np: Sequence[Tok]) -> bool:
    """A name, a noun of a person or body that speaks as its head ("der Ministerin", "der Gewerkschaft"), or a
    capitalised word alone, as a surname stands ("nach Bunge"), but not an idiom's noun ("nach Plan")."""
    head = next((u for u in np if u.tag in NOUN_TAGS), None)
    if any(u.tag == "NE" for u in np) or (head is not None and head.low.endswith(SOURCE_NOUN_SUFFIXES)):
        return True
    return len(np) == 1 and np[0].text[:1].isupper() and np[0].low not in _BARE_NACH_IDIOMS


def _citing_subject(toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """The subject of the main-clause verb before "unter Berufung auf" at ``i``, if one names a source."""
    for k in range(i - 1, -1, -1):
        t = toks[k]
        if t.text in (",", ";", ":") or is_quote_mark(t):
            return None
        if is_finite(t) and t.tag.startswith("VV") and not in_subordinate_clause(toks, k):
            spk = speaker_of_verb(toks, k)
            return spk if spk is not None and spk[1] <= i and toks[spk[0]].low not in ("es", "das", "dies") else None
    return None


def _citing_subject_after(toks: Sequence[Tok], i: int, end: int) -> tuple[int, int] | None:
    """ "Unter Berufung auf staatliche Organe teilte die WHO mit, …": a phrase that opens the sentence; the subject
    after the main-clause verb that follows it."""
    if i != 0:
        return None
    for k in range(end, len(toks)):
        t = toks[k]
        if t.text in (",", ";", ":") or is_quote_mark(t):
            return None
        if is_finite(t) and t.tag.startswith("VV"):
            spk = speaker_of_verb(toks, k)
            return spk if spk is not None and spk[0] > k and toks[spk[0]].low not in ("es", "das", "dies") else None
    return None


def _source_before(toks: Sequence[Tok], comma: int) -> bool:
    """Whether a comma at ``comma`` follows a noun of information or saying (the antecedent of "nach denen")."""
    if toks[comma].text != ",":
        return False
    noun = toks[comma - 1]
    if noun.tag == "PTKVZ" and comma > 1:  # "liegt ein Gutachten vor, laut dem …"
        noun = toks[comma - 2]
    low = noun.low
    return noun.tag in NOUN_TAGS and low.endswith((*INFO_NOUN_SUFFIXES, *CONTENT_NOUN_SUFFIXES, *FINDING_NOUN_SUFFIXES))


def _has_info_noun(toks: Sequence[Tok]) -> bool:
    """Whether an NP after "nach" holds an information noun in its first run of nouns ("nach Angaben der
    Polizei", "nach Grupps Meinung", "nach Polizeiangaben", "nach Angaben Ibrahims")."""
    seen = False
    for t in toks:
        if t.tag in NOUN_TAGS or t.text[:1].isupper():
            seen = True
            if t.low.endswith(INFO_NOUN_SUFFIXES):
                return True
        elif seen:
            break
    return False


def _document_opening(toks: Sequence[Tok], i: int, end: int) -> bool:
    """ "Nach dem Urteil sind Online-Durchsuchungen …", "Nach einem EU-Dokument leben sie in Armut": a sentence opened
    by "nach" and a document, with the verb after it in the present or in Konjunktiv; in the past "nach" tells what
    came after ("Nach dem Urteil verließ er den Saal")."""
    if i != 0 or end >= len(toks) or not is_finite(toks[end]) or not present_or_konj(toks[end]):
        return False
    head = next((t for t in toks[i + 1 : end] if t.tag in NOUN_TAGS), None)
    return head is not None and head.tag == "NN" and head.low.endswith(FINDING_NOUN_SUFFIXES)


def _postposed_nach(toks: Sequence[Tok], i: int) -> bool:
    """ "seiner Meinung nach", "dem Vernehmen nach": an information noun right before a postposed "nach"."""
    beg = np_backward(toks, i, 0)
    return beg < i and toks[beg].tag in ("PPOSAT", "ART") and _has_info_noun(toks[beg:i])


def _prep_cand(toks: Sequence[Tok], phrase_start: int, spk: tuple[int, int], cue: tuple[int, int]) -> Cand | None:
    """According-to quote: the sentence; a sentence-initial cue phrase is left out of the quote."""
    n = len(toks)
    q0 = 0
    if phrase_start == 0 or (phrase_start == 1 and toks[0].low in FOCUS_WORDS):
        q0 = max(spk[1], cue[1])
        if q0 < n and toks[q0].text == ",":
            q0 += 1
    return candidate(toks, (q0, n), "according_to", spk, cue)


def _so_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """ "…, so der Sprecher." (also "…, so X weiter/gegenüber Y")."""
    n = len(toks)
    for i in range(1, n - 1):
        if inside[i] or toks[i].low != "so" or toks[i - 1].text != ",":
            continue
        verb = _so_verb(toks, i)
        if verb is not None:
            # "In zehn Jahren, so schätzen die Forscher, soll …", "…, so betont auch die Polizei, ist dies …"
            head = verb + 2 if toks[verb + 1].low == "auch" else verb + 1
            end = np_forward(toks, head, n)
            rest = toks[end:]
            if end > head and (_closes_parenthesis(rest) or all(t.text in ".!?" for t in rest)):
                q = (0, n) if rest and rest[0].text == "," else (0, i - 1)
                return candidate(toks, q, "indirect", (head, before_addressee(toks, head, end)), (i, verb + 1))
            continue
        end = np_forward(toks, i + 1, n)
        if end <= i + 1:
            continue
        rest = toks[end:]
        spk = (i + 1, before_addressee(toks, i + 1, end))  # "…, so ein Sprecher der dpa"
        if _closes_parenthesis(rest):  # "Doch sei es, so der Schriftsteller in einem Blog, ein Haufen …"
            return candidate(toks, (0, n), "indirect", spk, (i, i + 1))
        if any(is_finite(t) for t in rest) or any(t.text == "," for t in rest[:1]):
            continue
        return candidate(toks, (0, i - 1), "indirect", spk, (i, i + 1))
    return None


def _so_verb(toks: Sequence[Tok], i: int) -> int | None:
    """The index of a finite verb of saying right after the "so" at ``i`` ("…, so schätzen die Forscher, …")."""
    k = i + 1
    if k + 1 >= len(toks) or toks[k].tag != "VVFIN":
        return None
    return k if (toks[k].lemma or toks[k].low).lower() in ALL_SPEECH_VERBS else None


def _closes_parenthesis(rest: Sequence[Tok]) -> bool:
    """Whether "so X" is parenthetical: after its speaker ("weiter", a PP) a comma or dash, then more clause."""
    for k, t in enumerate(rest[:12]):
        if t.text in (",", "–", "-"):
            return len(rest) - k > 2
        if is_finite(t) or t.text in (".", ":", ";") or is_quote_mark(t):
            return False
    return False


def _hearsay_phrase(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """ "hieß es" / "es heißt" (speaker: an "in/aus X" phrase nearby if any)."""
    n = len(toks)
    for i in range(n - 1):
        if inside[i]:
            continue
        width = next((len(p) for p in HEARSAY_PHRASES if match_seq(toks, i, p)), 0)
        if not width:
            continue
        if "bekannt" in (toks[i].low, toks[i + 1].low) and not _made_known(toks, i):
            continue
        spk = None
        for k in range(i + width, min(n, i + width + 4)):
            if toks[k].text in (",", ":", ";"):
                break  # "Wie heute bekannt wurde, sind in dem Gebiet …": the place of the news, not its source
            if toks[k].low in ("in", "im", "auf", "aus", "von", "vom", "bei", "beim"):
                end = np_forward(toks, k + 1, n)
                if end > k + 1:
                    spk = (k + 1, end)
                break
        if spk is None and "bekannt" not in (toks[i].low, toks[i + 1].low):
            # "In dem Antrag heißt es …", "Aus Paris hieß es …": the place named before it (news made known has none)
            spk = fronted_source(toks, i)
        # "…, heißt es": the words before it; not after a fronted source's relative clause ("In der Resolution, die …,
        # heißt es, dass …")
        before = i > 0 and toks[i - 1].text == "," and not (spk is not None and spk[1] < i)
        q = (0, i - 1) if before else (i + width, n)
        if spk is not None and not before and spk[0] > i:
            q = (spk[1], n)
        return candidate(toks, q, "according_to", spk, (i, i + width))
    return None


#: Prepositions of a fronted phrase that names where words stand or come from ("In dem Bericht", "Aus Paris").
SOURCE_PREPOSITIONS = frozenset({"in", "im", "auf", "aus", "bei", "beim"})


def fronted_source(
    toks: Sequence[Tok], verb: int, accept: Callable[[Sequence[Tok]], bool] = lambda _np: True
) -> tuple[int, int] | None:
    """The noun phrase of a prepositional phrase that alone fills the field before the verb at ``verb`` ("In
    der Pressemitteilung des WWF heißt es", "Auf der Homepage heißt es", "Aus Paris hieß es"): the document,
    place or side the words come from, when nothing else speaks."""
    if verb < 2 or toks[0].low not in SOURCE_PREPOSITIONS or not np_start(toks[1]):
        return None
    end = np_forward(toks, 1, verb)
    if end < verb and toks[end].text == "," and end + 1 < verb and toks[end + 1].tag in ("PRELS", "APPR"):
        # "Im letzten Satz der Anordnung, die Twitter zugestellt wurde, heißt es": a relative clause after it
        close = next((k for k in range(end + 2, verb) if toks[k].text == ","), None)
        if close == verb - 1:
            return (1, end) if accept(toks[1:end]) else None
    return (1, end) if end == verb and accept(toks[1:end]) else None


def _made_known(toks: Sequence[Tok], i: int) -> bool:
    """ "Wie bekannt wurde, …" / "wurde bekannt, dass …" report news; "der durch … bekannt geworden ist", "wurde
    bekannt gegeben" (a verb of its own) do not."""
    if any(t.low == "wie" for t in toks[max(0, i - 4) : i]) and not any(t.text == "," for t in toks[max(0, i - 4) : i]):
        return True  # "Wie (gestern) bekannt wurde"
    k = i + 2
    while k < len(toks) and toks[k].tag == "VAFIN":  # "bekannt geworden war, dass"
        k += 1
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("dass", "daß", "ob")


def _wie_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """ "wie X berichtete/mitteilte, …" / "…, wie X mitteilte."."""
    n = len(toks)
    for i, t in enumerate(toks):
        if inside[i] or t.low != "wie" or (i > 0 and toks[i - 1].text != ","):
            continue
        for k in range(i + 1, min(n, i + 25)):
            if toks[k].text in (",", ".", ":") and not _apposition_comma(toks, i, k):
                break
            lemma = _wie_lemma(toks, k)
            unnamed = not any(u.tag in NP_START_TAGS for u in toks[i + 1 : k])
            if toks[k].tag.startswith("VV") and (lemma in SELF_NAMING_VERBS or (lemma in _NO_SOURCE_WIE and unnamed)):
                break  # "wie er genannt wird" names; "Wie erwartet, …" has no one who expected
            finding = toks[k].tag.startswith("VV") and lemma in _FINDING_VERBS
            spk = _finding_source(toks, i + 1, k) if finding else None
            speech = lemma in SPEECH_VERBS | {"mitteilen", "bekanntgeben"} and companion_ok(toks, k, lemma)
            if (toks[k].tag.startswith("VV") and speech) or spk:
                end_k = k + 1
                while end_k < n and (
                    (is_verb(toks[end_k]) and not is_finite(toks[end_k])) or toks[end_k].tag == "VAFIN"
                ):
                    end_k += 1
                spk = spk or _wie_speaker(toks, i + 1, k)
                cue_text = " ".join(
                    ["wie"] + [u.text for u in toks[k - 1 : k + 1] if u.low in _WIE_PARTICLES or u is toks[k]]
                )
                q = (end_k, n) if i == 0 else (0, i)
                return candidate(toks, q, "according_to", spk, (i, k + 1), cue_text)
    return None


#: Verbs by which a document or finding reports in a "wie" clause ("Wie eine Studie ergab", "wie aus dem
#: Bericht hervorgeht", "wie eine neue Analyse zeigt"); only with such a source (see :func:`_finding_source`).
_FINDING_VERBS = frozenset({"ergeben", "hervorgehen", "zeigen", "belegen"})


def _finding_source(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int] | None:
    """The source of a finding verb in a "wie" clause: the NP of an "aus" phrase ("wie (sich) aus dem Bericht
    hervorgeht/ergab": "aus" marks a source whatever the noun) or a subject headed by a document or finding
    noun ("wie eine Studie ergab"); None for "wie die Erfahrung zeigt", which names no one."""
    if a < b and toks[a].tag == "PRF":  # "wie sich aus … ergab"
        a += 1
    if a >= b:
        return None
    if toks[a].low == "aus":
        end = np_forward(toks, a + 1, b) if a + 1 < b else a + 1
        return (a + 1, end) if end == b else None
    end = np_forward(toks, a, b)
    if end != b or not np_start(toks[a]):
        return None
    heads = [t for t in toks[a:end] if t.tag in NOUN_TAGS]
    if heads and heads[0].low.endswith((*FINDING_NOUN_SUFFIXES, *INFO_NOUN_SUFFIXES)):
        return (a, end)
    return None


def _apposition_comma(toks: Sequence[Tok], wie: int, k: int) -> bool:
    """A comma inside the "wie" clause that opens or closes an apposition to its speaker ("Wie Steve Marshall,
    Sprecher der UN-Büros, in Bangkok mitteilte, …"): a noun phrase follows the comma (a relative pronoun or a
    verb would start a clause of its own), or one comma of that kind came before in the clause. A clause that opens
    with a preposition names no speaker to appose to: "wie in Großbritannien auch, ein Frust …" compares, and its
    comma closes it."""
    if toks[k].text != "," or k + 1 >= len(toks) or toks[wie + 1].tag in ("APPR", "APPRART"):
        return False
    if any(t.text == "," for t in toks[wie + 1 : k]):
        return not is_verb(toks[k + 1]) and not any(is_verb(t) for t in toks[wie + 1 : k])
    return k > wie + 1 and toks[k + 1].tag in ("ART", "NN", "NE", "ADJA", "PPOSAT")


def _wie_lemma(toks: Sequence[Tok], k: int) -> str:
    """The lemma of a verb in a "wie" clause with a separable particle written apart before it ("wie X am
    Morgen bekannt gab" -> "bekanntgeben")."""
    lemma = (toks[k].lemma or "").lower()
    if k > 0 and toks[k - 1].low in _WIE_PARTICLES and toks[k].tag.startswith("VV"):
        return toks[k - 1].low + lemma
    return lemma


#: Separable parts written apart before the verb of a subordinate clause ("bekannt gab").
_WIE_PARTICLES = frozenset({"bekannt"})


#: Verbs that in "wie …" state an expectation, not a report ("wie erwartet", "wie angenommen"), unless someone
#: is named ("wie die Polizei annimmt").
_NO_SOURCE_WIE = frozenset({"erwarten", "annehmen"})


def _wie_speaker(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int] | None:
    """Speaker between "wie" and its verb: an NP ("die Polizei") or a source PP ("aus Kreisen X")."""
    if a >= b:
        return None
    start = a + 1 if toks[a].tag in ("APPR", "APPRART") and toks[a].low not in ("aus", "von", "vom") else a
    first = start + 1 if toks[start].tag in ("APPR", "APPRART") else start
    end = np_forward(toks, first, b) if first < b else first
    return (start, end) if end > first else None


def _saying_noun_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """A noun of saying with the one who says it (a genitive or "von") and its content clause, in a sentence with no
    other frame: the noun phrase is the source
    ("Trotz der Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit … zu beenden", "auf die Forderung des
    CSU-Vorsitzenden, in der Gesundheitspolitik auf die SPD zuzugehen", "Der Ausbruch erfolgte trotz einer Warnung der
    Wärter, auf fliehende Häftlinge zu schießen"); the annotation writes either the noun or its genitive, and the
    phrase holds both."""
    n = len(toks)
    for k in range(2, n - 2):
        if inside[k] or toks[k].text != ",":
            continue
        beg = np_backward(toks, k, 0)
        h = next((j for j in range(beg, k) if toks[j].tag in NOUN_TAGS), None)
        if h is None or toks[h].tag != "NN" or not toks[h].low.endswith(CONTENT_NOUN_SUFFIXES):
            continue
        clause = list(toks[k + 1 : k + 31])
        end = next((j for j, t in enumerate(clause) if t.text in (",", ".", ";", ":")), len(clause))
        body = clause[:end]
        if not body or not (body[0].low in ("dass", "daß") or any(t.tag in ("VVIZU", "PTKZU") for t in body)):
            continue
        if any(is_finite(t) for t in toks[beg:k]):
            continue
        if not any(t.low in ("des", "der", "eines", "einer", "von", "vom") for t in toks[h + 1 : k]):
            continue  # only a noun whose phrase names who says it ("die Forderung des CSU-Vorsitzenden")
        return candidate(toks, (k + 1, n), "indirect", (beg, k), (h, h + 1))
    return None


#: Pronouns of the first person: words after a colon that are someone's own ("…: Ich habe Roger das Match geschenkt").
_FIRST_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer".split()
)
#: Verbs that, with "sich" or as "sein" and an adjective, tell how someone took a thing before their words after a
#: colon ("Danach zeigte sich Djokovic sehr selbstkritisch: …", "X gab sich optimistisch: …", "X ist überzeugt: …").
_STANCE_VERBS = frozenset({"zeigen", "geben", "sein", "reagieren", "bleiben"})
#: Nouns of a verdict or a remark that, with the one who gives it, introduce their words after a colon ("Mayers
#: Fazit: …", "Hilbes Nachsatz: …", "Die Warnung des Ministers: …").
_VERDICT_NOUNS = frozenset(
    "fazit resümee bilanz urteil antwort kommentar botschaft appell credo devise rat replik reaktion nachsatz zusatz "
    "schlusswort einschätzung prognose warnung forderung kritik einwand vorwurf begründung ratschlag".split()
)


def _colon_frame(toks: Sequence[Tok], inside: Sequence[bool]) -> Cand | None:
    """Words after a colon, outside quotation marks (a quote whose marks the text lost), from the one the clause
    before the colon names, when that clause has no verb of saying: a person with where they spoke
    ("Kommunikationschef Matthias Euler-Rolle zum STANDARD: Uns liegt …"), a verdict of theirs ("Mayers Fazit im
    STANDARD-Gespräch: Das ist Schlagzeilenpolitik."), how they took it ("Danach zeigte sich Djokovic sehr
    selbstkritisch: …") or any clause of theirs when the words after the colon are in the first person ("Die Wiener
    Linien waren um Beruhigung bemüht: Wir haben …")."""
    n = len(toks)
    c = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if c is None or c < 1 or n - c < 4 or any(inside) or any(is_quote_mark(t) for t in toks):
        return None
    if not any(is_finite(t) for t in toks[c + 1 :]):
        return None  # "Eintracht Frankfurt – Arminia Bielefeld 2:1", "Quelle: Wikinews": a result or a label
    first_person = any(t.low in _FIRST_PERSON for t in toks[c + 1 :])
    fin = next((k for k in range(c) if is_finite(toks[k]) and not in_subordinate_clause(toks, k)), None)
    if fin is None:
        spk = _verdict_owner(toks, c) or _named_alone(toks, c)
        cand = candidate(toks, (c + 1, n), "indirect", spk, (c, c + 1), ":") if spk is not None else None
        if cand is not None and cand.speaker is not None and spk is not None and toks[spk[1]].low in _VERDICT_NOUNS:
            cand.speaker = (cand.speaker[0], cand.speaker[1] - 1)  # "Mayers Fazit": Mayer
        return cand
    spk = speaker_of_verb(toks, fin)
    if spk is None or spk[1] > c:
        return None
    np = toks[spk[0] : spk[1]]
    reported = _reported_after(toks, c)
    view = _view(toks, fin, c)
    # a view's holder may be named in an apposition before the colon ("der Geschäftsführer des Vereins, Christoph Koss")
    if not (_a_person(toks[spk[0] : c] if view else np) or (reported and _people_as_adjective(np))):
        return None
    if not (first_person or _stance(toks, fin, c) or view or reported):
        return None
    if view and toks[spk[1]].text == "," and all(t.tag == "NE" for t in toks[spk[1] + 1 : c]):
        spk = (spk[0], c)  # the holder's name in the apposition belongs to the speaker
    return candidate(toks, (c + 1, n), "indirect", spk, (fin, fin + 1), toks[fin].text)


def _people_as_adjective(np: Sequence[Tok]) -> bool:
    """ "Die Grünen", "Der Angeklagte": a nominalised adjective heading the subject, people (not "das Neue")."""
    head = next((u for u in np if u.tag in NOUN_TAGS), None)
    return head is not None and head.tag == "NNA" and np[0].low != "das"


def _reported_after(toks: Sequence[Tok], c: int) -> bool:
    """Words after the colon in reported speech: their first main-clause verb is a Konjunktiv I ("Die Grünen führen
    ein weiteres Argument ins Treffen: Ikea zahle kaum Gewinnsteuern …"), the subject before the colon's."""
    for k in range(c + 1, len(toks)):
        if is_finite(toks[k]) and not in_subordinate_clause(toks, k):
            return toks[k].low in KONJ1_FORMS or (is_konj(toks[k]) and toks[k].low not in KONJ2_FORMS)
    return False


def _speaks_in_first_person(toks: Sequence[Tok], speaker: tuple[int, int]) -> bool:
    """Whether a speaker span is a pronoun of the first person or "man" ("Ich halte das für falsch")."""
    words = [t.low for t in toks if speaker[0] <= t.start and t.end <= speaker[1]]
    return bool(words) and all(w in _FIRST_PERSON or w == "man" for w in words)


def _a_person(np: Sequence[Tok]) -> bool:
    """A subject that names a person or a body: a name, "er"/"sie", or a head noun of one ("die Vorsitzende")."""
    if np[0].low in ("er", "sie") or any(u.tag == "NE" for u in np):
        return True
    head = next((u for u in np if u.tag in NOUN_TAGS), None)
    return head is not None and head.tag == "NN" and head.low.endswith(SOURCE_NOUN_SUFFIXES)


def _stance(toks: Sequence[Tok], fin: int, c: int) -> bool:
    """ "zeigte sich (sehr) selbstkritisch", "gab sich optimistisch", "ist überzeugt", "reagierte gelassen": a verb
    of how someone took a thing with an adjective (or participle) of theirs before the colon."""
    lemma = (toks[fin].lemma or toks[fin].low).lower()
    if lemma not in _STANCE_VERBS:
        return False
    clause = toks[fin + 1 : c]
    if lemma in ("zeigen", "geben") and not any(t.low == "sich" for t in clause):
        return False
    return bool(clause) and clause[-1].tag in ("ADJD", "VVPP")


def _view(toks: Sequence[Tok], fin: int, c: int) -> bool:
    """ "Ähnlich sieht das der Geschäftsführer des Vereins Neustart, Christoph Koss:", "X sieht es anders:": how
    someone sees the matter, their view given after the colon."""
    if (toks[fin].lemma or toks[fin].low).lower() != "sehen" or not any(t.low in ("das", "es") for t in toks[fin:c]):
        return False
    return (fin == 1 and toks[0].low in _VIEWS) or toks[c - 1].low in _VIEWS


#: How one sees a matter as another does or not ("Ähnlich sieht das …", "sieht es anders").
_VIEWS = frozenset({"ähnlich", "anders", "genauso", "ebenso", "gleich"})


def _verdict_owner(toks: Sequence[Tok], c: int) -> tuple[int, int] | None:
    """ "Mayers Fazit (im STANDARD-Gespräch):", "Das Fazit des Ministers:": the one whose verdict the phrase before
    the colon names (a genitive name without its "s", as the name stands elsewhere)."""
    for k in range(min(c, 4)):
        if toks[k].low not in _VERDICT_NOUNS:
            continue
        if k > 0 and toks[k - 1].tag == "NE" and toks[k - 1].text.endswith("s") and len(toks[k - 1].text) > 3:
            return (k - 1, k)  # the caller drops the genitive "s"
        if k + 2 < c and toks[k + 1].low in ("des", "der", "von", "vom"):
            end = np_forward(toks, k + 2, c)
            if end > k + 2 and _a_person(toks[k + 2 : end]):
                return (k + 2, end)
        return None
    return None


def _named_alone(toks: Sequence[Tok], c: int) -> tuple[int, int] | None:
    """ "Kommunikationschef Matthias Euler-Rolle zum STANDARD:", "Andreas Koller, Sprecher …:": a person named at
    the start of a phrase with no verb before the colon (what follows the name tells where or who they are)."""
    if c == 1:
        return None  # "Stöger: Ja.": an interview's turn, which the analysis reads as a headline source
    if not np_start(toks[0]) or (toks[0].tag in ("PPER", "PIS", "PDS", "ART") and toks[0].low not in ("der", "die")):
        return None
    end = np_forward(toks, 0, c)
    # the name is the phrase's own, before any prepositional phrase that follows its head ("Alle Bauprojekte im
    # Plansoll, mit Ausnahme der Guanabara-Bucht: Das Wasser …" names no one)
    own = next((k for k in range(end) if toks[k].tag in ("APPR", "APPRART")), end) if end > 0 else 0
    if end <= 0 or not any(u.tag == "NE" for u in toks[:own]) or not _a_person(toks[:own]):
        return None
    if end < c and toks[end].text not in (",", "(") and toks[end].tag not in ("APPR", "APPRART", "ADV"):
        return None
    return (0, end)


_SENTENCE_ANALYSES = (_verb_frame, _noun_frame, _so_frame, _wie_frame, _according_to, _hearsay_phrase, _reported_frame)


def analyse_sentence(sent: Sent, qspans: Sequence[tuple[int, int]]) -> Cand | None:
    """The best sentence-level attribution of one sentence (verb frame before according-to, …; one that names its
    speaker before one that does not)."""
    inside = quote_depth(sent.toks, qspans)
    opening = _according_to(sent.toks, inside)
    if opening is not None and (_opens_sentence(sent.toks, opening) or _relative_source(sent.toks, opening)):
        return opening
    # the first frame that names a speaker; else the first frame ("Ägypten wird aufgefordert, …, so Hisbollah-Chef
    # X": the passive has no agent, the "so" frame names the source)
    unnamed: Cand | None = None
    for fn in _SENTENCE_ANALYSES:
        c = fn(sent.toks, inside)
        if c is not None and opening is not None and opening.speaker is not None and _counted_group(sent.toks, c):
            return opening  # "95 Prozent der Teilnehmer gingen laut Shmueli davon aus, dass …": Shmueli's figure
        if c is not None and c.speaker is not None:
            if _in_condition(sent.toks, c) and (closing := _so_frame(sent.toks, inside)) and closing.speaker:
                return closing  # "Wenn der Präsident meint, dass …, hat er recht: …, so Y": Y's words
            # "X zum STANDARD: Ich halte das für falsch": the words after the colon are X's, their "ich" included
            if not _speaks_in_first_person(sent.toks, c.speaker):
                return c
            colon = _colon_frame(sent.toks, inside) if any(t.text == ":" for t in sent.toks) else None
            if colon is not None and colon.q[0] <= c.speaker[0]:
                return colon
            return _closing_speaker(sent.toks, inside, c) or c
        unnamed = unnamed or c
    return _colon_frame(sent.toks, inside) or unnamed or _saying_noun_frame(sent.toks, inside)


#: Conjunctions of a fronted condition ("Wenn der Präsident meint, …, hat er recht").
_CONDITIONS = frozenset({"wenn", "falls", "sofern"})


def _in_condition(toks: Sequence[Tok], c: Cand) -> bool:
    """Is the cue of ``c`` the verb of a fronted condition ("Wenn der Wirtschaftskammerpräsident meint, dass …, hat
    er schon recht: …")? The one it names is whom the sentence answers; a closing "so X" names who says it."""
    k = next((j for j, t in enumerate(toks) if c.cue is not None and t.start == c.cue[0]), None)
    return k is not None and toks[0].low in _CONDITIONS and in_subordinate_clause(toks, k)


def _counted_group(toks: Sequence[Tok], c: Cand) -> bool:
    """Is the speaker a counted group ("95 Prozent der Teilnehmer", "drei von vier Befragten"): whom a figure counts,
    not who gives it?"""
    if c.speaker is None:
        return False
    return any(t.tag == "CARD" for t in toks if c.speaker[0] <= t.start and t.end <= c.speaker[1])


def _closing_speaker(toks: Sequence[Tok], inside: Sequence[bool], first: Cand) -> Cand | None:
    """A "so" frame that closes words in the first person ("Danach wusste ich, dass …, so Dudamel."): its speaker
    says the "ich" and its verb, so it frames them (the "ich" frame came first only by position)."""
    c = _so_frame(toks, inside)
    if c is None or c.speaker is None or first.cue is None or _speaks_in_first_person(toks, c.speaker):
        return None
    return c if c.q[0] <= first.cue[0] and first.cue[1] <= c.q[1] else None


def _opens_sentence(toks: Sequence[Tok], c: Cand) -> bool:
    """An according-to phrase that opens the sentence ("Laut faz.net appellierte X an …, sich …") frames
    all of it, a speech verb inside included."""
    return c.speaker is not None and c.q[0] > toks[0].start and (c.cue_text or "").lower() not in ADVERB_CUES


def _relative_source(toks: Sequence[Tok], c: Cand) -> bool:
    """An according-to clause that relates to a source named before it ("bestätigte die Befunde des Amts, wonach
    …", "verwies auf Studien, nach denen …"): the clause is that source's, not the words of the verb before it."""
    k = next((j for j, t in enumerate(toks) if c.cue is not None and t.start == c.cue[0]), None)
    if k is None or c.speaker is None:
        return False
    if toks[k].low == "wonach":
        return c.speaker != c.cue
    return k + 1 < len(toks) and toks[k + 1].tag == "PRELS" and c.speaker == (toks[k + 1].start, toks[k + 1].end)


def is_hearsay(sent: Sent, qspans: Sequence[tuple[int, int]]) -> bool:
    """A sentence in Konjunktiv I (or II, or with hearsay "soll") outside quotation marks."""
    return hearsay_mark(sent, qspans) != "none"


def hearsay_mark(sent: Sent, qspans: Sequence[tuple[int, int]]) -> str:
    """What marks a sentence as hearsay outside quotation marks: "konj" (Konjunktiv I or II in a main clause, not
    only in a relative or other subordinate one: "Die Sorte, für die BASF eine Genehmigung erwirken möchte,
    trägt …"; or "soll" before a perfect infinitive: "soll … gewesen sein", "sollen verletzt worden sein"), "soll"
    ("soll" with a plain infinitive, which as often tells a plan or a duty: "Die Taufe soll am 15. Juni
    erfolgen"; not in a relative clause: "…, mit dem die Belegschaft beteiligt werden soll") or "none"."""
    toks = sent.toks
    inside = quote_depth(toks, qspans)
    modal = False
    for k, (t, ins) in enumerate(zip(toks, inside, strict=True)):
        if ins:
            continue
        if is_konj(t) and not in_subordinate_clause(toks, k):
            return "konj"
        if t.low in HEARSAY_MODALS and t.tag.startswith("VM") and not in_relative_clause(toks, k):
            modal = True
        elif modal and t.low in ("sein", "haben") and k > 0 and toks[k - 1].tag in ("VVPP", "VAPP", "VMPP"):
            return "konj"
    return "soll" if modal else "none"
