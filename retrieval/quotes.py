"""The one place a quote is made and the one place it is checked.

Promise 1 of belegbot: every quote shown is exactly ``article.text[start:end]`` of a stored article.
``quote`` is the only constructor of quoted claims; ``verified`` runs on every ``Answer`` before it
leaves the retrieval side and drops (and logs) any claim that does not hold.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from retrieval.models import Answer, Article, Claim

log = logging.getLogger(__name__)

ArticleLookup = Callable[[str], Article | None]


class QuoteError(ValueError):
    """A span that is not a quote of a stored article."""


def quote(lookup: ArticleLookup, doc_id: str, start: int, end: int) -> Claim:
    """A claim quoting ``[start, end)`` of the stored article ``doc_id``, with its metadata."""
    article = lookup(doc_id)
    if article is None:
        raise QuoteError(f"no stored article {doc_id!r}")
    if not 0 <= start < end <= len(article.text):
        raise QuoteError(f"span {start}:{end} is outside article {doc_id!r} ({len(article.text)} chars)")
    return Claim(
        doc_id=doc_id,
        start=start,
        end=end,
        quote=article.text[start:end],
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
    )


def holds(lookup: ArticleLookup, claim: Claim) -> bool:
    article = lookup(claim.doc_id)
    return (
        article is not None
        and 0 <= claim.start < claim.end <= len(article.text)
        and article.text[claim.start : claim.end] == claim.quote
    )


def verified(answer: Answer, lookup: ArticleLookup) -> Answer:
    """``answer`` with every claim that is not a verbatim slice of a stored article removed."""
    good = [c for c in answer.claims if holds(lookup, c)]
    if len(good) == len(answer.claims):
        return answer
    log.error("dropped %d claim(s) whose quote is not in the stored article", len(answer.claims) - len(good))
    return answer.model_copy(update={"claims": good, "found": answer.found and bool(good)})
