"""The words the German rules look for, read once from ``data/`` (speech verbs, particles, Konjunktiv
forms, …), and the STTS tag classes the chunker works with.

Word lists are data: a linguist can extend them without reading the rules. A data file has one entry a
line and ``#`` comments; a TSV maps a word to space-separated values.
"""

from __future__ import annotations

from importlib import resources


def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one a line, ``#`` lines are comments."""
    text = (resources.files("retrieval.attribution") / "data" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        out.append(entry)
    return tuple(out)


def _words(name: str) -> frozenset[str]:
    """A word list of ``data/<name>`` as a set."""
    return frozenset(entries(name))


def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A TSV of ``data/<name>``: key -> its space-separated values ("-" stands for the empty string)."""
    rows = (entry.split("\t") for entry in entries(name))
    return {key: tuple("" if v == "-" else v for v in values.split()) for key, values in rows}


# Verbs -------------------------------------------------------------------------------------------------

#: Speech-verb lemmas (HanTa lemma, separable particle re-attached) that frame a content clause.
SPEECH_VERBS = _words("speech_verbs.txt")
#: Verbs that also make a whole sentence a *reported* act without a content clause ("X sprach von …").
REPORT_VERBS = _words("report_verbs.txt")
#: Verbs that frame someone's words only after them ("…, schloss Bornstein."; "Die Börse schloss mit …" says nothing).
FRAME_VERBS = _words("frame_verbs.txt")
ALL_SPEECH_VERBS = SPEECH_VERBS | REPORT_VERBS | FRAME_VERBS
#: Verbs of judging that give someone's word in a short quote in their clause, bare ("sieht … Parallelen").
JUDGING_BARE = _words("label_verbs.txt")
#: ... and with the speech and report verbs.
LABEL_VERBS = ALL_SPEECH_VERBS | JUDGING_BARE
#: Estimate verbs that report a source's figure ("X bezifferte den Schaden auf 200 Millionen Euro"):
#: lemma -> the words introducing the figure ("" = the figure is the direct object, "zählte 300 Tote").
ESTIMATE_VERBS = _table("estimate_verbs.tsv")
#: Verbs of judging that report an act only with a judging "als" in their clause ("kritisierte X als Wahlkampf").
JUDGING_VERBS = _words("judging_verbs.txt")
#: Verbs that can make a whole sentence a reported act (report, estimate and judging verbs).
REPORTING_LEXICON = REPORT_VERBS | ESTIMATE_VERBS.keys() | JUDGING_VERBS
#: Reflexive report verbs that only announce a statement ("äußerte sich zu dem Vorfall", "meldete sich zu Wort"):
#: lemma -> the words that give it a content after all ("äußerte sich besorgt über …").
ANNOUNCING_VERBS = _table("announcing_verbs.tsv")
#: Verbs that, reflexive, give a thing's name and report no speech ("nennt sich …", "bezeichnet sich als …").
SELF_NAMING_VERBS = frozenset({"nennen", "bezeichnen"})
#: Verbs that, reflexive, mean something other than saying ("versprechen sich Erfolg": they expect it).
REFLEXIVE_NON_SPEECH = frozenset({"versprechen"})
#: Lemmas that only count as speech verbs with a particular particle or pronominal adverb nearby.
NEEDS_COMPANION = _table("needs_companion.tsv")
#: Separable particles HanTa tags PTKVZ; joined with the verb lemma ("teilen" + "mit" -> "mitteilen").
PARTICLES = _words("particles.txt")
#: Konjunktiv I finite forms that are unambiguous enough on their own.
KONJ1_FORMS = _words("konj1_forms.txt")
#: Konjunktiv II forms used for reported speech when Konjunktiv I looks like the indicative.
KONJ2_FORMS = _words("konj2_forms.txt")
HEARSAY_MODALS = frozenset({"soll", "sollen"})
#: Finite "sein" before a speech verb's participle: a statal passive that states, not reports ("Der Einsatz ist
#: ausgeschlossen", "Sie waren vom Transport ausgeschlossen"); speech verbs form their perfect with "haben".
STATAL_AUXILIARIES = frozenset({"ist", "sind", "war", "waren"})
#: Auxiliaries after a participle that make the clause passive ("bezeichnet worden", "geschätzt werden").
PASSIVE_AUXILIARIES = frozenset({"worden", "werden", "wird", "wurde", "wurden"})

# Figures ------------------------------------------------------------------------------------------------

#: Number words that make a phrase a figure even without digits.
NUMBER_WORDS = _words("number_words.txt")
#: Words allowed between a figure's preposition and its number ("auf bis zu 200", "mit rund 3").
FIGURE_QUALIFIERS = _words("figure_qualifiers.txt")

# The cheap prefilter ------------------------------------------------------------------------------------

#: Past/present stems that differ from the lemma's ("sprach", "gab", "wies").
ABLAUT_FORMS = entries("ablaut_forms.txt")
#: Words that open an according-to phrase ("laut", "zufolge", ", so X").
PREFILTER_WORDS = entries("prefilter_words.txt")

# According-to phrases and hearsay -----------------------------------------------------------------------

#: Prepositional according-to cues, by the side the speaker is on ("laut X", "X zufolge").
PREP_CUES_AFTER = frozenset({"laut", "gemäß", "lt."})
PREP_CUES_BEFORE = frozenset({"zufolge"})
#: Nouns that make "nach X" an according-to phrase (matched as a suffix of the lowercased head noun).
INFO_NOUN_SUFFIXES = entries("info_noun_suffixes.txt")
#: Nouns of saying and thinking whose content clause is a quote ("vertritt die Ansicht, X habe …").
CONTENT_NOUN_SUFFIXES = entries("content_nouns.txt")
#: Nouns of documents, findings and other things that say something ("Wie eine Studie ergab, …", "Gerüchte, nach
#: denen …", "Nach dem Urteil sind …").
FINDING_NOUN_SUFFIXES = entries("finding_nouns.txt")
#: Head nouns of people and bodies that speak (matched as the end of the lowercased noun: "Polizeisprecher").
SOURCE_NOUN_SUFFIXES = entries("source_nouns.txt")
#: Nouns that head a time expression before the verb ("Ende Januar", "Wenige Stunden nach dem Putsch").
TIME_NOUNS = _words("time_nouns.txt")
#: Multi-word cues handled as fixed token sequences (lowercased).
BERUFUNG_CUE = ("unter", "berufung", "auf")
HEARSAY_PHRASES = tuple(tuple(p.split()) for p in entries("hearsay_phrases.txt"))
#: Adverbs that attribute the rest of the clause to a source named before them (speaker = the adverb itself,
#: as annotated): "Demnach …", "die Version, wonach …".
ADVERB_CUES = frozenset({"demnach", "wonach"})

# Quotes that are names ----------------------------------------------------------------------------------

#: Nouns before a quotation that make it a name, not a quote ("das Raumschiff „Shenzhou 6“").
NAMING_WORDS = _words("naming_words.txt")
#: Nouns that introduce a quoted expression rather than a name ("die Bezeichnung „Gesindel“").
QUOTE_NOUNS = _words("quote_nouns.txt")
#: Longest quoted fragment (tokens) read as part of the surrounding clause rather than as a quote.
INLINE_QUOTE_MAX_TOKENS = 8

# Noun phrases and subjects (STTS tags from HanTa) -------------------------------------------------------

PRONOUN_SPEAKERS = _words("pronoun_speakers.txt")
INDEFINITE_SPEAKERS = _words("indefinite_speakers.txt")
#: The first words of "nach eigenen Angaben", "laut eigenem Bekunden": the source is the clause's own subject.
_OWN = frozenset({"eigene", "eigenen", "eigenem", "eigener"})


def own_words(speaker: str) -> bool:
    """Is a speaker as written the subject's own word ("eigenen Angaben", "eigenem Bekunden"), naming nobody?"""
    words = speaker.split()
    return bool(words) and words[0].lower() in _OWN


NP_TAGS = frozenset("ART ADJA NN NE NNA NNI CARD PPOSAT PIAT PDAT TRUNC FM XY PIDAT".split())
NOUN_TAGS = frozenset(["NN", "NE", "NNA", "NNI", "FM", "XY", "CARD", "TRUNC"])
NP_START_TAGS = frozenset("ART ADJA NN NE NNA NNI PPER PIS PDS PPOSAT PIAT PDAT CARD TRUNC FM XY PIDAT".split())
POSTMOD_PREPS = frozenset("von vom aus in im für zur zum der des".split())
OBLIQUE_ARTICLES = frozenset(["dem", "den", "einem", "einen"])
#: Determiner tags, and determiners without "-es"/"-er" that never open a genitive ("die Stadt des …").
DETERMINER_TAGS = frozenset(["ART", "PIAT", "PIDAT", "PDAT", "PPOSAT"])
NON_GENITIVE_DETERMINERS = frozenset(["das", "ein", "kein", "sein", "mein", "dein", "ihr", "unser", "euer"])
NOMINATIVE_PRONOUNS = frozenset(["er", "sie", "wir", "ich", "ihr", "man"])
#: Focus particles that may open the Vorfeld before the subject ("Auch der Minister sagte").
FOCUS_WORDS = _words("focus_words.txt")
SUBJECT_MAX_TOKENS = 22
#: Tags of words that open a verb-final (subordinate, relative, interrogative) clause.
SUBCLAUSE_TAGS = frozenset(["KOUS", "PRELS", "PRELAT", "PWS", "PWAV"])
#: Subordinators the tagger may read as prepositions/particles; verb-final position decides.
AMBIGUOUS_SUBORDINATORS = frozenset(["als", "wenn", "seit", "bis", "während", "da", "nachdem", "bevor"])
#: Punctuation that delimits the comma segments of a sentence.
CLAUSE_PUNCT = frozenset([",", ";", ":", "–", "(", ")"])
#: Conjunctions that join two clauses of one sentence ("bestätigte es nicht und nannte es …").
CLAUSE_CONJUNCTIONS = frozenset(["und", "oder", "aber", "sondern"])
