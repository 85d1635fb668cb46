"""Quotation attribution for German (and, secondarily, English) news text: who says what.

``attribute(text)`` returns :class:`~retrieval.models.Attribution` objects whose spans are Python
string offsets into ``text`` (end-exclusive).  The rules are written for the *kinds* of constructions
found in news prose:

* direct quotes in „…“, "…", »…«, «…», ‚…‘, “…” with a speech frame before ("X sagte: „…“"), after
  ("„…“, sagte X." / "„…“, so X.") or from the surrounding attributed sentence;
* reported speech: a speech verb with a content clause ("X sagte, dass …", "X erklärte, die
  Kooperation müsse …", "…, sagte X." also without quotation marks as in 10kGNAD, "…, so X.");
* according-to phrases ("laut X", "X zufolge", "nach Angaben von X", "gemäß X", "wie X berichtete",
  "unter Berufung auf X", "demnach", "hieß es");
* reported acts with a communicative verb and no content clause ("X sprach von …", "X kündigte … an");
* carry-over: sentences in Konjunktiv I (or with hearsay "soll") right after an attribution continue
  its speaker (kind ``carried_over``).

The speaker is kept as written (a pronoun stays a pronoun, as in the gold annotation);
:func:`resolve_speaker` gives the name a reader needs (a pronoun's antecedent, a role or a surname
expanded to the fullest earlier mention), and :func:`speaker_for_span` finds the attribution that
covers a sentence.

The modules, in the order text flows through them: ``tokenise`` (SoMaJo sentences, HanTa tags),
``quotes`` (quotation-marked spans), ``phrases`` (noun phrases, subjects), ``verbs`` (speech verbs and
their clauses), ``frames`` (one sentence), ``german`` / ``english`` (a whole text), ``pipeline``
(``attribute``); ``lexicon`` reads the word lists in ``data/``; ``speakers`` works on the results.
"""

from retrieval.attribution.pipeline import attribute
from retrieval.attribution.speakers import resolve_speaker, speaker_for_span

__all__ = ["attribute", "resolve_speaker", "speaker_for_span"]
