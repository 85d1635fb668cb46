"""Whose figure is it? A figure question that names whose amount it asks for ("how many aces did tomic serve",
"wie viel preisgeld bekommt lee sedol für das match gegen alphago") is not answered by a sentence giving the amount
of another named party ("Insgesamt 22 Asse – wohl ein Rekord für Thiem", "AlphaGo sicherte sich bereits das
Preisgeld von einer Million Dollar").

Both sides are read by position, not by the names a sentence happens to mention (a sentence-level "names another
proper name" rule fired on 11 right answers: sources, venues, people in passing):

- the question's owner: the words right after its finite verb ("bekommt lee sedol", "hat Nissan"; in English after
  its auxiliary, before the verb: "did tomic serve"), after "bei" ("die faulen kredite bei monte dei paschi"), before
  "'s", or after the counted noun in the genitive ("der Konzerngewinn von United Internet"); a word counts only where
  the candidate's article writes it as a proper name (lower-case chat names are common), and never a place;
- the sentence's owner: a proper name (no place, no initials, not the sentence's source) as the subject before its
  finite verb ("AlphaGo sicherte sich …"), right after it ("Im Finale schlug Thiem …"), after "bei"/"für" just behind
  a figure ("davon 50 bei Unicredit", "22 Asse – wohl ein Rekord für Thiem") or in the genitive right before one
  ("Thiems 22 Asse").

A sentence whose owner is another name, and which names no owner of the question, gives someone else's figure; so
does one that names the owner only as a part of the whole it counts, set off without a figure of its own ("knapp 1,6
Millionen Fahrzeuge vom Band - die meisten aus Fabriken des japanischen Nissan-Konzerns"). Measured on the candidates
of every figure question of the ten development sets: 0 right sentences ruled out (a rule taking any other name in
the sentence, with the same question owners, ruled out 5 right sentences and lost 2 right answers).

A German question may name its owner by a common noun and a name ("die liste kommuniaktion", "das Land Tirol"): a
sentence that puts another name right after that noun ("Die Liste Klartext … kommt mit 231 Stimmen", "das Land
Burgenland") and names the one asked nowhere gives another's figure of the same kind (``other_of_kind``). Over the
candidates of every studied figure question (2026-12-07) it fired on 6 sentences of 4 questions, none a gold one, and
dropped 2 claims of other lists (dev71-009) and one of a no_answer question (dev61-058); no item changed pass or fail.
Such question runs are rare (43 of 1,610 studied questions); for those 43 it fires on 48 sentences with figures of
the whole gnad index, 19 of 20 read another of the kind ("Stadt Aleppo" for "Stadt Wien"; wrong: "Marke WD40").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from retrieval.constraints import is_place, mentions
from retrieval.figures.lexicon import MONTHS
from retrieval.models import Question
from retrieval.nlp import FINITE, analyze

PREFIX = 6  # a name's first letters name it inflected ("Thiems", "Sedols")
V2 = 8  # words of a sentence looked at for its finite verb
RUN = 4  # at most this many words name an owner ("Monte dei Paschi di Siena")

# a web site by its domain ("krone.at", "derStandard.at") is one word, and a name however it is written
_DOMAIN = r"(?:\.(?:at|de|ch|com|net|org|eu|it|fr|uk)(?![\w.]))"
_TOKEN = re.compile(rf"[^\W\d_][\w-]*{_DOMAIN}?|\d[\d.,]*|['’]s?(?!\w)")
_WORD = re.compile(rf"[^\W\d_][\w-]*{_DOMAIN}?|\d[\d.,]*")


def _is_domain(word: str) -> bool:
    return re.fullmatch(rf"[^\W\d_][\w-]*{_DOMAIN}", word) is not None


_DETERMINERS = frozenset("der die das den dem des ein eine einer eines einem the a an".split())
AUXILIARIES = frozenset("did does do has have had will would can could is are was were should".split())
# words that link the parts of a name ("monte dei paschi", "van der bellen"): an owner's name runs on over them
_NAME_LINKS = frozenset("dei de del della di von van der da du le la".split())
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$")  # "MPS", "GE": initials may stand for the owner asked about


def asked_owners(question: Question) -> list[tuple[str, ...]]:
    """The runs of words (lower case) in a figure question's owner slots; whether they name anyone, the articles
    tell (``named_owners``)."""
    if question.kind != "figure":
        return []
    tokens = _TOKEN.findall(question.text)
    low = [t.lower() for t in tokens]
    starts: list[int] = []
    if question.language == "de":
        verb = next((i for i, t in enumerate(tokens) if i and analyze(t, "de")[1] in FINITE), None)
        if verb is not None:
            starts.append(verb + 1)
        starts += [i + 1 for i, w in enumerate(low) if w in ("bei", "beim")]
    else:
        aux = next((i for i, w in enumerate(low) if w in AUXILIARIES), None)
        if aux is not None:
            start = _skip(low, aux + 1)
            end = _run_end(tokens, low, start, "en")
            if end < len(tokens) and analyze(low[end], "en")[1].startswith("V"):
                starts.append(start)
    if question.counted:  # "der Konzerngewinn von United Internet", "the profit of Siemens"
        counted = question.counted.lower().split()[-1]
        starts += [i + 2 for i, w in enumerate(low[:-1]) if w == counted and low[i + 1] in ("von", "des", "der", "of")]
    if question.compound and _second_subject(tokens, low, question.language):
        return []  # "was bietet das sofitel …, und was will sein anwalt": the second part asks for another's figure
    runs = [(w,) for i, w in enumerate(low[:-1]) if low[i + 1] in ("'s", "’s", "'", "’")]  # "thiem's prize money"
    for start in starts:
        start = _skip(low, start)
        runs.append(
            tuple(w for w in low[start : _run_end(tokens, low, start, question.language)] if w not in _NAME_LINKS)
        )
    return [run for run in dict.fromkeys(runs) if run]


def _skip(low: list[str], i: int, also: frozenset[str] = frozenset()) -> int:
    while i < len(low) and (low[i] in _DETERMINERS or low[i] in also):
        i += 1
    return i


# what a second part of a question may go on with that names no subject of its own ("and how much does it need")
_PRONOUNS = frozenset("er sie es man it he she they".split())
_POSSESSIVES = frozenset("sein seine seiner seinen ihr ihre ihrer ihren his her its their".split())


def _second_subject(tokens: list[str], low: list[str], language: str) -> bool:
    """Does a later part of a compound question name a subject of its own ("…, und was will sein anwalt")?"""
    if language == "de":
        verbs = [i for i, t in enumerate(tokens) if i and analyze(t, "de")[1] in FINITE]
    else:
        verbs = [i for i, w in enumerate(low) if w in AUXILIARIES]
    for verb in verbs[1:]:
        start = _skip(low, verb + 1, _PRONOUNS)
        qualified = start < len(low) and (low[start] in _DETERMINERS or low[start] in _POSSESSIVES)
        start = _skip(low, start, _POSSESSIVES)
        # an English word's tag without its sentence is a guess ("does it need": a noun): there only "the X", "his X"
        # or a capitalised name is a subject
        if language == "en" and not qualified and not (start < len(tokens) and tokens[start][:1].isupper()):
            continue
        if _run_end(tokens, low, start, language) > start:
            return True
    return False


def _run_end(tokens: list[str], low: list[str], start: int, language: str) -> int:
    """Where the words that may name an owner, from ``start``, end: at a verb, a function word or an adverb."""
    end = start
    while end < len(tokens) and end - start < RUN:
        word = tokens[end]
        if low[end] in _NAME_LINKS and end > start:
            end += 1
            continue
        if _is_domain(word) or (language == "de" and word[:1].isupper()):
            end += 1  # a capitalised word inside a German sentence is a noun or a name ("hat Google": no "googeln")
            continue
        # an English tag "UNC" is a word the tagger does not know: a foreign name ("did heidi glück get")
        tag = analyze(word if language == "de" else low[end], language)[1]
        if not word[:1].isalpha() or (not tag.startswith(("N", "AJ", "FM", "XY", "UNC")) and tag != ""):
            break
        end += 1
    return end


def named_owners(runs: Sequence[tuple[str, ...]], article: str, language: str) -> list[str]:
    """The asked owner words an article writes as proper names ("Tomic", "Sedol"; no place): the owners it can speak
    of. In English a name before a common noun only qualifies it ("the aurora cinema shooter"): its run is no owner."""
    owners: list[str] = []
    lowered = article.lower()
    for run in runs:
        named = [w for w in run if _may_name(w) and w[:PREFIX] in lowered and _writes_as_name(w, article)]
        if named and (language == "de" or run[-1] in named):
            owners += named
        elif named and _printed_whole(run, article):
            owners += [w for w in run if _may_name(w)]  # "heidi glück": the article prints "Heidi Glück"
    return list(dict.fromkeys(owners))


def _printed_whole(run: Sequence[str], article: str) -> bool:
    """Does the article print an English question's run of words as one capitalised name ("did heidi glück get":
    "Heidi Glück")? Its last word is then part of the name, though German writes it as a noun ("Glück")."""
    if len(run) < 2:
        return False
    words = r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in run)
    return re.search(rf"(?<![\w-]){words}(?![\w-])", article) is not None


@lru_cache(maxsize=4096)
def _may_name(word: str) -> bool:
    return len(word) > 2 and not is_place(word)


def _writes_as_name(asked: str, article: str) -> bool:
    """Does the article write ``asked`` (or a word of its first letters) capitalised, as a proper name?"""
    if _is_domain(asked):
        return asked in article.lower()
    pattern = rf"(?<![\w-])(?i:{re.escape(asked[:PREFIX])})[\w-]*"
    # a compound names it by its first part too ("des Nissan-Konzerns")
    words = dict.fromkeys(w for t in re.findall(pattern, article) for w in dict.fromkeys((t, t.split("-")[0])))
    return any(t[:1].isupper() and _same_name(asked, t) and _is_name(t) for t in words)


def _same_name(asked: str, written: str) -> bool:
    low = written.lower()
    return low in (asked, asked + "s") or (len(asked) >= PREFIX and low.startswith(asked[:PREFIX]) and "-" not in low)


def _is_name(word: str) -> bool:
    """A proper name by HanTa, not a place this package knows ("Thiem", "AlphaGo"; not "Acapulco" if known)."""
    return (
        len(word) > 1
        and word[:1].isupper()
        and analyze(word, "de")[1] == "NE"
        and not is_place(word)
        and not (word.endswith("s") and is_place(word[:-1]))
    )


# a part of the whole a sentence counts, set off after it without a figure of its own ("knapp 1,6 Millionen Fahrzeuge
# vom Band - die meisten aus Fabriken des japanischen Nissan-Konzerns")
_PART = re.compile(
    r"(?i)[,–—-]\s*(?:die\s+meisten|der\s+gro(?:ß|ss)teil|ein\s+gro(?:ß|ss)teil|die\s+(?:[\w-]+\s+)?mehrheit"
    r"|mehr\s+als\s+die\s+hälfte"
    r"|darunter|most\s+of\s+them|the\s+majority)\b[^,;.–—\d]*(?=[,;.–—]|$)"
)


def outside_parts(sentence: str) -> str:
    """The sentence without the parts of its whole it names without a figure of their own (``_PART``)."""
    return _PART.sub(" ", sentence)


def other_owner(sentence: str, figures: Sequence[tuple[int, int]], owners: Sequence[str], source: str | None) -> bool:
    """Does a sentence give another party's figures than the question's ``owners`` (``named_owners``): it names
    none of them, and a proper name stands in an owner slot of its figures (``figures``: spans in the sentence); or it
    names them only as a part of the whole it counts ("… Fahrzeuge – die meisten aus Fabriken des Nissan-Konzerns")?"""
    if not owners or not figures:
        return False
    outside = outside_parts(sentence).lower()
    if any(w[:PREFIX] in outside for w in owners):
        return False
    if any(w[:PREFIX] in sentence.lower() for w in owners):
        return True  # named only as a part of the whole
    given = {w.lower() for w in re.findall(r"\w+", source or "")}
    return any(
        y.lower() not in given and not any(_same_name(w, y) for w in owners) for y in sentence_owners(sentence, figures)
    )


def other_of_kind(sentence: str, runs: Sequence[tuple[str, ...]]) -> bool:
    """Does a sentence name another of the kind a German question names whose figure it asks for, by a common noun
    and a name ("die liste kommuniaktion", "die Stadt Wien", "der Windpark Handalm"): the noun stands with another
    name right after it ("Die Liste Klartext … kommt mit 231 Stimmen", "die Stadt Graz") and no word of the name
    asked stands anywhere in it?"""
    lowered = sentence.lower()
    asked = [w for run in runs for w in run]
    for run in runs:
        head, name = run[0], [w for w in run[1:] if len(w) > 2]
        if head not in lowered or not name or any(w[:PREFIX] in lowered or w in MONTHS for w in name):
            continue  # "Ende Oktober" after the verb is a time, not whose
        if not _common_noun(head):
            continue
        for m in _named_after(head).finditer(sentence):
            other = m.group(1)
            if other.lower() not in _DETERMINERS and not any(_same_name(w, other) for w in asked):
                return True
    return False


@lru_cache(maxsize=1024)
def _named_after(noun: str) -> re.Pattern[str]:
    """A noun, capitalised and inflected only by an ending ("Listen", "Landes"; not "landet", "Lander", "Markus"),
    with a capitalised word right after it ("Liste Klartext")."""
    written = re.escape(noun[:1].upper() + noun[1:])
    return re.compile(rf"(?<![\w-]){written}(?:e?[sn]|e)?\s+([A-ZÄÖÜ][\w-]*)")


@lru_cache(maxsize=1024)
def _common_noun(word: str) -> bool:
    """Is a question's lower-case word a German common noun ("liste", "stadt"), no name and no place?"""
    return len(word) > 3 and analyze(word.capitalize(), "de")[1] == "NN" and not is_place(word)


def asked_states(question: Question) -> list[str]:
    """The countries or regions a figure question asks about as who acts, the subject of its finite verb ("wie viele
    Beamte wollen Deutschland und Schweden schicken", "how many troops did Germany send"); a place anywhere else
    ("wie viele Menschen leben in Wien") is where, not whose."""
    if question.kind != "figure":
        return []
    tokens = _TOKEN.findall(question.text)
    low = [t.lower() for t in tokens]
    if question.language == "de":
        verb = next((i for i, t in enumerate(tokens) if i and analyze(t, "de")[1] in FINITE), None)
    else:
        verb = next((i for i, w in enumerate(low) if w in AUXILIARIES), None)
    return [] if verb is None else _places_from(tokens, low, verb + 1)


def _places_from(tokens: Sequence[str], low: Sequence[str], i: int) -> list[str]:
    """The places listed from ``i`` on ("Deutschland und Schweden"), if a place stands there."""
    places: list[str] = []
    i = _skip(list(low), i)
    while i < len(tokens) and tokens[i][:1].isupper() and is_place(tokens[i]):
        places.append(low[i])
        if i + 2 < len(tokens) and low[i + 1] in ("und", "and", "sowie") and tokens[i + 2][:1].isupper():
            i += 2
            continue
        break
    return places


def other_state(sentence: str, states: Sequence[str]) -> bool:
    """Does a sentence give the figure of another country or region than the ``states`` a question asks about
    (``asked_states``): one stands as the subject of its finite verb ("Österreich hat die Entsendung von 100
    Experten zugesagt", "Im Vorjahr nahm Schweden 160.000 auf") and it names none of those asked about?"""
    if not states or any(mentions(state, sentence) for state in states):
        return False
    tokens = re.findall(r"[^\W\d_][\w-]*|\d[\d.,]*", sentence)
    low = [t.lower() for t in tokens]
    start = _skip(low, 0)
    end = start
    while end < len(tokens) and end - start < RUN and tokens[end][:1].isupper() and is_place(tokens[end]):
        end += 1  # "Wien – Österreich hat …": a dateline before the subject
    if start < end < len(tokens) and analyze(tokens[end], "de")[1] in FINITE:
        return True
    verb = next((i for i, w in enumerate(tokens[:V2]) if i and analyze(w, "de")[1] in FINITE), None)
    return verb is not None and bool(_places_from(tokens, low, verb + 1))


class Owners:
    """A question's owner slots (``asked_owners``), read against each article once, when a sentence of it with
    figures is judged; and the countries it asks about as who acts (``asked_states``)."""

    def __init__(self, runs: Sequence[tuple[str, ...]], language: str, states: Sequence[str] = ()) -> None:
        self.runs = list(runs)
        self.language = language
        self.states = list(states)
        self._named: dict[str, list[str]] = {}

    def other(
        self,
        doc_id: str,
        article: Callable[[], str],
        sentence: str,
        figures: Sequence[tuple[int, int]],
        source: str | None,
        continued: str = "",
    ) -> bool:
        """``other_owner`` of a sentence of the article ``doc_id`` (whose text ``article`` gives), or
        ``other_state``. A sentence that goes on about what the one before it named (``continued``: "… eine
        Verweildauer von …" then "Die Verweildauer in Stunden beträgt 3.081.723.") and names no owner of its own
        gives the figure of the owner of that one."""
        if figures and other_state(sentence, self.states):
            return True
        if not self.runs or not figures:
            return False
        if self.language == "de" and other_of_kind(sentence, self.runs):
            return True
        lowered = outside_parts(sentence).lower()
        if any(w[:PREFIX] in lowered for run in self.runs for w in run if len(w) > 2):
            return False  # it names the owner asked about (or a word of the question beside it): theirs, if anyone's
        if doc_id not in self._named:
            self._named[doc_id] = named_owners(self.runs, article(), self.language)
        if other_owner(sentence, figures, self._named[doc_id], source):
            return True
        if not continued or sentence_owners(sentence, figures):
            return False
        previous = outside_parts(continued).lower()
        if any(w[:PREFIX] in previous for run in self.runs for w in run if len(w) > 2):
            return False
        return other_owner(continued, [(len(continued), len(continued))], self._named[doc_id], None)


def sentence_owners(sentence: str, figures: Sequence[tuple[int, int]]) -> list[str]:
    """The proper names a sentence gives as whose its figures are: its subject before or right after its finite
    verb, a name after "bei"/"für" just behind a figure, a name in the genitive right before one."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    words = [t[2] for t in tokens]
    found: list[str] = []
    low = [w.lower() for w in words]
    start = _skip(low, 0)
    end = start
    while end < len(words) and end - start < RUN and _owner_name(words[end]) and not _by_origin(low, end):
        end += 1
    if start < end < len(words) and analyze(words[end], "de")[1] in FINITE:  # "AlphaGo sicherte sich …"
        found += words[start:end]
    # the finite verb of a main clause stands second, after a first part of a few words ("Im vergangenen Jahr konnte")
    verb = next((i for i, w in enumerate(words[:V2]) if i and analyze(w, "de")[1] in FINITE), None)
    if verb is not None:  # "Im Finale schlug Thiem …"
        i = _skip(low, verb + 1)
        while i < len(words) and i - verb <= RUN and _owner_name(words[i]) and not _by_origin(low, i):
            found.append(words[i])
            i += 1
    for figure_start, figure_end in figures:
        after = [w for s, _e, w in tokens if s >= figure_end][:7]
        at = next((k for k, w in enumerate(after) if w in ("bei", "für")), None)
        if at is not None:  # "davon 50 bei der Bank-Austria-Mutter Unicredit", "ein Rekord für Thiem"
            slot = after[at + 1 : at + 5]
            found += [w for k, w in enumerate(slot) if _owner_name(w) or (k and _apposed(slot[k - 1], w))][:1]
        before = [w for _s, e, w in tokens if e <= figure_start]
        if before and before[-1].endswith("s") and _owner_name(before[-1]):  # "Thiems 22 Asse"
            found.append(before[-1])
    return list(dict.fromkeys(found))


def _apposed(noun: str, word: str) -> bool:
    """Is ``word`` a name set after the noun naming what it is, with no article between ("der Bank-Austria-Mutter
    Unicredit", "des Autobauers Volvo"), whatever the tagger makes of it?"""
    return (
        noun[:1].isupper()
        and word[:1].isupper()
        and analyze(noun, "de")[1] == "NN"
        and analyze(word, "de")[1] in ("NN", "NE")
        and not is_place(word)
        and _ACRONYM.match(word) is None
    )


def _by_origin(low: list[str], i: int) -> bool:
    """Is the word at ``i`` someone named by where they come from, after an article ("der Lichtenwörther", "die
    Steirerin"): the article's name for a person it has named before, maybe the one asked about?"""
    return i > 0 and low[i - 1] in _DETERMINERS and low[i].endswith(("er", "erin", "ern"))


def _owner_name(word: str) -> bool:
    return _is_domain(word) or (_is_name(word) and _ACRONYM.match(word) is None)
